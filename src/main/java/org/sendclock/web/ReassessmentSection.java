package org.sendclock.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sendclock.advice.AdviceStatus;
import org.sendclock.assessment.CaseView;
import org.sendclock.casefile.DateText;
import org.sendclock.plan.PlanView;
import org.sendclock.reassessment.Reassessment;
import org.sendclock.reassessment.ReassessmentService;
import org.sendclock.reassessment.ReassessmentViews;
import org.sendclock.reassessment.ReassessmentsView;
import org.sendclock.reassessment.ReassessmentsView.LastAssessment;
import org.sendclock.reassessment.SixMonthRule;
import org.sendclock.reassessment.ReassessmentsView.AdviceView;
import org.sendclock.reassessment.ReassessmentsView.ReassessmentView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The case page's "Re-assessments" section: each re-assessment of the plan with its history in words, its clocks,
 * its advice and the forms of the steps it is at; and the form that records a new request while the plan is live and
 * none is open. After a transfer in whose notice told the family the council will reassess, that form is offered open,
 * filled in with the notice's date and the council as the one asking, until a re-assessment is recorded: it is never
 * started without the caseworker saying so. The forms post to {@link ReassessmentForms}.
 */
@Component
class ReassessmentSection {

    /**
     * One re-assessment as the page shows it. {@code answerable}: its advice that may still be recorded received;
     * {@code sixMonthRule}: what the six-month rule says of its request, null when it does not apply.
     */
    public record Entry(ReassessmentView facts, String requested, String sixMonthRule, String decision, String outcome,
                        List<String> advice, List<CaseClockRow> clocks, List<AdviceView> answerable,
                        List<ReassessmentStepForm> forms) {
    }

    /**
     * {@code offeredAfterTransfer}: the day the family was told the council will reassess, while it is to be done;
     * {@code sixMonthRule}: the hint on a new request, the last assessment and the six months after it.
     */
    public record Section(List<Entry> reassessments, boolean requestable, LocalDate offeredAfterTransfer,
                          String sixMonthRule) {
    }

    /** The radios of the forms: who asked, the decision, the outcome; each a value and its words. */
    private static final Map<String, List<List<String>>> CHOICES = Map.of(
            "requestedBy", java.util.Arrays.stream(Reassessment.RequestedBy.values())
                    .map(by -> List.of(by.name(), capitalised(ReassessmentService.words(by)))).toList(),
            "decision", List.of(List.of(Reassessment.Decision.REASSESS.name(), "Yes, reassess"),
                    List.of(Reassessment.Decision.NOT_REASSESS.name(), "No, do not reassess")),
            "outcome", List.of(List.of(Reassessment.Outcome.AMENDED.name(), "The amended plan was issued"),
                    List.of(Reassessment.Outcome.NOT_AMENDED.name(), "Notice was given that the plan will not be amended")));

    private final ReassessmentViews views;
    private final Clock clock;

