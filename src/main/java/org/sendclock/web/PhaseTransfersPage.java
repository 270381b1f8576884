package org.sendclock.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendclock.access.CaseAccess;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.Paging;
import org.sendclock.clock.TransferKind;
import org.sendclock.oversight.PhaseTransferList;
import org.sendclock.oversight.TransferFilter;
import org.sendclock.oversight.TransferPage;
import org.sendclock.security.Teams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' transfer list: for a transfer year (the next one unless chosen), every child whose plan must name the
 * next school or college by its 15 February or 31 March, who is due, done and late, fifty to a page, filtered by
 * kind, status and team, with the same list as CSV from the API. Role MANAGER; each sees their own teams' cases.
 */
@Controller
class PhaseTransfersPage {

    private final PhaseTransferList list;
    private final CaseAccess access;
    private final Teams teams;
    private final Clock clock;

    PhaseTransfersPage(PhaseTransferList list, CaseAccess access, Teams teams, Clock clock) {
        this.list = list;
        this.access = access;
        this.teams = teams;
        this.clock = clock;
    }

    /** A status tab: its label, how many, its address, and whether it is the one shown. */
    record Tab(String label, long count, String link, boolean current) {
    }

    @GetMapping("/oversight/phase-transfers")
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String status, @RequestParam(required = false) String team,
                @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                Model model) {
        LocalDate today = LocalDate.now(clock);
        List<TransferKind> kinds = list.kinds();
        Map<String, String> errors = new LinkedHashMap<>();
        TransferFilter filter = new TransferFilter(TransferKind.nextTransferYear(today), null, null, null, null);
        Paging paging = Paging.FIRST;
        try {
            filter = TransferFilter.parse(year, kind, status, team, today, kinds);
        } catch (InvalidRequest e) {
            errors.putAll(e.errors());
        }
        try {
            paging = Paging.parse(page, size);
        } catch (InvalidRequest e) {
            errors.putAll(e.errors());
        }
        if (!errors.isEmpty()) {
            model.addAttribute("filterErrors", errors);
        }
        TransferPage found = list.page(filter.within(access.scope()), paging, today);
        model.addAttribute("filter", filter);
        model.addAttribute("found", found);
        model.addAttribute("kinds", kinds);
        model.addAttribute("statuses", TransferFilter.Status.values());
        model.addAttribute("teamChoices", teams.all());
        int shown = filter.year();
        model.addAttribute("deadlines", kinds.stream().map(k -> k.label() + ": " + k.deadlineWords(shown))
                .toList());
        model.addAttribute("tabs", List.of(
                tab("All", found.due() + found.done() + found.overdue(), filter, null),
                tab("Due", found.due(), filter, TransferFilter.Status.DUE),
                tab("Done", found.done(), filter, TransferFilter.Status.DONE),
                tab("Late", found.late(), filter, TransferFilter.Status.LATE)));
        model.addAttribute("previousPage", link(filter, paging, found.page() - 1));
        model.addAttribute("nextPage", link(filter, paging, found.page() + 1));
        model.addAttribute("csv", Links.to("/api/oversight/phase-transfers").with("year", filter.year())
                .with("kind", filter.kind() == null ? null : filter.kind().name())
                .with("status", filter.status() == null ? null : filter.status().name())
                .with("team", filter.team()).with("format", "csv").toString());
        return "phase-transfers";
    }

    private static Tab tab(String label, long count, TransferFilter filter, TransferFilter.Status status) {
        return new Tab(label, count, link(filter.withStatus(status), Paging.FIRST, 1), filter.status() == status);
    }

    private static String link(TransferFilter filter, Paging paging, int page) {
        return Links.to("/oversight/phase-transfers").with("year", filter.year())
                .with("kind", filter.kind() == null ? null : filter.kind().name())
                .with("status", filter.status() == null ? null : filter.status().name())
                .with("team", filter.team())
                .with("size", paging.size() == Paging.DEFAULT_SIZE ? null : paging.size())
                .with("page", page).toString();
    }
}
