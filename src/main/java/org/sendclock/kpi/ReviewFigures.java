package org.sendclock.kpi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/** One row of the reviews table: a month, or the total of the range (no month). */
public record ReviewFigures(@JsonInclude(JsonInclude.Include.NON_NULL) YearMonth month,
                            long due, long onTime, long decided, long decidedWithin4Weeks, long amended,
                            long amendedWithin8Weeks, long amendedWithin12WeeksOfMeeting, long maintained,
                            long amendedDecisions, long ceased) {

    static final List<String> CSV_HEADER = List.of("month", "due", "onTime", "decided", "decidedWithin4Weeks",
            "amended", "amendedWithin8Weeks", "amendedWithin12WeeksOfMeeting", "maintained", "amendedDecisions",
            "ceased");

    static ReviewFigures none(YearMonth month) {
        return new ReviewFigures(month, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Two months' figures added up (the first's month kept): the total of a range. */
    ReviewFigures plus(ReviewFigures other) {
        return new ReviewFigures(month, due + other.due, onTime + other.onTime, decided + other.decided,
                decidedWithin4Weeks + other.decidedWithin4Weeks, amended + other.amended,
                amendedWithin8Weeks + other.amendedWithin8Weeks,
                amendedWithin12WeeksOfMeeting + other.amendedWithin12WeeksOfMeeting, maintained + other.maintained,
                amendedDecisions + other.amendedDecisions, ceased + other.ceased);
    }

    /** The figure a count names, for the page that lays the table out count by count. */
    public long of(ReviewCount count) {
        return switch (count) {
            case DUE_IN_MONTH -> due;
            case ON_TIME -> onTime;
            case DECIDED_IN_MONTH -> decided;
            case DECIDED_WITHIN_4_WEEKS -> decidedWithin4Weeks;
            case AMENDED_IN_MONTH -> amended;
            case AMENDED_WITHIN_8_WEEKS -> amendedWithin8Weeks;
            case AMENDED_WITHIN_12_WEEKS_OF_MEETING -> amendedWithin12WeeksOfMeeting;
            case MAINTAINED -> maintained;
            case AMENDED_DECISIONS -> amendedDecisions;
            case CEASED -> ceased;
        };
    }

    List<Object> csvRow() {
        return Arrays.asList(month == null ? "total" : month.toString(), due, onTime, decided, decidedWithin4Weeks,
                amended, amendedWithin8Weeks, amendedWithin12WeeksOfMeeting, maintained, amendedDecisions, ceased);
    }
}
