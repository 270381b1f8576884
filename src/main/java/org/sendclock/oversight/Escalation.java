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

/** A breach, or advice long overdue, put before the team's manager until acknowledged with a note. */
@Entity
@Table(name = "escalation")
public class Escalation {

    public enum Kind {
        /** A statutory clock passed (any clock, advice included). */
        BREACH,
        /** Advice still outstanding {@code sendclock.oversight.advice-escalation-days} after its due date. */
        ADVICE_OVERDUE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "escalation_seq")
    @SequenceGenerator(name = "escalation_seq", sequenceName = "escalation_seq", allocationSize = 50)
    private Long id;
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private Long breachId;
    private Long adviceRequestId;
    private String description;
    private Instant raisedAt;
    private String taskId;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private String note;

    protected Escalation() {
    }

    Escalation(Long caseId, Kind kind, Long breachId, Long adviceRequestId, String description, Instant raisedAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.breachId = breachId;
        this.adviceRequestId = adviceRequestId;
        this.description = description;
        this.raisedAt = raisedAt;
    }

    void askedBy(String taskId) {
        this.taskId = taskId;
    }

    void acknowledge(String by, String note, Instant at) {
        this.acknowledgedBy = by;
        this.note = note;
        this.acknowledgedAt = at;
    }

    public boolean isOpen() {
        return acknowledgedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getBreachId() {
        return breachId;
    }

    public Long getAdviceRequestId() {
        return adviceRequestId;
    }

    public String getDescription() {
        return description;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getTaskId() {
        return taskId;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public String getNote() {
        return note;
    }
}
