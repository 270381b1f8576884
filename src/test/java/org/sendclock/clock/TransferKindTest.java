package org.sendclock.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The transfer kinds keep to the dates the clock register writes, and the list opens on the next deadline. */
class TransferKindTest {

    private static final ClockSettings WITH_JUNIOR = new ClockSettings(null, null, null, 7, 14, 14, 7, null, null,
            null, null, null, null, true);
    private static final ClockSettings WITHOUT_JUNIOR = new ClockSettings(null, null, null, 7, 14, 14, 7, null, null,
            null, null, null, null, false);

    @Test
    void eachKindsDeadlineInItsYearIsTheOneTheRegisterWritesFromTheDateOfBirth() {
        for (LocalDate born : new LocalDate[] {LocalDate.of(2014, 3, 10), LocalDate.of(2013, 9, 1),
                LocalDate.of(2014, 8, 31), LocalDate.of(2012, 2, 29)}) {
            for (PhaseTransfers.Transfer transfer : PhaseTransfers.of(born, true)) {
                TransferKind kind = TransferKind.of(transfer.clock());
                assertThat(kind.deadlineIn(transfer.deadline().getYear())).as(born + " " + kind)
                        .isEqualTo(transfer.deadline());
            }
        }
    }

    @Test
    void infantToJuniorIsAKindOnlyWhereTheCouncilHasThoseSchools() {
        assertThat(TransferKind.of(WITH_JUNIOR)).containsExactly(TransferKind.values());
        assertThat(TransferKind.of(WITHOUT_JUNIOR)).containsExactly(TransferKind.INTO_SCHOOL,
                TransferKind.PRIMARY_TO_SECONDARY, TransferKind.SECONDARY_TO_POST16, TransferKind.POST16_MOVE);
    }

    @Test
    void theNextTransferYearTurnsOverOnceTheThirtyFirstOfMarchHasPassed() {
        assertThat(TransferKind.nextTransferYear(LocalDate.of(2026, 1, 1))).isEqualTo(2026);
        assertThat(TransferKind.nextTransferYear(LocalDate.of(2026, 2, 16))).as("Year 11's date is still to come")
                .isEqualTo(2026);
        assertThat(TransferKind.nextTransferYear(LocalDate.of(2026, 3, 31))).isEqualTo(2026);
        assertThat(TransferKind.nextTransferYear(LocalDate.of(2026, 4, 1))).isEqualTo(2027);
        assertThat(TransferKind.nextTransferYear(LocalDate.of(2026, 12, 31))).isEqualTo(2027);
    }
}
