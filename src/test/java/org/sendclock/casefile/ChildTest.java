package org.sendclock.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The national curriculum year from the date of birth: children born 1 September to 31 August are one cohort, and
 * Reception is the school year starting the September after the fourth birthday.
 */
class ChildTest {

    private static Integer yearOn(String born, String on) {
        return new Child(null, null, LocalDate.parse(born), null, null).nationalCurriculumYearOn(LocalDate.parse(on));
    }

    @Test
    void bornOnThe31stOfAugustAndThe1stOfSeptemberAreAYearApart() {
        // 31 August 2015 is the youngest of the 2014/15 cohort; 1 September 2015 the oldest of the next.
        assertThat(yearOn("2015-08-31", "2019-09-02")).isEqualTo(0);
        assertThat(yearOn("2015-09-01", "2019-09-02")).isEqualTo(-1);
        assertThat(yearOn("2015-09-01", "2020-09-01")).isEqualTo(0);
        assertThat(yearOn("2016-08-31", "2020-09-01")).as("same cohort as 1 September 2015").isEqualTo(0);
    }

    @Test
    void receptionIsTheSeptemberAfterTheFourthBirthday() {
        assertThat(yearOn("2016-01-15", "2020-01-15")).as("fourth birthday: still nursery").isEqualTo(-1);
        assertThat(yearOn("2016-01-15", "2020-08-31")).isEqualTo(-1);
        assertThat(yearOn("2016-01-15", "2020-09-01")).isEqualTo(0);
    }

    @Test
    void yearSixAndYearElevenTheTransferYears() {
        assertThat(yearOn("2014-09-01", "2025-09-01")).isEqualTo(6);
        assertThat(yearOn("2015-08-31", "2026-07-20")).isEqualTo(6);
        assertThat(yearOn("2015-08-31", "2026-09-01")).isEqualTo(7);
        assertThat(yearOn("2009-09-01", "2025-09-01")).isEqualTo(11);
        assertThat(yearOn("2010-08-31", "2026-08-31")).isEqualTo(11);
        assertThat(yearOn("2010-08-31", "2026-09-01")).isEqualTo(12);
    }

    @Test
    void postSixteenCountsOnToYearFourteen() {
        assertThat(yearOn("2007-09-01", "2025-09-01")).isEqualTo(13);
        assertThat(yearOn("2006-09-01", "2025-09-01")).isEqualTo(14);
        assertThat(yearOn("2007-08-31", "2026-08-31")).isEqualTo(14);
    }

    @Test
    void noDateOfBirthNoYear() {
        assertThat(new Child(null, null, null, null, null).nationalCurriculumYearOn(LocalDate.of(2026, 1, 1))).isNull();
    }
}
