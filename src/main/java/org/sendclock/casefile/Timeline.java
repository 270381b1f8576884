package org.sendclock.casefile;

import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Writes the case timeline: every step, warning and breach, with who did it. */
@Component
public class Timeline {

    /** The actor for what the engine does on its own (timers firing). */
    public static final String SYSTEM = "system";

    private final TimelineRepository events;
    private final Clock clock;

    public Timeline(TimelineRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** The column's size (V1). */
    static final int DESCRIPTION_LENGTH = 4000;

    /**
     * Records one entry. A description quoting a long note is shortened to fit: the note itself is kept whole where it
     * belongs (the exception, the advice request, the escalation).
     */
    public void record(AssessmentCase assessment, String kind, String description) {
        String fits = description.length() <= DESCRIPTION_LENGTH ? description
                : description.substring(0, DESCRIPTION_LENGTH - 1) + "…";
        events.save(new TimelineEvent(assessment.getId(), clock.instant(), currentActor(), kind, fits));
    }

    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }
}
