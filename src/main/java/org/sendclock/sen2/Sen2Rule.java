package org.sendclock.sen2;

/**
 * The checks the return must pass before it is uploaded: what COLLECT's validation would reject, found here first so
 * it can be put right in the case record. The DfE publishes its rules with numbers in the autumn; the product could
 * not read that list, so the ids here are SEND Clock's own ({@code SC…}) and every rule is marked not confirmed
 * ({@link NotConfirmed}). Each names the module and item it fails for and the part of the case page that holds it.
 */
public enum Sen2Rule {
    LA_CODE("SC001", null, "LEA", "The header must give the council's three-digit LA code (setting sendclock.sen2.la-code).",
            null),
    NAME("SC101", Sen2Module.PERSON, "Surname", "Surname and Forename must be given.", "case-details"),
    BIRTH_DATE("SC102", Sen2Module.PERSON, "PersonBirthDate",
            "PersonBirthDate must be given and be before the reference date.", "case-details"),
    SEX("SC103", Sen2Module.PERSON, "Sex", "Sex must be given as M or F.", "case-details"),
    ETHNICITY("SC104", Sen2Module.PERSON, "Ethnicity", "Ethnicity must be given as a DfE ethnicity code.",
            "case-details"),
    UPN("SC105", Sen2Module.PERSON, "UPN",
            "A UPN must be 13 characters with a valid check letter (DfE UPN guide).", "case-details"),
    ULN("SC106", Sen2Module.PERSON, "UniqueLearnerNumber", "A ULN must be 10 digits.", "case-details"),
    IDENTIFIER("SC107", Sen2Module.PERSON, "UPNunknown",
            "Where neither UPN nor ULN is given, UPNunknown must give the reason (UN1 to UN5, the record's UpnUnknownReason codes).", "case-details"),
    POSTCODE("SC108", Sen2Module.PERSON, "PostCode", "PostCode must be given as a valid UK postcode.",
            "case-details"),
    RECEIVED_DATE("SC201", Sen2Module.REQUESTS, "ReceivedDate",
            "ReceivedDate must be given, except for an assessment reported as historical (H).", "case-details"),
    REQUEST_SOURCE("SC202", Sen2Module.REQUESTS, "RequestSource", "RequestSource must be given.", "case-details"),
    RYA("SC203", Sen2Module.REQUESTS, "RYA",
            "RYA (request made in relevant youth accommodation) must be given as 1 or 0.", "case-details"),
    REQUEST_OUTCOME_DATE("SC204", Sen2Module.REQUESTS, "RequestOutcomeDate",
            "RequestOutcomeDate must be given when RequestOutcome is A, N or W (unless the assessment is historical),"
                    + " and left empty when it is P.", "decision"),
    REQUEST_DATES_IN_ORDER("SC205", Sen2Module.REQUESTS, "RequestOutcomeDate",
            "RequestOutcomeDate must not be before ReceivedDate.", "decision"),
    REQUEST_DISAGREEMENT("SC206", Sen2Module.REQUESTS, "RequestMediation",
            "RequestMediation and RequestTribunal may be 1 only when the council decided not to assess (N).",
            "case-details"),
    ASSESSMENT_OUTCOME_DATE("SC301", Sen2Module.ASSESSMENT, "AssessmentOutcomeDate",
            "AssessmentOutcomeDate must be given when AssessmentOutcome is Y, N or W, and left empty when it is A"
                    + " or H.", "plan"),
    ASSESSMENT_DATES_IN_ORDER("SC302", Sen2Module.ASSESSMENT, "AssessmentOutcomeDate",
            "AssessmentOutcomeDate must not be before RequestOutcomeDate.", "plan"),
    WEEK20("SC303", Sen2Module.ASSESSMENT, "Week20",
            "Week20 must be 1 or 0 when a plan was issued (Y), and left empty otherwise.", "exceptions"),
    PLAN_ISSUED_HAS_PLAN("SC304", Sen2Module.ASSESSMENT, "AssessmentOutcome",
            "A plan issued in the year (Y) must be reported with its named plan (module 4a).", "plan"),
    CEASE("SC401", Sen2Module.NAMED_PLAN, "CeaseReason",
            "CeaseDate and CeaseReason must be given together, CeaseReason 1 to 9.", "plan"),
    CEASE_AFTER_START("SC402", Sen2Module.NAMED_PLAN, "CeaseDate", "CeaseDate must not be before StartDate.",
            "plan"),
    PERSONAL_BUDGET("SC403", Sen2Module.NAMED_PLAN, "PB",
            "OA or DP may be 1 only when a personal budget was taken up (PB 1).", "plan-flags"),
    SETTING_NAMED("SC404", Sen2Module.NAMED_PLAN, "StartDate",
            "A named plan must name at least one setting (module 4b).", "plan-settings"),
    SETTING("SC405", Sen2Module.PLAN_DETAIL, "URN",
            "Each setting must give exactly one of URN (6 digits), UKPRN (8 digits) or a SENSetting code.",
            "plan-settings"),
    PLACEMENT_RANK("SC406", Sen2Module.PLAN_DETAIL, "PlacementRank",
            "Each setting must have a PlacementRank; settings held at the same time must be ranked differently,"
                    + " the main one 1.",
            "plan-settings"),
    REVIEW("SC501", Sen2Module.ACTIVE_PLANS, "ReviewOutcome",
            "ReviewOutcome (A, C or M) and LastReview must be given together, after a ReviewMeeting.", "reviews"),
    REVIEW_DATES_IN_ORDER("SC502", Sen2Module.ACTIVE_PLANS, "LastReview",
            "LastReview (the review decision) must not be before ReviewMeeting.", "reviews"),
    PLACEMENT("SC503", Sen2Module.ACTIVE_PLANS, "URN",
            "An active plan must have at least one placement in the year (module 5b).", "plan-settings"),
    PLACEMENT_DATES("SC504", Sen2Module.PLACEMENT_DETAIL, "EntryDate",
            "EntryDate must be given, and LeavingDate must not be before it.", "plan-settings"),
    NEED("SC505", Sen2Module.SEN_NEED, "SENtype",
            "An active plan must have its needs (module 5c): SEN type codes, ranks different, one of them 1.",
            "plan-needs");

    private final String id;
    private final Sen2Module module;
    private final String item;
    private final String text;
    private final String anchor;

    Sen2Rule(String id, Sen2Module module, String item, String text, String anchor) {
        this.id = id;
        this.module = module;
        this.item = item;
        this.text = text;
        this.anchor = anchor;
    }

    public String id() {
        return id;
    }

    /** Null for the header (module 0). */
    public Sen2Module module() {
        return module;
    }

    public String moduleNumber() {
        return module == null ? "0" : module.number();
    }

    public String item() {
        return item;
    }

    public String text() {
        return text;
    }

    /** The id of the part of the case page where the item is recorded; null for the header. */
    public String anchor() {
        return anchor;
    }
}
