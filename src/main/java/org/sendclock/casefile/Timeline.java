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

    public void record(AssessmentCase assessment, String kind, String description) {
        events.save(new TimelineEvent(assessment.getId(), clock.instant(), currentActor(), kind, description));
    }

    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }
}
