package org.sendclock.importer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One import file being read: the header checked against the columns its format knows (any order, none unknown,
 * none twice, the required ones present), then its rows one at a time. Errors go to the shared list, named by file,
 * row and column.
 */
final class CsvFile implements AutoCloseable {

    private static final String NOT_UTF8 = "is not UTF-8 text: save the spreadsheet as \"CSV UTF-8\" and try again";

    private final String name;
    private final CsvReader reader;
    private final ImportErrors errors;
    private final Map<String, Integer> columns = new HashMap<>();
    private int rowNumber;
    private int headerSize;
    private boolean readable;

    CsvFile(String name, Reader in, List<String> known, Set<String> required, ImportErrors errors,
            ImportLimits limits) throws IOException {
        this.name = name;
        this.reader = new CsvReader(in, limits);
        this.errors = errors;
        readHeader(known, required);
    }

    private void readHeader(List<String> known, Set<String> required) throws IOException {
        List<String> header;
        try {
            header = reader.next();
        } catch (CsvReader.MalformedCsv e) {
            errors.add(new ImportError(name, 0, "", e.getMessage()));
            return;
        } catch (CharacterCodingException e) {
            errors.add(new ImportError(name, 0, "", NOT_UTF8));
            return;
        }
        if (header == null || header.isEmpty()) {
            errors.add(new ImportError(name, 0, "", "the file is empty: it needs a header row naming its columns"));
            return;
        }
        long before = errors.count();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).trim();
            if (!known.contains(column)) {
                errors.add(new ImportError(name, 0, ImportErrors.excerpt(column), "is not a column of " + name
                        + "; its columns are " + String.join(", ", known)));
            } else if (columns.putIfAbsent(column, i) != null) {
                errors.add(new ImportError(name, 0, column, "appears twice in the header"));
            }
        }
        for (String column : known) {
            if (required.contains(column) && !columns.containsKey(column)) {
                errors.add(new ImportError(name, 0, column, "is a required column and is missing from the header"));
            }
        }
        readable = errors.count() == before;
        headerSize = header.size();
    }

    /** True when the header could be read: its rows can then be checked. */
    boolean readable() {
        return readable;
    }

    /** The next row that has cells, or null at the end. Blank lines are skipped but counted, so row numbers match. */
    CsvRow next() throws IOException {
        if (!readable) {
            return null;
        }
        while (true) {
            List<String> cells;
            try {
                cells = reader.next();
            } catch (CsvReader.MalformedCsv e) {
                errors.add(new ImportError(name, rowNumber + 1, "", e.getMessage()));
                return null;
            } catch (CharacterCodingException e) {
                errors.add(new ImportError(name, rowNumber + 1, "", NOT_UTF8));
                return null;
            }
            if (cells == null) {
                return null;
            }
            rowNumber++;
            if (cells.isEmpty() || cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            CsvRow row = new CsvRow(name, rowNumber, cells, columns, errors);
            if (cells.size() != headerSize) {
                row.reject("", "has " + cells.size() + " cells but the header has " + headerSize + " columns");
            }
            return row;
        }
    }

    boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
