package org.sendclock.kpi;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sendclock.csv.CsvWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A KPI table as CSV for the performance team's own tools: UTF-8, a header row, one line per row, dates as ISO
 * (2024-06-03), rates with one decimal, empty where there is no value. Fields holding a comma, quote or line break are
 * quoted (RFC 4180), text that would start a formula is neutralised ({@link CsvWriter}). Only case references and
 * figures go in, never names.
 */
public record CsvTable(String name, List<String> header, List<List<?>> rows) {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    public String text() {
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text);
        csv.row(header);
        rows.forEach(csv::row);
        return text.toString();
    }

    /** The download: {@code Content-Disposition: attachment; filename="twenty-week-2024-01-to-2024-12.csv"}. */
    public ResponseEntity<Object> download() {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(text());
    }
}
