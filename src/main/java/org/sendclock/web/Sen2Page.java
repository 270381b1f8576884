package org.sendclock.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendclock.sen2.NotConfirmed;
import org.sendclock.sen2.Sen2File;
import org.sendclock.sen2.Sen2Module;
import org.sendclock.sen2.Sen2Return;
import org.sendclock.sen2.Sen2Validation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The performance team's SEN2 page for a calendar year (last year unless chosen): the files to download, every
 * validation failure by rule and case (fifty to a page) with a link to where the case page holds the item, what is
 * not confirmed against the guide, and the figures the DfE will publish beside the dashboard's. Case references and
 * figures only: the names are in the file, not on the page. Role PERFORMANCE, as the files are.
 */
@Controller
class Sen2Page {

    static final int PAGE_SIZE = 50;

    private final Sen2Return sen2;
    private final Clock clock;

    Sen2Page(Sen2Return sen2, Clock clock) {
        this.sen2 = sen2;
        this.clock = clock;
    }

    /** A download: what it is and where. */
    record Download(String label, String link) {
    }

    @GetMapping("/performance/sen2")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String page,
                Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        Map<String, String> errors = new LinkedHashMap<>();
        int shown = thisYear - 1;
        if (year != null && !year.isBlank()) {
            if (!year.trim().matches("[0-9]{4}")) {
                errors.put("year", "Enter the year as four digits, for example " + (thisYear - 1));
            } else if (Integer.parseInt(year.trim()) > thisYear) {
                errors.put("year", "The year must not be after " + thisYear);
            } else {
                shown = Integer.parseInt(year.trim());
            }
        }
        int pageNumber = page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1;
        Sen2File file = sen2.build(shown);
        Sen2Validation report = sen2.validation(file);
        List<Sen2Validation.Failure> failures = report.failures().stream()
                .sorted((a, b) -> a.rule().compareTo(b.rule()) != 0 ? a.rule().compareTo(b.rule())
                        : String.valueOf(a.caseRef()).compareTo(String.valueOf(b.caseRef())))
                .toList();
        int pages = Math.max(1, (failures.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        pageNumber = Math.min(pageNumber, pages);
        int from = (pageNumber - 1) * PAGE_SIZE;
        model.addAttribute("errors", errors);
        model.addAttribute("year", shown);
        model.addAttribute("collectionYear", shown + 1);
        model.addAttribute("header", file.header());
        model.addAttribute("report", report);
        model.addAttribute("failures", failures.subList(from, Math.min(failures.size(), from + PAGE_SIZE)));
        model.addAttribute("firstRow", failures.isEmpty() ? 0 : from + 1);
        model.addAttribute("lastRow", Math.min(failures.size(), from + PAGE_SIZE));
        model.addAttribute("previousPage", pageNumber > 1 ? link(shown, pageNumber - 1) : null);
        model.addAttribute("nextPage", pageNumber < pages ? link(shown, pageNumber + 1) : null);
        model.addAttribute("notConfirmed", NotConfirmed.POINTS);
        model.addAttribute("figures", sen2.figures(file));
        model.addAttribute("downloads", downloads(shown));
        model.addAttribute("validationCsv", "/api/sen2/" + shown + "/validation?format=csv");
        return "sen2";
    }

    private static List<Download> downloads(int year) {
        List<Download> downloads = new java.util.ArrayList<>();
        downloads.add(new Download("The return (XML for COLLECT)", "/api/sen2/" + year + "/return.xml"));
        Arrays.stream(Sen2Module.values()).forEach(m -> downloads.add(new Download(
                "Module " + m.number() + " (" + m.slug() + ") as CSV", "/api/sen2/" + year + "/modules/" + m.slug()
                + ".csv")));
        return downloads;
    }

    private static String link(int year, int page) {
        return Links.to("/performance/sen2").with("year", year).with("page", page).toString();
    }
}
