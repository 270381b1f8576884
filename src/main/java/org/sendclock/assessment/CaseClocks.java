package org.sendclock.assessment;

import java.util.Date;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.ClockSettings;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.deadline.Deadline;
import org.springframework.stereotype.Component;

/**
 * The timer dates of the BPMN model ({@code timeDate="${caseClocks.breach(caseRef, 'DECISION')}"}), read from the
 * clock register. Because every timer asks here, correcting a recorded date and recalculating the jobs moves every
 * pending clock; nothing is copied into process variables.
 */
@Component("caseClocks")
public class CaseClocks {

    private final CaseRepository cases;
    private final ClockRegister clocks;
    private final ClockSettings settings;

    public CaseClocks(CaseRepository cases, ClockRegister clocks, ClockSettings settings) {
        this.cases = cases;
        this.clocks = clocks;
        this.settings = settings;
    }

    public Date atRisk(String caseRef, String deadline) {
        return warningOf(caseClock(caseRef, Deadline.valueOf(deadline)));
    }

    public Date breach(String caseRef, String deadline) {
        return passingOf(caseClock(caseRef, Deadline.valueOf(deadline)));
    }

    public Date adviceReminder(Long adviceRequestId) {
        return warningOf(clocks.ofAdvice(adviceRequestId));
    }

    public Date adviceBreach(Long adviceRequestId) {
        return passingOf(clocks.ofAdvice(adviceRequestId));
    }

    /** The comment period closes when its last day (the 15th, the day served being the first) has ended. */
    public Date commentPeriodOver(String caseRef) {
        return passingOf(caseClock(caseRef, Deadline.COMMENT_PERIOD));
    }

    private StatutoryClock caseClock(String caseRef, Deadline which) {
        return clocks.require(cases.require(caseRef).getId(), which);
    }

    private Date warningOf(StatutoryClock clock) {
        return Date.from(settings.warningAt(clock.getAtRiskFrom()));
    }

    private Date passingOf(StatutoryClock clock) {
        return Date.from(settings.passedAt(clock.getDueDate()));
    }
}
