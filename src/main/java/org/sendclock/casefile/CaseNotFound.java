package org.sendclock.casefile;

/**
 * No case with that reference, or none the person signed in may see (HTTP 404: the two are answered alike, so the
 * answer never says that another team's case exists). Pages answer with the "Page not found" page.
 */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String what) {
        super(what);
    }
}
