package org.sendclock.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/** A GOV.UK date input (day, month and year typed apart) read as a date, or an error in GOV.UK words. */
final class DateInput {

    private DateInput() {
    }

    /** Null with an error when nothing or something impossible was typed; null without one when optional and empty. */
    static LocalDate read(String day, String month, String year, String field, String what, boolean required,
                          Map<String, String> errors) {
        if (day.isBlank() && month.isBlank() && year.isBlank()) {
            if (required) {
                errors.put(field, "Enter " + what);
            }
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()),
                    Integer.parseInt(day.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            errors.put(field, Character.toUpperCase(what.charAt(0)) + what.substring(1)
                    + " must be a real date, for example 27 3 2026");
            return null;
        }
    }
}
