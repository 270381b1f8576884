package org.sendclock.casefile;

/**
 * A page of a long list, from request parameters: its number (from 1) and its size (rows, {@value #DEFAULT_SIZE} unless
 * asked, at most {@value #MAX_SIZE}). A bad value is a 400 naming each field at fault.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    /** The most rows one page may hold: a team's whole register fits, a county's need not. */
    public static final int MAX_SIZE = 500;

    public static final Paging FIRST = new Paging(1, DEFAULT_SIZE);

    public static Paging parse(String page, String size) {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        String pageRule = "must be a whole number from 1";
        String sizeRule = "must be a whole number from 1 to " + MAX_SIZE;
        int p = number(page, 1, "page", pageRule, errors);
        int s = number(size, DEFAULT_SIZE, "size", sizeRule, errors);
        errors.rejectIf(p < 1, "page", pageRule)
                .rejectIf(s < 1 || s > MAX_SIZE, "size", sizeRule)
                .throwIfAny();
        return new Paging(p, s);
    }

    /** The number of rows before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    /** How many pages {@code total} rows fill (at least one, so an empty list is page 1 of 1). */
    public long pagesFor(long total) {
        return Math.max(1, (total + size - 1) / size);
    }

    private static int number(String value, int otherwise, String field, String message,
                              InvalidRequest.Collector errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            errors.reject(field, message);
            return otherwise;
        }
    }
}
