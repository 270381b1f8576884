package org.sendclock.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A setting is a school's URN (6 digits) or a college's UKPRN (8 digits, starting with 1); a rank is 1 to 9. */
class PlanChecksTest {

    @Test
    void urnsAndUkprnsOfTheirShapesPass() {
        assertThat(PlanChecks.settingUrn("100000")).isNull();
        assertThat(PlanChecks.settingUrn("142312")).isNull();
        assertThat(PlanChecks.settingUrn("10001234")).isNull();
        assertThat(PlanChecks.settingUrn(null)).isNull();
    }

    @Test
    void otherShapesAreRefused() {
        for (String bad : new String[]{"12345", "1234567", "20001234", "123456789", "10A000", "URN100000"}) {
            assertThat(PlanChecks.settingUrn(bad)).as(bad).isEqualTo("must be a school's URN (6 digits) or a"
                    + " college's UKPRN (8 digits starting with 1), not \"" + bad + "\"");
        }
    }

    @Test
    void aPlacementRankIsOneToNine() {
        assertThat(PlanChecks.placementRank(1)).isNull();
        assertThat(PlanChecks.placementRank(9)).isNull();
        assertThat(PlanChecks.placementRank(null)).isNull();
        assertThat(PlanChecks.placementRank(0)).isEqualTo("must be a whole number from 1 (the main setting) to 9");
        assertThat(PlanChecks.placementRank(10)).isNotNull();
    }
}
