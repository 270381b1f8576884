package org.sendclock.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The message of every log line ({@code %m}, {@code %msg}, {@code %message} in logback-spring.xml), with line breaks
 * and other control characters written visibly ({@code \n}, {@code \r}, {@code \t}, {@code \u0000}), so text a user
 * typed (a note, a name, a file's cell quoted in an error) cannot start a line that looks like the application's
 * own. Lone surrogates and the Unicode line and paragraph separators are escaped the same way. Backslashes are left
 * as they are: a typed "\n" stays on its line, so it cannot forge one either.
 */
public class OneLineMessage extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return escaped(super.convert(event));
    }

    public static String escaped(String message) {
        if (message == null) {
            return null;
        }
        int first = firstToEscape(message);
        if (first < 0) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length() + 16).append(message, 0, first);
        for (int i = first; i < message.length(); i++) {
            char c = message.charAt(i);
            if (!needsEscape(message, i)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    private static int firstToEscape(String message) {
        for (int i = 0; i < message.length(); i++) {
            if (needsEscape(message, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean needsEscape(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
    }
}
