package org.sendclock.importer;

import java.util.List;

/**
 * The files were refused: nothing was written. The errors found are listed up to the limit
 * ({@code sendclock.imports.max-errors}); {@code moreErrors} counts those found beyond it.
 */
public class ImportRefused extends RuntimeException {

    private final List<ImportError> errors;
    private final long moreErrors;

    public ImportRefused(List<ImportError> errors) {
        this(errors, 0);
    }

    public ImportRefused(List<ImportError> errors, long moreErrors) {
        super((errors.size() + moreErrors) + " errors in the import");
        this.errors = List.copyOf(errors);
        this.moreErrors = moreErrors;
    }

    /** The errors listed, in the order found. */
    public List<ImportError> errors() {
        return errors;
    }

    /** Errors found but not listed. */
    public long moreErrors() {
        return moreErrors;
    }

    public long errorCount() {
        return errors.size() + moreErrors;
    }
}
