package org.sendclock.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in words the GOV.UK way ("4 January 2027"), for the timeline. */
public final class DateText {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DateText() {
    }

    public static String of(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }
}
