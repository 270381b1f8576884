package org.sendclock.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sendclock.advice.AdviceStatus;
import org.sendclock.assessment.AssessmentSteps;
import org.sendclock.assessment.CaseView;
import org.sendclock.casefile.DateText;
import org.sendclock.clock.ClockSettings;
import org.sendclock.deadline.Deadline;
import org.sendclock.engine.OpenStep;
import org.sendclock.reassessment.ReassessmentSteps;
import org.sendclock.reassessment.ReassessmentsView.ReassessmentView;
import org.sendclock.review.ReviewSteps;
import org.sendclock.review.ReviewsView;

/**
 * The case page's "What is to be done": every step open on the case, whichever process it belongs to (the assessment,
 * each review cycle, each re-assessment), with the day it is due, who it waits on and a link to its form on the page,
 * soonest due first. A caseworker on a plan's case sees what is due next without reading every section.
 *
 * <p>Due dates are the register's: a review's and a re-assessment's tasks are given them from its clocks when created
 * (and again when a moved meeting moves them); a re-assessment's steps read its clocks directly; advice awaited is due
 * on its own six-week clock. The links go to the form inside its folded section, which the browser opens.
 */
final class WhatIsToBeDone {

    /**
     * One open step. {@code process}: "Assessment", "Review 2", "Re-assessment 1"; {@code who}: whom it waits on (the
     * officer holding the task, or the one asked for advice), null when no one holds it yet; {@code href}: its form.
     */
    record ToDo(String process, String step, LocalDate due, String who, String href) {

        /** "Decide whether to assess, due 3 March 2027", as the page links it. */
        public String what() {
            return step + (due == null ? ", no due date" : ", due " + DateText.of(due));
        }
    }

    /** Review steps and the case page's forms for them (ReviewStepForm's slugs). */
    private static final Map<String, String> REVIEW_FORMS = Map.of(
            ReviewSteps.ARRANGE_MEETING, "meeting",
            ReviewSteps.SEND_INVITATIONS, "invitations",
            ReviewSteps.CIRCULATE_ADVICE, "advice-circulated",
            ReviewSteps.HOLD_MEETING, "meeting-held",
            ReviewSteps.RECEIVE_REPORT, "report",
            ReviewSteps.DECIDE_AND_NOTIFY, "decision",
            ReviewSteps.ISSUE_AMENDED_PLAN, "amended-plan",
            ReviewSteps.CONSULT_ON_CEASING, "cease-consultation");

    private WhatIsToBeDone() {
    }

    /**
     * @param reviews          the plan's review cycles, null without a plan
     * @param reassessments    the plan's re-assessments
     * @param reassessmentTasks the open tasks of each open re-assessment, by its number
     */
    static List<ToDo> of(CaseView c, ReviewsView reviews, List<ReassessmentView> reassessments,
                         Map<Integer, List<OpenStep>> reassessmentTasks, ClockSettings settings) {
        List<ToDo> all = new ArrayList<>();
        for (CaseView.TaskView t : c.openTasks()) {
            all.add(new ToDo("Assessment", t.name(), t.dueDate(), t.assignee(), assessmentForm(c, t.taskKey())));
        }
        if (reviews != null && reviews.planCeasedDate() == null) {
            for (ReviewsView.Cycle cycle : reviews.cycles()) {
                String process = "Review " + cycle.cycle();
                for (ReviewsView.TaskView t : cycle.openTasks()) {
                    String slug = REVIEW_FORMS.get(t.key());
                    String href = slug != null ? "#r" + cycle.cycle() + "-" + slug + "-form"
                            : ReviewSteps.CEASE_PLAN.equals(t.key()) ? "#plan-cease-form" : null;
                    boolean meeting = ReviewSteps.HOLD_MEETING.equals(t.key())
                            || ReviewSteps.SEND_INVITATIONS.equals(t.key());
                    all.add(new ToDo(process, t.name(), t.dueDate(), meeting && cycle.meetingArrangedBy() != null
                            ? cycle.meetingArrangedBy() + (t.assignee() == null ? "" : ", with " + t.assignee())
                            : t.assignee(), href));
                }
                for (ReviewsView.AdviceView a : cycle.adviceOutstanding()) {
                    all.add(new ToDo(process, "Advice awaited: " + a.from(), a.dueDate(),
                            a.provider() != null ? a.provider() : a.adviceType().label(),
                            "#r" + cycle.cycle() + "-advice-received-form"));
                }
            }
        }
        // A ceased plan ended its re-assessments where they stood: nothing of theirs is to be done.
        boolean planLive = c.plan() != null && c.plan().ceasedDate() == null;
        for (ReassessmentView r : reassessments) {
            if (!r.open() || !planLive) {
                continue;
            }
            String process = "Re-assessment " + r.number();
            for (OpenStep t : reassessmentTasks.getOrDefault(r.number(), List.of())) {
                if (ReassessmentSteps.DECIDE_WHETHER_TO_REASSESS.equals(t.key())) {
                    all.add(new ToDo(process, t.name(), clockDue(r, Deadline.REASSESSMENT_DECISION, t, settings),
                            t.assignee(), "#ra" + r.number() + "-decision-form"));
                } else if (ReassessmentSteps.ISSUE_OUTCOME.equals(t.key())) {
                    all.add(new ToDo(process, t.name(), clockDue(r, Deadline.REASSESSMENT_PLAN, t, settings),
                            t.assignee(), "#ra" + r.number() + "-outcome-form"));
                }
            }
            r.advice().stream().filter(a -> a.status() == AdviceStatus.REQUESTED).forEach(a -> all.add(new ToDo(
                    process, "Advice awaited: " + a.adviceType().label() + " advice", a.dueDate(),
                    a.provider() != null ? a.provider() : a.adviceType().label(), "#advice-" + a.id())));
        }
        all.sort(Comparator.comparing(ToDo::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return all;
    }

    /** The assessment's forms: the week 6 decision's, a later step's, the advice's section. */
    private static String assessmentForm(CaseView c, String taskKey) {
        if (AssessmentSteps.DECIDE_WHETHER_TO_ASSESS.equals(taskKey)) {
            return "#decision-form";
        }
        if (AssessmentSteps.AWAIT_ADVICE.equals(taskKey) || AssessmentSteps.CHASE_ADVICE.equals(taskKey)
                || AssessmentSteps.REQUEST_ADVICE.equals(taskKey)) {
            return "#advice-heading";
        }
        for (CaseStep step : CaseStep.values()) {
            if (taskKey.equals(step.taskKey()) && step.offeredFor(c)) {
                return "#" + step.slug() + "-form";
            }
        }
        return null;
    }

    /** The re-assessment's clock for the step; the task's own date (set from it) should the clock be missing. */
    private static LocalDate clockDue(ReassessmentView r, Deadline which, OpenStep task, ClockSettings settings) {
        return r.clocks().stream().filter(k -> k.clock() == which && k.adviceRequestId() == null)
                .map(k -> k.dueDate()).findFirst()
                .orElse(task.dueDate() == null ? null : settings.dateOf(task.dueDate().toInstant()));
    }
}
