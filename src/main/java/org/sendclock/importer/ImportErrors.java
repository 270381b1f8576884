package org.sendclock.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors of one import: the first {@code limit} are kept with their messages, the rest only counted, so a file
 * with a million bad rows costs no more memory, and answers no longer, than one with a thousand.
 */
final class ImportErrors {

    /** How much of a cell an error message repeats. */
    static final int EXCERPT = 40;

    private final int limit;
    private final List<ImportError> listed = new ArrayList<>();
    private long more;

    ImportErrors(int limit) {
        this.limit = limit;
    }

    /** For a second read of a file already checked: its errors were reported the first time. */
    static ImportErrors discarded() {
        return new ImportErrors(0);
    }

    void add(ImportError error) {
        if (listed.size() < limit) {
            listed.add(error);
        } else {
            more++;
        }
    }

    /** One more error past the limit, whose message need not be written. */
    void countOne() {
        more++;
    }

    /**
     * True once no further error will be listed. The import is refused by then, so checks that need memory for every
     * row (duplicates, advice against its case) stop: they could only add errors nobody will read.
     */
    boolean full() {
        return listed.size() >= limit;
    }

    boolean isEmpty() {
        return listed.isEmpty();
    }

    long count() {
        return listed.size() + more;
    }

    ImportRefused refusal() {
        return new ImportRefused(listed, more);
    }

    /**
     * A cell as an error message may repeat it: at most {@link #EXCERPT} characters, cut with an ellipsis, so that no
     * answer echoes a whole file back.
     */
    static String excerpt(String cell) {
        if (cell == null || cell.length() <= EXCERPT) {
            return cell;
        }
        int end = Character.isHighSurrogate(cell.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
        return cell.substring(0, end) + "…";
    }
}
