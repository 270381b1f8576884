package org.sendclock.csv;

import java.math.BigDecimal;

/**
 * CSV cells as spreadsheets read them back (RFC 4180), for every file the product writes: the caseload export and
 * the KPI downloads. A cell is quoted only when it holds a comma, quote or line break; no value is an empty cell.
 */
public final class Csv {

    private Csv() {
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
