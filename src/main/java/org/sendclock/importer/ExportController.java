package org.sendclock.importer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/exports/requests.csv}, {@code /advice.csv}, {@code /plans.csv} and {@code /reviews.csv}: the whole
 * caseload in the imports' formats, written to the response as it is read.
 */
@RestController
@RequestMapping("/api/exports")
class ExportController {

    private final CaseloadExport export;

    ExportController(CaseloadExport export) {
        this.export = export;
    }

    @GetMapping("/requests.csv")
    void requests(HttpServletResponse response) throws IOException {
        csv(response, "requests.csv", CaseloadExport::writeRequests);
    }

    @GetMapping("/advice.csv")
    void advice(HttpServletResponse response) throws IOException {
        csv(response, "advice.csv", CaseloadExport::writeAdvice);
    }

    @GetMapping("/plans.csv")
    void plans(HttpServletResponse response) throws IOException {
        csv(response, "plans.csv", CaseloadExport::writePlans);
    }

    @GetMapping("/reviews.csv")
    void reviews(HttpServletResponse response) throws IOException {
        csv(response, "reviews.csv", CaseloadExport::writeReviews);
    }

    private void csv(HttpServletResponse response, String name, BiConsumer<CaseloadExport, Writer> write)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        write.accept(export, writer);
        writer.flush();
    }
}
