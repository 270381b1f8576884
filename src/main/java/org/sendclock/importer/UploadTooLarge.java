package org.sendclock.importer;

import org.springframework.util.unit.DataSize;

/** An upload over its limit: refused before it is read (or, without a stated length, as soon as it passes it). */
public class UploadTooLarge extends RuntimeException {

    private final DataSize limit;

    public UploadTooLarge(DataSize limit, String what) {
        super(what + " is larger than the limit of " + shown(limit) + "; nothing was read or imported."
                + " Split the caseload into smaller files, or ask the operator to raise the limit.");
        this.limit = limit;
    }

    public DataSize limit() {
        return limit;
    }

    /** 200 MB rather than 209715200B. */
    public static String shown(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return String.format("%,d MB", size.toMegabytes());
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return String.format("%,d KB", size.toKilobytes());
        }
        return String.format("%,d bytes", bytes);
    }
}
