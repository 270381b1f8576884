package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendclock.csv.CsvWriter;

class CsvReaderTest {

    @Test
    void readsQuotedCellsDoubledQuotesLineBreaksInsideQuotesAndBothLineEndings() throws Exception {
        CsvReader csv = new CsvReader(new StringReader(
                "\uFEFFcase_ref,team\r\n\"A,1\",\"the \"\"North\"\" team\"\nB,\"two\r\nlines\"\n\nC,\n"));
        assertThat(csv.next()).containsExactly("case_ref", "team");
        assertThat(csv.next()).containsExactly("A,1", "the \"North\" team");
        assertThat(csv.next()).containsExactly("B", "two\r\nlines");
        assertThat(csv.next()).isEmpty();
        assertThat(csv.next()).containsExactly("C", "");
        assertThat(csv.next()).isNull();
    }

    @Test
    void aLastLineWithoutALineBreakIsRead() throws Exception {
        CsvReader csv = new CsvReader(new StringReader("a,b\n1,2"));
        csv.next();
        assertThat(csv.next()).containsExactly("1", "2");
        assertThat(csv.next()).isNull();
    }

    @Test
    void anUnclosedQuoteIsAnError() throws Exception {
        CsvReader csv = new CsvReader(new StringReader("a\n\"never closed\n"));
        csv.next();
        assertThatThrownBy(csv::next).isInstanceOf(CsvReader.MalformedCsv.class)
                .hasMessage("a quoted cell is not closed before the end of the file");
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() throws Exception {
        List<String> row = java.util.Arrays.asList("NS-1", "Jo \"JJ\" Smith, North", null, "line\nbreak");
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(row);
        assertThat(new CsvReader(new StringReader(out.toString())).next())
                .containsExactly("NS-1", "Jo \"JJ\" Smith, North", "", "line\nbreak");
    }
}
