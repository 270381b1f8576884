package org.sendclock.web;

import java.util.ArrayList;
import java.util.List;
import org.sendclock.engine.AssessmentProcess;
import org.sendclock.engine.ReviewProcess;
import org.sendclock.reassessment.ReassessmentViews;
import org.sendclock.reassessment.ReassessmentsView.ReassessmentView;
import org.sendclock.review.ReviewViews;
import org.sendclock.review.ReviewsView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The processes a case can be running, each drawn from its own model's layout (read once at start-up) with the steps
 * it is at highlighted: the assessment (one per case), a plan's review cycle (one process per cycle) and a
 * re-assessment (one per request). The case page shows one diagram for each that is running, labelled.
 */
@Component
class ProcessDiagrams {

    /**
     * One process of the case running now, as the page draws it: {@code heading} names it, {@code id} is its image's,
     * {@code query} picks it at the diagram's address ("" for the assessment, "review=2", "reassessment=1").
     */
    record RunningProcess(String heading, String id, String query, String alt) {
    }

    private final ProcessDiagram assessment = new ProcessDiagram();
    private final ProcessDiagram review = new ProcessDiagram("bpmn/ehc-annual-review.bpmn", "The review process");
    private final ProcessDiagram reassessment = new ProcessDiagram("bpmn/ehc-reassessment.bpmn",
            "The re-assessment process");

    private final AssessmentProcess assessmentProcess;
    private final ReviewProcess reviewProcess;
    private final ReviewViews reviewViews;
    private final ReassessmentViews reassessmentViews;

    ProcessDiagrams(AssessmentProcess assessmentProcess, ReviewProcess reviewProcess, ReviewViews reviewViews,
                    ReassessmentViews reassessmentViews) {
        this.assessmentProcess = assessmentProcess;
        this.reviewProcess = reviewProcess;
        this.reviewViews = reviewViews;
        this.reassessmentViews = reassessmentViews;
    }

    /**
     * Every process of the case that is running: the assessment, each review cycle, each open re-assessment.
     *
     * @param reviews the plan's review cycles, null without a plan
     */
    List<RunningProcess> running(String caseRef, ReviewsView reviews, List<ReassessmentView> reassessments) {
        List<RunningProcess> running = new ArrayList<>();
        List<String> assessed = assessmentProcess.activeSteps(caseRef);
        if (!assessed.isEmpty()) {
            running.add(new RunningProcess("The assessment", "diagram", "", assessment.describe(assessed)));
        }
        if (reviews != null) {
            for (ReviewsView.Cycle cycle : reviews.cycles()) {
                List<String> active = reviewProcess.activeSteps(caseRef, cycle.reviewId());
                if (!active.isEmpty()) {
                    running.add(new RunningProcess("Review " + cycle.cycle(), "diagram-review-" + cycle.cycle(),
                            "review=" + cycle.cycle(), review.describe(active)));
                }
            }
        }
        for (ReassessmentView r : reassessments) {
            List<String> active = r.open() ? reassessmentViews.activeSteps(caseRef, r.number()).orElse(List.of())
                    : List.of();
            if (!active.isEmpty()) {
                running.add(new RunningProcess("Re-assessment " + r.number(), "diagram-reassessment-" + r.number(),
                        "reassessment=" + r.number(), reassessment.describe(active)));
            }
        }
        return running;
    }

    /**
     * The SVG of the case's assessment, or of review cycle {@code reviewCycle}, or of re-assessment
     * {@code reassessmentNumber}: the whole of it, or ({@code aroundCurrent}) the part around its current steps. A
     * cycle or re-assessment the case does not have is not found.
     */
    String svg(String caseRef, Integer reviewCycle, Integer reassessmentNumber, boolean aroundCurrent) {
        ProcessDiagram drawn;
        List<String> active;
        if (reviewCycle != null) {
            drawn = review;
            long reviewId = reviewViews.of(caseRef).cycles().stream().filter(r -> r.cycle() == reviewCycle)
                    .findFirst().map(ReviewsView.Cycle::reviewId).orElseThrow(() -> new ResponseStatusException(
                            HttpStatus.NOT_FOUND, "case " + caseRef + " has no review " + reviewCycle));
            active = reviewProcess.activeSteps(caseRef, reviewId);
        } else if (reassessmentNumber != null) {
            drawn = reassessment;
            active = reassessmentViews.activeSteps(caseRef, reassessmentNumber).orElseThrow(() ->
                    new ResponseStatusException(HttpStatus.NOT_FOUND, "case " + caseRef + " has no re-assessment "
                            + reassessmentNumber));
        } else {
            drawn = assessment;
            active = assessmentProcess.activeSteps(caseRef);
        }
        return aroundCurrent ? drawn.svgAround(active) : drawn.svg(active);
    }
}
