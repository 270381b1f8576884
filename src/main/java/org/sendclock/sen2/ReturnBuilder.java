package org.sendclock.sen2;

import static org.sendclock.sen2.Sen2Codes.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendclock.sen2.ReturnRecords.Records;
import org.sendclock.sen2.Sen2File.ActivePlan;
import org.sendclock.sen2.Sen2File.Assessment;
import org.sendclock.sen2.Sen2File.Header;
import org.sendclock.sen2.Sen2File.NamedPlan;
import org.sendclock.sen2.Sen2File.Person;
import org.sendclock.sen2.Sen2File.Request;

/**
 * The return built from the year's rows, as things stood at the end of the year: a fact dated after 31 December is
 * not yet known to it (a decision taken in December and sent in January is still pending). The rules, item by item,
 * are in docs/kpi-definitions.md ("SEN2 return"); the essential ones:
 * <ul>
 *   <li>RequestOutcomeDate is the day the family was told of the decision whether to assess;</li>
 *   <li>AssessmentOutcomeDate is the day the final plan was issued (Y) or the family told there would be none (N),
 *   and empty while a plan is agreed but not yet issued (A); an assessment that ended before the year is H, without
 *   a date;</li>
 *   <li>Week20 is 1 when a reg 10(4) exception applies to the week 20 clock, else 0, and only where a plan was issued
 *   in the year.</li>
 * </ul>
 */
final class ReturnBuilder {

    private final LocalDate yearStart;
    private final LocalDate yearEnd;
    private final Map<Long, List<PlacementFacts>> placements;
    private final Map<Long, List<NeedFacts>> needs;
    private final Map<Long, ReviewFacts> lastReview;

    private ReturnBuilder(int year, Records records) {
        this.yearStart = LocalDate.of(year, 1, 1);
        this.yearEnd = LocalDate.of(year, 12, 31);
        this.placements = records.placements().stream()
                .collect(Collectors.groupingBy(PlacementFacts::planId, LinkedHashMap::new, Collectors.toList()));
        this.needs = records.needs().stream()
                .collect(Collectors.groupingBy(NeedFacts::planId, LinkedHashMap::new, Collectors.toList()));
        // The rows come in meeting order: the last one of the year is the review the return reports.
        this.lastReview = records.reviews().stream()
                .collect(Collectors.toMap(ReviewFacts::planId, r -> r, (earlier, later) -> later));
    }

    static Sen2File build(Header header, Records records) {
        return new ReturnBuilder(header.year() - 1, records).file(header, records.cases());
    }

