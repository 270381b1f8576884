package org.sendclock.casefile;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks the child's identifiers and the SEN2 return's person codes must pass, said once for the commands, the
 * forms and the imports: each answers the problem in words, or null when there is none; the caller names the field or
 * the column. They are checked as they are entered (ADR 26) because a wrong one found in January, in the return's
 * validation, has to be chased back to whoever typed it months before.
 */
public final class ChildChecks {

    /**
     * The letters a UPN's check letter (and a temporary UPN's last character) may be, in the order that gives their
     * value 0 to 22: A to Z without I, O and S (DfE, "Unique pupil numbers (UPN)", the check letter calculation).
     */
    static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final Pattern UPN_SHAPE = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");
    private static final Pattern ULN_SHAPE = Pattern.compile("[1-9][0-9]{9}");
    /**
     * The shapes of a UK postcode: an outward code (A9, A99, AA9, AA99, A9A or AA9A) and an inward code (9AA), the
     * space between them optional as typed, with the letters Royal Mail leaves out of each position (no Q, V or X
     * first; no I, J or Z second; no C, I, K, M, O or V in the inward code), and GIR 0AA. The SEN2 return's check
     * uses this same shape.
     */
    private static final Pattern POSTCODE = Pattern.compile(
            "(GIR|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNPR-Y]?) ?([0-9][ABD-HJLNP-UW-Z]{2})");

    private ChildChecks() {
    }

    /**
     * A Unique Pupil Number: 13 characters, the first a check letter worked from the other twelve (each multiplied by
     * its position, 2 to 13, summed, the remainder on dividing by 23 read as a letter), then eleven digits, then a digit
     * or, in a temporary UPN, a letter.
     */
    public static String upn(String upn) {
        if (upn == null) {
            return null;
        }
        if (!UPN_SHAPE.matcher(upn).matches() || UPN_LETTERS.indexOf(upn.charAt(12)) < 0
                && !Character.isDigit(upn.charAt(12))) {
            return "must be a Unique Pupil Number: 13 characters, a check letter, eleven digits, then a digit or (in a"
                    + " temporary UPN) a capital letter other than I, O or S";
        }
        char expected = upnCheckLetter(upn.substring(1));
        return upn.charAt(0) == expected ? null
                : "has the wrong check letter: with the twelve characters after it, it would start with " + expected
                + ", so one of its characters is mistyped";
    }

    /** The check letter of the twelve characters after it (see {@link #upn}). */
    public static char upnCheckLetter(String lastTwelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char ch = lastTwelve.charAt(i);
            int value = Character.isDigit(ch) ? ch - '0' : UPN_LETTERS.indexOf(ch);
            sum += value * (i + 2);
        }
        return UPN_LETTERS.charAt(sum % 23);
    }

    /**
     * A Unique Learner Number: ten digits, the first not 0, the last a check digit (the first nine multiplied by 10
     * down to 2 and summed; the check digit is 10 less the remainder on dividing by 11, and a remainder of 0 is no ULN).
     */
    public static String uln(String uln) {
        if (uln == null) {
            return null;
        }
        if (!ULN_SHAPE.matcher(uln).matches()) {
            return "must be a Unique Learner Number: ten digits, the first not 0";
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (uln.charAt(i) - '0') * (10 - i);
        }
        int check = 10 - sum % 11;
        return check == uln.charAt(9) - '0' ? null
                : "has the wrong check digit: one of its digits is mistyped";
    }

    /** The postcode as the record keeps it, upper case with one space before the inward code; null when not one. */
    public static String postcodeOf(String typed) {
        if (typed == null) {
            return null;
        }
        Matcher m = POSTCODE.matcher(typed.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        return m.matches() ? m.group(1) + " " + m.group(2) : null;
    }

    public static String postcode(String typed) {
        return typed == null || postcodeOf(typed) != null ? null
                : "must be a UK postcode, such as SW1A 1AA or M1 1AE";
    }

    public static String sex(String code) {
        return code(code, Sex.class, "a SEN2 sex code");
    }

    public static String ethnicity(String code) {
        return code(code, Ethnicity.class, "a DfE main ethnicity code");
    }

    public static String upnUnknownReason(String code) {
        return code(code, UpnUnknownReason.class, "a UPN unknown reason");
    }

    /** The reason is for a child with neither number: beside one it would tell the DfE something untrue. */
    public static String reasonBesideNumber(String reason, String upn, String uln) {
        return reason != null && (upn != null || uln != null)
                ? "is only for a child with neither a UPN nor a ULN: leave it empty" : null;
    }

    /**
     * Every check of the child's identifiers and return codes at once, each error under {@code prefix} and the field's
     * name ("child.uln"): the commands' way of naming them.
     */
    public static void check(InvalidRequest.Collector errors, String prefix, String upn, String sex, String ethnicity,
                             String postcode, String uln, String upnUnknownReason) {
        errors.rejectIf(upn(upn) != null, prefix + "upn", upn(upn))
                .rejectIf(sex(sex) != null, prefix + "sex", sex(sex))
                .rejectIf(ethnicity(ethnicity) != null, prefix + "ethnicity", ethnicity(ethnicity))
                .rejectIf(postcode(postcode) != null, prefix + "postcode", postcode(postcode))
                .rejectIf(uln(uln) != null, prefix + "uln", uln(uln))
                .rejectIf(upnUnknownReason(upnUnknownReason) != null, prefix + "upnUnknownReason",
                        upnUnknownReason(upnUnknownReason))
                .rejectIf(reasonBesideNumber(upnUnknownReason, upn, uln) != null, prefix + "upnUnknownReason",
                        reasonBesideNumber(upnUnknownReason, upn, uln));
    }

    private static <E extends Enum<E>> String code(String code, Class<E> codes, String what) {
        if (code == null || Arrays.stream(codes.getEnumConstants()).anyMatch(c -> c.name().equals(code))) {
            return null;
        }
        return "must be " + what + ", one of " + Arrays.stream(codes.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", "));
    }
}
