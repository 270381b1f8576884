package org.sendclock.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes, CRLF or LF) one record at a time, so
 * a file of any size is read in constant memory. A UTF-8 byte-order mark, as Excel writes, is skipped. A cell or a
 * row longer than its limit ends the reading with {@link MalformedCsv}: a file without line breaks, or with a quote
 * never closed, is refused after that many characters instead of being held whole.
 */
final class CsvReader implements AutoCloseable {

    private final Reader in;
    private final int maxCell;
    private final int maxRow;
    private int peeked = -2;
    private boolean atStart = true;

    CsvReader(Reader in) {
        this(in, ImportLimits.defaults());
    }

    CsvReader(Reader in, ImportLimits limits) {
        this.in = in;
        this.maxCell = limits.maxCellLength();
        this.maxRow = limits.maxRowLength();
    }

    /** The next record's cells, or null at the end of the file. A blank line is an empty list. */
    List<String> next() throws IOException {
        int c = read();
        if (atStart) {
            atStart = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == -1) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean anything = false;
        int rowLength = 0;
        while (true) {
            if (++rowLength > maxRow) {
                throw new MalformedCsv(String.format("a row is longer than %,d characters, the most one row may hold:"
                        + " each row must end with a line break (is a quote left open?)", maxRow));
            }
            if (cell.length() > maxCell) {
                throw new MalformedCsv(String.format("a cell is longer than %,d characters, the most one cell may hold"
                        + " (is a quote left open?)", maxCell));
            }
            if (quoted) {
                if (c == -1) {
                    throw new MalformedCsv("a quoted cell is not closed before the end of the file");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                anything = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                anything = true;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        peeked = after;
                    }
                }
                if (anything || !cell.isEmpty()) {
                    cells.add(cell.toString());
                }
                return cells;
            } else {
                cell.append((char) c);
                anything = true;
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The file is not CSV at all; reported against the row it was found in. */
    static final class MalformedCsv extends IOException {
        MalformedCsv(String message) {
            super(message);
        }
    }
}
