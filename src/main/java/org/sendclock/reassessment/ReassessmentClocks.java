package org.sendclock.reassessment;

import java.util.Date;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.ClockSettings;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.deadline.Deadline;
import org.springframework.stereotype.Component;

/**
 * The timer dates of the re-assessment model
 * ({@code timeDate="${reassessmentClocks.breach(caseRef, reassessmentId, 'REASSESSMENT_DECISION')}"}), read from its
 * clocks in the register as {@code reviewClocks} does for a review cycle. Nothing is copied into process variables.
 */
@Component("reassessmentClocks")
public class ReassessmentClocks {

    private final CaseRepository cases;
    private final ClockRegister clocks;
    private final ClockSettings settings;

    public ReassessmentClocks(CaseRepository cases, ClockRegister clocks, ClockSettings settings) {
        this.cases = cases;
        this.clocks = clocks;
        this.settings = settings;
    }

    public Date atRisk(String caseRef, Long reassessmentId, String deadline) {
        return Date.from(settings.warningAt(clock(caseRef, reassessmentId, deadline).getAtRiskFrom()));
    }

    public Date breach(String caseRef, Long reassessmentId, String deadline) {
        return Date.from(settings.passedAt(clock(caseRef, reassessmentId, deadline).getDueDate()));
    }

    private StatutoryClock clock(String caseRef, Long reassessmentId, String deadline) {
        Deadline which = Deadline.valueOf(deadline);
        return clocks.ofReassessment(cases.require(caseRef).getId(), reassessmentId, which).orElseThrow(() ->
                new IllegalStateException("re-assessment " + reassessmentId + " of case " + caseRef + " has no "
                        + which + " clock"));
    }
}
