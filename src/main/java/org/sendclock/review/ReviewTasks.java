package org.sendclock.review;

import java.util.Map;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.ClockSettings;
import org.sendclock.engine.NewTask;
import org.sendclock.engine.NewTasks;
import org.sendclock.engine.TaskSetup;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.security.Teams;
import org.springframework.stereotype.Component;

/**
 * Gives every new task of a review cycle the case's caseworker and team, as the assessment's tasks get them, and its
 * due date from the cycle's clocks. The model's {@code reviewTaskListener} (engine's {@code TaskListeners}) asks here for each task it creates.
 */
@Component("reviewTasks")
class ReviewTasks implements NewTasks {

    private static final int ENGINE_ID_LENGTH = 255;

    private final CaseRepository cases;
    private final AnnualReviewRepository reviews;
    private final ClockRegister clocks;
    private final ReviewTaskDueDates dueDates;
    private final ClockSettings settings;
    private final Teams teams;

    ReviewTasks(CaseRepository cases, AnnualReviewRepository reviews, ClockRegister clocks,
                ReviewTaskDueDates dueDates, ClockSettings settings, Teams teams) {
        this.cases = cases;
        this.reviews = reviews;
        this.clocks = clocks;
        this.dueDates = dueDates;
        this.settings = settings;
        this.teams = teams;
    }

    @Override
    public TaskSetup created(NewTask task) {
        AssessmentCase assessment = cases.require(task.caseRef());
        if (task.reviewId() == null) {
            throw new IllegalStateException("review task " + task.taskId() + " has no review cycle");
        }
        AnnualReview review = reviews.findById(task.reviewId()).orElseThrow(() ->
                new IllegalStateException("no review cycle " + task.reviewId()));
        // As for the assessment's tasks: a caseworker who cannot sign in here would hold the task where nobody sees
        // it, so it goes to the team's list; a team name longer than the engine holds is no group.
        String assignee = assessment.getCaseworker() != null && teams.canSignIn(assessment.getCaseworker())
                ? assessment.getCaseworker() : null;
        String team = assessment.getTeam() != null && assessment.getTeam().length() <= ENGINE_ID_LENGTH
                ? assessment.getTeam() : null;
        var due = task.adviceRequestId() != null ? clocks.ofAdvice(task.adviceRequestId()).getDueDate()
                : dueDates.dueFor(task.taskKey(), review, clocks.of(assessment.getId()).stream()
                        .filter(k -> review.getId().equals(k.getReviewId())).toList());
        return new TaskSetup(null, assignee, team, settings.taskDueAt(due), Map.of());
    }
}
