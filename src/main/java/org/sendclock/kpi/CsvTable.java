package org.sendclock.kpi;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.sendclock.csv.Csv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A KPI table as CSV for the performance team's own tools: UTF-8, a header row, one line per row, dates as ISO
 * (2024-06-03), rates with one decimal, empty where there is no value. Fields holding a comma, quote or line break are
 * quoted (RFC 4180). Only case references and figures go in, never names.
 */
public record CsvTable(String name, List<String> header, List<List<?>> rows) {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    public String text() {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    /** The download: {@code Content-Disposition: attachment; filename="twenty-week-2024-01-to-2024-12.csv"}. */
    public ResponseEntity<Object> download() {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(text());
    }

    private static void line(StringBuilder csv, List<?> values) {
        csv.append(values.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
    }
}
