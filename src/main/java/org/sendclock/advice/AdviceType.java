package org.sendclock.advice;

/** The advice and information an EHC needs assessment must seek (reg 6). */
public enum AdviceType {
    PARENT("parent or young person"),
    EDUCATION("educational"),
    EDUCATIONAL_PSYCHOLOGY("educational psychology"),
    HEALTH("health"),
    SOCIAL_CARE("social care"),
    PREPARING_FOR_ADULTHOOD("preparing for adulthood"),
    OTHER("other");

    /** Preparing-for-adulthood advice is sought from Year 9 (reg 6(1)(f)). */
    public static final int PREPARING_FOR_ADULTHOOD_FROM_YEAR = 9;

    private final String label;

    AdviceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
