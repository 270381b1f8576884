package org.sendclock.sen2;

/**
 * How the record's stored values are written as the return's codes. Each mapping that the published guide could not
 * confirm is in {@link NotConfirmed}.
 */
final class Sen2Codes {

    private Sen2Codes() {
    }

    /** RequestOutcome: decided to assess, decided not to assess, withdrawn before a decision, decision pending. */
    static final String ASSESS = "A";
    static final String NOT_ASSESS = "N";
    static final String REQUEST_WITHDRAWN = "W";
    static final String PENDING = "P";

    /** AssessmentOutcome (DfE guide 2025, item 3.1): plan issued, not to issue, still assessing, withdrawn, historical. */
    static final String PLAN_ISSUED = "Y";
    static final String NO_PLAN = "N";
    static final String STILL_ASSESSING = "A";
    static final String ASSESSMENT_WITHDRAWN = "W";
    static final String HISTORICAL = "H";

    /** RequestSource: the record's four sources on the guide's five (health and social care are "other" here). */
    static String requestSource(String stored) {
        if (stored == null) {
            return null;
        }
        return switch (stored) {
            case "PARENT", "YOUNG_PERSON" -> "1";
            case "SCHOOL" -> "2";
            default -> "5";
        };
    }

    /** ReviewOutcome: A amend, C cease, M maintain. */
    static String reviewOutcome(String stored) {
        if (stored == null) {
            return null;
        }
        return switch (stored) {
            case "AMEND" -> "A";
            case "CEASE" -> "C";
            case "MAINTAIN" -> "M";
            default -> null;
        };
    }

    /** A recorded setting number: 6 digits is a school's URN, 8 a provider's UKPRN. */
    static boolean isUrn(String number) {
        return number != null && number.matches("[0-9]{6}");
    }

    static boolean isUkprn(String number) {
        return number != null && number.matches("[0-9]{8}");
    }
}
