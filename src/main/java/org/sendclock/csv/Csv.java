package org.sendclock.csv;

import java.math.BigDecimal;

/**
 * CSV cells as spreadsheets read them back (RFC 4180), for every file the product writes: the caseload export, the
 * KPI downloads and the SEN2 extract, all through {@link CsvWriter}. A cell is quoted only when it holds a comma,
 * quote or line break; no value is an empty cell.
 *
 * <p>Text that a spreadsheet would run as a formula (it begins with {@code = + - @}, a tab or a carriage return: a
 * family name {@code =HYPERLINK(...)}, a case reference {@code @SUM(1+1)}) is written with a single quote in front,
 * as OWASP advises and as Excel itself marks text: the analyst sees the text, nothing runs. Numbers are written as
 * numbers, so a negative figure stays a figure. Text that already begins with quotes before such a character gets
 * one more, so {@link #text} gives back exactly what was written (docs/adr/0014).
 */
public final class Csv {

    private Csv() {
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.toPlainString()
                : value instanceof Number number ? number.toString()
                : neutralised(value.toString());
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Text as a spreadsheet shows it without running it: a quote in front when it would start a formula. */
    static String neutralised(String text) {
        return startsFormula(text) ? "'" + text : text;
    }

    /** A cell as read back from a file this class wrote (or a spreadsheet saved): the quote in front taken off. */
    public static String text(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsFormula(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    /** Begins with a formula character, or with quotes and then one (which {@link #text} would otherwise eat). */
    private static boolean startsFormula(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char first = text.charAt(i);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
