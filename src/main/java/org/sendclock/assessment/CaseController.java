package org.sendclock.assessment;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.sendclock.access.CaseAccess;
import org.sendclock.advice.AdviceCommands.*;
import org.sendclock.advice.AdviceService;
import org.sendclock.assessment.Commands.*;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseSearch;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.ReturnFlags;
import org.sendclock.casefile.Stage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API of the assessment: one endpoint per step. Documented in docs/api.md. */
@RestController
@RequestMapping("/api/cases")
public class CaseController {

    private final AssessmentService assessments;
    private final AdviceService advice;
    private final CaseViews views;
    private final CaseRepository cases;
    private final CaseAccess access;
    private final Sen2Facts sen2;

    public CaseController(AssessmentService assessments, AdviceService advice, CaseViews views, CaseRepository cases,
                          CaseAccess access, Sen2Facts sen2) {
        this.sen2 = sen2;
        this.access = access;
        this.assessments = assessments;
        this.advice = advice;
        this.views = views;
        this.cases = cases;
    }

    public record CaseSummary(String caseRef, String childName, LocalDate requestDate, CaseStatus status, Stage stage,
                              String caseworker, String team, LocalDate decisionDue, LocalDate finalPlanDue) {
    }

    public record CasePage(List<CaseSummary> cases, int page, int size, long totalCases, int totalPages) {
    }

    @PostMapping
    public ResponseEntity<CaseView> register(@Valid @RequestBody RegisterRequest command) {
        AssessmentCase registered = assessments.register(command);
        return ResponseEntity.created(URI.create("/api/cases/" + registered.getCaseRef())).body(views.of(registered));
    }

    @GetMapping("/{caseRef}")
    public CaseView get(@PathVariable String caseRef) {
        return views.of(caseRef);
    }

