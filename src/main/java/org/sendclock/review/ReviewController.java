package org.sendclock.review;

import jakarta.validation.Valid;
import org.sendclock.advice.AdviceCommands.ExcuseAdvice;
import org.sendclock.advice.AdviceCommands.ReceiveAdvice;
import org.sendclock.advice.AdviceCommands.RequestAdvice;
import org.sendclock.advice.AdviceCommands.WithdrawAdvice;
import org.sendclock.review.ReviewCommands.ArrangeMeeting;
import org.sendclock.review.ReviewCommands.CirculateAdvice;
import org.sendclock.review.ReviewCommands.ConsultOnCeasing;
import org.sendclock.review.ReviewCommands.Decide;
import org.sendclock.review.ReviewCommands.HoldMeeting;
import org.sendclock.review.ReviewCommands.IssueAmendedPlan;
import org.sendclock.review.ReviewCommands.ReceiveReport;
import org.sendclock.review.ReviewCommands.RecordRepresentations;
import org.sendclock.review.ReviewCommands.SendInvitations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review cycles' JSON API: every cycle of a case's plan, and each step of a cycle (by its number, 1 for the
 * plan's first review). Each step answers the cycles as they stand after it. Documented in docs/api.md.
 */
@RestController
public class ReviewController {

    private static final String CYCLE = "/api/cases/{caseRef}/reviews/{cycle}";

    private static final String ADVICE_REQUEST = CYCLE + "/advice-requests/{adviceRequestId}";

    private final ReviewService reviews;
    private final ReviewAdvice advice;
    private final ReviewViews views;

    public ReviewController(ReviewService reviews, ReviewAdvice advice, ReviewViews views) {
        this.reviews = reviews;
        this.advice = advice;
        this.views = views;
    }

    @GetMapping("/api/cases/{caseRef}/reviews")
    public ReviewsView get(@PathVariable String caseRef) {
        return views.of(caseRef);
    }

    @PostMapping(CYCLE + "/meeting")
    public ReviewsView arrangeMeeting(@PathVariable String caseRef, @PathVariable int cycle,
                                      @Valid @RequestBody ArrangeMeeting command) {
        reviews.arrangeMeeting(caseRef, cycle, command);
        return views.of(caseRef);
    }

    @PostMapping(CYCLE + "/invitations")
    public ReviewsView sendInvitations(@PathVariable String caseRef, @PathVariable int cycle,
                                       @Valid @RequestBody SendInvitations command) {
        reviews.sendInvitations(caseRef, cycle, command);
        return views.of(caseRef);
    }

    @PostMapping(CYCLE + "/advice-circulated")
    public ReviewsView circulateAdvice(@PathVariable String caseRef, @PathVariable int cycle,
                                       @Valid @RequestBody CirculateAdvice command) {
        reviews.circulateAdvice(caseRef, cycle, command);
        return views.of(caseRef);
    }

    @PostMapping(CYCLE + "/meeting-held")
    public ReviewsView holdMeeting(@PathVariable String caseRef, @PathVariable int cycle,
                                   @Valid @RequestBody HoldMeeting command) {
        reviews.holdMeeting(caseRef, cycle, command);
        return views.of(caseRef);
    }

    @PostMapping(CYCLE + "/report")
    public ReviewsView receiveReport(@PathVariable String caseRef, @PathVariable int cycle,
                                     @Valid @RequestBody ReceiveReport command) {
        reviews.receiveReport(caseRef, cycle, command);
        return views.of(caseRef);
    }

    @PostMapping(CYCLE + "/decision")
    public ReviewsView decide(@PathVariable String caseRef, @PathVariable int cycle,
                              @Valid @RequestBody Decide command) {
        reviews.decide(caseRef, cycle, command);
        return views.of(caseRef);
    }

    @PostMapping(CYCLE + "/amended-plan")
    public ReviewsView issueAmendedPlan(@PathVariable String caseRef, @PathVariable int cycle,
                                        @Valid @RequestBody IssueAmendedPlan command) {
        reviews.issueAmendedPlan(caseRef, cycle, command);
        return views.of(caseRef);
    }

    @PostMapping(CYCLE + "/representations")
    public ReviewsView recordRepresentations(@PathVariable String caseRef, @PathVariable int cycle,
                                             @Valid @RequestBody RecordRepresentations command) {
        reviews.recordRepresentations(caseRef, cycle, command);
        return views.of(caseRef);
    }

    @PostMapping(CYCLE + "/cease-consultation")
    public ReviewsView consultOnCeasing(@PathVariable String caseRef, @PathVariable int cycle,
                                        @Valid @RequestBody ConsultOnCeasing command) {
        reviews.consultOnCeasing(caseRef, cycle, command);
        return views.of(caseRef);
    }

    /** Advice for the review (ADR 29), as the assessment's {@code /advice-requests}, while the meeting is prepared. */
    @PostMapping(CYCLE + "/advice-requests")
    public ReviewsView requestAdvice(@PathVariable String caseRef, @PathVariable int cycle,
                                     @Valid @RequestBody RequestAdvice command) {
        advice.request(caseRef, cycle, command);
        return views.of(caseRef);
    }

    @PostMapping(ADVICE_REQUEST + "/receipt")
    public ReviewsView receiveAdvice(@PathVariable String caseRef, @PathVariable int cycle,
                                     @PathVariable long adviceRequestId, @Valid @RequestBody ReceiveAdvice command) {
        advice.receive(caseRef, cycle, adviceRequestId, command);
        return views.of(caseRef);
    }

    @PostMapping(ADVICE_REQUEST + "/exception")
    public ReviewsView excuseAdvice(@PathVariable String caseRef, @PathVariable int cycle,
                                    @PathVariable long adviceRequestId, @Valid @RequestBody ExcuseAdvice command) {
        advice.excuse(caseRef, cycle, adviceRequestId, command);
        return views.of(caseRef);
    }

    @PostMapping(ADVICE_REQUEST + "/withdrawal")
    public ReviewsView withdrawAdvice(@PathVariable String caseRef, @PathVariable int cycle,
                                      @PathVariable long adviceRequestId, @Valid @RequestBody WithdrawAdvice command) {
        advice.withdraw(caseRef, cycle, adviceRequestId, command);
        return views.of(caseRef);
    }
}
