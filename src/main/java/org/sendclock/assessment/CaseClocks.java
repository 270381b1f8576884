package org.sendclock.assessment;

import org.sendclock.clock.ClockSettings;
import java.time.LocalDate;
import java.util.Date;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.deadline.Deadline;
import org.springframework.stereotype.Component;

/**
 * The timer dates of the BPMN model ({@code timeDate="${caseClocks.breach(caseRef, 'DECISION')}"}), read from the
 * due dates on the case record. Because every timer asks here, correcting a recorded date and recalculating the
 * jobs moves every pending clock; nothing is copied into process variables.
 */
@Component("caseClocks")
public class CaseClocks {

    private final CaseRepository cases;
    private final AdviceRequestRepository adviceRequests;
    private final ClockSettings settings;

    public CaseClocks(CaseRepository cases, AdviceRequestRepository adviceRequests, ClockSettings settings) {
        this.cases = cases;
        this.adviceRequests = adviceRequests;
        this.settings = settings;
    }

    public Date atRisk(String caseRef, String deadline) {
        Deadline clock = Deadline.valueOf(deadline);
        return Date.from(settings.warningAt(clock, dueDate(caseRef, clock)));
    }

    public Date breach(String caseRef, String deadline) {
        return Date.from(settings.passedAt(dueDate(caseRef, Deadline.valueOf(deadline))));
    }

    public Date adviceReminder(Long adviceRequestId) {
        return Date.from(settings.warningAt(Deadline.ADVICE, advice(adviceRequestId).getDueDate()));
    }

    public Date adviceBreach(Long adviceRequestId) {
        return Date.from(settings.passedAt(advice(adviceRequestId).getDueDate()));
    }

    /** The comment period closes when its 15th day (the day served being the first) has ended. */
    public Date commentPeriodOver(String caseRef) {
        LocalDate lastDay = cases.require(caseRef).getCommentPeriodEnds();
        if (lastDay == null) {
            throw new IllegalStateException("case " + caseRef + " has no draft served, so no comment period");
        }
        return Date.from(settings.passedAt(lastDay));
    }

    private LocalDate dueDate(String caseRef, Deadline clock) {
        AssessmentCase assessment = cases.require(caseRef);
        return assessment.dueDates().of(clock);
    }

    private AdviceRequest advice(Long adviceRequestId) {
        return adviceRequests.findById(adviceRequestId)
                .orElseThrow(() -> new IllegalStateException("no advice request " + adviceRequestId));
    }
}
