package org.sendclock.sen2;

import static org.sendclock.sen2.Sen2Rule.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sendclock.casefile.ChildChecks;
import org.sendclock.plan.SenNeed;
import org.sendclock.plan.SenSetting;
import org.sendclock.sen2.Sen2File.ActivePlan;
import org.sendclock.sen2.Sen2File.Assessment;
import org.sendclock.sen2.Sen2File.NamedPlan;
import org.sendclock.sen2.Sen2File.Person;
import org.sendclock.sen2.Sen2File.Request;

/**
 * Runs every {@link Sen2Rule} over a built return, as the file says it (so what is checked is what will be sent),
 * and gives every failure at once, in file order.
 */
final class Sen2Checks {

    private static final Pattern LA_CODE_SHAPE = Pattern.compile("[0-9]{3}");
    private static final Set<String> CODES_4B = codes(SenSetting.values());
    private static final Set<String> NEED_CODES = codes(SenNeed.values());

    private final List<Sen2Failure> failures = new ArrayList<>();

    private Sen2Checks() {
    }

    static List<Sen2Failure> of(Sen2File file) {
        Sen2Checks checks = new Sen2Checks();
        String la = file.header().laCode();
        checks.failIf(la == null || !LA_CODE_SHAPE.matcher(la).matches(), LA_CODE, null,
                la == null ? "not set" : "is " + la);
        for (Person person : file.persons()) {
            checks.person(person, file.header().referenceDate());
            for (Request request : person.requests()) {
                checks.request(request);
            }
        }
        return checks.failures;
    }

    private void person(Person p, LocalDate referenceDate) {
        Items i = p.items();
        String ref = p.caseRef();
        failIf(!i.has("Surname") || !i.has("Forename"), NAME, ref, "a name is missing");
        LocalDate born = i.date("PersonBirthDate");
        failIf(born == null || !born.isBefore(referenceDate), BIRTH_DATE, ref,
                born == null ? "not recorded" : "is " + born);
        failIf(!"M".equals(i.get("Sex")) && !"F".equals(i.get("Sex")), SEX, ref, given(i, "Sex"));
        failIf(!i.has("Ethnicity") || ChildChecks.ethnicity(i.get("Ethnicity")) != null, ETHNICITY, ref, given(i, "Ethnicity"));
        failIf(i.has("UPN") && ChildChecks.upn(i.get("UPN")) != null, UPN, ref, "is " + i.get("UPN"));
        failIf(i.has("UniqueLearnerNumber") && ChildChecks.uln(i.get("UniqueLearnerNumber")) != null, ULN, ref,
                "is " + i.get("UniqueLearnerNumber"));
        boolean identified = i.has("UPN") || i.has("UniqueLearnerNumber");
        failIf(!identified && !(i.has("UPNunknown") && ChildChecks.upnUnknownReason(i.get("UPNunknown")) == null),
                IDENTIFIER, ref, "no UPN or ULN, and the reason " + given(i, "UPNunknown"));
        failIf(!i.has("PostCode") || ChildChecks.postcode(i.get("PostCode")) != null, POSTCODE, ref,
                given(i, "PostCode"));
    }

    private void request(Request r) {
        Items i = r.items();
        String ref = r.caseRef();
        String outcome = i.get("RequestOutcome");
        boolean historical = r.assessment() != null
                && Sen2Codes.HISTORICAL.equals(r.assessment().items().get("AssessmentOutcome"));
        failIf(!i.has("ReceivedDate") && !historical, RECEIVED_DATE, ref, "not recorded");
        failIf(!i.has("RequestSource"), REQUEST_SOURCE, ref, "not recorded");
        failIf(!i.has("RYA"), RYA, ref, "not recorded");
        boolean dated = i.has("RequestOutcomeDate");
        if (Sen2Codes.PENDING.equals(outcome)) {
            failIf(dated, REQUEST_OUTCOME_DATE, ref, "is " + i.get("RequestOutcomeDate") + " for a pending request");
        } else {
            failIf(!dated && !historical, REQUEST_OUTCOME_DATE, ref, "not recorded for outcome " + outcome);
        }
        before(i.date("RequestOutcomeDate"), i.date("ReceivedDate"), REQUEST_DATES_IN_ORDER, ref, "ReceivedDate");
        failIf(("1".equals(i.get("RequestMediation")) || "1".equals(i.get("RequestTribunal")))
                        && !Sen2Codes.NOT_ASSESS.equals(outcome), REQUEST_DISAGREEMENT, ref,
                "mediation or tribunal recorded, and the outcome is " + outcome);
        if (r.assessment() != null) {
            assessment(r.assessment(), i.date("RequestOutcomeDate"), ref);
        }
        if (r.activePlan() != null) {
            activePlan(r.activePlan(), ref);
        }
    }

    private void assessment(Assessment a, LocalDate requestOutcomeDate, String ref) {
        Items i = a.items();
        String outcome = i.get("AssessmentOutcome");
        boolean dated = i.has("AssessmentOutcomeDate");
        boolean wantsDate = Set.of("Y", "N", "W").contains(outcome);
        failIf(dated != wantsDate, ASSESSMENT_OUTCOME_DATE, ref,
                (dated ? "is " + i.get("AssessmentOutcomeDate") : "not recorded") + " for outcome " + outcome);
        before(i.date("AssessmentOutcomeDate"), requestOutcomeDate, ASSESSMENT_DATES_IN_ORDER, ref,
                "RequestOutcomeDate");
        boolean issued = Sen2Codes.PLAN_ISSUED.equals(outcome);
        String week20 = i.get("Week20");
        failIf(issued ? !("1".equals(week20) || "0".equals(week20)) : week20 != null, WEEK20, ref,
                (week20 == null ? "not given" : "is " + week20) + " for outcome " + outcome);
        failIf(issued && a.namedPlan() == null, PLAN_ISSUED_HAS_PLAN, ref, "no plan is recorded for the case");
        if (a.namedPlan() != null) {
            namedPlan(a.namedPlan(), ref);
        }
    }

