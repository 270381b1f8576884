package org.sendclock.clock;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.sendclock.deadline.Deadline;

/**
 * The dates by which a child's plan must be amended to name the next school or college (reg 18), from the date of
 * birth: children born September to August share a school year, and Reception begins in the September after the
 * fourth birthday. Into school, infant to junior (where the council has them) and primary to secondary by 15 February
 * of the transfer year; secondary to post-16 by 31 March.
 */
public final class PhaseTransfers {

    private PhaseTransfers() {
    }

    public record Transfer(Deadline clock, LocalDate deadline) {

        /** The school year the transfer review belongs to: 1 September before the deadline to the 31 August after. */
        public LocalDate yearStarts() {
            return LocalDate.of(deadline.getYear() - 1, Month.SEPTEMBER, 1);
        }

        public LocalDate yearEnds() {
            return LocalDate.of(deadline.getYear(), Month.AUGUST, 31);
        }

        public boolean inItsYear(LocalDate day) {
            return day != null && !day.isBefore(yearStarts()) && !day.isAfter(yearEnds());
        }
    }

    /** Every phase transfer of a child born on {@code dateOfBirth}, in order; none when the date is not known. */
    public static List<Transfer> of(LocalDate dateOfBirth, boolean infantJuniorTransfers) {
        if (dateOfBirth == null) {
            return List.of();
        }
        int receptionYear = (dateOfBirth.getMonthValue() >= Month.SEPTEMBER.getValue()
                ? dateOfBirth.getYear() : dateOfBirth.getYear() - 1) + 5;
        List<Transfer> transfers = new ArrayList<>();
        transfers.add(new Transfer(Deadline.TRANSFER_TO_SCHOOL, LocalDate.of(receptionYear, Month.FEBRUARY, 15)));
        if (infantJuniorTransfers) {
            transfers.add(new Transfer(Deadline.TRANSFER_TO_JUNIOR,
                    LocalDate.of(receptionYear + 3, Month.FEBRUARY, 15)));
        }
        transfers.add(new Transfer(Deadline.TRANSFER_TO_SECONDARY, LocalDate.of(receptionYear + 7, Month.FEBRUARY, 15)));
        transfers.add(new Transfer(Deadline.TRANSFER_TO_POST16, LocalDate.of(receptionYear + 12, Month.MARCH, 31)));
        return transfers;
    }

    /** The transfer whose school year a day falls in, if any: the one a review held that day moves the child to. */
    public static java.util.Optional<Transfer> inYearOf(LocalDate day, LocalDate dateOfBirth,
                                                        boolean infantJuniorTransfers) {
        return of(dateOfBirth, infantJuniorTransfers).stream().filter(t -> t.inItsYear(day)).findFirst();
    }
}
