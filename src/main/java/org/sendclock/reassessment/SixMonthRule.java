package org.sendclock.reassessment;

import java.time.LocalDate;
import java.util.List;
import org.sendclock.casefile.DateText;
import org.sendclock.deadline.StatutoryCalendar;
import org.sendclock.plan.Plan;
import org.sendclock.reassessment.ReassessmentsView.LastAssessment;
import org.springframework.stereotype.Component;

/**
 * The six-month rule (SEND Regulations 2014 reg 24(2), ADR 36): the council may refuse a request for a re-assessment
 * made less than six months after the last EHC needs assessment, unless it thinks one necessary. The last assessment is
 * read from the recorded facts: the one that issued the plan (its start date), or the latest re-assessment that
 * reassessed and concluded (its outcome date), whichever is later. It tells the caseworker; it never refuses by
 * itself, and a decision refusing under it still needs its notice within the 15 days.
 */
@Component
public class SixMonthRule {

    private final StatutoryCalendar calendar;

    public SixMonthRule(StatutoryCalendar calendar) {
        this.calendar = calendar;
    }

    /** The last assessment before a request numbered {@code number} (the next one: one past the last held). */
    public LastAssessment before(Plan plan, List<Reassessment> held, int number) {
        LastAssessment last = new LastAssessment(plan.getStartDate(), LastAssessment.Was.PLAN_ISSUED, null,
                calendar.reassessmentRefusalWindowEnds(plan.getStartDate()));
        for (Reassessment r : held) {
            if (r.getNumber() < number && r.isReassessing() && r.getOutcomeDate() != null
                    && r.getOutcomeDate().isAfter(last.date())) {
                last = new LastAssessment(r.getOutcomeDate(), LastAssessment.Was.REASSESSMENT, r.getNumber(),
                        calendar.reassessmentRefusalWindowEnds(r.getOutcomeDate()));
            }
        }
        return last;
    }

    /**
     * Whether the council may refuse this request under the rule: it was asked for (the council's own decision to
     * reassess is not a request it could refuse) before six months had passed since the last assessment.
     */
    public static boolean applies(LastAssessment last, Reassessment.RequestedBy by, LocalDate requestDate) {
        return by != Reassessment.RequestedBy.COUNCIL && requestDate.isBefore(last.sixMonthRuleAppliesBefore());
    }

    /** "the plan issued on 3 May 2026" or "re-assessment 1, concluded on 3 May 2026", for messages and the page. */
    public static String words(LastAssessment last) {
        return (last.was() == LastAssessment.Was.PLAN_ISSUED ? "the plan issued on "
                : "re-assessment " + last.reassessment() + ", concluded on ") + DateText.of(last.date());
    }
}