    private void namedPlan(NamedPlan n, String ref) {
        Items i = n.items();
        boolean ceaseDate = i.has("CeaseDate");
        String reason = i.get("CeaseReason");
        boolean reasonValid = reason != null && reason.matches("[1-9]");
        failIf(ceaseDate ? !reasonValid : reason != null, CEASE, ref,
                "CeaseDate " + given(i, "CeaseDate") + ", CeaseReason " + given(i, "CeaseReason"));
        before(i.date("CeaseDate"), i.date("StartDate"), CEASE_AFTER_START, ref, "StartDate");
        failIf(("1".equals(i.get("OA")) || "1".equals(i.get("DP"))) && !"1".equals(i.get("PB")), PERSONAL_BUDGET,
                ref, "OA " + i.get("OA") + ", DP " + i.get("DP") + ", PB " + i.get("PB"));
        failIf(n.planDetails().isEmpty(), SETTING_NAMED, ref, "no setting is recorded on the plan");
        settings(n.planDetails(), ref);
    }

    private void activePlan(ActivePlan p, String ref) {
        Items i = p.items();
        boolean outcome = i.has("ReviewOutcome");
        boolean decided = i.has("LastReview");
        failIf(outcome != decided || (outcome && !Set.of("A", "C", "M").contains(i.get("ReviewOutcome")))
                        || (decided && !i.has("ReviewMeeting")), REVIEW, ref,
                "ReviewMeeting " + given(i, "ReviewMeeting") + ", ReviewOutcome " + given(i, "ReviewOutcome")
                        + ", LastReview " + given(i, "LastReview"));
        before(i.date("LastReview"), i.date("ReviewMeeting"), REVIEW_DATES_IN_ORDER, ref, "ReviewMeeting");
        failIf(p.placements().isEmpty(), PLACEMENT, ref, "no placement in the year is recorded on the plan");
        settings(p.placements(), ref);
        for (Items placement : p.placements()) {
            LocalDate entry = placement.date("EntryDate");
            LocalDate leaving = placement.date("LeavingDate");
            failIf(entry == null || (leaving != null && leaving.isBefore(entry)), PLACEMENT_DATES, ref,
                    "EntryDate " + given(placement, "EntryDate") + ", LeavingDate " + given(placement, "LeavingDate"));
        }
        Set<String> ranks = new HashSet<>();
        boolean needsValid = !p.needs().isEmpty();
        for (Items need : p.needs()) {
            needsValid &= NEED_CODES.contains(need.get("SENtype")) && ranks.add(need.get("SENtypeRank"));
        }
        failIf(!needsValid || !ranks.contains("1"), NEED, ref,
                p.needs().isEmpty() ? "no need is recorded on the plan" : "needs " + p.needs().stream()
                        .map(n -> n.get("SENtypeRank") + " " + n.get("SENtype")).toList());
    }

    /**
     * The settings of 4b (all named at once) or 5b (over the year): each one given once, each ranked, and those held
     * at the same time (4b: all; 5b: the ones not left) ranked differently, the main one 1.
     */
    private void settings(List<Items> settings, String ref) {
        Set<String> ranks = new HashSet<>();
        boolean ranked = true;
        for (Items s : settings) {
            int given = (s.has("URN") ? 1 : 0) + (s.has("UKPRN") ? 1 : 0) + (s.has("SENSetting") ? 1 : 0);
            boolean valid = given == 1 && (!s.has("URN") || s.get("URN").matches("[0-9]{6}"))
                    && (!s.has("UKPRN") || s.get("UKPRN").matches("[0-9]{8}"))
                    && (!s.has("SENSetting") || CODES_4B.contains(s.get("SENSetting")));
            failIf(!valid, SETTING, ref, "URN " + given(s, "URN") + ", UKPRN " + given(s, "UKPRN") + ", SENSetting "
                    + given(s, "SENSetting") + " (module " + s.module().number() + ")");
            ranked &= s.has("PlacementRank");
            if (!s.has("LeavingDate")) {
                ranked &= ranks.add(s.get("PlacementRank"));
            }
        }
        failIf(!ranked || (!ranks.isEmpty() && !ranks.contains("1")), PLACEMENT_RANK, ref,
                "ranks " + settings.stream().map(s -> s.get("PlacementRank")).toList());
    }

    private void before(LocalDate date, LocalDate earliest, Sen2Rule rule, String ref, String earliestIs) {
        failIf(date != null && earliest != null && date.isBefore(earliest), rule, ref,
                "is " + date + ", before " + earliestIs + " " + earliest);
    }

    private void failIf(boolean failed, Sen2Rule rule, String caseRef, String detail) {
        if (failed) {
            failures.add(new Sen2Failure(rule, caseRef, detail));
        }
    }

    private static String given(Items items, String item) {
        return items.has(item) ? items.get(item) : "not given";
    }

    private static Set<String> codes(Enum<?>[] values) {
        Set<String> codes = new HashSet<>();
        for (Enum<?> value : values) {
            codes.add(value.name());
        }
        return codes;
    }
}
