package org.sendclock.web;

import java.time.Clock;
import org.sendclock.access.AccessLog;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrators' access log: who read which child's record, how, when and from where, searched by person, case
 * reference, how and period, fifty entries a page, newest first, with a link to the same search as CSV. Role ADMIN.
 */
@Controller
class AccessLogPage {

    private final AccessLog log;
    private final Clock clock;

    AccessLogPage(AccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @GetMapping("/admin/access-log")
    String page(@RequestParam(required = false) String username, @RequestParam(required = false) String caseRef,
                @RequestParam(required = false) String what, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String page,
                Model model) {
        model.addAttribute("username", username);
        model.addAttribute("caseRef", caseRef);
        model.addAttribute("what", what);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("channels", AccessLog.How.values());
        model.addAttribute("zone", clock.getZone());
        try {
            AccessLog.Search search = AccessLog.Search.parse(username, caseRef, what, from, to);
            AccessLog.Found found = log.search(search, clock.getZone(), Paging.parse(page, null));
            model.addAttribute("found", found);
            model.addAttribute("previousPage", link(username, caseRef, what, from, to, found.page() - 1));
            model.addAttribute("nextPage", link(username, caseRef, what, from, to, found.page() + 1));
            model.addAttribute("csv", UriComponentsBuilder.fromPath("/api/access-log.csv")
                    .query(query(username, caseRef, what, from, to)).build().encode().toUriString());
        } catch (InvalidRequest e) {
            model.addAttribute("errors", e.errors());
        }
        return "access-log";
    }

    private static String link(String username, String caseRef, String what, String from, String to, int page) {
        return UriComponentsBuilder.fromPath("/admin/access-log").query(query(username, caseRef, what, from, to))
                .queryParam("page", page).build().encode().toUriString();
    }

    private static String query(String username, String caseRef, String what, String from, String to) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
        add(uri, "username", username);
        add(uri, "caseRef", caseRef);
        add(uri, "what", what);
        add(uri, "from", from);
        add(uri, "to", to);
        return uri.build().getQuery();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value.trim());
        }
    }
}
