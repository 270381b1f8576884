package org.sendclock.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The identifier checks against values whose answer is published or worked by hand: UPNs from the DfE's own multiplication
 * tables check ({@code H801200001001}) and python-stdnum's UPN module ({@code B801200005001}); the ULN from HESA's
 * description of the check digit ({@code 9276308686}).
 */
class ChildChecksTest {

    @Test
    void aUpnWithItsCheckLetterPasses() {
        assertThat(ChildChecks.upn("H801200001001")).isNull();
        assertThat(ChildChecks.upn("B801200005001")).isNull();
        // 1x2 + 2x3 + ... + 2x13 = 368, a multiple of 23: A.
        assertThat(ChildChecks.upn("A123456789012")).isNull();
        assertThat(ChildChecks.upnCheckLetter("801200005001")).isEqualTo('B');
    }

    @Test
    void aTemporaryUpnEndsWithALetterThatCountsInTheCheck() {
        // 8x2 + 1x4 + 2x5 + 1x10 = 40, and A counts 0: 40 mod 23 = 17, U.
        assertThat(ChildChecks.upn("U80120000100A")).isNull();
        // Z counts 22: 40 + 22x13 = 326, mod 23 = 4, E.
        assertThat(ChildChecks.upn("E80120000100Z")).isNull();
        assertThat(ChildChecks.upn("U80120000100B")).startsWith("has the wrong check letter");
    }

    @Test
    void aMistypedUpnIsRefusedByItsCheckLetter() {
        assertThat(ChildChecks.upn("A801200005001")).startsWith("has the wrong check letter")
                .contains("would start with B");
        // Two digits swapped: the weights catch it.
        assertThat(ChildChecks.upn("B810200005001")).startsWith("has the wrong check letter");
    }

    @Test
    void aUpnOfTheWrongShapeIsRefusedForItsShape() {
        for (String bad : new String[]{"B80120000500", "B8012000050011", "b801200005001", "1801200005001",
                "B80120000A001", "B80120000500I", "B80120000500O", "B80120000500S", "I801200005001"}) {
            assertThat(ChildChecks.upn(bad)).as(bad).satisfiesAnyOf(
                    m -> assertThat(m).startsWith("must be a Unique Pupil Number"),
                    m -> assertThat(m).startsWith("has the wrong check letter"));
        }
        assertThat(ChildChecks.upn("B80120000500O")).startsWith("must be a Unique Pupil Number");
        assertThat(ChildChecks.upn(null)).isNull();
    }

    @Test
    void aUlnWithItsCheckDigitPasses() {
        assertThat(ChildChecks.uln("9276308686")).isNull();
        // 1x10 + 2x9 + ... + 9x2 = 210, remainder 1 on 11: check digit 9.
        assertThat(ChildChecks.uln("1234567899")).isNull();
        assertThat(ChildChecks.uln(null)).isNull();
    }

    @Test
    void aMistypedOrMisshapenUlnIsRefused() {
        assertThat(ChildChecks.uln("9276308687")).startsWith("has the wrong check digit");
        assertThat(ChildChecks.uln("1234567890")).startsWith("has the wrong check digit");
        assertThat(ChildChecks.uln("0276308686")).startsWith("must be a Unique Learner Number");
        assertThat(ChildChecks.uln("927630868")).startsWith("must be a Unique Learner Number");
        assertThat(ChildChecks.uln("92763086X6")).startsWith("must be a Unique Learner Number");
        // First nine digits whose weighted sum divides by 11 would need a check digit of 10: no such ULN exists.
        String nine = firstNineSummingToElevens();
        for (char last = '0'; last <= '9'; last++) {
            assertThat(ChildChecks.uln(nine + last)).startsWith("has the wrong check digit");
        }
    }

    /** The first nine digits, from 100000000 up, whose sum weighted 10 down to 2 is a multiple of 11. */
    private static String firstNineSummingToElevens() {
        for (int n = 100_000_000; ; n++) {
            String nine = String.valueOf(n);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            if (sum % 11 == 0) {
                return nine;
            }
        }
    }

    @Test
    void postcodesOfEveryUkShapeAreKeptUpperCaseWithOneSpace() {
        assertThat(ChildChecks.postcodeOf("sw1a 1aa")).isEqualTo("SW1A 1AA");
        assertThat(ChildChecks.postcodeOf("M11AE")).isEqualTo("M1 1AE");
        assertThat(ChildChecks.postcodeOf("  b33  8th ")).isEqualTo("B33 8TH");
        assertThat(ChildChecks.postcodeOf("CR2 6XH")).isEqualTo("CR2 6XH");
        assertThat(ChildChecks.postcodeOf("DN551PT")).isEqualTo("DN55 1PT");
        assertThat(ChildChecks.postcodeOf("W1A 0AX")).isEqualTo("W1A 0AX");
        assertThat(ChildChecks.postcode("EC1A 1BB")).isNull();
    }

    @Test
    void whatIsNotAPostcodeIsRefused() {
        for (String bad : new String[]{"SW1A", "12345", "SW1A 1A", "SW1A 1AAA", "1W1A 1AA", "SWW1 1AA", "SW1A-1AA"}) {
            assertThat(ChildChecks.postcodeOf(bad)).as(bad).isNull();
            assertThat(ChildChecks.postcode(bad)).as(bad).isEqualTo("must be a UK postcode, such as SW1A 1AA or M1 1AE");
        }
    }

    @Test
    void theCodeListsTakeTheirCodesOnly() {
        assertThat(ChildChecks.sex("F")).isNull();
        assertThat(ChildChecks.sex("X")).isEqualTo("must be a SEN2 sex code, one of M, F, U");
        assertThat(ChildChecks.sex("f")).isNotNull();
        for (String code : new String[]{"WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
                "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"}) {
            assertThat(ChildChecks.ethnicity(code)).as(code).isNull();
        }
        assertThat(ChildChecks.ethnicity("WENG")).startsWith("must be a DfE main ethnicity code, one of WBRI,");
        assertThat(ChildChecks.upnUnknownReason("UN2")).isNull();
        assertThat(ChildChecks.upnUnknownReason("UN0")).startsWith("must be a UPN unknown reason, one of UN1,");
    }

    @Test
    void theUnknownReasonIsOnlyForAChildWithNeitherNumber() {
        assertThat(ChildChecks.reasonBesideNumber("UN1", null, null)).isNull();
        assertThat(ChildChecks.reasonBesideNumber("UN1", "B801200005001", null)).isNotNull();
        assertThat(ChildChecks.reasonBesideNumber("UN1", null, "9276308686")).isNotNull();
        assertThat(ChildChecks.reasonBesideNumber(null, "B801200005001", null)).isNull();
    }
}
