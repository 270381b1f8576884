package org.sendclock.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sendclock.access.CaseAccess;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.Paging;
import org.sendclock.oversight.RegisterSort;
import org.sendclock.oversight.ReviewFilter;
import org.sendclock.oversight.ReviewsPage;
import org.sendclock.oversight.ReviewsRegister;
import org.sendclock.security.Teams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The managers' reviews register: plans whose review is due in the next eight weeks or overdue, and review steps at
 * risk or overdue, fifty rows a page, with the two counts at the top (each opening its list), filters by setting, team
 * and caseworker, sortable columns, and the CSV of the list shown. Role MANAGER; a manager sees their own teams'
 * plans (ADR 16).
 */
@Controller
class ReviewsRegisterPage {

    static final String PATH = "/oversight/reviews";

    private final ReviewsRegister register;
    private final Teams teams;
    private final CaseAccess access;

    ReviewsRegisterPage(ReviewsRegister register, Teams teams, CaseAccess access) {
        this.register = register;
        this.teams = teams;
        this.access = access;
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String status, @RequestParam(required = false) String setting,
                @RequestParam(required = false) String team, @RequestParam(required = false) String caseworker,
                @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String direction,
                Model model) {
        Map<String, String> filterErrors = new LinkedHashMap<>();
        ReviewFilter filter = ReviewFilter.ALL;
        Paging paging = Paging.FIRST;
        RegisterSort order = RegisterSort.WORST_FIRST;
        try {
            filter = ReviewFilter.parse(status, setting, team, caseworker);
        } catch (InvalidRequest e) {
            filterErrors.putAll(e.errors());
        }
        try {
            paging = Paging.parse(page, size);
        } catch (InvalidRequest e) {
            filterErrors.putAll(e.errors());
        }
        try {
            order = RegisterSort.parse(sort, direction);
        } catch (InvalidRequest e) {
            filterErrors.putAll(e.errors());
        }
        if (!filterErrors.isEmpty()) {
            model.addAttribute("filterErrors", filterErrors);
        }
        ReviewsPage found = register.page(filter.within(access.scope()), order, paging);
        Links links = new Links(filter, order, paging);
        model.addAttribute("filter", filter);
        model.addAttribute("found", found);
        model.addAttribute("rows", found.rows());
        model.addAttribute("weeksAhead", ReviewsRegister.WEEKS_AHEAD);
        model.addAttribute("teamChoices", withChosen(teams.all(), filter.team()));
        model.addAttribute("caseworkerChoices", withChosen(teams.caseworkers(), filter.caseworker()));
        model.addAttribute("sortLinks", Arrays.stream(RegisterSort.Column.values()).collect(Collectors.toMap(
                RegisterSort.Column::parameter, links::sortedBy)));
        model.addAttribute("dueLink", links.showing(ReviewFilter.Status.DUE));
        model.addAttribute("overdueLink", links.showing(ReviewFilter.Status.OVERDUE));
        model.addAttribute("bothLink", links.showing(null));
        model.addAttribute("previousPage", links.page(found.page() - 1));
        model.addAttribute("nextPage", links.page(found.page() + 1));
        model.addAttribute("csv", links.csv());
        return "reviews-register";
    }

    private static List<String> withChosen(List<String> names, String chosen) {
        if (chosen == null || names.stream().anyMatch(chosen::equalsIgnoreCase)) {
            return names;
        }
        Set<String> all = new TreeSet<>(names);
        all.add(chosen);
        return new ArrayList<>(all);
    }

    /** The register's addresses: its filters kept, with another list, sort or page. */
    private record Links(ReviewFilter filter, RegisterSort sort, Paging paging) {

        /** Sorted by the column; the column already sorted on turns the other way; back to page 1. */
        String sortedBy(RegisterSort.Column column) {
            boolean descending = sort.column() == column ? !sort.descending()
                    : column == RegisterSort.Column.DAYS_LATE;
            return base(PATH, filter.status(), new RegisterSort(column, descending)).queryParam("page", 1)
                    .build().encode().toUriString();
        }

        String showing(ReviewFilter.Status status) {
            return base(PATH, status, sort).queryParam("page", 1).build().encode().toUriString();
        }

        String page(int number) {
            return base(PATH, filter.status(), sort).queryParam("page", number).build().encode().toUriString();
        }

        /** The CSV of the whole list shown, every page of it. */
        String csv() {
            return base("/api/oversight/reviews.csv", filter.status(), sort).build().encode().toUriString();
        }

        private UriComponentsBuilder base(String path, ReviewFilter.Status status, RegisterSort order) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
            add(uri, "status", status == null ? null : status.name());
            add(uri, "setting", filter.setting());
            add(uri, "team", filter.team());
            add(uri, "caseworker", filter.caseworker());
            if (paging.size() != Paging.DEFAULT_SIZE && path.equals(PATH)) {
                uri.queryParam("size", paging.size());
            }
            return uri.queryParam("sort", order.column().parameter()).queryParam("direction", order.direction());
        }

        private static void add(UriComponentsBuilder uri, String name, String value) {
            if (value != null) {
                uri.queryParam(name, value);
            }
        }
    }
}
