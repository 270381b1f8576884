package org.sendclock.oversight;

import java.time.LocalDate;
import java.util.List;
import org.sendclock.advice.AdviceType;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.deadline.Deadline;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The managers' register and breakdowns as JSON (docs/api.md, "Oversight"). Role MANAGER. */
@RestController
@RequestMapping("/api/oversight")
class OversightController {

    private final OversightRegister register;

    OversightController(OversightRegister register) {
        this.register = register;
    }

    public record Breaches(LocalDate on, long overdue, long atRisk, List<ClockRow> clocks) {
    }

    @GetMapping("/breaches")
    Breaches breaches(@RequestParam(required = false) String team,
                      @RequestParam(required = false) String caseworker,
                      @RequestParam(required = false) String clock,
                      @RequestParam(required = false) String adviceType,
                      @RequestParam(required = false) String provider) {
        RegisterFilter filter = filter(team, caseworker, clock, adviceType, provider);
        List<ClockRow> rows = register.register(filter);
        long overdue = rows.stream().filter(ClockRow::overdue).count();
        return new Breaches(register.today(), overdue, rows.size() - overdue, rows);
    }

    @GetMapping("/summary")
    OversightSummary summary(@RequestParam(required = false) String team,
                             @RequestParam(required = false) String caseworker) {
        return register.summary(filter(team, caseworker, null, null, null));
    }

    /** Blank means "any"; an unknown clock or advice type is a 400 naming it. */
    static RegisterFilter filter(String team, String caseworker, String clock, String adviceType, String provider) {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        Deadline deadline = parse(Deadline.class, clock, "clock", errors);
        AdviceType type = parse(AdviceType.class, adviceType, "adviceType", errors);
        errors.throwIfAny();
        return new RegisterFilter(blankToNull(team), blankToNull(caseworker), deadline, type, blankToNull(provider));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field,
                                               InvalidRequest.Collector errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            errors.reject(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
