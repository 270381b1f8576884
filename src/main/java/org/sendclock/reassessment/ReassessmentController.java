package org.sendclock.reassessment;

import jakarta.validation.Valid;
import org.sendclock.advice.AdviceCommands.RequestAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The re-assessments' JSON API: every re-assessment of a case's plan, a new request, and each step of one (by its
 * number, 1 for the plan's first). Each answers the re-assessments as they stand after it. Documented in docs/api.md.
 * Advice asked for here is received, excused or withdrawn through the case's advice-request endpoints.
 */
@RestController
public class ReassessmentController {

    private static final String ALL = "/api/cases/{caseRef}/reassessments";
    private static final String ONE = ALL + "/{number}";

    private final ReassessmentService reassessments;
    private final ReassessmentViews views;

    public ReassessmentController(ReassessmentService reassessments, ReassessmentViews views) {
        this.reassessments = reassessments;
        this.views = views;
    }

    @GetMapping(ALL)
    public ReassessmentsView get(@PathVariable String caseRef) {
        return views.of(caseRef);
    }

    @PostMapping(ALL)
    @ResponseStatus(HttpStatus.CREATED)
    public ReassessmentsView request(@PathVariable String caseRef,
                                     @Valid @RequestBody ReassessmentCommands.Request command) {
        reassessments.request(caseRef, command);
        return views.of(caseRef);
    }

    @PostMapping(ONE + "/decision")
    public ReassessmentsView decide(@PathVariable String caseRef, @PathVariable int number,
                                    @Valid @RequestBody ReassessmentCommands.Decide command) {
        reassessments.decide(caseRef, number, command);
        return views.of(caseRef);
    }

    @PostMapping(ONE + "/advice-requests")
    public ReassessmentsView requestAdvice(@PathVariable String caseRef, @PathVariable int number,
                                           @Valid @RequestBody RequestAdvice command) {
        reassessments.requestAdvice(caseRef, number, command);
        return views.of(caseRef);
    }

    @PostMapping(ONE + "/outcome")
    public ReassessmentsView conclude(@PathVariable String caseRef, @PathVariable int number,
                                      @Valid @RequestBody ReassessmentCommands.Conclude command) {
        reassessments.conclude(caseRef, number, command);
        return views.of(caseRef);
    }
}
