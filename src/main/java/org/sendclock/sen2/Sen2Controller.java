package org.sendclock.sen2;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.sendclock.casefile.InvalidRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SEN2 return of a calendar year: the XML file for COLLECT, each module as CSV, and its validation (JSON, or
 * CSV with {@code format=csv}). Each download is validated as it is made and says how many failures the file has
 * ({@code SEN2-Validation-Failures}) and how many points are not confirmed against the guide
 * ({@code SEN2-Not-Confirmed}); the file is given all the same, the analyst decides. Role PERFORMANCE only: the file
 * names the children. A year still running may be built to check it early; a year to come may not.
 */
@RestController
@RequestMapping("/api/sen2/{year}")
class Sen2Controller {

    static final String FAILURES_HEADER = "SEN2-Validation-Failures";
    static final String NOT_CONFIRMED_HEADER = "SEN2-Not-Confirmed";
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Sen2Return sen2;
    private final Clock clock;

    Sen2Controller(Sen2Return sen2, Clock clock) {
        this.sen2 = sen2;
        this.clock = clock;
    }

    @GetMapping("/return.xml")
    ResponseEntity<byte[]> file(@PathVariable String year) {
        Sen2File file = sen2.build(year(year, null));
        return download(file, "sen2-" + file.header().year() + ".xml",
                new MediaType("application", "xml", StandardCharsets.UTF_8), Sen2Return.xml(file));
    }

    @GetMapping("/modules/{module}.csv")
    ResponseEntity<byte[]> module(@PathVariable String year, @PathVariable String module) {
        Sen2Module chosen = Sen2Module.bySlug(module).orElse(null);
        int calendarYear = year(year, chosen == null ? Map.of("module", "must be one of person, requests,"
                + " assessment, named-plan, plan-detail, active-plans, placement-detail, sen-need, not \"" + module
                + "\"") : null);
        Sen2File file = sen2.build(calendarYear);
        return download(file, "sen2-" + file.header().year() + "-" + chosen.slug() + ".csv", TEXT_CSV,
                Sen2Return.csv(file, chosen).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/validation")
    ResponseEntity<Object> validation(@PathVariable String year, @RequestParam(required = false) String format) {
        boolean csv = format != null && format.trim().equalsIgnoreCase("csv");
        boolean json = format == null || format.isBlank() || format.trim().equalsIgnoreCase("json");
        Sen2Validation report = sen2.validation(year(year, csv || json ? null
                : Map.of("format", "must be json or csv, not \"" + format + "\"")));
        if (!csv) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("sen2-" + year + "-validation.csv", StandardCharsets.UTF_8).build().toString())
                .body(report.csv());
    }

    private ResponseEntity<byte[]> download(Sen2File file, String name, MediaType type, byte[] body) {
        Sen2Validation report = sen2.validation(file);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header(FAILURES_HEADER, String.valueOf(report.failures().size()))
                .header(NOT_CONFIRMED_HEADER, String.valueOf(report.notConfirmed().size()))
                .body(body);
    }

    /** The year asked for, with every other fault of the request reported at once. */
    private int year(String year, Map<String, String> otherErrors) {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        if (otherErrors != null) {
            otherErrors.forEach(errors::reject);
        }
        int thisYear = LocalDate.now(clock).getYear();
        boolean shaped = year != null && year.matches("[0-9]{4}");
        errors.rejectIf(!shaped, "year", "must be a year written YYYY, not \"" + year + "\"");
        errors.rejectIf(shaped && Integer.parseInt(year) > thisYear, "year", "must not be after " + thisYear);
        errors.throwIfAny();
        return Integer.parseInt(year);
    }
}
