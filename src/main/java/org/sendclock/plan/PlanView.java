package org.sendclock.plan;

import java.time.LocalDate;
import java.util.List;
import org.sendclock.clock.Standing;

/**
 * A plan as the API and the case page show it: its settings in turn (the one without a leaving date is the setting
 * now), its needs by rank, the SEN2 flags, the transfer in, its ceasing, and its next review from the clock register.
 */
public record PlanView(
        LocalDate startDate,
        Plan.Source source,
        String status,
        List<PlacementView> placements,
        List<NeedView> needs,
        boolean personalBudget,
        boolean organisedArrangements,
        boolean directPayments,
        boolean residential,
        boolean workBasedLearning,
        LocalDate transferredInDate,
        LocalDate lastReviewDate,
        LocalDate transferNoticeDate,
        Boolean transferReassess,
        LocalDate post16MoveDate,
        LocalDate ceasedDate,
        Integer ceaseReason,
        String ceaseReasonWords,
        LocalDate reviewDue,
        Standing reviewStanding) {

    /**
     * A place the plan names, {@code number} 1 the first named (how {@code /plan/placements/{number}/provision}
     * addresses it), with its SEN2 rank, SEN unit and resourced provision.
     */
    public record PlacementView(int number, String settingUrn, SenSetting senSetting, String setting,
                                LocalDate entryDate, LocalDate leavingDate, Integer placementRank, boolean senUnit,
                                boolean resourcedProvision) {
    }

    public record NeedView(int rank, SenNeed need, String words) {
    }

    public static final String MAINTAINED = "MAINTAINED";
    public static final String CEASED = "CEASED";

    /** The setting named now, or null. */
    public PlacementView currentSetting() {
        return placements.stream().filter(p -> p.leavingDate() == null).reduce((a, b) -> b).orElse(null);
    }
}
