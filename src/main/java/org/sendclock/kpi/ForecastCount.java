package org.sendclock.kpi;

/** The figures of the forecast that open as lists of cases. */
public enum ForecastCount {
    ISSUED("issued"),
    ON_TIME("onTime"),
    OPEN_DUE_THIS_YEAR("openDueThisYear"),
    STILL_POSSIBLE_ON_TIME("stillPossibleOnTime"),
    ALREADY_LATE("alreadyLate"),
    OPEN_DUE_IN_EARLIER_YEARS("openDueInEarlierYears");

    private final String field;

    ForecastCount(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }
}
