package org.sendclock.importer;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/imports/requests}, {@code /api/imports/advice}, {@code /api/imports/plans} and
 * {@code /api/imports/reviews}: one CSV file as the body ({@code text/csv}); plans.csv also with its reviews.csv as
 * two parts of a form ({@code multipart/form-data}), imported as one step.
 * 200 with what was imported, updated and unchanged; 422 listing every error, nothing written. {@code dryRun=true}
 * checks and counts without writing; 413 for a body over {@code spring.servlet.multipart.max-file-size}. Import
 * requests.csv before the advice.csv that names its cases, or use the
 * import page, which takes both in one transaction; plans.csv before the reviews.csv of its plans.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final CaseloadImport caseloadImport;
    private final PlansImport plansImport;
    private final PlansWithReviewsImport plansWithReviews;
    private final ReviewsImport reviewsImport;
    private final ReturnImport returnImport;
    private final DataSize maxFileSize;

    ImportController(CaseloadImport caseloadImport, PlansImport plansImport, PlansWithReviewsImport plansWithReviews,
                     ReviewsImport reviewsImport, ReturnImport returnImport, MultipartProperties multipart) {
        this.caseloadImport = caseloadImport;
        this.plansImport = plansImport;
        this.plansWithReviews = plansWithReviews;
        this.reviewsImport = reviewsImport;
        this.returnImport = returnImport;
        this.maxFileSize = multipart.getMaxFileSize();
    }

    /**
     * Last year's SEN2 return as the XML file COLLECT takes (the body); {@code year}, the calendar year it covers, is
     * optional and must agree with the file's header (docs/api.md, ADR 31).
     */
    @PostMapping(path = "/sen2", consumes = {"application/xml", "text/xml"})
    ReturnImport.Result sen2Xml(HttpServletRequest request, @RequestParam(required = false) Integer year,
                                @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        Path file = saved(request.getInputStream(), maxFileSize);
        try {
            return returnImport.run(new ReturnImport.Source(file, "return.xml", null), year, dryRun,
                    new ImportProgress());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Last year's SEN2 return as the module CSVs, one part per module named as the module CSV addresses name them
     * ({@code person}, {@code requests}, {@code assessment}, ...), and {@code year}, the calendar year it covers.
     */
    @PostMapping(path = "/sen2", consumes = "multipart/form-data")
    ReturnImport.Result sen2Modules(org.springframework.web.multipart.MultipartHttpServletRequest request,
                                    @RequestParam(required = false) Integer year,
                                    @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        java.util.Map<org.sendclock.sen2.Sen2Module, Path> modules = new java.util.EnumMap<>(
                org.sendclock.sen2.Sen2Module.class);
        java.util.List<ImportError> unknown = new java.util.ArrayList<>();
        try {
            for (var part : request.getFileMap().entrySet()) {
                org.sendclock.sen2.Sen2Module module = ReturnModuleCsvs.bySlug().get(part.getKey());
                if (module == null) {
                    unknown.add(new ImportError(ImportErrors.excerpt(part.getKey()), 0, "", "is not a module of the"
                            + " return: name each file person, requests, assessment, named-plan, plan-detail,"
                            + " active-plans, placement-detail or sen-need"));
                } else if (!part.getValue().isEmpty()) {
                    modules.put(module, saved(part.getValue().getInputStream(), maxFileSize));
                }
            }
            if (!unknown.isEmpty()) {
                throw new ImportRefused(unknown);
            }
            return returnImport.run(new ReturnImport.Source(null, null, modules), year, dryRun,
                    new ImportProgress());
        } finally {
            for (Path file : modules.values()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** plans.csv: the maintained plans, each on an existing case or a new one (docs/api.md). */
    @PostMapping(path = "/plans", consumes = {"text/csv", "application/octet-stream"})
    ImportResult plans(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        Path file = saved(request.getInputStream(), maxFileSize);
        try {
            return plansImport.run(file, dryRun, new ImportProgress());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * plans.csv and, optionally, the reviews.csv of its plans, as the parts {@code plans} and {@code reviews}: both in
     * one transaction, every error of both files listed, each plan's clocks written once, one review catch-up after
     * (ADR 32). Any other part is refused, so a misnamed file is not silently left out.
     */
    @PostMapping(path = "/plans", consumes = "multipart/form-data")
    PlansWithReviewsImport.Result plansWithReviews(org.springframework.web.multipart.MultipartHttpServletRequest request,
                                                   @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        java.util.List<ImportError> wrong = new java.util.ArrayList<>();
        for (String part : request.getFileMap().keySet()) {
            if (!part.equals("plans") && !part.equals("reviews")) {
                wrong.add(new ImportError(ImportErrors.excerpt(part), 0, "", "is not a file of this import: name"
                        + " the files plans and reviews"));
            }
        }
        org.springframework.web.multipart.MultipartFile plansPart = request.getFile("plans");
        if (plansPart == null || plansPart.isEmpty()) {
            wrong.add(new ImportError(PlanRow.FILE, 0, "", "is required: send plans.csv as the part plans"));
        }
        if (!wrong.isEmpty()) {
            throw new ImportRefused(wrong);
        }
        org.springframework.web.multipart.MultipartFile reviewsPart = request.getFile("reviews");
        Path plansFile = saved(plansPart.getInputStream(), maxFileSize);
        Path reviewsFile = null;
        try {
            if (reviewsPart != null && !reviewsPart.isEmpty()) {
                reviewsFile = saved(reviewsPart.getInputStream(), maxFileSize);
            }
            return plansWithReviews.run(plansFile, reviewsFile, dryRun, new ImportProgress());
        } finally {
            Files.deleteIfExists(plansFile);
            if (reviewsFile != null) {
                Files.deleteIfExists(reviewsFile);
            }
        }
    }

    /** reviews.csv: the review history of plans already held (docs/api.md). */
    @PostMapping(path = "/reviews", consumes = {"text/csv", "application/octet-stream"})
    ImportResult reviews(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        Path file = saved(request.getInputStream(), maxFileSize);
        try {
            return reviewsImport.run(file, dryRun, new ImportProgress());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @PostMapping(path = "/requests", consumes = {"text/csv", "application/octet-stream"})
    ImportResult requests(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        Path file = saved(request.getInputStream(), maxFileSize);
        try {
            return caseloadImport.run(new ImportFiles(file, null), dryRun, new ImportProgress()).requests();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @PostMapping(path = "/advice", consumes = {"text/csv", "application/octet-stream"})
    ImportResult advice(HttpServletRequest request, @RequestParam(defaultValue = "false") boolean dryRun)
            throws IOException {
        Path file = saved(request.getInputStream(), maxFileSize);
        try {
            return caseloadImport.run(new ImportFiles(null, file), dryRun, new ImportProgress()).advice();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The body goes to a temporary file as it arrives: the import reads it twice and never holds it in memory. A body
     * that stated its length was checked against the limit before it was read (UploadLimit); one sent in chunks
     * without a length is refused as soon as it passes the limit.
     */
    static Path saved(InputStream body, DataSize limit) throws IOException {
        Path file = Files.createTempFile("sendclock-import-", ".csv");
        try (InputStream limited = new CountingInput(body, read -> {
            if (read > limit.toBytes()) {
                throw new UploadTooLarge(limit, "The file");
            }
        })) {
            Files.copy(limited, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }
}
