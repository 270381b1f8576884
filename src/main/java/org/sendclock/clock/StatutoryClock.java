package org.sendclock.clock;

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
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.sendclock.deadline.Deadline;

/**
 * One statutory clock of one case: the row of the clock register. Its dates come from the recorded facts
 * ({@link ClockRules}); its standing on any day follows from them ({@link #standingOn}), never from the engine.
 */
@Entity
@Table(name = "statutory_clock")
public class StatutoryClock {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statutory_clock_seq")
    @SequenceGenerator(name = "statutory_clock_seq", sequenceName = "statutory_clock_seq", allocationSize = 50)
    private Long id;
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private Deadline clock;
    private Long adviceRequestId;
    private Long reviewId;
    private Long reassessmentId;
    private LocalDate startDate;
    private LocalDate dueDate;
    private LocalDate atRiskFrom;
    private LocalDate doneDate;
    private String doneBy;
    private LocalDate endedDate;
    private String endedReason;
    private boolean exceptionApplies;
    private Instant recordedAt;
    @Version
    private long version;

    protected StatutoryClock() {
    }

    StatutoryClock(Long caseId, ClockSpec spec, Instant recordedAt) {
        this.caseId = caseId;
        this.clock = spec.clock();
        this.adviceRequestId = spec.adviceRequestId();
        this.reviewId = spec.reviewId();
        this.reassessmentId = spec.reassessmentId();
        this.recordedAt = recordedAt;
        apply(spec);
    }

    /** Takes the dates the facts now give; true when anything changed. */
    boolean apply(ClockSpec spec) {
        boolean changed = !Objects.equals(startDate, spec.start()) || !Objects.equals(dueDate, spec.due())
                || !Objects.equals(atRiskFrom, spec.atRiskFrom()) || !Objects.equals(doneDate, spec.done())
                || !Objects.equals(doneBy, spec.doneBy()) || !Objects.equals(endedDate, spec.ended())
                || !Objects.equals(endedReason, spec.endedReason()) || exceptionApplies != spec.exceptionApplies();
        this.startDate = spec.start();
        this.dueDate = spec.due();
        this.atRiskFrom = spec.atRiskFrom();
        this.doneDate = spec.done();
        this.doneBy = spec.doneBy();
        this.endedDate = spec.ended();
        this.endedReason = spec.endedReason();
        this.exceptionApplies = spec.exceptionApplies();
        return changed;
    }

    /** Where the clock stands at the end of {@code day}. Keep in step with {@link ClockSql#standingOn}. */
    public Standing standingOn(LocalDate day) {
        if (doneDate != null && !doneDate.isAfter(day)) {
            return doneDate.isAfter(dueDate) ? Standing.LATE : Standing.MET;
        }
        if (endedDate != null && !endedDate.isAfter(day)) {
            return Standing.NOT_NEEDED;
        }
        if (dueDate.isBefore(day)) {
            return Standing.OVERDUE;
        }
        return atRiskFrom.isAfter(day) ? Standing.RUNNING : Standing.AT_RISK;
    }

    /** Days past the due date: to the fact that met it when late, to {@code day} when overdue; else null. */
    public Long daysLateOn(LocalDate day) {
        return switch (standingOn(day)) {
            case LATE -> ChronoUnit.DAYS.between(dueDate, doneDate);
            case OVERDUE -> ChronoUnit.DAYS.between(dueDate, day);
            default -> null;
        };
    }

    /** Days from {@code day} to the due date while the clock is running or at risk; else null. */
    public Long daysLeftOn(LocalDate day) {
        Standing standing = standingOn(day);
        return standing == Standing.RUNNING || standing == Standing.AT_RISK
                ? ChronoUnit.DAYS.between(day, dueDate) : null;
    }

    /** The clock was first written after its due date had ended: it came in late (an import, a backdated request). */
    public boolean arrivedPast(Instant passedAt) {
        return !recordedAt.isBefore(passedAt);
    }

    public boolean isFor(Deadline clock, Long adviceRequestId) {
        return this.clock == clock && Objects.equals(this.adviceRequestId, adviceRequestId);
    }

    boolean isFor(ClockSpec spec) {
        return isFor(spec.clock(), spec.adviceRequestId()) && Objects.equals(reviewId, spec.reviewId())
                && Objects.equals(reassessmentId, spec.reassessmentId());
    }

    /**
     * A clock of the 20-week assessment, not of the plan, one of its reviews or a re-assessment (their advice clocks
     * carry their id).
     */
    public boolean isAssessment() {
        return clock.isAssessment() && reviewId == null && reassessmentId == null;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Deadline getClock() {
        return clock;
    }

    public Long getAdviceRequestId() {
        return adviceRequestId;
    }

    /** The review cycle this clock belongs to, or null for the assessment's clocks and the plan's phase transfers. */
    public Long getReviewId() {
        return reviewId;
    }

    /** The re-assessment this clock belongs to (its decision, its plan, its advice), or null. */
    public Long getReassessmentId() {
        return reassessmentId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getAtRiskFrom() {
        return atRiskFrom;
    }

    public LocalDate getDoneDate() {
        return doneDate;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public LocalDate getEndedDate() {
        return endedDate;
    }

    public String getEndedReason() {
        return endedReason;
    }

    public boolean isExceptionApplies() {
        return exceptionApplies;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
