package org.sendclock.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

    /**
     * The child as the request names them, with what the SEN2 return asks of the child (sex, ethnicity, postcode, ULN,
     * the reason neither number is known) where the person registering knows it; each of those may be left out.
     */
    public record ChildDetails(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull LocalDate dateOfBirth,
            @Size(max = 13) String upn,
            @Size(max = 200) String setting,
            @Size(max = 1) String sex,
            @Size(max = 4) String ethnicity,
            @Size(max = 10) String postcode,
            @Size(max = 10) String uln,
            @Size(max = 4) String upnUnknownReason) {

        public ChildDetails(String givenName, String familyName, LocalDate dateOfBirth, String upn, String setting) {
            this(givenName, familyName, dateOfBirth, upn, setting, null, null, null, null, null);
        }
    }

    /**
     * The child's identifiers and the SEN2 return's person codes, set as a whole: an item left out is not known (and
     * is cleared). Checked as {@link org.sendclock.casefile.ChildChecks} says; the postcode is kept upper case with
     * one space.
     */
    public record ChildReturnDetails(
            @Size(max = 13) String upn,
            @Size(max = 1) String sex,
            @Size(max = 4) String ethnicity,
            @Size(max = 10) String postcode,
            @Size(max = 10) String uln,
            @Size(max = 4) String upnUnknownReason) {
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
