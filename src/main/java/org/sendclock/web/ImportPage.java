package org.sendclock.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.importer.CaseloadImport;
import org.sendclock.importer.ImportFiles;
import org.sendclock.importer.ImportProgress;
import org.sendclock.importer.ImportResult;
import org.sendclock.importer.ImportProgressBoard;
import org.sendclock.importer.ImportRefused;
import org.sendclock.importer.UploadTooLarge;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.sendclock.importer.PlansImport;
import org.sendclock.importer.PlansWithReviewsImport;
import org.sendclock.importer.ReviewsImport;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrators' page for bringing a caseload in: requests.csv and advice.csv together, in one transaction, or
 * only checked. The page works as a plain form; with JavaScript it shows the upload and each step's progress.
 */
@Controller
@RequestMapping("/imports")
class ImportPage {

    private final CaseloadImport caseloadImport;
    private final PlansImport plansImport;
    private final PlansWithReviewsImport plansWithReviews;
    private final ReviewsImport reviewsImport;
    private final ImportProgressBoard progressBoard;
    private final MultipartProperties multipart;

    ImportPage(CaseloadImport caseloadImport, PlansImport plansImport, PlansWithReviewsImport plansWithReviews,
               ReviewsImport reviewsImport, ImportProgressBoard progressBoard, MultipartProperties multipart) {
        this.caseloadImport = caseloadImport;
        this.plansImport = plansImport;
        this.plansWithReviews = plansWithReviews;
        this.reviewsImport = reviewsImport;
        this.progressBoard = progressBoard;
        this.multipart = multipart;
    }

    /** The limits, for the page's script to refuse a file too large before uploading it (UploadLimit enforces them). */
    @ModelAttribute
    void limits(Model model) {
        model.addAttribute("maxFileBytes", multipart.getMaxFileSize().toBytes());
        model.addAttribute("maxFileSize", UploadTooLarge.shown(multipart.getMaxFileSize()));
        model.addAttribute("maxRequestBytes", multipart.getMaxRequestSize().toBytes());
        model.addAttribute("maxRequestSize", UploadTooLarge.shown(multipart.getMaxRequestSize()));
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("progressToken", UUID.randomUUID().toString());
        return "imports";
    }

    @PostMapping
    String run(@RequestParam(required = false) MultipartFile requests,
               @RequestParam(required = false) MultipartFile advice,
               @RequestParam(defaultValue = "false") boolean dryRun,
               @RequestParam(required = false) String progressToken, Model model) throws IOException {
        model.addAttribute("progressToken", UUID.randomUUID().toString());
        model.addAttribute("dryRun", dryRun);
        boolean noRequests = requests == null || requests.isEmpty();
        boolean noAdvice = advice == null || advice.isEmpty();
        if (noRequests && noAdvice) {
            model.addAttribute("formError", "Choose requests.csv, advice.csv or both");
            return "imports";
        }
        ImportProgress progress = progressBoard.begin(progressToken);
        Path requestsFile = noRequests ? null : saved(requests);
        Path adviceFile = noAdvice ? null : saved(advice);
        try {
            model.addAttribute("outcome", caseloadImport.run(new ImportFiles(requestsFile, adviceFile), dryRun, progress));
        } catch (StepNotPossible busy) {
            model.addAttribute("formError", sentence(busy.getMessage()));
        } catch (ImportRefused refused) {
            listErrors(refused, model);
        } finally {
            if (requestsFile != null) {
                Files.deleteIfExists(requestsFile);
            }
            if (adviceFile != null) {
                Files.deleteIfExists(adviceFile);
            }
        }
        return "imports";
    }

    /**
     * plans.csv, with the reviews.csv of its plans or without: both files in one transaction, all or nothing, each
     * plan's clocks written once and one review catch-up after (ADR 32).
     */
    @PostMapping("/plans")
    String plans(@RequestParam(required = false) MultipartFile plans,
                 @RequestParam(required = false) MultipartFile reviews,
                 @RequestParam(defaultValue = "false") boolean dryRun, Model model) throws IOException {
        if (reviews == null || reviews.isEmpty()) {
            return oneFile(plans, "plans", dryRun, model, plansImport::run);
        }
        model.addAttribute("progressToken", UUID.randomUUID().toString());
        model.addAttribute("dryRun", dryRun);
        if (plans == null || plans.isEmpty()) {
            model.addAttribute("plansFormError", "Choose plans.csv: reviews.csv is imported with the plans it names");
            return "imports";
        }
        Path plansFile = saved(plans);
        Path reviewsFile = saved(reviews);
        try {
            PlansWithReviewsImport.Result result = plansWithReviews.run(plansFile, reviewsFile, dryRun,
                    new ImportProgress());
            model.addAttribute("plansOutcome", result.plans());
            model.addAttribute("reviewsOutcome", result.reviews());
        } catch (StepNotPossible busy) {
            model.addAttribute("plansFormError", sentence(busy.getMessage()));
        } catch (ImportRefused refused) {
            listErrors(refused, model);
        } finally {
            Files.deleteIfExists(plansFile);
            Files.deleteIfExists(reviewsFile);
        }
        return "imports";
    }

    /** reviews.csv, on its own, after the plans it names: all or nothing, like the plans. */
    @PostMapping("/reviews")
    String reviews(@RequestParam(required = false) MultipartFile reviews,
                   @RequestParam(defaultValue = "false") boolean dryRun, Model model) throws IOException {
        return oneFile(reviews, "reviews", dryRun, model, reviewsImport::run);
    }

    /** How one file imports, run by {@link #oneFile}. */
    private interface FileImport {
        ImportResult run(Path file, boolean dryRun, ImportProgress progress);
    }

    /**
     * A file imported on its own (plans.csv, reviews.csv): its outcome as {@code <name>Outcome}, a missing file or a
     * busy import beside its form as {@code <name>FormError}, a refused file's errors listed as the caseload's are.
     */
    private String oneFile(MultipartFile upload, String name, boolean dryRun, Model model, FileImport fileImport)
            throws IOException {
        model.addAttribute("progressToken", UUID.randomUUID().toString());
        model.addAttribute("dryRun", dryRun);
        if (upload == null || upload.isEmpty()) {
            model.addAttribute(name + "FormError", "Choose " + name + ".csv");
            return "imports";
        }
        Path file = saved(upload);
        try {
            model.addAttribute(name + "Outcome", fileImport.run(file, dryRun, new ImportProgress()));
        } catch (StepNotPossible busy) {
            model.addAttribute(name + "FormError", sentence(busy.getMessage()));
        } catch (ImportRefused refused) {
            listErrors(refused, model);
        } finally {
            Files.deleteIfExists(file);
        }
        return "imports";
    }

    @GetMapping("/progress/{token}")
    @ResponseBody
    ResponseEntity<ImportProgress.Snapshot> progress(@PathVariable String token) {
        return ResponseEntity.of(progressBoard.of(token));
    }

    /** A refused file's errors, listed under the forms whichever file they came from. */
    private static void listErrors(ImportRefused refused, Model model) {
        model.addAttribute("errorCount", refused.errorCount());
        model.addAttribute("moreErrors", refused.moreErrors());
        model.addAttribute("errors", refused.errors());
    }

    private static String sentence(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static Path saved(MultipartFile upload) throws IOException {
        Path file = Files.createTempFile("sendclock-import-", ".csv");
        upload.transferTo(file);
        return file;
    }
}
