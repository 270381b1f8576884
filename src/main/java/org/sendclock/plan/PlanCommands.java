package org.sendclock.plan;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** What a caseworker submits about a child's plan. Dates may be in the past, never in the future. */
public final class PlanCommands {

    private PlanCommands() {
    }

    /**
     * Records the plan, or corrects what is recorded: its start date, the setting it names (a URN or UKPRN, or a SEN
     * setting code where none is named; once named, the setting changes with {@link ChangeSetting}), the needs in rank
     * order, the SEN2 flags (a personal budget taken up through organised arrangements, direct payments or both) and the day it was transferred in from another council, with the day of its last review there
     * when known (it sets when the first review here is due).
     */
    public record RecordPlan(
            @NotNull LocalDate startDate,
            String settingUrn,
            SenSetting senSetting,
            List<SenNeed> needs,
            Boolean personalBudget,
            Boolean residential,
            Boolean workBasedLearning,
            LocalDate transferredInDate,
            LocalDate lastReviewDate,
            Boolean organisedArrangements,
            Boolean directPayments) {
    }

    /**
     * For a plan transferred in: the day the family was told whether the council will reassess the child (reg 15,
     * within 6 weeks of the transfer), and which.
     */
    public record TransferNotice(@NotNull LocalDate noticeDate, @NotNull Boolean reassess) {
    }

    /**
     * The child moved to another setting on {@code entryDate}: the one before is left that day. The new place's rank,
     * SEN unit and resourced provision may be given with it, as {@link DescribePlacement} does.
     */
    public record ChangeSetting(String settingUrn, SenSetting senSetting, @NotNull LocalDate entryDate,
                                Integer placementRank, Boolean senUnit, Boolean resourcedProvision) {

        public ChangeSetting(String settingUrn, SenSetting senSetting, LocalDate entryDate) {
            this(settingUrn, senSetting, entryDate, null, null, null);
        }
    }

    /**
     * What the SEN2 return asks of a place the plan names (modules 4b and 5b): its rank where the child attends more
     * than one setting at once (1 the main one, left out where there is one only), and whether it is in a SEN unit or
     * resourced provision (left out: no).
     */
    public record DescribePlacement(Integer placementRank, Boolean senUnit, Boolean resourcedProvision) {
    }

    /** The plan ceased on {@code ceasedDate}, for SEN2 reason {@code reason} (1 to 9). */
    /** Reg 18(1)(b): the young person is to move to another post-16 institution on {@code moveDate}. */
    public record PlanPost16Move(@NotNull LocalDate moveDate) {
    }

    public record CeasePlan(@NotNull LocalDate ceasedDate, @NotNull Integer reason) {
    }
}
