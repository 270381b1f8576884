package org.sendclock.advice;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The advice and information an EHC needs assessment must seek (reg 6). */
public enum AdviceType {
    PARENT("parent or young person"),
    EDUCATION("educational"),
    EDUCATIONAL_PSYCHOLOGY("educational psychology"),
    HEALTH("health"),
    SOCIAL_CARE("social care"),
    PREPARING_FOR_ADULTHOOD("preparing for adulthood"),
    OTHER("other");

    /**
     * The advice every assessment seeks (reg 6(1)(a) to (e)): the parent's or young person's, educational, medical,
     * psychological and social care. The plan decision needs each received, excused under reg 8(2) or recorded as not
     * sought with a reason.
     */
    public static final Set<AdviceType> REQUIRED = Collections.unmodifiableSet(
            EnumSet.of(PARENT, EDUCATION, HEALTH, EDUCATIONAL_PSYCHOLOGY, SOCIAL_CARE));

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
