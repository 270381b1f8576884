package org.sendclock.kpi;

import static org.sendclock.kpi.ReviewEvent.Kind.AMENDED;
import static org.sendclock.kpi.ReviewEvent.Kind.DECIDED;
import static org.sendclock.kpi.ReviewEvent.Kind.DUE;

import java.util.function.Predicate;

/** The counts of the reviews table, each openable as its list of cases. */
public enum ReviewCount implements Count<ReviewEvent> {
    DUE_IN_MONTH("due", DUE, c -> true),
    ON_TIME("onTime", DUE, ReviewCycle::reviewMet),
    DECIDED_IN_MONTH("decided", DECIDED, c -> true),
    DECIDED_WITHIN_4_WEEKS("decidedWithin4Weeks", DECIDED, ReviewCycle::decidedWithinFourWeeks),
    AMENDED_IN_MONTH("amended", AMENDED, c -> true),
    AMENDED_WITHIN_8_WEEKS("amendedWithin8Weeks", AMENDED, ReviewCycle::amendedWithinEightWeeks),
    AMENDED_WITHIN_12_WEEKS_OF_MEETING("amendedWithin12WeeksOfMeeting", AMENDED,
            ReviewCycle::amendedWithinTwelveWeeksOfMeeting),
    MAINTAINED("maintained", DECIDED, c -> "MAINTAIN".equals(c.decision())),
    AMENDED_DECISIONS("amendedDecisions", DECIDED, c -> "AMEND".equals(c.decision())),
    CEASED("ceased", DECIDED, c -> "CEASE".equals(c.decision()));

    private final String field;
    private final ReviewEvent.Kind kind;
    private final Predicate<ReviewCycle> test;

    ReviewCount(String field, ReviewEvent.Kind kind, Predicate<ReviewCycle> test) {
        this.field = field;
        this.kind = kind;
        this.test = test;
    }

    @Override
    public String field() {
        return field;
    }

    ReviewEvent.Kind kind() {
        return kind;
    }

    @Override
    public boolean counts(ReviewEvent event) {
        return event.kind() == kind && test.test(event.cycle());
    }

    /** The line of this count's list: the twelve weeks are measured from the meeting, so its list shows the meeting. */
    CaseEntry entry(ReviewEvent event) {
        return this == AMENDED_WITHIN_12_WEEKS_OF_MEETING ? event.entryFromMeeting() : event.entry();
    }
}
