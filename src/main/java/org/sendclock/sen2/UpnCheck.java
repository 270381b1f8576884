package org.sendclock.sen2;

/**
 * A Unique Pupil Number's check letter (DfE, "Unique pupil numbers" guide): characters 2 to 13 weighted 2 to 13 and
 * summed; the remainder on division by 23 is the check letter, counted through the alphabet without I, O and S. A
 * letter in the last place (a temporary UPN) counts at its place in the same alphabet.
 */
final class UpnCheck {

    static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UpnCheck() {
    }

    static boolean isValid(String upn) {
        if (upn == null || !upn.matches("[A-Z][0-9]{11}[0-9A-Z]")) {
            return false;
        }
        Character check = checkLetter(upn.substring(1));
        return check != null && check == upn.charAt(0);
    }

    /** The check letter for the last twelve characters of a UPN; null when one of them cannot be in a UPN. */
    static Character checkLetter(String twelve) {
        int sum = 0;
        for (int i = 0; i < twelve.length(); i++) {
            char c = twelve.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            if (value < 0) {
                return null;
            }
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }
}
