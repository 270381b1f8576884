package org.sendclock.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened to a case, who did it and when. Never changed once written. */
@Entity
@Table(name = "timeline_event")
public class TimelineEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeline_event_seq")
    @SequenceGenerator(name = "timeline_event_seq", sequenceName = "timeline_event_seq", allocationSize = 50)
    private Long id;
    private Long caseId;
    private Instant occurredAt;
    private String actor;
    private String kind;
    private String description;

    protected TimelineEvent() {
    }

    TimelineEvent(Long caseId, Instant occurredAt, String actor, String kind, String description) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }
}
