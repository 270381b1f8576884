package org.sendclock.oversight;

import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The managers' register, breakdowns and reassignments as JSON (docs/api.md, "Oversight"). Role MANAGER. */
@RestController
@RequestMapping("/api/oversight")
class OversightController {

    private final OversightRegister register;
    private final Reassignment reassignment;

    OversightController(OversightRegister register, Reassignment reassignment) {
        this.register = register;
        this.reassignment = reassignment;
    }

    public record Reassigned(List<String> reassigned) {
    }

    /** Moves one or many open cases to a caseworker: all or none. */
    @PostMapping("/reassignments")
    Reassigned reassign(@RequestBody Reassignment.Command command) {
        return new Reassigned(reassignment.reassign(command));
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

    static RegisterFilter filter(String team, String caseworker, String clock, String adviceType, String provider) {
        return RegisterFilter.parse(team, caseworker, clock, adviceType, provider);
    }
}
