package org.sendclock.importer;

import java.util.regex.Pattern;

/**
 * The columns requests.csv and plans.csv share about the child and who works the case, checked the same way in both:
 * lengths the record can hold, and the shape of a Unique Pupil Number.
 */
final class PersonColumns {

    private static final int MAX_NAME = 100;
    private static final int MAX_FREE_TEXT = 500;
    /** A Unique Pupil Number: a check letter, eleven digits, and a digit or letter (DfE's UPN guide). */
    private static final Pattern UPN = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");

    private PersonColumns() {
    }

    static void check(CsvRow row, String childGivenName, String childFamilyName, String team, String caseworker,
                      String upn) {
        row.rejectIf(childGivenName != null && childGivenName.length() > MAX_NAME, "child_given_name",
                "must be at most " + MAX_NAME + " characters");
        row.rejectIf(childFamilyName != null && childFamilyName.length() > MAX_NAME, "child_family_name",
                "must be at most " + MAX_NAME + " characters");
        row.rejectIf(team != null && team.length() > MAX_FREE_TEXT, "team",
                "must be at most " + MAX_FREE_TEXT + " characters");
        row.rejectIf(caseworker != null && caseworker.length() > MAX_FREE_TEXT, "caseworker",
                "must be at most " + MAX_FREE_TEXT + " characters");
        row.rejectIf(upn != null && !UPN.matcher(upn).matches(), "upn",
                "must be a Unique Pupil Number: a capital letter, eleven digits and a digit or capital letter");
    }
}
