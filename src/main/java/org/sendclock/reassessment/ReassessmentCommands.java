package org.sendclock.reassessment;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.sendclock.reassessment.Reassessment.Decision;
import org.sendclock.reassessment.Reassessment.Outcome;
import org.sendclock.reassessment.Reassessment.RequestedBy;

/** What a caseworker submits about a re-assessment of a child's plan. Dates may not be in the future. */
public final class ReassessmentCommands {

    private ReassessmentCommands() {
    }

    /** Reg 27: a request received on {@code requestDate} from the family or the school, or the council's own choice. */
    public record Request(@NotNull LocalDate requestDate, @NotNull RequestedBy requestedBy) {
    }

    /**
     * The council's decision whether to reassess, notified on {@code notifiedDate}. {@code underSixMonthRule}: a
     * refusal relying on reg 24(2), the request having come less than six months after the last assessment (optional,
     * false when absent).
     */
    public record Decide(@NotNull Decision decision, @NotNull LocalDate notifiedDate, Boolean underSixMonthRule) {

        public Decide(Decision decision, LocalDate notifiedDate) {
            this(decision, notifiedDate, null);
        }

        public boolean refusedUnderSixMonthRule() {
            return Boolean.TRUE.equals(underSixMonthRule);
        }
    }

    /** The amended plan issued, or notice given that the plan will not be amended, on {@code outcomeDate}. */
    public record Conclude(@NotNull Outcome outcome, @NotNull LocalDate outcomeDate) {
    }
}
