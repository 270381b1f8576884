package org.sendclock.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.casefile.Timeline;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.PlanFacts;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.deadline.Deadline;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's commands: record or correct it, change its setting, cease it. Each checks its input, writes the plan,
 * its review clock in the register and the case timeline in one transaction.
 */
@Service
@Transactional
public class PlanService {

    /** Post-16 begins after Year 11: Year 12 is the first year of a sixth form or college. */
    private static final int POST16_FROM_YEAR = 12;

    private final PlanRepository plans;
    private final AnnualReviewRepository reviews;
    private final CaseRepository cases;
    private final ClockRegister clocks;
    private final Timeline timeline;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public PlanService(PlanRepository plans, AnnualReviewRepository reviews, CaseRepository cases,
                       ClockRegister clocks, Timeline timeline, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.plans = plans;
        this.reviews = reviews;
        this.cases = cases;
        this.clocks = clocks;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The assessment issued the final plan: the plan starts that day. Called in the assessment's transaction. */
    public Plan issuedByAssessment(AssessmentCase assessment, LocalDate issueDate) {
        Plan plan = plans.findByCaseId(assessment.getId()).orElse(null);
        if (plan != null) {
            return plan;
        }
        plan = plans.save(new Plan(assessment.getId(), issueDate, Plan.Source.ASSESSMENT, clock.instant()));
        AnnualReview first = openFirstCycle(plan, AnnualReview.Source.HERE);
        StatutoryClock review = updateClock(assessment, plan);
        timeline.record(assessment, "PLAN_STARTED", "Plan maintained from " + DateText.of(issueDate)
                + reviewDue(review));
        events.publishEvent(new ReviewCycleOpened(assessment, first));
        return plan;
    }

    public Plan record(String caseRef, PlanCommands.RecordPlan command) {
        AssessmentCase assessment = cases.require(caseRef);
        Plan plan = plans.findByCaseId(assessment.getId()).orElse(null);
        LocalDate today = LocalDate.now(clock);
        List<SenNeed> needs = command.needs() == null ? List.of() : command.needs();
        boolean emptyNeed = needs.stream().anyMatch(java.util.Objects::isNull);
        new InvalidRequest.Collector()
                .rejectIf(PlanChecks.inFuture(command.startDate(), today) != null, "startDate",
                        PlanChecks.inFuture(command.startDate(), today))
                .rejectIf(before(command.startDate(), assessment) != null, "startDate",
                        before(command.startDate(), assessment))
                .rejectIf(PlanChecks.settingUrn(command.settingUrn()) != null, "settingUrn",
                        PlanChecks.settingUrn(command.settingUrn()))
                .rejectIf(PlanChecks.bothSettings(command.settingUrn(), command.senSetting()) != null, "senSetting",
                        PlanChecks.bothSettings(command.settingUrn(), command.senSetting()))
                .rejectIf(emptyNeed, "needs", "must be SEN type codes, none empty")
                .rejectIf(!emptyNeed && PlanChecks.repeatedNeed(needs) != null, "needs",
                        PlanChecks.repeatedNeed(needs))
                .rejectIf(PlanChecks.inFuture(command.transferredInDate(), today) != null, "transferredInDate",
                        PlanChecks.inFuture(command.transferredInDate(), today))
                .rejectIf(PlanChecks.before(command.transferredInDate(), command.startDate(), "the plan's start")
                        != null, "transferredInDate",
                        PlanChecks.before(command.transferredInDate(), command.startDate(), "the plan's start"))
                .rejectIf(command.lastReviewDate() != null && command.transferredInDate() == null, "lastReviewDate",
                        "is the last review by the council the plan was transferred from: give the transfer date too")
                .rejectIf(PlanChecks.inFuture(command.lastReviewDate(), today) != null, "lastReviewDate",
                        PlanChecks.inFuture(command.lastReviewDate(), today))
                .rejectIf(PlanChecks.before(command.lastReviewDate(), command.startDate(), "the plan's start") != null,
                        "lastReviewDate", PlanChecks.before(command.lastReviewDate(), command.startDate(),
                                "the plan's start"))
                .rejectIf(command.lastReviewDate() != null && command.transferredInDate() != null
                                && command.lastReviewDate().isAfter(command.transferredInDate()), "lastReviewDate",
                        "must not be after the transfer, " + DateText.of(command.transferredInDate())
                                + ": later reviews are this council's")
                .rejectIf(plan != null && plan.isCeased() && command.startDate() != null
                                && command.startDate().isAfter(plan.getCeasedDate()), "startDate",
                        "must not be after the plan ceased, " + (plan == null ? "" : DateText.of(plan.getCeasedDate())))
                .rejectIf(Boolean.TRUE.equals(command.organisedArrangements())
                                && !Boolean.TRUE.equals(command.personalBudget()), "organisedArrangements",
                        PlanChecks.PERSONAL_BUDGET_FIRST)
                .rejectIf(Boolean.TRUE.equals(command.directPayments())
                                && !Boolean.TRUE.equals(command.personalBudget()), "directPayments",
                        PlanChecks.PERSONAL_BUDGET_FIRST)
                .throwIfAny();
        if (assessment.getStatus().isOpen()) {
            throw new StepNotPossible("case " + caseRef + " is still being assessed: its plan is recorded when the"
                    + " final plan is issued");
        }
        Placement now = plan == null ? null : plan.currentPlacement();
        boolean namesSetting = command.settingUrn() != null || command.senSetting() != null;
        if (now != null && namesSetting && !now.sameSettingAs(command.settingUrn(), command.senSetting())) {
            throw new InvalidRequest(java.util.Map.of(command.settingUrn() != null ? "settingUrn" : "senSetting",
                    "the plan names " + now.describe() + " now: record a move to another setting with the day the"
                            + " child entered it (POST /api/cases/" + caseRef + "/plan/placements)"));
        }
        boolean isNew = plan == null;
        AnnualReview first = null;
        if (isNew) {
            plan = plans.save(new Plan(assessment.getId(), command.startDate(), Plan.Source.ASSESSMENT,
                    clock.instant()));
            first = openFirstCycle(plan, AnnualReview.Source.HERE);
        }
        plan.restate(new PlanDetails(command.startDate(), needs, Boolean.TRUE.equals(command.personalBudget()),
                Boolean.TRUE.equals(command.residential()), Boolean.TRUE.equals(command.workBasedLearning()),
                command.transferredInDate(), command.lastReviewDate()));
        plan.recordPersonalBudget(Boolean.TRUE.equals(command.personalBudget()),
                Boolean.TRUE.equals(command.organisedArrangements()), Boolean.TRUE.equals(command.directPayments()));
        if (now == null && namesSetting) {
            plan.moveTo(command.settingUrn(), command.senSetting(), command.startDate());
        }
        StatutoryClock review = updateClock(assessment, plan);
        timeline.record(assessment, isNew ? "PLAN_RECORDED" : "PLAN_CORRECTED", (isNew ? "Plan recorded: " :
                "Plan corrected: ") + describe(plan) + reviewDue(review));
        if (first != null) {
            events.publishEvent(new ReviewCycleOpened(assessment, first));
        }
        return plan;
    }

    public Plan changeSetting(String caseRef, PlanCommands.ChangeSetting command) {
        AssessmentCase assessment = cases.require(caseRef);
        Plan plan = require(assessment);
        Placement now = plan.currentPlacement();
        LocalDate today = LocalDate.now(clock);
        new InvalidRequest.Collector()
                .rejectIf(PlanChecks.inFuture(command.entryDate(), today) != null, "entryDate",
                        PlanChecks.inFuture(command.entryDate(), today))
                .rejectIf(PlanChecks.before(command.entryDate(), plan.getStartDate(), "the plan's start") != null,
                        "entryDate", PlanChecks.before(command.entryDate(), plan.getStartDate(), "the plan's start"))
                .rejectIf(now != null && PlanChecks.before(command.entryDate(), now.getEntryDate(),
                                "the day the child entered " + now.describe()) != null, "entryDate",
                        now == null ? null : PlanChecks.before(command.entryDate(), now.getEntryDate(),
                                "the day the child entered " + now.describe()))
                .rejectIf(command.settingUrn() == null && command.senSetting() == null, "settingUrn",
                        "name the new school or college (its URN or UKPRN) or a SEN setting code")
                .rejectIf(PlanChecks.settingUrn(command.settingUrn()) != null, "settingUrn",
                        PlanChecks.settingUrn(command.settingUrn()))
                .rejectIf(PlanChecks.bothSettings(command.settingUrn(), command.senSetting()) != null, "senSetting",
                        PlanChecks.bothSettings(command.settingUrn(), command.senSetting()))
                .rejectIf(now != null && now.sameSettingAs(command.settingUrn(), command.senSetting()), "settingUrn",
                        "the plan already names " + (now == null ? "" : now.describe()))
                .rejectIf(PlanChecks.placementRank(command.placementRank()) != null, "placementRank",
                        PlanChecks.placementRank(command.placementRank()))
                .throwIfAny();
        if (plan.isCeased()) {
            throw new StepNotPossible("the plan of case " + caseRef + " ceased on " + DateText.of(plan.getCeasedDate()));
        }
        String from = now == null ? "" : " from " + now.describe();
        plan.moveTo(command.settingUrn(), command.senSetting(), command.entryDate());
        Placement entered = plan.currentPlacement();
        entered.describeProvision(command.placementRank(), Boolean.TRUE.equals(command.senUnit()),
                Boolean.TRUE.equals(command.resourcedProvision()));
        timeline.record(assessment, "PLAN_SETTING_CHANGED", "Setting changed" + from + " to "
                + Placement.describe(command.settingUrn(), command.senSetting()) + " on "
                + DateText.of(command.entryDate()) + provision(entered));
        return plan;
    }

    /**
     * The SEN2 details of a place the plan names, by its number in the plan's list of settings (1 the first named):
     * a place left is still reported for the year it was attended, so any may be described.
     */
    public Plan describePlacement(String caseRef, int number, PlanCommands.DescribePlacement command) {
        AssessmentCase assessment = cases.require(caseRef);
        Plan plan = require(assessment);
        if (number < 1 || number > plan.getPlacements().size()) {
            throw new CaseNotFound("the plan of case " + caseRef + " names " + plan.getPlacements().size()
                    + " setting(s): there is no setting " + number);
        }
        new InvalidRequest.Collector()
                .rejectIf(PlanChecks.placementRank(command.placementRank()) != null, "placementRank",
                        PlanChecks.placementRank(command.placementRank()))
                .throwIfAny();
        Placement place = plan.getPlacements().get(number - 1);
        place.describeProvision(command.placementRank(), Boolean.TRUE.equals(command.senUnit()),
                Boolean.TRUE.equals(command.resourcedProvision()));
        String said = provision(place);
        timeline.record(assessment, "PLACEMENT_DESCRIBED", "Setting " + place.describe() + " described"
                + (said.isEmpty() ? ": no rank, no SEN unit or resourced provision" : said));
        return plan;
    }

    private static String provision(Placement place) {
        List<String> said = new java.util.ArrayList<>();
        if (place.getPlacementRank() != null) {
            said.add("rank " + place.getPlacementRank());
        }
        if (place.isSenUnit()) {
            said.add("SEN unit");
        }
        if (place.isResourcedProvision()) {
            said.add("resourced provision");
        }
        return said.isEmpty() ? "" : ": " + String.join(", ", said);
    }

    /** The family of a transferred child was told whether the council will reassess (reg 15). */
    public Plan recordTransferNotice(String caseRef, PlanCommands.TransferNotice command) {
        AssessmentCase assessment = cases.require(caseRef);
        Plan plan = require(assessment);
        LocalDate today = LocalDate.now(clock);
        if (plan.getTransferredInDate() == null) {
            throw new StepNotPossible("the plan of case " + caseRef + " was not transferred in from another council:"
                    + " record its transfer date first");
        }
        new InvalidRequest.Collector()
                .rejectIf(PlanChecks.inFuture(command.noticeDate(), today) != null, "noticeDate",
                        PlanChecks.inFuture(command.noticeDate(), today))
                .rejectIf(PlanChecks.before(command.noticeDate(), plan.getTransferredInDate(), "the transfer")
                        != null, "noticeDate",
                        PlanChecks.before(command.noticeDate(), plan.getTransferredInDate(), "the transfer"))
                .throwIfAny();
        plan.recordTransferNotice(command.noticeDate(), command.reassess());
        updateClock(assessment, plan);
        timeline.record(assessment, "TRANSFER_NOTICE_SENT", "Family told on " + DateText.of(command.noticeDate())
                + (command.reassess() ? " that the council will reassess the child"
                : " that the council will not reassess the child"));
        return plan;
    }

    /**
     * Reg 18(1)(b): a young person is to move to another post-16 institution on {@code moveDate}; the plan must name
     * it at least five months before. The move may be in the future; it must be after the plan's start, and the young
     * person past Year 11 by then (when the date of birth is known). Recording it again moves it.
     */
    public Plan planPost16Move(String caseRef, PlanCommands.PlanPost16Move command) {
        AssessmentCase assessment = cases.require(caseRef);
        Plan plan = require(assessment);
        Integer year = assessment.getChild().nationalCurriculumYearOn(command.moveDate());
        new InvalidRequest.Collector()
                .rejectIf(!command.moveDate().isAfter(plan.getStartDate()), "moveDate",
                        "must be after the plan's start, " + DateText.of(plan.getStartDate()))
                .rejectIf(year != null && year < POST16_FROM_YEAR, "moveDate", "is for a move between post-16 "
                        + "institutions; on " + DateText.of(command.moveDate()) + " the young person is in "
                        + (year != null && year < 0 ? "early years" : year != null && year == 0 ? "Reception"
                        : "Year " + year) + " (a move into post-16 after Year 11 is the 31 March phase transfer)")
                .throwIfAny();
        if (plan.isCeased()) {
            throw new StepNotPossible("the plan of case " + caseRef + " ceased on " + DateText.of(plan.getCeasedDate()));
        }
        LocalDate before = plan.getPost16MoveDate();
        plan.planPost16Move(command.moveDate());
        updateClock(assessment, plan);
        timeline.record(assessment, "POST16_MOVE_PLANNED", (before == null ? "Move to another post-16 institution"
                + " planned for " : "Post-16 move moved from " + DateText.of(before) + " to ")
                + DateText.of(command.moveDate()) + "; the amended plan naming it is due by "
                + clocks.of(assessment.getId()).stream()
                        .filter(k -> k.getClock() == Deadline.TRANSFER_POST16_MOVE).findFirst()
                        .map(k -> DateText.of(k.getDueDate())).orElse("(no clock)"));
        return plan;
    }

    public Plan cease(String caseRef, PlanCommands.CeasePlan command) {
        AssessmentCase assessment = cases.require(caseRef);
        Plan plan = require(assessment);
        LocalDate today = LocalDate.now(clock);
        CeaseReason reason = CeaseReason.of(command.reason()).orElse(null);
        new InvalidRequest.Collector()
                .rejectIf(PlanChecks.inFuture(command.ceasedDate(), today) != null, "ceasedDate",
                        PlanChecks.inFuture(command.ceasedDate(), today))
                .rejectIf(PlanChecks.before(command.ceasedDate(), plan.getStartDate(), "the plan's start") != null,
                        "ceasedDate", PlanChecks.before(command.ceasedDate(), plan.getStartDate(), "the plan's start"))
                .rejectIf(reason == null, "reason", CeaseReason.CODES_MESSAGE)
                .rejectIf(PlanChecks.before(command.ceasedDate(), consultationEnded(plan), "the consultation on "
                        + "ceasing it ended") != null, "ceasedDate", PlanChecks.before(command.ceasedDate(),
                        consultationEnded(plan), "the consultation on ceasing it ended"))
                .throwIfAny();
        if (plan.isCeased()) {
            throw new StepNotPossible("the plan of case " + caseRef + " already ceased on "
                    + DateText.of(plan.getCeasedDate()));
        }
        plan.cease(command.ceasedDate(), reason);
        updateClock(assessment, plan);
        timeline.record(assessment, "PLAN_CEASED", "Plan ceased " + DateText.of(command.ceasedDate()) + ": "
                + reason.code() + " " + reason.words());
        events.publishEvent(new PlanCeased(assessment, plan));
        return plan;
    }

    /**
     * Makes the plan of a case what another system holds (the plans import): a new plan names its setting from its
     * start; a held plan keeps its personal budget, residential and work-based flags (plans.csv does not carry them;
     * its organised arrangements and direct payments, where given, mean a personal budget is taken up)
     * and, when the file names another setting, moves to it on {@code today}, as the file carries no entry date. The
     * caller writes the review clocks of a batch at once, from the facts answered here, and the timeline. Each cycle of
     * the plan with steps still to take is marked as waiting for its process, which the review catch-up starts (or
     * restarts) at its step once the import has committed (ADR 13's way, ADR 23).
     *
     * @param held       the plan held for the case, or null
     * @param heldCycles the held plan's review cycles in order (none for a new plan), read by the caller for its whole
     *                   batch at once: one query per plan was most of a county's import (ADR 30)
     * @param historyWithIt true when the same import writes the plan's reviews from its first (reviews.csv with
     *                      plans.csv, ADR 32): a new plan's first cycle is then written by that file, once, rather than
     *                      opened empty here and written again (ADR 39)
     */
    public PlanFacts restate(AssessmentCase assessment, Plan held, List<AnnualReview> heldCycles,
                             ImportedPlan imported, LocalDate today, boolean historyWithIt) {
        List<AnnualReview> cycles = new ArrayList<>(heldCycles);
        // A new plan and its first cycle are saved once their facts are set: Hibernate inserts the state an entity
        // had when it was saved, so a plan saved first and then restated was written twice, an insert and an update
        // (ADR 39).
        Plan plan = held != null ? held
                : new Plan(assessment.getId(), imported.startDate(), Plan.Source.IMPORT, clock.instant());
        plan.restate(new PlanDetails(imported.startDate(), imported.needs(), plan.isPersonalBudget(),
                plan.isResidential(), plan.isWorkBasedLearning(), imported.transferredInDate(),
                plan.getLastReviewDate()));
        if (imported.settingUrn() != null || imported.senSetting() != null) {
            plan.moveTo(imported.settingUrn(), imported.senSetting(), held == null ? imported.startDate() : today);
        }
        if (imported.organisedArrangements() != null || imported.directPayments() != null) {
            boolean organised = imported.organisedArrangements() != null ? imported.organisedArrangements()
                    : plan.isOrganisedArrangements();
            boolean direct = imported.directPayments() != null ? imported.directPayments() : plan.isDirectPayments();
            plan.recordPersonalBudget(plan.isPersonalBudget() || organised || direct, organised, direct);
        }
        Placement now = plan.currentPlacement();
        if (now != null && (imported.placementRank() != null || imported.senUnit() != null
                || imported.resourcedProvision() != null)) {
            now.describeProvision(imported.placementRank() != null ? imported.placementRank() : now.getPlacementRank(),
                    imported.senUnit() != null ? imported.senUnit() : now.isSenUnit(),
                    imported.resourcedProvision() != null ? imported.resourcedProvision()
                            : now.isResourcedProvision());
        }
        plan.cease(imported.ceasedDate(), imported.ceasedDate() == null ? null : imported.ceaseReason());
        AnnualReview first = null;
        if (held == null) {
            plans.save(plan);
        }
        if (held == null && !historyWithIt) {
            // Brought in mid-life, its first review goes live at its step once the import commits (the review
            // catch-up), as an imported open case does (ADR 13); reviews.csv may then fill the cycle in.
            first = new AnnualReview(plan, 1, AnnualReview.Source.IMPORT, clock.instant());
            first.setAwaitingProcess(imported.ceasedDate() == null);
            cycles.add(first);
        }
        for (AnnualReview cycle : cycles) {
            if (cycle.hasStepsLeft()) {
                cycle.setAwaitingProcess(true);
            }
        }
        if (first != null) {
            reviews.save(first);
        }
        return facts(assessment, plan, cycles);
    }

    /**
     * Makes the plan what last year's SEN2 return says beyond plans.csv (ADR 31): its settings of the year, in order,
     * with their days, replace those held when they differ; a flag the return gives replaces the one held.
     *
     * @return what changed, for the case timeline; empty when nothing did
     */
    public List<String> restateFromReturn(Plan plan, ReturnedPlan returned) {
        List<String> changes = new java.util.ArrayList<>();
        List<ReturnedPlan.Setting> held = plan.getPlacements().stream().map(p -> new ReturnedPlan.Setting(
                p.getSettingUrn(), p.getSenSetting(), p.getEntryDate(), p.getLeavingDate(), p.getPlacementRank(),
                p.isSenUnit(), p.isResourcedProvision())).toList();
        if (!returned.placements().isEmpty() && !held.equals(returned.placements())) {
            plan.replacePlacements(returned.placements().stream().map(s -> {
                Placement placement = new Placement(s.settingUrn(), s.senSetting(), s.entryDate());
                placement.describeProvision(s.placementRank(), s.senUnit(), s.resourcedProvision());
                if (s.leavingDate() != null) {
                    placement.leave(s.leavingDate());
                }
                return placement;
            }).toList());
            changes.add("settings " + held.size() + " → " + returned.placements().size());
        }
        boolean residential = returned.residential() != null ? returned.residential() : plan.isResidential();
        boolean workBased = returned.workBasedLearning() != null ? returned.workBasedLearning()
                : plan.isWorkBasedLearning();
        if (residential != plan.isResidential() || workBased != plan.isWorkBasedLearning()) {
            changes.add("residential " + residential + ", work-based learning " + workBased);
            plan.restate(new PlanDetails(plan.getStartDate(), plan.getNeeds(), plan.isPersonalBudget(), residential,
                    workBased, plan.getTransferredInDate(), plan.getLastReviewDate()));
        }
        if (returned.personalBudget() != null && returned.personalBudget() != plan.isPersonalBudget()) {
            changes.add("personal budget " + (returned.personalBudget() ? "taken up" : "not taken up"));
            plan.recordPersonalBudget(returned.personalBudget(), plan.isOrganisedArrangements(),
                    plan.isDirectPayments());
        }
        return changes;
    }

    /**
     * The plan's first review cycle opens with the plan: every cycle is a row, so that its clocks, its process and
     * its figures have one key from the day it is due to be arranged.
     */
    public AnnualReview openFirstCycle(Plan plan, AnnualReview.Source source) {
        return reviews.save(new AnnualReview(plan, 1, source, clock.instant()));
    }

    /**
     * Writes the plan's clocks from its facts (its review cycles and phase transfers); the case's own are left as
     * they are. Answers the open cycle's review clock, if the plan has one.
     */
    public StatutoryClock updateClock(AssessmentCase assessment, Plan plan) {
        return openReview(clocks.updatePlan(assessment, facts(assessment, plan)));
    }

    public PlanFacts facts(AssessmentCase assessment, Plan plan) {
        return facts(assessment, plan, reviews.findByPlanIdOrderByCycleAsc(plan.getId()));
    }

    public static PlanFacts facts(AssessmentCase assessment, Plan plan, List<AnnualReview> cycles) {
        return new PlanFacts(plan.getStartDate(), assessment.getChild().getDateOfBirth(), plan.getCeasedDate(),
                plan.getCeaseReason() == null ? "reason not recorded" : plan.getCeaseReason().words(),
                cycles.stream().map(AnnualReview::facts).toList(), plan.getTransferredInDate() == null ? null
                : new PlanFacts.Transfer(plan.getTransferredInDate(), plan.getLastReviewDate(),
                plan.getTransferNoticeDate()), plan.getPost16MoveDate());
    }

    /** The review clock of the plan's latest cycle among a case's clocks: the review due next, or last. */
    public static StatutoryClock openReview(List<StatutoryClock> caseClocks) {
        return caseClocks.stream().filter(k -> k.getClock() == Deadline.ANNUAL_REVIEW)
                .max(java.util.Comparator.comparing(StatutoryClock::getStartDate)).orElse(null);
    }

    /**
     * The day the consultation on ceasing the plan ended, where a review decided to cease it (CFA s45, reg 31): the
     * law gives the consultation no period, so its end is a recorded fact, and the decision to cease, notified with
     * the appeal rights, comes after it (ADR 29). Null when no such consultation is recorded.
     */
    private LocalDate consultationEnded(Plan plan) {
        return reviews.findByPlanIdOrderByCycleAsc(plan.getId()).stream()
                .filter(r -> r.getDecision() == org.sendclock.casefile.ReviewDecision.CEASE)
                .map(AnnualReview::getCeaseConsultedDate).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    private Plan require(AssessmentCase assessment) {
        return plans.findByCaseId(assessment.getId()).orElseThrow(() ->
                new CaseNotFound("case " + assessment.getCaseRef() + " has no plan"));
    }

    private static String before(LocalDate start, AssessmentCase assessment) {
        String problem = PlanChecks.before(start, assessment.getChild().getDateOfBirth(), "the child's date of birth");
        return problem != null ? problem : PlanChecks.before(start, assessment.getRequestDate(), "the request date");
    }

    static String describe(Plan plan) {
        Placement now = plan.currentPlacement();
        return "started " + DateText.of(plan.getStartDate())
                + (now == null ? "" : ", setting " + now.describe())
                + (plan.getNeeds().isEmpty() ? "" : ", needs " + String.join(", ",
                plan.getNeeds().stream().map(Enum::name).toList()))
                + (plan.isPersonalBudget() ? ", personal budget" : "")
                + (plan.isOrganisedArrangements() ? " (organised arrangements)" : "")
                + (plan.isDirectPayments() ? " (direct payments)" : "")
                + (plan.isResidential() ? ", residential" : "")
                + (plan.isWorkBasedLearning() ? ", work-based learning" : "")
                + (plan.getTransferredInDate() == null ? ""
                : ", transferred in " + DateText.of(plan.getTransferredInDate()))
                + (plan.getLastReviewDate() == null ? ""
                : ", last reviewed there " + DateText.of(plan.getLastReviewDate()));
    }

    private static String reviewDue(StatutoryClock review) {
        return review == null || review.getClock() != Deadline.ANNUAL_REVIEW ? ""
                : ". Review due " + DateText.of(review.getDueDate());
    }
}
