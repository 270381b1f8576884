package org.sendclock.casefile;

/**
 * Why neither the child's UPN nor the ULN is known (SEN2 module 1, item {@code UPNunknown}): the DfE common basic data
 * set's "UPN unknown" codes UN1 to UN5, which the children looked after and children in need returns also use (their
 * published validators accept exactly these five). This list and its words are NOT confirmed against the published
 * SEN2 2025 guide, which could not be consulted when it was written (ADR 26, docs/api.md): if the guide adds codes or
 * words them differently, correct them here.
 */
public enum UpnUnknownReason {
    UN1("Child is aged under 6 years old and is not yet attending school"),
    UN2("Child has never attended a school in England and so has never been assigned a UPN"),
    UN3("Child is educated outside England and has not been assigned a UPN"),
    UN4("Child is new to the council and the UPN is not yet known"),
    UN5("Sources collating UPNs reflect a discrepancy in the child's details");

    private final String words;

    UpnUnknownReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
