package org.sendclock.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.sendclock.access.CaseAccess;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.Paging;
import org.sendclock.kpi.CsvTable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' transfer list as JSON, a page at a time, or the whole list as CSV (docs/api.md, "Phase transfers").
 * Role MANAGER, like the rest of {@code /api/oversight}; each manager sees their own teams' cases (ADR 16). It carries
 * the child's name: it is the managers' working list, not a performance export.
 */
@RestController
class PhaseTransfersController {

    static final List<String> CSV_HEADER = List.of("caseRef", "childName", "kind", "deadline", "setting", "team",
            "caseworker", "progress", "standing", "amendedPlanDate", "daysLeft", "daysLate");

    private final PhaseTransferList list;
    private final CaseAccess access;
    private final Clock clock;

    PhaseTransfersController(PhaseTransferList list, CaseAccess access, Clock clock) {
        this.list = list;
        this.access = access;
        this.clock = clock;
    }

    public record Transfers(int year, LocalDate on, long total, long due, long done, long late, long overdue,
                            long doneLate, int page, int size, long pages, List<TransferRow> transfers) {
    }

    @GetMapping("/api/oversight/phase-transfers")
    ResponseEntity<Object> transfers(@RequestParam(required = false) String year,
                                     @RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String status,
                                     @RequestParam(required = false) String team,
                                     @RequestParam(required = false) String page,
                                     @RequestParam(required = false) String size,
                                     @RequestParam(required = false) String format) {
        LocalDate today = LocalDate.now(clock);
        // Every parameter is checked before any is used, so one answer names every field at fault.
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        TransferFilter filter = checked(errors, () -> TransferFilter.parse(year, kind, status, team, today,
                list.kinds()));
        Paging paging = checked(errors, () -> Paging.parse(page, size));
        boolean csv = format != null && format.trim().equalsIgnoreCase("csv");
        errors.rejectIf(format != null && !format.isBlank() && !csv && !format.trim().equalsIgnoreCase("json"),
                "format", "must be json or csv, not \"" + format + "\"");
        errors.throwIfAny();
        TransferFilter mine = filter.within(access.scope());
        if (csv) {
            return csv(mine, list.all(mine, today)).download();
        }
        TransferPage found = list.page(mine, paging, today);
        return ResponseEntity.ok(new Transfers(found.year(), found.on(), found.total(), found.due(), found.done(),
                found.late(), found.overdue(), found.doneLate(), found.page(), found.size(), found.pages(),
                found.rows()));
    }

    static CsvTable csv(TransferFilter filter, List<TransferRow> rows) {
        String name = "phase-transfers-" + filter.year()
                + (filter.kind() == null ? "" : "-" + filter.kind().name().toLowerCase().replace('_', '-'))
                + (filter.status() == null ? "" : "-" + filter.status().name().toLowerCase());
        return new CsvTable(name, CSV_HEADER, rows.stream().<List<?>>map(r -> Arrays.asList(r.caseRef(),
                r.childName(), r.kind(), r.deadline(), r.setting(), r.team(), r.caseworker(), r.progress(),
                r.standing(), r.amendedPlanDate(), r.daysLeft(), r.daysLate())).toList());
    }

    private static <T> T checked(InvalidRequest.Collector errors, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidRequest e) {
            e.errors().forEach(errors::reject);
            return null;
        }
    }
}
