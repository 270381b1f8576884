package org.sendclock.advice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Advice reg 6(1) requires that the council decided not to seek, and why (reg 6(4): the advice is already available
 * and those concerned are satisfied it is sufficient). Recorded once per advice type of a case; the plan decision
 * accepts it in place of the advice.
 */
@Entity
@Table(name = "advice_not_sought")
public class AdviceNotSought {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "advice_not_sought_seq")
    @SequenceGenerator(name = "advice_not_sought_seq", sequenceName = "advice_not_sought_seq", allocationSize = 50)
    private Long id;
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private AdviceType adviceType;
    private String reason;
    private String recordedBy;
    private Instant recordedAt;

    protected AdviceNotSought() {
    }

    public AdviceNotSought(Long caseId, AdviceType adviceType, String reason, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.adviceType = adviceType;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public AdviceType getAdviceType() {
        return adviceType;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
