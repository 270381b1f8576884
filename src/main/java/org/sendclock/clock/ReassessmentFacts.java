package org.sendclock.clock;

import java.time.LocalDate;
import java.util.List;

/**
 * The recorded facts of one re-assessment of a child's plan that its clocks follow (regs 27-28, ADR 27): the request,
 * the decision whether to reassess ({@code reassess} null until it is notified) and the day it was notified, the
 * outcome's day (the amended plan issued, or notice that the plan will not be amended), the plan's ceasing, and the
 * advice asked for it, each request with its own six weeks as in an assessment.
 */
public record ReassessmentFacts(long reassessmentId, LocalDate requested, Boolean reassess, LocalDate decisionNotified,
                                LocalDate outcomeDate, LocalDate planCeased, List<AdviceFacts> advice) {

    public ReassessmentFacts {
        advice = advice == null ? List.of() : List.copyOf(advice);
    }
}
