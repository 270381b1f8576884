package org.sendclock.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.sendclock.casefile.ClosedReason;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.ExceptionReason;
import org.sendclock.casefile.PlanDecision;
import org.sendclock.casefile.RequestSource;

/** What a caseworker submits at each step of the assessment. Dates may be in the past, never in the future. */
public final class Commands {

    private Commands() {
    }

    public record ChildDetails(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull LocalDate dateOfBirth,
            @Pattern(regexp = "[A-Z][0-9]{11}[0-9A-Z]", message = "must be a 13-character UPN: a letter, 11 digits, then a digit or letter")
            String upn,
            @Size(max = 200) String setting) {
    }

    public record RegisterRequest(
            @NotNull LocalDate requestDate,
            @NotNull RequestSource source,
            @NotNull @Valid ChildDetails child,
            @Size(max = 100) String caseworker,
            @Size(max = 100) String team) {
    }

    /**
     * The decision and the day the family was told of it ({@code noticeSentDate}, which meets week 6; the decision
     * date when not given for a decision to assess). A refusal's notice carries the appeal and mediation information,
     * so for a refusal {@code appealRightsSentDate} is the same date and either may be given.
     */
    public record DecideWhetherToAssess(
            @NotNull Decision decision,
            @NotNull LocalDate decisionDate,
            @Size(max = 4000) String reasons,
            LocalDate appealRightsSentDate,
            LocalDate noticeSentDate) {
    }

    public record DecideWhetherToIssuePlan(
            @NotNull PlanDecision outcome,
            @NotNull LocalDate decisionDate,
            LocalDate noticeSentDate) {
    }

    public record ServeDraft(@NotNull LocalDate servedDate) {
    }

    /**
     * The parent's response to the draft. {@code finishedCommenting} false means comments only: the comment period
     * runs on to its 15th day. Not given, the response is taken as their last word, as before.
     */
    public record ParentResponse(@NotNull LocalDate responseDate, @Size(max = 200) String namedSchool,
                                 Boolean finishedCommenting) {
    }

    public record SchoolConsultation(@NotBlank @Size(max = 200) String school, @NotNull LocalDate consultedDate) {
    }

    public record IssueFinalPlan(@NotNull LocalDate issueDate) {
    }

    public record Withdraw(@NotNull LocalDate withdrawnDate, @Size(max = 4000) String note) {
    }

    public record Close(@NotNull LocalDate closedDate, @NotNull ClosedReason reason, @Size(max = 4000) String note) {
    }

    /** The reason is kept on the timeline only, so it must fit there whole with the new due dates. */
    public record CorrectRequestDate(@NotNull LocalDate requestDate, @NotBlank @Size(max = 3000) String reason) {
    }

    /** The reason is kept on the timeline only, so it must fit there whole with the new due date. */
    public record CorrectAdviceRequestDate(@NotNull LocalDate requestedDate,
                                           @NotBlank @Size(max = 3000) String reason) {
    }

    public record RecordException(
            @NotNull ExceptionReason reason,
            @NotNull LocalDate startDate,
            LocalDate endDate,
            @NotBlank @Size(max = 4000) String note) {
    }
}
