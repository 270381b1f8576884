package org.sendclock.importer;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes, CRLF or LF) one record at a time, so
 * a file of any size is read in constant memory. A UTF-8 byte-order mark, as Excel writes, is skipped.
 */
final class CsvReader implements AutoCloseable {

    private final Reader in;
    private int peeked = -2;
    private boolean atStart = true;

    CsvReader(Reader in) {
        this.in = in;
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
        while (true) {
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
