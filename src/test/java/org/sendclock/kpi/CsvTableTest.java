package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void aHeaderRowThenOneLinePerRowWithIsoDatesAndEmptyNulls() {
        CsvTable table = new CsvTable("t", List.of("caseRef", "due", "rate", "none"),
                List.of(Arrays.asList("EHC-000001", LocalDate.of(2016, 2, 29), new BigDecimal("57.1"), null)));
        assertThat(table.text()).isEqualTo("caseRef,due,rate,none\r\nEHC-000001,2016-02-29,57.1,\r\n");
    }

    @Test
    void downloadsAsUtf8CsvAttachment() {
        var response = new CsvTable("twenty-week-2016-01-to-2016-12", List.of("a"), List.of()).download();
        assertThat(response.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("twenty-week-2016-01-to-2016-12.csv");
        assertThat(response.getHeaders().getContentDisposition().isAttachment()).isTrue();
    }
}
