package org.sendclock.kpi;

/**
 * The rates a board sets targets for and follows month by month. Each is one of the KPI tables' rates, counted the
 * same way ({@link MeasureCounts}).
 */
public enum Measure {
    TWENTY_WEEKS("New plans issued within 20 weeks, including exceptions"),
    TWENTY_WEEKS_EXCLUDING_EXCEPTIONS("New plans issued within 20 weeks, excluding exceptions (the DfE headline)"),
    DECISIONS_WITHIN_SIX_WEEKS("Decisions whether to assess within 6 weeks"),
    ADVICE_WITHIN_SIX_WEEKS("All advice within 6 weeks"),
    ADVICE_WITHIN_SIX_WEEKS_EXCLUDING_EXCEPTIONS("All advice within 6 weeks, excluding reg 8(2) exceptions"),
    EDUCATIONAL_PSYCHOLOGY_ADVICE_WITHIN_SIX_WEEKS("Educational psychology advice within 6 weeks"),
    HEALTH_ADVICE_WITHIN_SIX_WEEKS("Health advice within 6 weeks"),
    SOCIAL_CARE_ADVICE_WITHIN_SIX_WEEKS("Social care advice within 6 weeks"),
    REVIEWS_BY_DUE_DATE("Annual reviews decided by their due date"),
    REVIEW_DECISIONS_WITHIN_FOUR_WEEKS("Review decisions within 4 weeks of the meeting"),
    AMENDED_PLANS_WITHIN_EIGHT_WEEKS("Amended plans issued within 8 weeks of the proposal"),
    AMENDED_PLANS_WITHIN_TWELVE_WEEKS_OF_MEETING("Amended plans issued within 12 weeks of the review meeting");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
