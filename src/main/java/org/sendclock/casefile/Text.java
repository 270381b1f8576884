package org.sendclock.casefile;

/** Tidying of free text typed by users. */
public final class Text {

    private Text() {
    }

    /** Trimmed, or null when nothing but spaces was entered. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** An enum constant as words: EXCEPTIONAL_CIRCUMSTANCES becomes "exceptional circumstances". */
    public static String words(Enum<?> value) {
        return value.name().toLowerCase().replace('_', ' ');
    }
}
