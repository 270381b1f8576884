package org.sendclock.importer;

import java.util.List;

/** The files were refused: nothing was written. Every error found is listed, not only the first. */
public class ImportRefused extends RuntimeException {

    private final List<ImportError> errors;

    public ImportRefused(List<ImportError> errors) {
        super(errors.size() + " errors in the import");
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
