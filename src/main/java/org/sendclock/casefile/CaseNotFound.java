package org.sendclock.casefile;

/** No case with that reference (HTTP 404). */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String what) {
        super(what);
    }
}
