package org.sendclock.oversight;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A case's process ended outside SEND Clock: its tasks and timers went with it (ADR 15). */
@Entity
@Table(name = "stopped_process")
public class StoppedProcess {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stopped_process_seq")
    @SequenceGenerator(name = "stopped_process_seq", sequenceName = "stopped_process_seq", allocationSize = 50)
    private Long id;
    private Long caseId;
    private String processInstanceId;
    private Instant stoppedAt;
    private String stoppedBy;
    private String reason;

    protected StoppedProcess() {
    }

    StoppedProcess(Long caseId, String processInstanceId, Instant stoppedAt, String stoppedBy, String reason) {
        this.caseId = caseId;
        this.processInstanceId = processInstanceId;
        this.stoppedAt = stoppedAt;
        this.stoppedBy = stoppedBy;
        this.reason = reason;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }

    /** Null when nobody was signed in (a batch deletion run later by the job executor). */
    public String getStoppedBy() {
        return stoppedBy;
    }

    public String getReason() {
        return reason;
    }
}
