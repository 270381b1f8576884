package org.sendclock.oversight;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseScope;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.Text;
import org.sendclock.casefile.Timeline;
import org.sendclock.engine.OutsideStop;
import org.sendclock.engine.OutsideStops;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases whose process was stopped outside SEND Clock (ADR 15): written to the timeline and flagged when the engine
 * reports it ({@code engine.ProcessStopWatch}), shown as a warning on the case page and listed for the managers.
 * A case stays flagged while it is open and the stopped process is still the one on its record: its clocks are not
 * running and nothing will remind anyone. Closing the case, or an import restating it (which starts a new process),
 * ends the flag; the timeline keeps the entry.
 */
@Component
public class StoppedProcesses implements OutsideStops {

    /** One flagged case: what the case page's banner and the managers' list show. */
    public record Flag(String caseRef, String childName, String team, String caseworker, Instant stoppedAt,
                       String stoppedBy, String reason) {
    }

    private final StoppedProcessRepository stops;
    private final CaseRepository cases;
    private final Timeline timeline;
    private final EntityManager entities;
    private final Clock clock;

    StoppedProcesses(StoppedProcessRepository stops, CaseRepository cases, Timeline timeline, EntityManager entities,
                     Clock clock) {
        this.stops = stops;
        this.cases = cases;
        this.timeline = timeline;
        this.entities = entities;
        this.clock = clock;
    }

    /** Runs inside the engine's transaction that ends the process: both commit, or neither. */
    @Override
    @Transactional
    public void stopped(OutsideStop stop) {
        Optional<AssessmentCase> found = stop.caseRef() == null ? Optional.empty() : cases.findByCaseRef(stop.caseRef());
        if (found.isEmpty()) {
            return; // a process with no case on record: nothing to flag (the case itself was never saved)
        }
        AssessmentCase assessment = found.get();
        String by = stop.stoppedBy() == null ? "someone not signed in (a batch run by the engine)" : stop.stoppedBy();
        String reason = Text.blankToNull(stop.reason());
        stops.save(new StoppedProcess(assessment.getId(), stop.processInstanceId(), clock.instant(), stop.stoppedBy(),
                reason == null ? null : shortened(reason)));
        timeline.record(assessment, "PROCESS_STOPPED", "Process stopped outside SEND Clock by " + by
                + (assessment.getStatus().isOpen() ? ": this case has no tasks or timers until its clocks are restarted"
                : "") + (reason == null ? "" : " (reason given: " + reason + ")"));
    }

    /** The case's flag, if its clocks stand stopped now. */
    @Transactional(readOnly = true)
    public Optional<Flag> of(String caseRef) {
        AssessmentCase assessment = cases.findByCaseRef(caseRef).orElse(null);
        if (assessment == null || !assessment.getStatus().isOpen() || assessment.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        return stops.findByCaseIdOrderByStoppedAtDescIdDesc(assessment.getId()).stream()
                .filter(stop -> stop.getProcessInstanceId().equals(assessment.getProcessInstanceId()))
                .findFirst().map(stop -> flag(assessment, stop));
    }

    /**
     * Every open case within {@code scope} whose clocks stand stopped, the most recently stopped first: the managers'
     * list. Stopped processes are rare, so the few rows are filtered here rather than in the query.
     */
    @Transactional(readOnly = true)
    public List<Flag> open(CaseScope scope) {
        return entities.createQuery("""
                        select c, s from StoppedProcess s, AssessmentCase c
                        where c.id = s.caseId and c.status = org.sendclock.casefile.CaseStatus.OPEN
                          and c.processInstanceId = s.processInstanceId
                        order by s.stoppedAt desc, s.id desc""", Object[].class)
                .getResultList().stream()
                .filter(row -> scope.covers((AssessmentCase) row[0]))
                .map(row -> flag((AssessmentCase) row[0], (StoppedProcess) row[1])).toList();
    }

    private static Flag flag(AssessmentCase assessment, StoppedProcess stop) {
        return new Flag(assessment.getCaseRef(), assessment.getChild().fullName(), assessment.getTeam(),
                assessment.getCaseworker(), stop.getStoppedAt(), stop.getStoppedBy(), stop.getReason());
    }

    private static String shortened(String reason) {
        return reason.length() <= 4000 ? reason : reason.substring(0, 3999) + "…";
    }
}
