package org.sendclock.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.sendclock.access.CaseAccess;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The managers' register (a page at a time), breakdowns, reassignments and acknowledgements as JSON (docs/api.md, "Oversight"). Role MANAGER; each sees the cases of their own teams (ADR 16). */
@RestController
@RequestMapping("/api/oversight")
class OversightController {

    private final OversightRegister register;
    private final Reassignment reassignment;
    private final EscalationService escalations;
    private final StoppedProcesses stoppedProcesses;
    private final CaseAccess access;

    OversightController(OversightRegister register, Reassignment reassignment, EscalationService escalations,
                        StoppedProcesses stoppedProcesses, CaseAccess access) {
        this.stoppedProcesses = stoppedProcesses;
        this.access = access;
        this.register = register;
        this.reassignment = reassignment;
        this.escalations = escalations;
    }

    public record Reassigned(List<String> reassigned) {
    }

    /** Moves one or many open cases to a caseworker: all or none. */
    @PostMapping("/reassignments")
    Reassigned reassign(@RequestBody Reassignment.Command command) {
        return new Reassigned(reassignment.reassign(command, access.scope()));
    }

    /** One page of the register; the totals count every row the filters accept, not only this page's. */
    public record Breaches(LocalDate on, long total, long overdue, long atRisk, int page, int size, long pages,
                           String sort, String direction, List<ClockRow> clocks) {
    }

    @GetMapping("/breaches")
    Breaches breaches(@RequestParam(required = false) String team,
                      @RequestParam(required = false) String caseworker,
                      @RequestParam(required = false) String clock,
                      @RequestParam(required = false) String adviceType,
                      @RequestParam(required = false) String provider,
                      @RequestParam(required = false) String page,
                      @RequestParam(required = false) String size,
                      @RequestParam(required = false) String sort,
                      @RequestParam(required = false) String direction) {
        // Every parameter is checked before any is used, so one answer names every field at fault.
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        RegisterFilter filter = checked(errors, () -> filter(team, caseworker, clock, adviceType, provider));
        Paging paging = checked(errors, () -> Paging.parse(page, size));
        RegisterSort order = checked(errors, () -> RegisterSort.parse(sort, direction));
        errors.throwIfAny();
        RegisterPage found = this.register.page(filter.within(access.scope()), order, paging);
        return new Breaches(found.on(), found.total(), found.overdue(), found.atRisk(), found.page(), found.size(),
                found.pages(), order.column().parameter(), order.direction(), found.rows());
    }

    /** Open cases whose process was stopped outside SEND Clock, the most recent first (ADR 15). */
    @GetMapping("/stopped-processes")
    List<StoppedProcesses.Flag> stoppedProcesses() {
        return stoppedProcesses.open(access.scope());
    }

    /** Acknowledges many escalations with one note: all or none. */
    public record Acknowledgements(List<Long> escalationIds, String note) {
    }

    public record Acknowledged(List<Long> acknowledged) {
    }

    @PostMapping("/escalations/acknowledgements")
    Acknowledged acknowledge(@RequestBody Acknowledgements body) {
        return new Acknowledged(escalations.acknowledgeAll(body.escalationIds(), body.note(), access.scope()).stream()
                .map(Escalation::getId).toList());
    }

    private static <T> T checked(InvalidRequest.Collector errors, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidRequest e) {
            e.errors().forEach(errors::reject);
            return null;
        }
    }

    @GetMapping("/summary")
    OversightSummary summary(@RequestParam(required = false) String team,
                             @RequestParam(required = false) String caseworker) {
        return register.summary(filter(team, caseworker, null, null, null).within(access.scope()));
    }

    static RegisterFilter filter(String team, String caseworker, String clock, String adviceType, String provider) {
        return RegisterFilter.parse(team, caseworker, clock, adviceType, provider);
    }
}
