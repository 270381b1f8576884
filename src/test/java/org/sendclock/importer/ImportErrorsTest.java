package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportErrorsTest {

    @Test
    void keepsTheFirstErrorsUpToTheLimitAndCountsTheRest() {
        ImportErrors errors = new ImportErrors(3);
        for (int row = 1; row <= 5; row++) {
            assertThat(errors.full()).isEqualTo(row > 3);
            errors.add(new ImportError("requests.csv", row, "request_date", "must be a real date"));
        }
        errors.countOne();
        ImportRefused refused = errors.refusal();
        assertThat(refused.errors()).extracting(ImportError::row).containsExactly(1, 2, 3);
        assertThat(refused.moreErrors()).isEqualTo(3);
        assertThat(refused.errorCount()).isEqualTo(6);
    }

    @Test
    void anExcerptIsFortyCharactersAndAnEllipsis() {
        assertThat(ImportErrors.excerpt("01/02/2024")).isEqualTo("01/02/2024");
        assertThat(ImportErrors.excerpt("x".repeat(40))).isEqualTo("x".repeat(40));
        assertThat(ImportErrors.excerpt("x".repeat(100_000))).isEqualTo("x".repeat(40) + "…");
        // A character outside the BMP is never cut in half.
        assertThat(ImportErrors.excerpt("x".repeat(39) + "😀" + "x")).isEqualTo("x".repeat(39) + "…");
    }
}
