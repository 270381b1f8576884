package org.sendclock.sen2;

import static org.assertj.core.api.Assertions.assertThat;

import org.sendclock.casefile.ChildChecks;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendclock.sen2.Sen2File.ActivePlan;
import org.sendclock.sen2.Sen2File.Assessment;
import org.sendclock.sen2.Sen2File.Header;
import org.sendclock.sen2.Sen2File.NamedPlan;
import org.sendclock.sen2.Sen2File.Person;
import org.sendclock.sen2.Sen2File.Request;

/**
 * Each rule passes on a return that is right in every item, and fails, naming its case, when one thing the rule is
 * about is made wrong in it. The return is written by hand here, item by item, not built from a record.
 */
class Sen2ChecksTest {

    /** A child with a plan issued in the year: every module present and right. */
    static final class Valid {
        String la = "123";
        Items person = new Items(Sen2Module.PERSON).put("Surname", "Able").put("Forename", "Ann")
                .put("PersonBirthDate", "2015-03-01").put("Sex", "F").put("Ethnicity", "WBRI")
                .put("PostCode", "AB1 2AB").put("UPN", "Y938200100001");
        Items request = new Items(Sen2Module.REQUESTS).put("ReceivedDate", "2024-01-08").put("RequestSource", "1")
                .put("RYA", "0").put("RequestOutcomeDate", "2024-02-14").put("RequestOutcome", "A")
                .put("RequestMediation", "0").put("RequestTribunal", "0").put("Exported", "0");
        Items assessment = new Items(Sen2Module.ASSESSMENT).put("AssessmentOutcome", "Y")
                .put("AssessmentOutcomeDate", "2024-05-13").put("Week20", "0");
        Items namedPlan = new Items(Sen2Module.NAMED_PLAN).put("StartDate", "2024-05-13").put("PB", "1")
                .put("OA", "0").put("DP", "1");
        List<Items> planDetails = new ArrayList<>(List.of(new Items(Sen2Module.PLAN_DETAIL).put("URN", "100001")
                .put("PlacementRank", "1")));
        Items activePlan = new Items(Sen2Module.ACTIVE_PLANS).put("ReviewMeeting", "2024-06-20")
                .put("ReviewOutcome", "M").put("LastReview", "2024-07-10");
        List<Items> placements = new ArrayList<>(List.of(new Items(Sen2Module.PLACEMENT_DETAIL).put("URN", "100001")
                .put("PlacementRank", "1").put("EntryDate", "2024-05-13")));
        List<Items> needs = new ArrayList<>(List.of(new Items(Sen2Module.SEN_NEED).put("SENtype", "ASD")
                .put("SENtypeRank", "1")));
        boolean withNamedPlan = true;

        Sen2File file() {
            NamedPlan plan = withNamedPlan ? new NamedPlan(namedPlan, planDetails) : null;
            Request r = new Request("EHC-1", request, new Assessment(assessment, plan),
                    new ActivePlan(activePlan, placements, needs));
            return new Sen2File(new Header(2025, LocalDate.of(2025, 1, 16), la, "SEND Clock", "1",
                    LocalDateTime.of(2025, 1, 10, 9, 0)), List.of(new Person("EHC-1", person, List.of(r))));
        }
    }

