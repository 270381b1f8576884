package org.sendclock.advice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.sendclock.clock.AdviceFacts;

/**
 * A request for advice from one provider, with its own six-week clock (reg 8(1)): for the assessment, or for one
 * review cycle of the plan ({@code reviewId}, ADR 29), whose clock the plan's register rows keep by that cycle.
 */
@Entity
@Table(name = "advice_request")
public class AdviceRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "advice_request_seq")
    @SequenceGenerator(name = "advice_request_seq", sequenceName = "advice_request_seq", allocationSize = 50)
    private Long id;
    private Long caseId;
    /** The re-assessment the advice is for (ADR 27); null for the assessment's advice. */
    private Long reassessmentId;
    /** The review cycle the advice is for; null for the assessment's advice. */
    private Long reviewId;
    @Enumerated(EnumType.STRING)
    private AdviceType adviceType;
    private String provider;
    private LocalDate requestedDate;
    private LocalDate dueDate;
    private LocalDate receivedDate;
    @Enumerated(EnumType.STRING)
    private AdviceStatus status;
    @Enumerated(EnumType.STRING)
    private AdviceExceptionReason exceptionReason;
    private String exceptionNote;
    /** The day the reg 8(2) excusal was agreed. */
    private LocalDate excusedDate;
    /** For a missed appointment, the appointment's date. */
    private LocalDate missedAppointmentDate;
    private LocalDate withdrawnDate;
    private String withdrawnReason;
    @Version
    private long version;

    protected AdviceRequest() {
    }

    public AdviceRequest(Long caseId, AdviceType adviceType, String provider, LocalDate requestedDate, LocalDate dueDate) {
        this.caseId = caseId;
        this.adviceType = adviceType;
        this.provider = provider;
        this.requestedDate = requestedDate;
        this.dueDate = dueDate;
        this.status = AdviceStatus.REQUESTED;
    }

    /** Advice asked for a re-assessment of the child's plan: the same request and six weeks (reg 28). */
    public static AdviceRequest forReassessment(Long caseId, Long reassessmentId, AdviceType adviceType,
                                                String provider, LocalDate requestedDate, LocalDate dueDate) {
        AdviceRequest advice = new AdviceRequest(caseId, adviceType, provider, requestedDate, dueDate);
        advice.reassessmentId = reassessmentId;
        return advice;
    }

    /** Advice asked for the review meeting of one cycle of the plan (reg 20(4)). */
    public static AdviceRequest forReview(Long caseId, long reviewId, AdviceType adviceType, String provider,
                                          LocalDate requestedDate, LocalDate dueDate) {
        AdviceRequest advice = new AdviceRequest(caseId, adviceType, provider, requestedDate, dueDate);
        advice.reviewId = reviewId;
        return advice;
    }

    /** A corrected requested date (a letter dated earlier than typed, say) moves the six weeks with it. */
    public void correctRequestedDate(LocalDate requestedDate, LocalDate dueDate) {
        this.requestedDate = requestedDate;
        this.dueDate = dueDate;
    }

    /** Advice may still arrive after the giver was excused; it is then recorded as received, exception kept. */
    public void receive(LocalDate receivedDate) {
        this.receivedDate = receivedDate;
        this.status = AdviceStatus.RECEIVED;
    }

    public void excuse(AdviceExceptionReason reason, String note, LocalDate excusedDate,
                       LocalDate missedAppointmentDate) {
        this.exceptionReason = reason;
        this.exceptionNote = note;
        this.excusedDate = excusedDate;
        this.missedAppointmentDate = missedAppointmentDate;
        this.status = AdviceStatus.EXCUSED;
    }

    public void withdraw(LocalDate date, String reason) {
        this.withdrawnDate = date;
        this.withdrawnReason = reason;
        this.status = AdviceStatus.WITHDRAWN;
    }

    /**
     * Makes the request what another system recorded (the CSV import): received, else excused, else withdrawn,
     * else still awaited. A provider not recorded there keeps the one held here.
     */
    public void restate(String provider, LocalDate receivedDate, AdviceExceptionReason exceptionReason,
                        LocalDate withdrawnDate, String withdrawnReason) {
        if (provider != null) {
            this.provider = provider;
        }
        this.receivedDate = receivedDate;
        if (exceptionReason != this.exceptionReason) {
            this.exceptionNote = exceptionReason == null ? null : "Recorded in the previous system";
            this.excusedDate = null;
            this.missedAppointmentDate = null;
        }
        this.exceptionReason = exceptionReason;
        this.withdrawnDate = withdrawnDate;
        this.withdrawnReason = withdrawnDate == null ? null : withdrawnReason;
        this.status = receivedDate != null ? AdviceStatus.RECEIVED
                : exceptionReason != null ? AdviceStatus.EXCUSED
                : withdrawnDate != null ? AdviceStatus.WITHDRAWN
                : AdviceStatus.REQUESTED;
    }

    /** What this request's six-week clock follows. */
    public AdviceFacts clockFacts() {
        return new AdviceFacts(id, requestedDate, receivedDate, exceptionReason != null, excusedDate, withdrawnDate,
                withdrawnReason);
    }

    /** Who the advice is from, in words: "health advice (Northshire ICB)". */
    public String describe() {
        return adviceType.label() + " advice" + (provider == null || provider.isBlank() ? "" : " (" + provider + ")");
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getReassessmentId() {
        return reassessmentId;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public AdviceType getAdviceType() {
        return adviceType;
    }

    public String getProvider() {
        return provider;
    }

    public LocalDate getRequestedDate() {
        return requestedDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getReceivedDate() {
        return receivedDate;
    }

    public AdviceStatus getStatus() {
        return status;
    }

    public AdviceExceptionReason getExceptionReason() {
        return exceptionReason;
    }

    public String getExceptionNote() {
        return exceptionNote;
    }

    public LocalDate getExcusedDate() {
        return excusedDate;
    }

    public LocalDate getMissedAppointmentDate() {
        return missedAppointmentDate;
    }

    public LocalDate getWithdrawnDate() {
        return withdrawnDate;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }
}
