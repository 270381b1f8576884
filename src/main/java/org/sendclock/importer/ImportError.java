package org.sendclock.importer;

/**
 * One thing wrong with an import file. Row 1 is the first row under the header; row 0 is the header itself.
 * The column is empty when the whole row is at fault.
 */
public record ImportError(String file, int row, String column, String message) {
}
