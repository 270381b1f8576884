package org.sendclock.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuotedAndNothingIsEmpty() {
        assertThat(Csv.cell("Northshire, ICB")).isEqualTo("\"Northshire, ICB\"");
        assertThat(Csv.cell("the \"EP\" team")).isEqualTo("\"the \"\"EP\"\" team\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell(new BigDecimal("1E+2"))).isEqualTo("100");
    }
}
