package org.sendclock.importer;

import java.util.List;

/**
 * What an import did to one file's rows: new rows imported, rows that changed a case or advice request, rows that
 * matched what the system already held. {@code errors} is empty: a file with errors is refused whole.
 */
public record ImportResult(int imported, int updated, int unchanged, boolean dryRun, List<ImportError> errors) {
}
