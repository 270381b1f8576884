package org.sendclock.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.clock.ReviewFacts;

/**
 * One review cycle of a plan (ADR 22): the first opens when the plan starts, each maintain or amend decision opens the
 * next. It holds what was recorded of that cycle's review: the meeting (arranged, by whom, held), the invitations and
 * advice before it, the report after it, the council's decision and, for an amendment, the proposal and the amended
 * plan. The clock register derives every due date from these facts.
 */
@Entity
@Table(name = "plan_review")
public class AnnualReview {

    /** How the review came to be recorded here. */
    public enum Source { HERE, IMPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_review_seq")
    @SequenceGenerator(name = "plan_review_seq", sequenceName = "plan_review_seq", allocationSize = 50)
    private Long id;
    private Long planId;
    private Long caseId;
    private int cycle;
    private LocalDate meetingDate;
    private String meetingArrangedBy;
    private boolean meetingHeld;
    private LocalDate invitationsSentDate;
    private LocalDate adviceCirculatedDate;
    private LocalDate reportDate;
    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;
    private LocalDate decisionDate;
    private LocalDate amendmentsProposedDate;
    private LocalDate amendedPlanDate;
    /** Reg 22(2): the day the family's representations on the proposed amendments came in. */
    private LocalDate representationsDate;
    private LocalDate ceaseConsultedDate;
    private boolean phaseTransfer;
    @Enumerated(EnumType.STRING)
    private Source source;
    private boolean awaitingProcess;
    private Instant createdAt;
    @Version
    private long version;

    protected AnnualReview() {
    }

    public AnnualReview(Plan plan, int cycle, Source source, Instant createdAt) {
        this.planId = plan.getId();
        this.caseId = plan.getCaseId();
        this.cycle = cycle;
        this.source = source;
        this.createdAt = createdAt;
    }

    public ReviewFacts facts() {
        return new ReviewFacts(id, cycle, meetingDate, meetingHeld, invitationsSentDate, adviceCirculatedDate,
                reportDate, decision, decisionDate, amendmentsProposedDate, amendedPlanDate, phaseTransfer,
                representationsDate);
    }

    /**
     * The cycle has a step of its process still to take: not decided yet, an amended plan still to issue, or a plan
     * to cease (its process ends there if the plan has ceased meanwhile).
     */
    public boolean hasStepsLeft() {
        return !isDecided() || (decision == ReviewDecision.AMEND && amendedPlanDate == null)
                || decision == ReviewDecision.CEASE;
    }

    /** The cycle is concluded once the council's decision is recorded. */
    public boolean isDecided() {
        return decisionDate != null;
    }

    public void arrangeMeeting(LocalDate date, String arrangedBy) {
        this.meetingDate = date;
        this.meetingArrangedBy = arrangedBy;
    }

    public void recordInvitationsSent(LocalDate date) {
        this.invitationsSentDate = date;
    }

    public void recordAdviceCirculated(LocalDate date) {
        this.adviceCirculatedDate = date;
    }

    public void recordMeetingHeld(LocalDate date) {
        this.meetingDate = date;
        this.meetingHeld = true;
    }

    public void recordReport(LocalDate date) {
        this.reportDate = date;
    }

    public void recordDecision(ReviewDecision decision, LocalDate date, LocalDate amendmentsProposed) {
        this.decision = decision;
        this.decisionDate = date;
        this.amendmentsProposedDate = decision == ReviewDecision.AMEND ? amendmentsProposed : null;
    }

    public void recordRepresentations(LocalDate date) {
        this.representationsDate = date;
    }

    public void recordAmendedPlan(LocalDate date) {
        this.amendedPlanDate = date;
    }

    /** CFA s45, reg 31: the family and the school or college consulted on ceasing the plan. */
    public void recordCeaseConsulted(LocalDate date) {
        this.ceaseConsultedDate = date;
    }

    public void markPhaseTransfer(boolean phaseTransfer) {
        this.phaseTransfer = phaseTransfer;
    }

    /**
     * Makes the cycle what another system's review history says (reviews.csv): the meeting, the decision and the
     * amendment as given, a fact the file leaves empty cleared. The other steps are restated on their own
     * ({@link #restateStepsFromImport}), as the file's optional columns carry them.
     */
    public void restateFromImport(LocalDate meetingDate, boolean meetingHeld, ReviewDecision decision,
                                  LocalDate decisionDate, LocalDate amendmentsProposedDate, LocalDate amendedPlanDate,
                                  boolean phaseTransfer) {
        this.meetingDate = meetingDate;
        this.meetingHeld = meetingHeld;
        this.decision = decision;
        this.decisionDate = decisionDate;
        this.amendmentsProposedDate = amendmentsProposedDate;
        this.amendedPlanDate = amendedPlanDate;
        this.phaseTransfer = phaseTransfer;
    }

    /**
     * The cycle's other steps as another system's review history says them (reviews.csv's optional columns): who
     * arranged the meeting, the invitations, the advice circulated, the report, the family's representations and the
     * consultation on ceasing; null where not done.
     */
    public void restateStepsFromImport(String meetingArrangedBy, LocalDate invitationsSentDate,
                                       LocalDate adviceCirculatedDate, LocalDate reportDate,
                                       LocalDate representationsDate, LocalDate ceaseConsultedDate) {
        this.meetingArrangedBy = meetingArrangedBy;
        this.invitationsSentDate = invitationsSentDate;
        this.adviceCirculatedDate = adviceCirculatedDate;
        this.reportDate = reportDate;
        this.representationsDate = representationsDate;
        this.ceaseConsultedDate = ceaseConsultedDate;
    }

    public void setAwaitingProcess(boolean awaitingProcess) {
        this.awaitingProcess = awaitingProcess;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public int getCycle() {
        return cycle;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getMeetingArrangedBy() {
        return meetingArrangedBy;
    }

    public boolean isMeetingHeld() {
        return meetingHeld;
    }

    public LocalDate getInvitationsSentDate() {
        return invitationsSentDate;
    }

    public LocalDate getAdviceCirculatedDate() {
        return adviceCirculatedDate;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public LocalDate getAmendmentsProposedDate() {
        return amendmentsProposedDate;
    }

    public LocalDate getAmendedPlanDate() {
        return amendedPlanDate;
    }

    public LocalDate getRepresentationsDate() {
        return representationsDate;
    }

    public LocalDate getCeaseConsultedDate() {
        return ceaseConsultedDate;
    }

    public boolean isPhaseTransfer() {
        return phaseTransfer;
    }

    public Source getSource() {
        return source;
    }

    public boolean isAwaitingProcess() {
        return awaitingProcess;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