    private Sen2File file(Header header, List<CaseFacts> cases) {
        Map<String, List<CaseFacts>> byChild = cases.stream()
                .collect(Collectors.groupingBy(CaseFacts::personKey, LinkedHashMap::new, Collectors.toList()));
        List<Person> persons = new ArrayList<>();
        for (List<CaseFacts> childCases : byChild.values()) {
            List<CaseFacts> inOrder = childCases.stream()
                    .sorted(Comparator.comparing(CaseFacts::requestDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(CaseFacts::caseId))
                    .toList();
            CaseFacts latest = inOrder.get(inOrder.size() - 1);
            persons.add(new Person(latest.caseRef(), person(latest), inOrder.stream().map(this::request).toList()));
        }
        return new Sen2File(header, persons);
    }

    private static Items person(CaseFacts c) {
        return new Items(Sen2Module.PERSON)
                .put("Surname", c.familyName())
                .put("Forename", c.givenName())
                .put("PersonBirthDate", c.dateOfBirth())
                .put("Sex", c.sex())
                .put("Ethnicity", c.ethnicity())
                .put("PostCode", c.postcode())
                .put("UPN", c.upn())
                .put("UniqueLearnerNumber", c.uln())
                .put("UPNunknown", c.upnUnknownReason());
    }

    private Request request(CaseFacts c) {
        Items items = new Items(Sen2Module.REQUESTS)
                .put("ReceivedDate", c.requestDate())
                .put("RequestSource", requestSource(c.requestSource()))
                .flag("RYA", c.youthAccommodation())
                .flag("RequestMediation", c.requestMediation())
                .flag("RequestTribunal", c.requestTribunal());
        boolean closed = known(c.closedDate()) && ("WITHDRAWN".equals(c.status()) || "CLOSED".equals(c.status()));
        boolean decided = c.decision() != null && !after(c.decisionNoticeDate());
        String outcome;
        if (c.requestDate() == null && c.planId() != null) {
            // A plan brought in without the request that led to it: assessed, when is not known here.
            outcome = ASSESS;
        } else if (decided) {
            outcome = "ASSESS".equals(c.decision()) ? ASSESS : NOT_ASSESS;
            items.put("RequestOutcomeDate", c.decisionNoticeDate());
        } else if (closed) {
            outcome = REQUEST_WITHDRAWN;
            items.put("RequestOutcomeDate", c.closedDate());
        } else {
            outcome = PENDING;
        }
        items.put("RequestOutcome", outcome);
        items.flag("Exported", closed && "MOVED_OUT".equals(c.closedReason()));
        Assessment assessment = ASSESS.equals(outcome) ? assessment(c, closed) : null;
        return new Request(c.caseRef(), items, assessment, activePlan(c));
    }

    private Assessment assessment(CaseFacts c, boolean closed) {
        Items items = new Items(Sen2Module.ASSESSMENT)
                .flag("AssessmentMediation", c.assessmentMediation())
                .flag("AssessmentTribunal", c.assessmentTribunal())
                .flag("OtherMediation", c.otherMediation())
                .flag("OtherTribunal", c.otherTribunal());
        LocalDate issued = c.finalPlanDate() != null ? c.finalPlanDate()
                : c.requestDate() == null ? c.planStart() : null;
        LocalDate toldNoPlan = c.noPlanNoticeDate();
        String outcome;
        if (issued != null && issued.isBefore(yearStart)) {
            outcome = HISTORICAL;
        } else if (known(issued)) {
            outcome = PLAN_ISSUED;
            items.put("AssessmentOutcomeDate", issued);
            // Only a plan issued here has a week 20 clock; one brought in leaves Week20 empty for the check to name.
            if (c.finalPlanDate() != null) {
                items.flag("Week20", c.withException());
            }
        } else if ("NO_PLAN".equals(c.planDecision()) && toldNoPlan != null && toldNoPlan.isBefore(yearStart)) {
            outcome = HISTORICAL;
        } else if ("NO_PLAN".equals(c.planDecision()) && (known(toldNoPlan)
                || (toldNoPlan == null && known(c.planDecisionDate())))) {
            outcome = NO_PLAN;
            items.put("AssessmentOutcomeDate", toldNoPlan);
        } else if (closed) {
            outcome = ASSESSMENT_WITHDRAWN;
            items.put("AssessmentOutcomeDate", c.closedDate());
        } else {
            outcome = STILL_ASSESSING;
        }
        items.put("AssessmentOutcome", outcome);
        return new Assessment(items, namedPlan(c));
    }

    /** Module 4a: a plan that started or ceased in the year, with the settings it named when it started. */
    private NamedPlan namedPlan(CaseFacts c) {
        if (c.planId() == null || !(inYear(c.planStart()) || inYear(c.ceasedDate()))) {
            return null;
        }
        Items items = new Items(Sen2Module.NAMED_PLAN)
                .put("StartDate", c.planStart())
                .flag("PlanWBP", c.workBasedLearning())
                .flag("PB", c.personalBudget())
                .flag("OA", c.organisedArrangements())
                .flag("DP", c.directPayments());
        if (known(c.ceasedDate())) {
            items.put("CeaseDate", c.ceasedDate()).put("CeaseReason", c.ceaseReason());
        }
        List<PlacementFacts> all = placements.getOrDefault(c.planId(), List.of());
        List<PlacementFacts> named = all.stream()
                .filter(p -> (p.entryDate() == null || !p.entryDate().isAfter(c.planStart()))
                        && (p.leavingDate() == null || !p.leavingDate().isBefore(c.planStart())))
                .toList();
        if (named.isEmpty() && !all.isEmpty()) {
            named = List.of(all.get(0));
        }
        List<PlacementFacts> chosen = named;
        return new NamedPlan(items, chosen.stream().map(p -> setting(Sen2Module.PLAN_DETAIL, p, chosen.size()))
                .toList());
    }

    /** Modules 5a to 5c: a plan active on any day of the year. */
    private ActivePlan activePlan(CaseFacts c) {
        if (c.planId() == null || c.planStart() == null || c.planStart().isAfter(yearEnd)
                || (c.ceasedDate() != null && c.ceasedDate().isBefore(yearStart))) {
            return null;
        }
        Items items = new Items(Sen2Module.ACTIVE_PLANS).flag("WBP", c.workBasedLearning());
        ReviewFacts review = lastReview.get(c.planId());
        if (review != null) {
            items.put("ReviewMeeting", review.meetingDate());
            if (known(review.decisionDate())) {
                items.put("ReviewOutcome", reviewOutcome(review.decision())).put("LastReview", review.decisionDate());
            }
        }
        List<PlacementFacts> inYear = placements.getOrDefault(c.planId(), List.of()).stream()
                .filter(p -> (p.entryDate() == null || !p.entryDate().isAfter(yearEnd))
                        && (p.leavingDate() == null || !p.leavingDate().isBefore(yearStart)))
                .toList();
        List<Items> placementItems = inYear.stream().map(p -> {
            Items placement = setting(Sen2Module.PLACEMENT_DETAIL, p, inYear.size()).put("EntryDate", p.entryDate());
            return known(p.leavingDate()) ? placement.put("LeavingDate", p.leavingDate()) : placement;
        }).toList();
        List<Items> needItems = needs.getOrDefault(c.planId(), List.of()).stream()
                .map(n -> new Items(Sen2Module.SEN_NEED).put("SENtype", n.need()).put("SENtypeRank", n.rank()))
                .toList();
        return new ActivePlan(items, placementItems, needItems);
    }

    /** A setting as 4b or 5b write it; the only setting of its list is rank 1 whether or not a rank was recorded. */
    private static Items setting(Sen2Module module, PlacementFacts p, int settings) {
        Items items = new Items(module);
        if (isUkprn(p.settingUrn())) {
            items.put("UKPRN", p.settingUrn());
        } else {
            items.put("URN", p.settingUrn());
        }
        return items.put("SENSetting", p.senSetting())
                .put("PlacementRank", p.rank() != null ? p.rank() : settings == 1 ? 1 : null)
                .flag("SENunitIndicator", p.senUnit())
                .flag("ResourcedProvisionIndicator", p.resourcedProvision());
    }

    private boolean known(LocalDate date) {
        return date != null && !date.isAfter(yearEnd);
    }

    private boolean after(LocalDate date) {
        return date != null && date.isAfter(yearEnd);
    }

    private boolean inYear(LocalDate date) {
        return date != null && !date.isBefore(yearStart) && !date.isAfter(yearEnd);
    }
}
