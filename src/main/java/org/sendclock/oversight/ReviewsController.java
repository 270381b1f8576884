package org.sendclock.oversight;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.sendclock.access.CaseAccess;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.Paging;
import org.sendclock.csv.CsvWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reviews register as JSON, a page at a time, and as CSV (docs/api.md, "Oversight"). Role MANAGER, each seeing the
 * plans of their own teams' cases (ADR 16). The JSON carries the child's name, as the breach register does; the CSV
 * carries case references only: a file leaves the system and goes where the access rules do not follow it.
 */
@RestController
@RequestMapping("/api/oversight")
class ReviewsController {

    static final List<String> CSV_HEADER = List.of("case_ref", "national_curriculum_year", "setting", "cycle", "due",
            "due_date", "standing", "days_late", "days_left", "team", "caseworker");

    private final ReviewsRegister register;
    private final CaseAccess access;

    ReviewsController(ReviewsRegister register, CaseAccess access) {
        this.register = register;
        this.access = access;
    }

    /** One page of the list asked for; {@code dueSoon} and {@code overdue} count both lists whatever the page. */
    public record Reviews(LocalDate on, LocalDate dueBy, long dueSoon, long overdue, long total, int page, int size,
                          long pages, String sort, String direction, List<ReviewRow> reviews) {
    }

    @GetMapping("/reviews")
    Reviews reviews(@RequestParam(required = false) String status,
                    @RequestParam(required = false) String setting,
                    @RequestParam(required = false) String team,
                    @RequestParam(required = false) String caseworker,
                    @RequestParam(required = false) String page,
                    @RequestParam(required = false) String size,
                    @RequestParam(required = false) String sort,
                    @RequestParam(required = false) String direction) {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        ReviewFilter filter = checked(errors, () -> ReviewFilter.parse(status, setting, team, caseworker));
        Paging paging = checked(errors, () -> Paging.parse(page, size));
        RegisterSort order = checked(errors, () -> RegisterSort.parse(sort, direction));
        errors.throwIfAny();
        ReviewsPage found = register.page(filter.within(access.scope()), order, paging);
        return new Reviews(found.on(), found.dueBy(), found.dueSoon(), found.overdue(), found.total(), found.page(),
                found.size(), found.pages(), order.column().parameter(), order.direction(), found.rows());
    }

    /** Every row of the list asked for, in the order asked, as one CSV. */
    @GetMapping("/reviews.csv")
    void csv(@RequestParam(required = false) String status,
             @RequestParam(required = false) String setting,
             @RequestParam(required = false) String team,
             @RequestParam(required = false) String caseworker,
             @RequestParam(required = false) String sort,
             @RequestParam(required = false) String direction,
             HttpServletResponse response) throws IOException {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        ReviewFilter filter = checked(errors, () -> ReviewFilter.parse(status, setting, team, caseworker));
        RegisterSort order = checked(errors, () -> RegisterSort.parse(sort, direction));
        errors.throwIfAny();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("reviews-register-" + register.today() + ".csv").build().toString());
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        write(filter.within(access.scope()), order, writer);
        writer.flush();
    }

    void write(ReviewFilter filter, RegisterSort order, Writer writer) {
        CsvWriter csv = new CsvWriter(writer);
        csv.row(CSV_HEADER);
        register.each(filter, order, row -> csv.row(Arrays.asList(row.caseRef(), row.nationalCurriculumYear(),
                row.setting(), row.cycle(), row.clockName(), row.dueDate(), row.standing(), row.daysLate(),
                row.daysLeft(), row.team(), row.caseworker())));
    }

    private static <T> T checked(InvalidRequest.Collector errors, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidRequest e) {
            e.errors().forEach(errors::reject);
            return null;
        }
    }
}
