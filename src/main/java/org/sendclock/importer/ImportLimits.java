package org.sendclock.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of a bad file an import reads and reports ({@code sendclock.imports}). A file with errors is refused whole
 * however many it has; these bound what the refusal costs and how long its answer is.
 *
 * @param maxErrors errors listed in a refusal; the rest are counted, not listed (default 1,000)
 * @param maxCellLength characters in one cell before the file is refused as not CSV (default 10,000: the longest real
 *                      cell, a caseworker or team name, is limited to 500)
 * @param maxRowLength characters in one row, header included (default 100,000): a file without line breaks is
 *                     refused at this point rather than read whole
 */
@ConfigurationProperties("sendclock.imports")
public record ImportLimits(Integer maxErrors, Integer maxCellLength, Integer maxRowLength) {

    public ImportLimits {
        maxErrors = positive(maxErrors, 1_000, "max-errors");
        maxCellLength = positive(maxCellLength, 10_000, "max-cell-length");
        maxRowLength = positive(maxRowLength, 100_000, "max-row-length");
    }

    /** The defaults, for tests and tools that read files without the application. */
    static ImportLimits defaults() {
        return new ImportLimits(null, null, null);
    }

    private static int positive(Integer value, int otherwise, String name) {
        if (value == null) {
            return otherwise;
        }
        if (value < 1) {
            throw new IllegalArgumentException("sendclock.imports." + name + " must be at least 1, not " + value);
        }
        return value;
    }
}
