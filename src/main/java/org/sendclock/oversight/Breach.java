package org.sendclock.oversight;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sendclock.deadline.Deadline;

/** A statutory clock that passed before its step was done, as detected when its timer fired. */
@Entity
@Table(name = "breach")
public class Breach {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "breach_seq")
    @SequenceGenerator(name = "breach_seq", sequenceName = "breach_seq", allocationSize = 50)
    private Long id;
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private Deadline deadline;
    private Long adviceRequestId;
    private Long reviewId;
    private Long reassessmentId;
    private LocalDate dueDate;
    private Instant detectedAt;
    private boolean exceptionApplies;
    private Instant voidedAt;
    private String voidReason;

    protected Breach() {
    }

    Breach(Long caseId, Deadline deadline, Long adviceRequestId, LocalDate dueDate, Instant detectedAt,
           boolean exceptionApplies) {
        this.caseId = caseId;
        this.deadline = deadline;
        this.adviceRequestId = adviceRequestId;
        this.dueDate = dueDate;
        this.detectedAt = detectedAt;
        this.exceptionApplies = exceptionApplies;
    }

    /** A breach of one advice request's six-week clock, of the review it was asked for if any (ADR 29). */
    static Breach ofAdvice(Long caseId, Long adviceRequestId, Long reviewId, LocalDate dueDate, Instant detectedAt,
                           boolean exceptionApplies) {
        Breach breach = new Breach(caseId, Deadline.ADVICE, adviceRequestId, dueDate, detectedAt, exceptionApplies);
        breach.reviewId = reviewId;
        return breach;
    }

    /** A breach of one review cycle's clock. */
    static Breach ofReview(Long caseId, Deadline deadline, Long reviewId, LocalDate dueDate, Instant detectedAt) {
        Breach breach = new Breach(caseId, deadline, null, dueDate, detectedAt, false);
        breach.reviewId = reviewId;
        return breach;
    }

    /** A breach of one re-assessment's clock (its decision or its plan). */
    static Breach ofReassessment(Long caseId, Deadline deadline, Long reassessmentId, LocalDate dueDate,
                                 Instant detectedAt) {
        Breach breach = new Breach(caseId, deadline, null, dueDate, detectedAt, false);
        breach.reassessmentId = reassessmentId;
        return breach;
    }

    /** The recorded facts showed the clock had not in fact passed (met on time, or due later). Kept, never deleted. */
    void voidBecause(String reason, Instant at) {
        this.voidReason = reason;
        this.voidedAt = at;
    }

    /** A corrected date moved the clock's due date, and it is still passed: the breach is of the new date. */
    void redate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public boolean isVoid() {
        return voidedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Deadline getDeadline() {
        return deadline;
    }

    public Long getAdviceRequestId() {
        return adviceRequestId;
    }

    /** The review cycle whose clock passed, or null for the assessment's clocks. */
    public Long getReviewId() {
        return reviewId;
    }

    /** The re-assessment whose clock passed, or null. */
    public Long getReassessmentId() {
        return reassessmentId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    public boolean isExceptionApplies() {
        return exceptionApplies;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidReason() {
        return voidReason;
    }
}
