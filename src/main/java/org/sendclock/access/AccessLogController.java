package org.sendclock.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sendclock.casefile.Paging;
import org.sendclock.csv.Csv;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/access-log}: the access log a page at a time, newest first, searched by person, case reference,
 * how and period; {@code GET /api/access-log.csv}: every entry the same search finds, as CSV. Role ADMIN.
 */
@RestController
class AccessLogController {

    private final AccessLog log;
    private final Clock clock;

    AccessLogController(AccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @GetMapping("/api/access-log")
    AccessLog.Found search(@RequestParam(required = false) String username,
                           @RequestParam(required = false) String caseRef,
                           @RequestParam(required = false) String what,
                           @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to,
                           @RequestParam(required = false) String page,
                           @RequestParam(required = false) String size) {
        AccessLog.Search search = AccessLog.Search.parse(username, caseRef, what, from, to);
        return log.search(search, clock.getZone(), Paging.parse(page, size));
    }

    @GetMapping("/api/access-log.csv")
    void export(@RequestParam(required = false) String username,
                @RequestParam(required = false) String caseRef,
                @RequestParam(required = false) String what,
                @RequestParam(required = false) String from,
                @RequestParam(required = false) String to,
                HttpServletResponse response) throws IOException {
        AccessLog.Search search = AccessLog.Search.parse(username, caseRef, what, from, to);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"access-log.csv\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        writeCsv(log, search, clock, writer);
        writer.flush();
    }

    /** The CSV of the entries a search finds, each time with the service's offset. */
    static void writeCsv(AccessLog log, AccessLog.Search search, Clock clock, Writer writer) throws IOException {
        writer.write("at,username,caseRef,what,address\r\n");
        DateTimeFormatter local = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(clock.getZone());
        try {
            log.each(search, clock.getZone(), e -> {
                try {
                    writer.write(Stream.of(local.format(e.at()), e.username(), e.caseRef(), e.what(), e.address())
                            .map(Csv::cell).collect(Collectors.joining(",")) + "\r\n");
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
