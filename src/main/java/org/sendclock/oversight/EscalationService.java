package org.sendclock.oversight;

import java.time.Clock;
import java.util.List;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.casefile.Timeline;
import org.sendclock.engine.AssessmentProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The manager's side of an escalation: acknowledging it with a note, which completes its task. */
@Service
@Transactional
public class EscalationService {

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
        new InvalidRequest.Collector()
                .rejectIf(note == null || note.isBlank(), "note", "must not be blank")
                .rejectIf(note != null && note.length() > 4000, "note", "must be at most 4000 characters")
                .throwIfAny();
        AssessmentCase assessment = cases.require(caseRef);
        Escalation escalation = escalations.findById(escalationId)
                .filter(e -> e.getCaseId().equals(assessment.getId()))
                .orElseThrow(() -> new CaseNotFound("no escalation " + escalationId + " on case " + caseRef));
        if (!escalation.isOpen()) {
            throw new StepNotPossible("escalation " + escalationId + " was already acknowledged by "
                    + escalation.getAcknowledgedBy());
        }
        String by = Timeline.currentActor();
        escalation.acknowledge(by, note.trim(), clock.instant());
        timeline.record(assessment, "ESCALATION_ACKNOWLEDGED", "Escalation acknowledged: "
                + escalation.getDescription() + ". Note: " + note.trim());
        process.completeIfOpen(escalation.getTaskId());
        return escalation;
    }

    @Transactional(readOnly = true)
    public List<Escalation> open() {
        return escalations.findByAcknowledgedAtIsNullOrderByRaisedAtAscIdAsc();
    }

    @Transactional(readOnly = true)
    public List<Escalation> ofCase(String caseRef) {
        return escalations.findByCaseIdOrderByIdAsc(cases.require(caseRef).getId());
    }
}
