package org.sendclock.casefile;

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

/**
 * A reg 10(4) exception, recorded as a dated period with who recorded it and why. It never moves a due date: the
 * case is marked, breaches say an exception applies, and the "excluding exceptions" KPIs leave the case out, but only
 * once it counts: recorded or agreed by a manager (four-eyes, see {@link #counts()}), or imported.
 */
@Entity
@Table(name = "case_exception")
public class ExceptionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_exception_seq")
    @SequenceGenerator(name = "case_exception_seq", sequenceName = "case_exception_seq", allocationSize = 50)
    private Long id;
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private ExceptionReason reason;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String note;
    private String recordedBy;
    private Instant recordedAt;
    /** Brought in by the CSV import (a reason without dates); a later import may replace it, nothing else does. */
    private boolean imported;
    /** The manager who agreed it (the recorder, when a manager recorded it); null while it awaits agreement. */
    private String agreedBy;
    private Instant agreedAt;

    protected ExceptionRecord() {
    }

    public ExceptionRecord(Long caseId, ExceptionReason reason, LocalDate startsOn, LocalDate endsOn, String note,
                           String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.reason = reason;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** An exception as the previous system held it: a reason only. */
    public static ExceptionRecord imported(Long caseId, ExceptionReason reason, String recordedBy, Instant recordedAt) {
        ExceptionRecord record = new ExceptionRecord(caseId, reason, null, null,
                "Imported from the previous system, which recorded the reason without dates", recordedBy, recordedAt);
        record.imported = true;
        return record;
    }

    /**
     * Whether it takes the case out of the "excluding exceptions" measures when a manager's agreement is needed:
     * agreed, or accepted by the previous system (imported). Keep in step with
     * {@link ExceptionRecordRepository#existsCountingByCaseId}.
     */
    public boolean counts() {
        return imported || agreedAt != null;
    }

    public void agree(String manager, Instant at) {
        this.agreedBy = manager;
        this.agreedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public ExceptionReason getReason() {
        return reason;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public boolean isImported() {
        return imported;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }
}
