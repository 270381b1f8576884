package org.sendclock.oversight;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseScope;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.casefile.Timeline;
import org.sendclock.engine.AssessmentProcess;
import org.sendclock.security.Teams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager moves one or many open cases to another caseworker (and, if given, another team), in one transaction:
 * all of them or, when any is refused, none. Each case's timeline says from whom to whom and why; its open tasks
 * follow the caseworker, and the team's list when the team changes. Only a caseworker who can sign in can be given
 * cases, and only within their own teams.
 */
@Service
@Transactional
public class Reassignment {

    /** At most this many cases in one reassignment. */
    public static final int MAX_CASES = 500;

    public record Command(List<String> caseRefs, String caseworker, String team, String reason) {
    }

    private final CaseRepository cases;
    private final AssessmentProcess process;
    private final Timeline timeline;
    private final Teams teams;

    public Reassignment(CaseRepository cases, AssessmentProcess process, Timeline timeline, Teams teams) {
        this.cases = cases;
        this.process = process;
        this.timeline = timeline;
        this.teams = teams;
    }

    /** The references of the cases that changed hands (a case already with that caseworker and team is left alone). */
    public List<String> reassign(Command command) {
        return reassign(command, CaseScope.EVERY_CASE);
    }

    /** The same, where a case outside {@code scope} is refused as unknown (ADR 16): all or none still. */
    public List<String> reassign(Command command, CaseScope scope) {
        Set<String> refs = new LinkedHashSet<>();
        if (command.caseRefs() != null) {
            command.caseRefs().stream().filter(Objects::nonNull).map(String::trim).filter(r -> !r.isEmpty())
                    .forEach(refs::add);
        }
        String caseworker = trim(command.caseworker());
        String team = trim(command.team());
        String reason = trim(command.reason());
        new InvalidRequest.Collector()
                .rejectIf(refs.isEmpty(), "caseRefs", "must name at least one case")
                .rejectIf(refs.size() > MAX_CASES, "caseRefs", "must name at most " + MAX_CASES + " cases")
                .rejectIf(caseworker == null, "caseworker", "must not be blank")
                .rejectIf(caseworker != null && caseworker.length() > 100, "caseworker", "must be at most 100 characters")
                .rejectIf(team != null && team.length() > 100, "team", "must be at most 100 characters")
                // The reason is kept on each case's timeline only: it must fit there whole.
                .rejectIf(reason != null && reason.length() > 3000, "reason", "must be at most 3000 characters")
                // A name that is nobody's would put the cases' tasks on nobody's list.
                .rejectIf(caseworker != null && !teams.caseworkers().contains(caseworker), "caseworker",
                        "must be a caseworker who can sign in (" + String.join(", ", teams.caseworkers()) + ")")
                .throwIfAny();
        List<AssessmentCase> found = new ArrayList<>();
        for (String ref : refs) {
            AssessmentCase assessment = cases.require(ref);
            if (!scope.covers(assessment)) {
                throw new CaseNotFound("There is no case " + ref);
            }
            if (!assessment.getStatus().isOpen()) {
                throw new StepNotPossible("case " + ref + " is " + assessment.getStatus().name().toLowerCase()
                        + ": only open cases are reassigned");
            }
            found.add(assessment);
        }
        // Otherwise the cases' tasks would be on the list of a team the caseworker is not in. A caseworker of no team
        // (an installation without teams) may have any case.
        Set<String> theirs = teams.of(caseworker);
        List<String> elsewhere = found.stream()
                .filter(a -> !theirs.isEmpty() && !teamOf(a, team).map(theirs::contains).orElse(false))
                .map(a -> a.getCaseRef() + " is in " + (a.getTeam() == null ? "no team" : "team " + a.getTeam()))
                .toList();
        if (!elsewhere.isEmpty()) {
            String mustBe = "must be one of " + caseworker + "'s teams (" + String.join(", ", theirs.stream().sorted()
                    .toList()) + ")";
            throw new InvalidRequest(Map.of("team", team != null ? mustBe
                    : mustBe + ": " + String.join("; ", elsewhere) + ", so choose the team to move it into"));
        }
        List<String> moved = new ArrayList<>();
        for (AssessmentCase assessment : found) {
            String newTeam = team == null ? assessment.getTeam() : team;
            if (caseworker.equals(assessment.getCaseworker()) && Objects.equals(newTeam, assessment.getTeam())) {
                continue;
            }
            String from = assessment.getCaseworker() == null ? "nobody" : assessment.getCaseworker();
            String teamNote = Objects.equals(newTeam, assessment.getTeam()) ? "" : " (team " + newTeam + ")";
            String oldTeam = assessment.getTeam();
            String previous = assessment.getCaseworker();
            assessment.assignTo(caseworker, newTeam);
            // A caseworker who could not sign in (an import's name) held no task: theirs were on the team's list.
            process.reassignTasks(assessment.getCaseRef(), caseworker,
                    previous == null || !teams.canSignIn(previous));
            if (!Objects.equals(newTeam, oldTeam)) {
                process.moveTasksToTeam(assessment.getCaseRef(), oldTeam, newTeam);
            }
            timeline.record(assessment, "REASSIGNED", "Reassigned from " + from + " to " + caseworker + teamNote
                    + (reason == null ? "" : ": " + reason));
            moved.add(assessment.getCaseRef());
        }
        return moved;
    }

    /** The team the case would be in: a case of no team stays in none unless one is chosen. */
    private static Optional<String> teamOf(AssessmentCase assessment, String chosen) {
        return Optional.ofNullable(chosen == null ? assessment.getTeam() : chosen);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
