package org.sendclock.reassessment;

import java.time.LocalDate;
import java.util.List;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.engine.OpenStep;
import org.sendclock.engine.ReassessmentProcess;
import org.sendclock.reassessment.ReassessmentsView.AdviceView;
import org.sendclock.reassessment.ReassessmentsView.ClockView;
import org.sendclock.reassessment.ReassessmentsView.ReassessmentView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a case's re-assessments for the API and the case page: the facts, the register's clocks, the open steps. */
@Component
@Transactional(readOnly = true)
public class ReassessmentViews {

    private final CaseRepository cases;
    private final ReassessmentRepository reassessments;
    private final AdviceRequestRepository adviceRequests;
    private final ClockRegister clocks;
    private final ReassessmentProcess process;

    public ReassessmentViews(CaseRepository cases, ReassessmentRepository reassessments,
                             AdviceRequestRepository adviceRequests, ClockRegister clocks,
                             ReassessmentProcess process) {
        this.cases = cases;
        this.reassessments = reassessments;
        this.adviceRequests = adviceRequests;
        this.clocks = clocks;
        this.process = process;
    }

    public ReassessmentsView of(String caseRef) {
        AssessmentCase assessment = cases.require(caseRef);
        LocalDate today = clocks.today();
        List<StatutoryClock> caseClocks = clocks.of(assessment.getId());
        return new ReassessmentsView(caseRef, reassessments.findByCaseIdOrderByNumberAsc(assessment.getId()).stream()
                .map(r -> new ReassessmentView(r.getNumber(), r.getRequestDate(), r.getRequestedBy(),
                        r.getDecision(), r.getDecisionDate(), r.getOutcome(), r.getOutcomeDate(), r.isOpen(),
                        adviceRequests.findByReassessmentIdOrderByRequestedDateAscIdAsc(r.getId()).stream()
                                .map(a -> new AdviceView(a.getId(), a.getAdviceType(), a.getProvider(),
                                        a.getRequestedDate(), a.getDueDate(), a.getStatus(), a.getReceivedDate()))
                                .toList(),
                        caseClocks.stream().filter(k -> r.getId().equals(k.getReassessmentId()))
                                .map(k -> new ClockView(k.getClock(), k.getAdviceRequestId(), k.getStartDate(),
                                        k.getDueDate(), k.getDoneDate(), k.getEndedDate(), k.getEndedReason(),
                                        k.standingOn(today), k.daysLeftOn(today), k.daysLateOn(today)))
                                .toList(),
                        r.isOpen() ? process.openTasks(caseRef, r.getId()).stream().map(OpenStep::key).distinct()
                                .toList() : List.of()))
                .toList());
    }
}
