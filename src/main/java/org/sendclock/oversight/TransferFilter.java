package org.sendclock.oversight;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.sendclock.casefile.CaseScope;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.clock.TransferKind;

/**
 * Which phase transfers the managers' transfer list shows: those of one transfer year (the year of their 15 February
 * or 31 March), of one kind or all the council has, of one status or all, of one team (whole name, ignoring case) or
 * all, within the cases the reader may see (ADR 16). Null means "any".
 */
public record TransferFilter(int year, TransferKind kind, Status status, String team, CaseScope scope) {

    /**
     * Where a transfer stands in its year. A transfer done late is both done and late: "late" is the list of every
     * transfer that missed its date, amended since or not.
     */
    public enum Status {
        /** Not done yet and its date has not passed: work to do. */
        DUE,
        /** The amended plan naming the next setting was issued, on time or late. */
        DONE,
        /** Its date passed without the amended plan, or the amended plan came after it. */
        LATE
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public TransferFilter {
        scope = scope == null ? CaseScope.EVERY_CASE : scope;
    }

    public TransferFilter within(CaseScope scope) {
        return new TransferFilter(year, kind, status, team, scope);
    }

    /** The same filter with another status (the page's tabs), or none. */
    public TransferFilter withStatus(Status status) {
        return new TransferFilter(year, kind, status, team, scope);
    }

    /** The kinds asked for: the one chosen, or every kind the council has. */
    List<TransferKind> kinds(List<TransferKind> councilKinds) {
        return kind == null ? councilKinds : List.of(kind);
    }

    LocalDate yearStarts() {
        return LocalDate.of(year, Month.JANUARY, 1);
    }

    LocalDate yearEnds() {
        return LocalDate.of(year, Month.DECEMBER, 31);
    }

    /**
     * From request parameters: a blank year is the next transfer year from {@code today}; a blank kind, status or
     * team means any. Every fault is named at once (400).
     */
    public static TransferFilter parse(String year, String kind, String status, String team, LocalDate today,
                                       List<TransferKind> councilKinds) {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        int transferYear = TransferKind.nextTransferYear(today);
        if (year != null && !year.isBlank()) {
            if (YEAR.matcher(year.trim()).matches()) {
                transferYear = Integer.parseInt(year.trim());
            } else {
                errors.reject("year", "must be a year written YYYY, not \"" + year + "\"");
            }
        }
        TransferKind transferKind = oneOf(kind, councilKinds, "kind", errors);
        Status wanted = oneOf(status, Arrays.asList(Status.values()), "status", errors);
        errors.throwIfAny();
        return new TransferFilter(transferYear, transferKind, wanted,
                team == null || team.isBlank() ? null : team.trim(), CaseScope.EVERY_CASE);
    }

    private static <E extends Enum<E>> E oneOf(String value, List<E> allowed, String field,
                                               InvalidRequest.Collector errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E choice : allowed) {
            if (choice.name().equalsIgnoreCase(value.trim())) {
                return choice;
            }
        }
        errors.reject(field, "must be one of " + allowed.stream().map(Enum::name).toList() + ", not \"" + value
                + "\"");
        return null;
    }
}
