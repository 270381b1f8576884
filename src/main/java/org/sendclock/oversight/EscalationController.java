package org.sendclock.oversight;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendclock.access.CaseAccess;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Escalations: the open ones across the service, a case's, and the manager's acknowledgement (MANAGER). */
@RestController
class EscalationController {

    private final EscalationService escalations;
    private final CaseRepository cases;
    private final CaseAccess access;

    EscalationController(EscalationService escalations, CaseRepository cases, CaseAccess access) {
        this.access = access;
        this.escalations = escalations;
        this.cases = cases;
    }

    public record Acknowledgement(@Size(max = 4000) String note) {
    }

    public record EscalationView(long id, String caseRef, Escalation.Kind kind, String description, Instant raisedAt,
                                 String taskId, Instant acknowledgedAt, String acknowledgedBy, String note) {
    }

    @GetMapping("/api/oversight/escalations")
    List<EscalationView> open() {
        List<Escalation> open = escalations.open(access.scope());
        Map<Long, String> refs = cases.findAllById(open.stream().map(Escalation::getCaseId).distinct().toList())
                .stream().collect(Collectors.toMap(AssessmentCase::getId, AssessmentCase::getCaseRef));
        return open.stream().map(e -> view(e, refs::get)).toList();
    }

    @GetMapping("/api/cases/{caseRef}/escalations")
    List<EscalationView> ofCase(@PathVariable String caseRef) {
        return escalations.ofCase(caseRef).stream().map(e -> view(e, id -> caseRef)).toList();
    }

    @PostMapping("/api/cases/{caseRef}/escalations/{id}/acknowledgement")
    EscalationView acknowledge(@PathVariable String caseRef, @PathVariable long id,
                               @RequestBody Acknowledgement body) {
        return view(escalations.acknowledge(caseRef, id, body == null ? null : body.note()), x -> caseRef);
    }

    private static EscalationView view(Escalation e, Function<Long, String> caseRef) {
        return new EscalationView(e.getId(), caseRef.apply(e.getCaseId()), e.getKind(), e.getDescription(),
                e.getRaisedAt(), e.getTaskId(), e.getAcknowledgedAt(), e.getAcknowledgedBy(), e.getNote());
    }
}
