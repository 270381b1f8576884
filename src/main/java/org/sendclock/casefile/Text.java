package org.sendclock.casefile;

/** Tidying of free text typed by users. */
public final class Text {

    private Text() {
    }

    /** Trimmed, or null when nothing but spaces was entered. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * Why text from outside (a form, the API, an import file) cannot be kept, or null when it can: it holds a control
     * character (NUL and the rest of C0 but tab, line feed and carriage return; DEL; C1) or half of a surrogate pair.
     * PostgreSQL refuses NUL outright, and none of them can be shown, printed or typed again. The answer names the
     * character and where it is ("U+0000 at character 7"), never the text, which may be a child's name.
     */
    public static String refusedCharacter(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean refused;
            if (Character.isHighSurrogate(c)) {
                refused = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
                if (!refused) {
                    i++; // the pair is one character, an emoji or a rare letter: allowed
                    continue;
                }
            } else {
                refused = Character.isLowSurrogate(c)
                        || Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
            }
            if (refused) {
                return "must not contain " + (Character.isSurrogate(c) ? "half of a surrogate pair" : "a control character")
                        + String.format(" (U+%04X at character %d)", (int) c, s.codePointCount(0, i) + 1);
            }
        }
        return null;
    }

    /** An enum constant as words: EXCEPTIONAL_CIRCUMSTANCES becomes "exceptional circumstances". */
    public static String words(Enum<?> value) {
        return value.name().toLowerCase().replace('_', ' ');
    }
}