    ReassessmentSection(ReassessmentViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    /**
     * What the section needs; a case without a plan has no section. A refused form comes back with what was typed
     * ({@code reassessmentTyped}) and its id ({@code reassessmentForm}); the request form is otherwise filled in from
     * the transfer notice when it is offered after one. Answers the re-assessments it shows (none without a plan).
     */
    List<ReassessmentView> addTo(String caseRef, CaseView c, Model model) {
        PlanView plan = c.plan();
        Section section = null;
        List<ReassessmentView> shown = List.of();
        if (plan != null) {
            ReassessmentsView all = views.of(caseRef);
            List<ReassessmentView> held = all.reassessments();
            shown = held;
            boolean live = plan.ceasedDate() == null;
            boolean requestable = live && held.stream().noneMatch(ReassessmentView::open);
            boolean toReassess = Boolean.TRUE.equals(plan.transferReassess()) && plan.transferredInDate() != null
                    && held.stream().noneMatch(r -> !r.requestDate().isBefore(plan.transferredInDate()));
            LastAssessment last = all.lastAssessment();
            section = new Section(held.stream().map(r -> entry(r, live)).toList(), requestable,
                    requestable && toReassess ? plan.transferNoticeDate() : null, "The last assessment: "
                    + SixMonthRule.words(last) + (LocalDate.now(clock).isBefore(last.sixMonthRuleAppliesBefore())
                    ? ". The council may refuse a request received before " : ". Six months have passed since: the"
                    + " council could refuse a request only if it was received before ")
                    + DateText.of(last.sixMonthRuleAppliesBefore()) + " (the six-month rule, reg 24(2)), unless it"
                    + " thinks a re-assessment necessary.");
        }
        model.addAttribute("reassessmentSection", section);
        model.addAttribute("reassessmentChoices", CHOICES);
        if (!model.containsAttribute("reassessmentTyped")) {
            model.addAttribute("reassessmentTyped", section == null || section.offeredAfterTransfer() == null
                    ? Map.of() : Map.of("requestedBy", Reassessment.RequestedBy.COUNCIL.name(),
                    "reassessmentDay", String.valueOf(section.offeredAfterTransfer().getDayOfMonth()),
                    "reassessmentMonth", String.valueOf(section.offeredAfterTransfer().getMonthValue()),
                    "reassessmentYear", String.valueOf(section.offeredAfterTransfer().getYear())));
            if (section != null && section.offeredAfterTransfer() != null) {
                model.addAttribute("reassessmentForm", ReassessmentStepForm.REQUEST);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, String> typed = (Map<String, String>) model.getAttribute("reassessmentTyped");
        model.addAttribute("reassessmentDate", List.of(typed.getOrDefault("reassessmentDay", ""),
                typed.getOrDefault("reassessmentMonth", ""), typed.getOrDefault("reassessmentYear", "")));
        return shown;
    }

    private static Entry entry(ReassessmentView r, boolean planLive) {
        String decision = r.decision() == null ? "Not yet notified"
                : (r.decision() == Reassessment.Decision.REASSESS ? "To reassess" : r.refusedUnderSixMonthRule()
                ? "Not to reassess, under the six-month rule" : "Not to reassess")
                + ", notified " + DateText.of(r.decisionDate());
        String outcome = r.outcome() != null
                ? (r.outcome() == Reassessment.Outcome.AMENDED ? "Amended plan issued "
                : "Notice that the plan will not be amended, ") + DateText.of(r.outcomeDate())
                : r.decision() == Reassessment.Decision.NOT_REASSESS ? "None: the council decided not to reassess"
                : "Not yet issued";
        List<String> advice = r.advice().stream().map(a -> capitalised(a.adviceType().label()) + " advice"
                + (a.provider() == null ? "" : " from " + a.provider()) + ", requested "
                + DateText.of(a.requestedDate()) + ", due " + DateText.of(a.dueDate()) + ": " + switch (a.status()) {
                    case REQUESTED -> "awaited";
                    case RECEIVED -> "received " + DateText.of(a.receivedDate());
                    case EXCUSED -> "excused under reg 8(2)";
                    case WITHDRAWN -> "withdrawn";
                }).toList();
        List<AdviceView> answerable = planLive ? r.advice().stream()
                .filter(a -> a.status().isOutstanding() || a.status() == AdviceStatus.EXCUSED).toList() : List.of();
        String sixMonthRule = !r.sixMonthRuleApplies() ? null : r.refusedUnderSixMonthRule()
                ? "Applied: the request was refused under it (reg 24(2)); it came less than six months after the last"
                + " assessment, " + SixMonthRule.words(r.lastAssessment())
                : "Applies: the request came less than six months after the last assessment, "
                + SixMonthRule.words(r.lastAssessment()) + ". The council may refuse it (reg 24(2)) unless it thinks"
                + " a re-assessment necessary; either way the decision is notified within the 15 days.";
        return new Entry(r, DateText.of(r.requestDate()) + " by " + ReassessmentService.words(r.requestedBy()),
                sixMonthRule, decision, outcome, advice,
                CaseClockRow.of(r), answerable, planLive ? ReassessmentStepForm.of(r) : List.of());
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
