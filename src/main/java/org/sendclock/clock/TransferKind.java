package org.sendclock.clock;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import org.sendclock.deadline.Deadline;

/**
 * The phase transfers as a council's transfer team names them (reg 18), each with the clock the register keeps for it
 * and the day of its transfer year by which the amended plan must name the next setting. The transfer year is the
 * calendar year of that day: the Year 6 transfer of 2026 is the one due by 15 February 2026.
 */
public enum TransferKind {
    INTO_SCHOOL(Deadline.TRANSFER_TO_SCHOOL, Month.FEBRUARY, 15, "Into school"),
    INFANT_TO_JUNIOR(Deadline.TRANSFER_TO_JUNIOR, Month.FEBRUARY, 15, "Infant to junior (Year 2)"),
    PRIMARY_TO_SECONDARY(Deadline.TRANSFER_TO_SECONDARY, Month.FEBRUARY, 15, "Primary to secondary (Year 6)"),
    SECONDARY_TO_POST16(Deadline.TRANSFER_TO_POST16, Month.MARCH, 31, "Secondary to post-16 (Year 11)"),
    /** Reg 18(1)(b): no fixed day; each young person's is five months before their planned move. */
    POST16_MOVE(Deadline.TRANSFER_POST16_MOVE, null, 0, "Between post-16 institutions");

    private final Deadline clock;
    private final Month month;
    private final int day;
    private final String label;

    TransferKind(Deadline clock, Month month, int day, String label) {
        this.clock = clock;
        this.month = month;
        this.day = day;
        this.label = label;
    }

    public Deadline clock() {
        return clock;
    }

    public String label() {
        return label;
    }

    /** The day of {@code year} by which the amended plan must name the next setting; none for a post-16 move. */
    public LocalDate deadlineIn(int year) {
        if (month == null) {
            throw new IllegalStateException(label + " has no fixed day: it is five months before each move");
        }
        return LocalDate.of(year, month, day);
    }

    /** The deadline in words for a transfer year: "15 February 2026", or how a post-16 move's is set. */
    public String deadlineWords(int year) {
        return month == null ? "five months before each young person's move"
                : org.sendclock.casefile.DateText.of(deadlineIn(year));
    }

    /** The kinds this council has: infant to junior only where it keeps separate infant and junior schools. */
    public static List<TransferKind> of(ClockSettings settings) {
        return Arrays.stream(values()).filter(k -> k != INFANT_TO_JUNIOR || settings.infantJuniorTransfers()).toList();
    }

    public static TransferKind of(Deadline clock) {
        return Arrays.stream(values()).filter(k -> k.clock == clock).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(clock + " is not a phase transfer"));
    }

    /**
     * The transfer year a manager looks at first: the year of the next 15 February or 31 March still to come, so
     * from April the list shows next year's transfers, a school year ahead.
     */
    public static int nextTransferYear(LocalDate today) {
        return today.isAfter(SECONDARY_TO_POST16.deadlineIn(today.getYear())) ? today.getYear() + 1 : today.getYear();
    }
}
