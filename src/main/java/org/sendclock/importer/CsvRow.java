package org.sendclock.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sendclock.casefile.Text;
import org.sendclock.csv.Csv;

/** One data row, read by column name. An empty cell is no value; a cell that cannot be read is an error. */
final class CsvRow {

    private final String file;
    private final int number;
    private final List<String> cells;
    private final Map<String, Integer> columns;
    private final ImportErrors errors;
    private boolean valid = true;

    CsvRow(String file, int number, List<String> cells, Map<String, Integer> columns, ImportErrors errors) {
        this.file = file;
        this.number = number;
        this.cells = cells;
        this.columns = columns;
        this.errors = errors;
        refuseUnprintableCells();
    }

    /**
     * Every cell, read or not, refused when it holds a control character or a lone surrogate (as the API refuses
     * them, {@link Text#refusedCharacter}): an error naming row, column and the character, never the cell itself.
     */
    private void refuseUnprintableCells() {
        for (int i = 0; i < cells.size(); i++) {
            String problem = Text.refusedCharacter(cells.get(i));
            if (problem != null) {
                reject(columnAt(i), problem);
            }
        }
    }

    private String columnAt(int index) {
        return columns.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).findFirst()
                .orElse("column " + (index + 1));
    }

    int number() {
        return number;
    }

    /** Whether the file has this column at all (an optional column left out is not the same as one left empty). */
    boolean has(String column) {
        return columns.containsKey(column);
    }

    /**
     * The cell as written, or null when empty or when the file has no such column. A quote the export put in front
     * of text that would start a formula ({@code '=HYPERLINK(...)}) is taken off again, as a spreadsheet shows it.
     */
    String raw(String column) {
        Integer i = columns.get(column);
        if (i == null || i >= cells.size()) {
            return null;
        }
        String cell = Csv.text(cells.get(i));
        return cell.isBlank() ? null : cell;
    }

    /** The cell with surrounding spaces removed, or null when empty. */
    String text(String column) {
        String cell = raw(column);
        return cell == null ? null : cell.strip();
    }

    String required(String column) {
        String value = text(column);
        if (value == null) {
            reject(column, "is required");
        }
        return value;
    }

    LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        // The shape is checked first: a file of UK-style dates would otherwise cost an exception a cell.
        if (shapedLikeADate(value)) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                // 2024-02-30: refused below
            }
        }
        reject(column, () -> "must be a real date written YYYY-MM-DD, not \"" + ImportErrors.excerpt(value) + "\"");
        return null;
    }

    /** YYYY-MM-DD in digits; whether it is a real date is for {@link LocalDate#parse} to say. */
    private static boolean shapedLikeADate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    <E extends Enum<E>> E code(String column, Class<E> codes) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(codes, value);
        } catch (IllegalArgumentException e) {
            reject(column, () -> "must be one of " + Arrays.stream(codes.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", not \"" + ImportErrors.excerpt(value) + "\"");
            return null;
        }
    }

    /** Y or N, as the SEN2 return's flags are written; null when empty. */
    Boolean yesNo(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (value.equals("Y") || value.equals("N")) {
            return value.equals("Y");
        }
        reject(column, () -> "must be Y or N, not \"" + ImportErrors.excerpt(value) + "\"");
        return null;
    }

    /** A whole number, or null when empty. */
    Integer number(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (value.length() <= 9 && value.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(value);
        }
        reject(column, () -> "must be a whole number, not \"" + ImportErrors.excerpt(value) + "\"");
        return null;
    }

    void reject(String column, String message) {
        errors.add(new ImportError(file, number, column, message));
        valid = false;
    }

    /** The same, building the message only when it will be listed. */
    private void reject(String column, Supplier<String> message) {
        if (errors.full()) {
            errors.countOne();
        } else {
            errors.add(new ImportError(file, number, column, message.get()));
        }
        valid = false;
    }

    void rejectIf(boolean condition, String column, String message) {
        if (condition) {
            reject(column, message);
        }
    }

    boolean valid() {
        return valid;
    }

    /** True once the import's errors are past listing: see {@link ImportErrors#full()}. */
    boolean errorsFull() {
        return errors.full();
    }
}