    @GetMapping
    public CasePage list(@RequestParam(required = false) CaseStatus status,
                         @RequestParam(required = false) Stage stage,
                         @RequestParam(required = false) String caseworker,
                         @RequestParam(required = false) String team,
                         @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "50") int size) {
        // Only the cases the person may read (ADR 16), as every list does.
        Page<AssessmentCase> found = cases.findAll(
                CaseSearch.filtered(status, stage, caseworker, team).and(access.scope().asSpecification()),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                        Sort.by(Sort.Order.asc("requestDate"), Sort.Order.asc("caseRef"))));
        return new CasePage(found.map(c -> new CaseSummary(c.getCaseRef(), c.getChild().fullName(), c.getRequestDate(),
                c.getStatus(), c.getStage(), c.getCaseworker(), c.getTeam(), c.getDecisionDue(), c.getFinalPlanDue()))
                .getContent(), found.getNumber(), found.getSize(), found.getTotalElements(), found.getTotalPages());
    }

    @PostMapping("/{caseRef}/decision")
    public CaseView decide(@PathVariable String caseRef, @Valid @RequestBody DecideWhetherToAssess command) {
        return views.of(assessments.decideWhetherToAssess(caseRef, command));
    }

    @PostMapping("/{caseRef}/advice-requests")
    public ResponseEntity<CaseView> requestAdvice(@PathVariable String caseRef,
                                                  @Valid @RequestBody RequestAdvice command) {
        advice.request(caseRef, command);
        return ResponseEntity.status(201).body(views.of(caseRef));
    }

    @PostMapping("/{caseRef}/advice-requests/{adviceRequestId}/receipt")
    public CaseView receiveAdvice(@PathVariable String caseRef, @PathVariable long adviceRequestId,
                                  @Valid @RequestBody ReceiveAdvice command) {
        advice.receive(caseRef, adviceRequestId, command);
        return views.of(caseRef);
    }

    @PostMapping("/{caseRef}/advice-requests/{adviceRequestId}/exception")
    public CaseView excuseAdvice(@PathVariable String caseRef, @PathVariable long adviceRequestId,
                                 @Valid @RequestBody ExcuseAdvice command) {
        advice.excuse(caseRef, adviceRequestId, command);
        return views.of(caseRef);
    }

    @PostMapping("/{caseRef}/advice-requests/{adviceRequestId}/withdrawal")
    public CaseView withdrawAdvice(@PathVariable String caseRef, @PathVariable long adviceRequestId,
                                   @Valid @RequestBody WithdrawAdvice command) {
        advice.withdraw(caseRef, adviceRequestId, command);
        return views.of(caseRef);
    }

    @PostMapping("/{caseRef}/advice-requests/{adviceRequestId}/requested-date")
    public CaseView correctAdviceRequestDate(@PathVariable String caseRef, @PathVariable long adviceRequestId,
                                             @Valid @RequestBody CorrectAdviceRequestDate command) {
        assessments.correctAdviceRequestDate(caseRef, adviceRequestId, command);
        return views.of(caseRef);
    }

    @PostMapping("/{caseRef}/advice-requests/{adviceRequestId}/chase")
    public CaseView chaseAdvice(@PathVariable String caseRef, @PathVariable long adviceRequestId,
                                @Valid @RequestBody ChaseAdvice command) {
        advice.chase(caseRef, adviceRequestId, command);
        return views.of(caseRef);
    }

    @PostMapping("/{caseRef}/advice-not-sought")
    public ResponseEntity<CaseView> markAdviceNotSought(@PathVariable String caseRef,
                                                        @Valid @RequestBody MarkNotSought command) {
        advice.markNotSought(caseRef, command);
        return ResponseEntity.status(201).body(views.of(caseRef));
    }

    @PostMapping("/{caseRef}/exceptions")
    public ResponseEntity<CaseView> recordException(@PathVariable String caseRef,
                                                    @Valid @RequestBody RecordException command) {
        assessments.recordException(caseRef, command);
        return ResponseEntity.status(201).body(views.of(caseRef));
    }

    /** A manager agrees a caseworker's reg 10(4) exception (four-eyes); role MANAGER. */
    @PostMapping("/{caseRef}/exceptions/{exceptionId}/agreement")
    public CaseView agreeException(@PathVariable String caseRef, @PathVariable long exceptionId) {
        assessments.agreeException(caseRef, exceptionId);
        return views.of(caseRef);
    }

    @PostMapping("/{caseRef}/plan-decision")
    public CaseView decidePlan(@PathVariable String caseRef, @Valid @RequestBody DecideWhetherToIssuePlan command) {
        return views.of(assessments.decideWhetherToIssuePlan(caseRef, command));
    }

    @PostMapping("/{caseRef}/draft-plan")
    public CaseView serveDraft(@PathVariable String caseRef, @Valid @RequestBody ServeDraft command) {
        return views.of(assessments.serveDraft(caseRef, command));
    }

    @PostMapping("/{caseRef}/parent-response")
    public CaseView parentResponse(@PathVariable String caseRef, @Valid @RequestBody ParentResponse command) {
        return views.of(assessments.recordParentResponse(caseRef, command));
    }

    @PostMapping("/{caseRef}/school-consultation")
    public CaseView schoolConsultation(@PathVariable String caseRef, @Valid @RequestBody SchoolConsultation command) {
        return views.of(assessments.recordSchoolConsultation(caseRef, command));
    }

    @PostMapping("/{caseRef}/final-plan")
    public CaseView issueFinalPlan(@PathVariable String caseRef, @Valid @RequestBody IssueFinalPlan command) {
        return views.of(assessments.issueFinalPlan(caseRef, command));
    }

    @PostMapping("/{caseRef}/withdrawal")
    public CaseView withdraw(@PathVariable String caseRef, @Valid @RequestBody Withdraw command) {
        return views.of(assessments.withdraw(caseRef, command));
    }

    @PostMapping("/{caseRef}/closure")
    public CaseView close(@PathVariable String caseRef, @Valid @RequestBody Close command) {
        return views.of(assessments.close(caseRef, command));
    }

    @PostMapping("/{caseRef}/request-date")
    public CaseView correctRequestDate(@PathVariable String caseRef, @Valid @RequestBody CorrectRequestDate command) {
        return views.of(assessments.correctRequestDate(caseRef, command));
    }

    /** The child's UPN, ULN, sex, ethnicity, postcode and the reason neither number is known (SEN2 module 1). */
    @PostMapping("/{caseRef}/child-details")
    public CaseView recordChildDetails(@PathVariable String caseRef, @Valid @RequestBody ChildReturnDetails command) {
        return views.of(sen2.recordChildDetails(caseRef, command));
    }

    /** The request's youth accommodation, mediation and tribunal flags (SEN2 modules 2 and 3); null is not known. */
    @PostMapping("/{caseRef}/return-flags")
    public CaseView recordReturnFlags(@PathVariable String caseRef, @RequestBody ReturnFlags flags) {
        return views.of(sen2.recordReturnFlags(caseRef, flags));
    }
}