    /** For each rule, one change to the valid return that it must catch. */
    static final Map<Sen2Rule, Consumer<Valid>> BREAKS = Map.ofEntries(
            Map.entry(Sen2Rule.LA_CODE, v -> v.la = null),
            Map.entry(Sen2Rule.NAME, v -> v.person.put("Forename", null)),
            Map.entry(Sen2Rule.BIRTH_DATE, v -> v.person.put("PersonBirthDate", "2025-02-01")),
            Map.entry(Sen2Rule.SEX, v -> v.person.put("Sex", "X")),
            Map.entry(Sen2Rule.ETHNICITY, v -> v.person.put("Ethnicity", "WHITE")),
            Map.entry(Sen2Rule.UPN, v -> v.person.put("UPN", "A938200100001")),
            Map.entry(Sen2Rule.ULN, v -> v.person.put("UniqueLearnerNumber", "12345")),
            Map.entry(Sen2Rule.IDENTIFIER, v -> v.person.put("UPN", null).put("UPNunknown", "UN99")),
            Map.entry(Sen2Rule.POSTCODE, v -> v.person.put("PostCode", "AB1 2CD")),
            Map.entry(Sen2Rule.RECEIVED_DATE, v -> v.request.put("ReceivedDate", null)),
            Map.entry(Sen2Rule.REQUEST_SOURCE, v -> v.request.put("RequestSource", null)),
            Map.entry(Sen2Rule.RYA, v -> v.request.put("RYA", null)),
            Map.entry(Sen2Rule.REQUEST_OUTCOME_DATE, v -> v.request.put("RequestOutcomeDate", null)),
            Map.entry(Sen2Rule.REQUEST_DATES_IN_ORDER, v -> v.request.put("RequestOutcomeDate", "2024-01-07")),
            Map.entry(Sen2Rule.REQUEST_DISAGREEMENT, v -> v.request.put("RequestTribunal", "1")),
            Map.entry(Sen2Rule.ASSESSMENT_OUTCOME_DATE, v -> v.assessment.put("AssessmentOutcomeDate", null)),
            Map.entry(Sen2Rule.ASSESSMENT_DATES_IN_ORDER, v -> v.assessment.put("AssessmentOutcomeDate",
                    "2024-02-13")),
            Map.entry(Sen2Rule.WEEK20, v -> v.assessment.put("Week20", "Y")),
            Map.entry(Sen2Rule.PLAN_ISSUED_HAS_PLAN, v -> v.withNamedPlan = false),
            Map.entry(Sen2Rule.CEASE, v -> v.namedPlan.put("CeaseDate", "2024-12-01")),
            Map.entry(Sen2Rule.CEASE_AFTER_START, v -> v.namedPlan.put("CeaseDate", "2024-05-01")
                    .put("CeaseReason", "2")),
            Map.entry(Sen2Rule.PERSONAL_BUDGET, v -> v.namedPlan.put("PB", "0")),
            Map.entry(Sen2Rule.SETTING_NAMED, v -> v.planDetails.clear()),
            Map.entry(Sen2Rule.SETTING, v -> v.planDetails.get(0).put("SENSetting", "EHE")),
            Map.entry(Sen2Rule.PLACEMENT_RANK, v -> v.planDetails.add(new Items(Sen2Module.PLAN_DETAIL)
                    .put("UKPRN", "10012345").put("PlacementRank", "1"))),
            Map.entry(Sen2Rule.REVIEW, v -> v.activePlan.put("ReviewOutcome", null)),
            Map.entry(Sen2Rule.REVIEW_DATES_IN_ORDER, v -> v.activePlan.put("LastReview", "2024-06-19")),
            Map.entry(Sen2Rule.PLACEMENT, v -> v.placements.clear()),
            Map.entry(Sen2Rule.PLACEMENT_DATES, v -> v.placements.get(0).put("LeavingDate", "2024-05-12")),
            Map.entry(Sen2Rule.NEED, v -> v.needs.add(new Items(Sen2Module.SEN_NEED).put("SENtype", "XYZ")
                    .put("SENtypeRank", "2"))));

    @Test
    void theValidReturnPassesEveryRuleAndEveryRuleHasAWayToFail() {
        assertThat(Sen2Checks.of(new Valid().file())).isEmpty();
        assertThat(BREAKS.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Sen2Rule.class));
    }

    @ParameterizedTest
    @EnumSource(Sen2Rule.class)
    void eachRuleFailsForTheCaseWhoseItemIsWrong(Sen2Rule rule) {
        Valid v = new Valid();
        BREAKS.get(rule).accept(v);
        List<Sen2Failure> failures = Sen2Checks.of(v.file());
        assertThat(failures).extracting(Sen2Failure::rule).contains(rule);
        Sen2Failure failure = failures.stream().filter(f -> f.rule() == rule).findFirst().orElseThrow();
        assertThat(failure.caseRef()).isEqualTo(rule == Sen2Rule.LA_CODE ? null : "EHC-1");
        assertThat(failure.fixAt()).isEqualTo(rule.anchor() == null ? null : "/cases/EHC-1#" + rule.anchor());
    }

    @Test
    void aHistoricalAssessmentNeedsNoDatesAndAPendingRequestNone() {
        Valid v = new Valid();
        v.request.put("ReceivedDate", null).put("RequestOutcomeDate", null);
        v.assessment.put("AssessmentOutcome", "H").put("AssessmentOutcomeDate", null).put("Week20", null);
        v.withNamedPlan = false;
        assertThat(Sen2Checks.of(v.file())).isEmpty();
        Valid pending = new Valid();
        pending.request.put("RequestOutcome", "P");
        assertThat(Sen2Checks.of(pending.file())).extracting(Sen2Failure::rule)
                .contains(Sen2Rule.REQUEST_OUTCOME_DATE);
    }

    @Test
    void aUpnCheckLetterWorkedByHand() {
        // 9x2 + 3x3 + 8x4 + 2x5 + 0 + 0 + 1x8 + 0 + 0 + 0 + 0 + 1x13 = 90; 90 mod 23 = 21: the 22nd letter, Y.
        assertThat(ChildChecks.upn("Y938200100001")).isNull();
        assertThat(ChildChecks.upn("Z938200100001")).contains("wrong check letter");
    }

    @Test
    void theReferenceDateIsTheThirdThursdayOfJanuary() {
        assertThat(Sen2Return.referenceDate(2025)).isEqualTo(LocalDate.of(2025, 1, 16));
        assertThat(Sen2Return.referenceDate(2024)).isEqualTo(LocalDate.of(2024, 1, 18));
    }
}
