package org.sendclock.plan;

/** Where a child with a plan is when no school or college is named (SEN2 module 4b): the setting codes. */
public enum SenSetting {
    OLA("Other arrangements made by the council (education otherwise than at school)"),
    OPA("Other arrangements made by the parent"),
    EHE("Elective home education"),
    EYP("Early years provider with no URN"),
    OTH("Other"),
    NEET("Not in education, employment or training"),
    NIEC("Not in education: awaiting provision (council)"),
    NIEO("Not in education: other");

    private final String words;

    SenSetting(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
