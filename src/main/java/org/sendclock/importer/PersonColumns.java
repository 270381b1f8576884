package org.sendclock.importer;

import java.util.List;
import org.sendclock.casefile.Child;
import org.sendclock.casefile.ChildChecks;

/**
 * The columns requests.csv and plans.csv share about the child and who works the case, checked the same way in both
 * and as the commands check them ({@link ChildChecks}): lengths the record can hold, the UPN with its check letter,
 * and what the SEN2 return asks of the child (sex, ethnicity, postcode, ULN, the reason neither number is known).
 */
final class PersonColumns {

    private static final int MAX_NAME = 100;
    private static final int MAX_FREE_TEXT = 500;
    /** The engine's group id ({@code ACT_RU_IDENTITYLINK.GROUP_ID_}): a team is its cases' tasks' candidate group. */
    private static final int MAX_TEAM = 255;

    /** The SEN2 return's columns about the child, in the files' order. */
    static final List<String> RETURN_COLUMNS = List.of("child_sex", "child_ethnicity", "child_postcode", "child_uln",
            "upn_unknown_reason");

    private PersonColumns() {
    }

    static void check(CsvRow row, String childGivenName, String childFamilyName, String team, String caseworker,
                      String upn) {
        row.rejectIf(childGivenName != null && childGivenName.length() > MAX_NAME, "child_given_name",
                "must be at most " + MAX_NAME + " characters");
        row.rejectIf(childFamilyName != null && childFamilyName.length() > MAX_NAME, "child_family_name",
                "must be at most " + MAX_NAME + " characters");
        row.rejectIf(team != null && team.length() > MAX_TEAM, "team", "must be at most " + MAX_TEAM
                + " characters, the longest team name the task lists can offer a case's tasks to");
        row.rejectIf(caseworker != null && caseworker.length() > MAX_FREE_TEXT, "caseworker",
                "must be at most " + MAX_FREE_TEXT + " characters");
        String upnProblem = ChildChecks.upn(upn);
        row.rejectIf(upnProblem != null, "upn", upnProblem);
    }

    /**
     * What the return asks of the child, as a row gives it: an empty cell leaves what the system holds. The postcode
     * is kept as the record keeps it (upper case, one space), so a file writing it otherwise changes nothing.
     */
    record ReturnDetails(String sex, String ethnicity, String postcode, String uln, String upnUnknownReason) {

        static final ReturnDetails NONE = new ReturnDetails(null, null, null, null, null);

        static ReturnDetails read(CsvRow row, String upn) {
            String sex = row.text("child_sex");
            String ethnicity = row.text("child_ethnicity");
            String postcode = row.text("child_postcode");
            String uln = row.text("child_uln");
            String reason = row.text("upn_unknown_reason");
            reject(row, "child_sex", ChildChecks.sex(sex));
            reject(row, "child_ethnicity", ChildChecks.ethnicity(ethnicity));
            reject(row, "child_postcode", ChildChecks.postcode(postcode));
            reject(row, "child_uln", ChildChecks.uln(uln));
            reject(row, "upn_unknown_reason", ChildChecks.upnUnknownReason(reason));
            reject(row, "upn_unknown_reason", ChildChecks.reasonBesideNumber(reason, upn, uln));
            return new ReturnDetails(sex, ethnicity, postcode == null ? null : ChildChecks.postcodeOf(postcode), uln,
                    reason);
        }

        private static void reject(CsvRow row, String column, String problem) {
            row.rejectIf(problem != null, column, problem);
        }

        static ReturnDetails of(Child child) {
            return new ReturnDetails(child.getSex(), child.getEthnicity(), child.getPostcode(), child.getUln(),
                    child.getUpnUnknownReason());
        }

        /**
         * The child as the row leaves them: {@code named} (the row's names, date of birth and UPN over what was held)
         * with these details over those of {@code existing}. A UPN or ULN the row gives ends a held reason for having
         * neither.
         */
        Child over(Child named, Child existing, String rowUpn) {
            ReturnDetails held = existing == null ? NONE : of(existing);
            String newUln = uln != null ? uln : held.uln();
            String reason = upnUnknownReason != null ? upnUnknownReason
                    : rowUpn != null || uln != null ? null : held.upnUnknownReason();
            return named.withReturnDetails(sex != null ? sex : held.sex(),
                    ethnicity != null ? ethnicity : held.ethnicity(), postcode != null ? postcode : held.postcode(),
                    newUln, reason);
        }

        List<String> cells() {
            return java.util.Arrays.asList(sex, ethnicity, postcode, uln, upnUnknownReason);
        }
    }
}
