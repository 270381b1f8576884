package org.sendclock.plan;

import java.util.Arrays;
import java.util.Optional;

/** Why a plan ceased, as the SEN2 return codes it: 1 to 9. */
public enum CeaseReason {
    MAXIMUM_AGE(1, "reached the maximum age"),
    NEEDS_MET(2, "needs met without a plan"),
    HIGHER_EDUCATION(3, "moved on to higher education"),
    EMPLOYMENT(4, "moved on to paid employment"),
    TRANSFERRED_TO_ANOTHER_LA(5, "transferred to another English council"),
    NO_ENGAGEMENT(6, "young person no longer engaging in education or training"),
    LEFT_ENGLAND(7, "moved outside England"),
    DECEASED(8, "deceased"),
    OTHER(9, "other");

    private final int code;
    private final String words;

    CeaseReason(int code, String words) {
        this.code = code;
        this.words = words;
    }

    public static Optional<CeaseReason> of(Integer code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(r -> r.code == code).findFirst();
    }

    public int code() {
        return code;
    }

    public String words() {
        return words;
    }

    public static final String CODES_MESSAGE = "must be a SEN2 cease reason from 1 to 9: 1 maximum age, 2 needs met,"
            + " 3 higher education, 4 employment, 5 transferred to another English council, 6 no engagement,"
            + " 7 left England, 8 deceased, 9 other";
}
