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

    @Test
    void aFileWithoutLineBreaksIsRefusedAtTheRowLimitNotReadWhole() throws Exception {
        ImportLimits limits = new ImportLimits(null, 50, 1_000);
        CountingReader endless = new CountingReader("case_ref,");
        CsvReader csv = new CsvReader(endless, limits);
        assertThatThrownBy(csv::next).isInstanceOf(CsvReader.MalformedCsv.class)
                .hasMessage("a row is longer than 1,000 characters, the most one row may hold: each row must end with"
                        + " a line break (is a quote left open?)");
        assertThat(endless.read).as("characters read before giving up").isLessThanOrEqualTo(1_001);
    }

    @Test
    void aCellLongerThanTheLimitIsRefused() throws Exception {
        CsvReader csv = new CsvReader(new StringReader("a\n\"" + "x".repeat(60) + "\"\n"),
                new ImportLimits(null, 50, 1_000));
        csv.next();
        assertThatThrownBy(csv::next).isInstanceOf(CsvReader.MalformedCsv.class)
                .hasMessage("a cell is longer than 50 characters, the most one cell may hold (is a quote left open?)");
    }

    @Test
    void cellsAndRowsAtTheLimitAreRead() throws Exception {
        String cell = "y".repeat(50);
        CsvReader csv = new CsvReader(new StringReader(cell + "\n"), new ImportLimits(null, 50, 51));
        assertThat(csv.next()).containsExactly(cell);
    }

    /** A file that never ends, counting what was taken from it. */
    private static final class CountingReader extends java.io.Reader {
        private final String pattern;
        long read;

        CountingReader(String pattern) {
            this.pattern = pattern;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = pattern.charAt((int) (read++ % pattern.length()));
            }
            return length;
        }

        @Override
        public int read() {
            return pattern.charAt((int) (read++ % pattern.length()));
        }

        @Override
        public void close() {
        }
    }
}
