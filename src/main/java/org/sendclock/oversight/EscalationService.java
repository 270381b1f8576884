package org.sendclock.oversight;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseScope;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.casefile.Timeline;
import org.sendclock.engine.AssessmentProcess;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's side of an escalation: acknowledging it with a note, which completes its task; one at a time, or many
 * with one note.
 */
@Service
@Transactional
public class EscalationService {

    /** At most this many escalations acknowledged at once. */
    public static final int MAX_AT_ONCE = 500;

    private final CaseRepository cases;
    private final EscalationRepository escalations;
    private final AssessmentProcess process;
    private final Timeline timeline;
    private final Clock clock;

    public EscalationService(CaseRepository cases, EscalationRepository escalations, AssessmentProcess process,
                             Timeline timeline, Clock clock) {
        this.cases = cases;
        this.escalations = escalations;
        this.process = process;
        this.timeline = timeline;
        this.clock = clock;
    }

    public Escalation acknowledge(String caseRef, long escalationId, String note) {
        checkNote(note).throwIfAny();
        AssessmentCase assessment = cases.require(caseRef);
        Escalation escalation = escalations.findById(escalationId)
                .filter(e -> e.getCaseId().equals(assessment.getId()))
                .orElseThrow(() -> new CaseNotFound("no escalation " + escalationId + " on case " + caseRef));
        if (!escalation.isOpen()) {
            throw new StepNotPossible("escalation " + escalationId + " was already acknowledged by "
                    + escalation.getAcknowledgedBy());
        }
        acknowledge(assessment, escalation, note.trim());
        return escalation;
    }

    /**
     * Acknowledges many escalations with one note, in one transaction: all of them or, when any is unknown or already
     * acknowledged, none (the error names each such escalation). An escalation of a case outside {@code scope} is
     * unknown (ADR 16).
     */
    public List<Escalation> acknowledgeAll(Collection<Long> escalationIds, String note, CaseScope scope) {
        Set<Long> ids = escalationIds == null ? Set.of() : escalationIds.stream().filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        checkNote(note)
                .rejectIf(ids.isEmpty(), "escalationIds", "must name at least one escalation")
                .rejectIf(ids.size() > MAX_AT_ONCE, "escalationIds", "must name at most " + MAX_AT_ONCE
                        + " escalations")
                .throwIfAny();
        Map<Long, Escalation> found = escalations.findAll(inScope(scope).and((e, q, cb) -> e.get("id").in(ids)))
                .stream().collect(Collectors.toMap(Escalation::getId, Function.identity()));
        List<Long> unknown = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new CaseNotFound("no escalation " + unknown.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ": nothing was acknowledged");
        }
        List<String> done = ids.stream().map(found::get).filter(e -> !e.isOpen())
                .map(e -> e.getId() + " (by " + e.getAcknowledgedBy() + ")").toList();
        if (!done.isEmpty()) {
            throw new StepNotPossible("escalation " + String.join(", ", done)
                    + " was already acknowledged: nothing was acknowledged");
        }
        Map<Long, AssessmentCase> byId = cases.findAllById(found.values().stream().map(Escalation::getCaseId)
                .distinct().toList()).stream().collect(Collectors.toMap(AssessmentCase::getId, Function.identity()));
        List<Escalation> acknowledged = new ArrayList<>();
        for (Long id : ids) {
            Escalation escalation = found.get(id);
            acknowledge(byId.get(escalation.getCaseId()), escalation, note.trim());
            acknowledged.add(escalation);
        }
        return acknowledged;
    }

    private void acknowledge(AssessmentCase assessment, Escalation escalation, String note) {
        escalation.acknowledge(Timeline.currentActor(), note, clock.instant());
        timeline.record(assessment, "ESCALATION_ACKNOWLEDGED", "Escalation acknowledged: "
                + escalation.getDescription() + ". Note: " + note);
        process.completeIfOpen(escalation.getTaskId());
    }

    private static InvalidRequest.Collector checkNote(String note) {
        return new InvalidRequest.Collector()
                .rejectIf(note == null || note.isBlank(), "note", "must not be blank")
                .rejectIf(note != null && note.length() > 4000, "note", "must be at most 4000 characters");
    }

    /** The number of escalations of cases in {@code scope} not yet acknowledged. */
    @Transactional(readOnly = true)
    public long countOpen(CaseScope scope) {
        return escalations.count(openIn(scope));
    }

    /** The {@code max} oldest escalations of cases in {@code scope} not yet acknowledged, oldest first. */
    @Transactional(readOnly = true)
    public List<Escalation> oldestOpen(CaseScope scope, int max) {
        return escalations.findAll(openIn(scope), PageRequest.of(0, max, OLDEST_FIRST)).getContent();
    }

    @Transactional(readOnly = true)
    public List<Escalation> open(CaseScope scope) {
        return escalations.findAll(openIn(scope), OLDEST_FIRST);
    }

    private static final Sort OLDEST_FIRST = Sort.by("raisedAt", "id");

    private static Specification<Escalation> openIn(CaseScope scope) {
        return inScope(scope).and((e, q, cb) -> cb.isNull(e.get("acknowledgedAt")));
    }

    /** Escalations of the cases in {@code scope} (the escalation holds its case's id, not the case). */
    private static Specification<Escalation> inScope(CaseScope scope) {
        return (e, query, cb) -> {
            if (scope.everyCase()) {
                return cb.conjunction();
            }
            Subquery<Long> cases = query.subquery(Long.class);
            Root<AssessmentCase> c = cases.from(AssessmentCase.class);
            cases.select(c.get("id")).where(scope.asSpecification().toPredicate(c, null, cb));
            return e.get("caseId").in(cases);
        };
    }

    @Transactional(readOnly = true)
    public List<Escalation> ofCase(String caseRef) {
        return escalations.findByCaseIdOrderByIdAsc(cases.require(caseRef).getId());
    }
}
