package org.sendclock.sen2;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The modules of the SEN2 person-level return, in the order the file nests them, each with its XML element and its
 * items in the order they are written. Item names are the DfE's XML element names; the module CSVs use them as
 * column headings after {@code CaseRef}. Where a name could not be confirmed against the published guide it is listed
 * in {@link NotConfirmed}. An importer of last year's return reads the same names: this enum is the one list.
 */
public enum Sen2Module {
    PERSON("1", "person", "Person", List.of("Surname", "Forename", "PersonBirthDate", "Sex", "Ethnicity", "PostCode",
            "UPN", "UniqueLearnerNumber", "UPNunknown")),
    REQUESTS("2", "requests", "Requests", List.of("ReceivedDate", "RequestSource", "RYA", "RequestOutcomeDate",
            "RequestOutcome", "RequestMediation", "RequestTribunal", "Exported")),
    ASSESSMENT("3", "assessment", "Assessment", List.of("AssessmentOutcome", "AssessmentOutcomeDate",
            "AssessmentMediation", "AssessmentTribunal", "OtherMediation", "OtherTribunal", "Week20")),
    NAMED_PLAN("4a", "named-plan", "NamedPlan", List.of("StartDate", "PlanRes", "PlanWBP", "PB", "OA", "DP",
            "CeaseDate", "CeaseReason")),
    PLAN_DETAIL("4b", "plan-detail", "PlanDetail", List.of("URN", "UKPRN", "SENSetting", "SENSettingOther",
            "PlacementRank", "SENunitIndicator", "ResourcedProvisionIndicator")),
    ACTIVE_PLANS("5a", "active-plans", "ActivePlans", List.of("TransferLA", "RES", "WBP", "ReviewMeeting",
            "ReviewOutcome", "LastReview")),
    PLACEMENT_DETAIL("5b", "placement-detail", "PlacementDetail", List.of("URN", "UKPRN", "SENSetting",
            "SENSettingOther", "PlacementRank", "EntryDate", "LeavingDate", "SENunitIndicator",
            "ResourcedProvisionIndicator")),
    SEN_NEED("5c", "sen-need", "SENneed", List.of("SENtype", "SENtypeRank"));

    private final String number;
    private final String slug;
    private final String element;
    private final List<String> items;

    Sen2Module(String number, String slug, String element, List<String> items) {
        this.number = number;
        this.slug = slug;
        this.element = element;
        this.items = items;
    }

    /** The module a CSV address names ({@code named-plan}), if any. */
    public static Optional<Sen2Module> bySlug(String slug) {
        return Arrays.stream(values()).filter(m -> m.slug.equals(slug)).findFirst();
    }

    public String number() {
        return number;
    }

    public String slug() {
        return slug;
    }

    public String element() {
        return element;
    }

    public List<String> items() {
        return items;
    }
}
