package org.sendclock.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
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

    @Test
    void textThatWouldStartAFormulaGetsAQuoteInFront() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(Csv.cell("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
        assertThat(Csv.cell("+44 1632 960000")).isEqualTo("'+44 1632 960000");
        assertThat(Csv.cell("-1+2")).isEqualTo("'-1+2");
        assertThat(Csv.cell("\tindented")).isEqualTo("'\tindented");
        assertThat(Csv.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(Csv.cell("Smith-Jones")).isEqualTo("Smith-Jones");
        assertThat(Csv.cell("'t Hart")).as("an apostrophe before ordinary text stays as typed").isEqualTo("'t Hart");
    }

    @Test
    void numbersStayNumbersSoANegativeFigureIsNotText() {
        assertThat(Csv.cell(-3)).isEqualTo("-3");
        assertThat(Csv.cell(-2L)).isEqualTo("-2");
        assertThat(Csv.cell(new BigDecimal("-12.5"))).isEqualTo("-12.5");
    }

    @Test
    void readingACellBackGivesExactlyTheTextThatWasWritten() {
        for (String text : List.of("=1+1", "@SUM(1+1)", "+1", "-1", "\tx", "'=1+1", "''@x", "'t Hart", "'", "''",
                "plain", "O'Neil", "=")) {
            assertThat(Csv.text(Csv.neutralised(text))).as(text).isEqualTo(text);
        }
        assertThat(Csv.text("'=1+1")).as("as a spreadsheet shows it").isEqualTo("=1+1");
    }

    @Test
    void theWriterNeutralisesEveryCellOfEveryRow() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("caseRef", "familyName"));
        csv.row(Arrays.asList("@SUM(1+1)", "-Smith", null, 7));
        assertThat(out.toString()).isEqualTo("caseRef,familyName\r\n'@SUM(1+1),'-Smith,,7\r\n");
    }
}
