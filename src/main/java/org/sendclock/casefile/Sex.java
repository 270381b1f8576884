package org.sendclock.casefile;

/**
 * The child's sex as the SEN2 return codes it (module 1, item {@code Sex}, which replaced {@code GenderCurrent} in the
 * return's version 1.2). M and F are the DfE's common basic data set codes; U (not known) is taken from the children in
 * need census and is not confirmed against the published SEN2 guide: see ADR 26.
 */
public enum Sex {
    M("Male"),
    F("Female"),
    U("Not known");

    private final String words;

    Sex(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
