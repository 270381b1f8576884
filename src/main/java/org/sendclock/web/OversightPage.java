package org.sendclock.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sendclock.advice.AdviceType;
import org.sendclock.access.CaseAccess;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseScope;
import org.sendclock.clock.ClockSettings;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.Paging;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.deadline.Deadline;
import org.sendclock.oversight.Escalation;
import org.sendclock.oversight.EscalationService;
import org.sendclock.oversight.OversightRegister;
import org.sendclock.oversight.Reassignment;
import org.sendclock.oversight.RegisterFilter;
import org.sendclock.oversight.RegisterPage;
import org.sendclock.oversight.RegisterSort;
import org.sendclock.oversight.StoppedProcesses;
import org.sendclock.security.Teams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The managers' page: the breach and risk register a page at a time (fifty rows unless asked), sortable by due date,
 * days late, caseworker or case, with its filters and RAG tags; a form at the top to reassign the ticked cases; the
 * open escalations to acknowledge, one or many with one note; the breakdowns this week against last, and open
 * assessments by weeks since request as a bar chart. Role MANAGER.
 */
@Controller
@RequestMapping("/oversight")
class OversightPage {

    /** The oldest open escalations the page lists; acknowledging them brings the next ones up. */
    static final int ESCALATIONS_SHOWN = 50;

    private final OversightRegister register;
    private final Reassignment reassignment;
    private final EscalationService escalations;
    private final CaseRepository cases;
    private final Teams teams;
    private final ClockSettings settings;
    private final StoppedProcesses stoppedProcesses;
    private final CaseAccess access;

    OversightPage(OversightRegister register, Reassignment reassignment, EscalationService escalations,
                  CaseRepository cases, Teams teams, ClockSettings settings, StoppedProcesses stoppedProcesses,
                  CaseAccess access) {
        this.stoppedProcesses = stoppedProcesses;
        this.access = access;
        this.settings = settings;
        this.register = register;
        this.reassignment = reassignment;
        this.escalations = escalations;
        this.cases = cases;
        this.teams = teams;
    }

    /** An open escalation as the page lists it. */
    record OpenEscalation(long id, String caseRef, String description, LocalDate raisedOn) {
    }

    @GetMapping
    String page(@RequestParam(required = false) String team, @RequestParam(required = false) String caseworker,
                @RequestParam(required = false) String clock, @RequestParam(required = false) String adviceType,
                @RequestParam(required = false) String provider, @RequestParam(required = false) String page,
                @RequestParam(required = false) String size, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String direction, Model model) {
        Map<String, String> filterErrors = new LinkedHashMap<>();
        RegisterFilter filter = RegisterFilter.ALL;
        Paging paging = Paging.FIRST;
        RegisterSort order = RegisterSort.WORST_FIRST;
        try {
            filter = RegisterFilter.parse(team, caseworker, clock, adviceType, provider);
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
        // A manager sees the rows of their own teams' cases (ADR 16).
        CaseScope scope = access.scope();
        OversightRegister.Overview overview = register.overview(filter.within(scope), order, paging);
        RegisterPage found = overview.page();
        model.addAttribute("filter", filter);
        model.addAttribute("found", found);
        model.addAttribute("rows", found.rows());
        model.addAttribute("summary", overview.summary());
        model.addAttribute("clocks", Arrays.asList(Deadline.values()));
        model.addAttribute("adviceTypes", Arrays.asList(AdviceType.values()));
        model.addAttribute("openEscalations", escalations.countOpen(scope));
        model.addAttribute("stoppedProcesses", stoppedProcesses.open(scope));
        model.addAttribute("zone", settings.zone());
        model.addAttribute("escalations", openEscalations(scope));
        model.addAttribute("caseworkers", teams.caseworkers());
        model.addAttribute("teams", teams.all());
        // The lists offer the installation's staff and teams, and keep a name typed into the address that is not one.
        model.addAttribute("teamChoices", withChosen(teams.all(), filter.team()));
        model.addAttribute("caseworkerChoices", withChosen(teams.caseworkers(), filter.caseworker()));
        Links links = new Links(filter, order, paging);
        model.addAttribute("sortLinks", Arrays.stream(RegisterSort.Column.values()).collect(Collectors.toMap(
                RegisterSort.Column::parameter, links::sortedBy)));
        model.addAttribute("previousPage", links.page(found.page() - 1));
        model.addAttribute("nextPage", links.page(found.page() + 1));
        model.addAttribute("here", links.page(found.page()));
        return "oversight";
    }

    @PostMapping("/reassignments")
    String reassign(@RequestParam(name = "caseRef", required = false) List<String> caseRefs,
                    @RequestParam(required = false) String caseworker, @RequestParam(required = false) String team,
                    @RequestParam(required = false) String reason,
                    @RequestParam(name = "back", required = false) String back, RedirectAttributes redirect) {
        try {
            List<String> moved = reassignment.reassign(new Reassignment.Command(caseRefs, caseworker, team, reason),
                    access.scope());
            redirect.addFlashAttribute("reassigned", moved.isEmpty()
                    ? "No case changed hands: they were already with " + caseworker.trim() + "."
                    : "Reassigned to " + caseworker.trim() + ": " + String.join(", ", moved) + ".");
        } catch (InvalidRequest e) {
            redirect.addFlashAttribute("reassignErrors", e.errors().entrySet().stream()
                    .map(f -> f.getKey() + " " + f.getValue()).toList());
        } catch (CaseNotFound | StepNotPossible e) {
            redirect.addFlashAttribute("reassignErrors", List.of(e.getMessage()));
        }
        return "redirect:" + backTo(back);
    }

    @PostMapping("/escalations/acknowledgements")
    String acknowledge(@RequestParam(name = "escalationId", required = false) List<Long> ids,
                       @RequestParam(required = false) String note,
                       @RequestParam(name = "back", required = false) String back, RedirectAttributes redirect) {
        try {
            List<Escalation> done = escalations.acknowledgeAll(ids, note, access.scope());
            redirect.addFlashAttribute("acknowledged", done.size() == 1 ? "1 escalation acknowledged."
                    : done.size() + " escalations acknowledged.");
        } catch (InvalidRequest e) {
            redirect.addFlashAttribute("acknowledgeErrors", e.errors().entrySet().stream()
                    .map(f -> (f.getKey().equals("escalationIds") ? "Escalations" : "Note") + " " + f.getValue())
                    .toList());
        } catch (CaseNotFound | StepNotPossible e) {
            redirect.addFlashAttribute("acknowledgeErrors", List.of(Character.toUpperCase(e.getMessage().charAt(0))
                    + e.getMessage().substring(1)));
        }
        return "redirect:" + backTo(back) + "#escalations";
    }

    private List<OpenEscalation> openEscalations(CaseScope scope) {
        List<Escalation> oldest = escalations.oldestOpen(scope, ESCALATIONS_SHOWN);
        Map<Long, String> refs = cases.findAllById(oldest.stream().map(Escalation::getCaseId).distinct().toList())
                .stream().collect(Collectors.toMap(AssessmentCase::getId, AssessmentCase::getCaseRef));
        return oldest.stream().map(e -> new OpenEscalation(e.getId(), refs.get(e.getCaseId()), e.getDescription(),
                settings.dateOf(e.getRaisedAt()))).toList();
    }

    /** Back to the register as it was (its filters, sort and page), never to another site. */
    private static String backTo(String back) {
        return back != null && back.startsWith("/oversight") && !back.startsWith("//") ? back : "/oversight";
    }

    private static List<String> withChosen(List<String> names, String chosen) {
        if (chosen == null || names.stream().anyMatch(chosen::equalsIgnoreCase)) {
            return names;
        }
        Set<String> all = new TreeSet<>(names);
        all.add(chosen);
        return new ArrayList<>(all);
    }

    /** The register's addresses: its filters kept, with another sort or page. */
    private record Links(RegisterFilter filter, RegisterSort sort, Paging paging) {

        /** Sorted by the column; the column already sorted on turns the other way; back to page 1. */
        String sortedBy(RegisterSort.Column column) {
            boolean descending = sort.column() == column ? !sort.descending()
                    : column == RegisterSort.Column.DAYS_LATE;
            return base(new RegisterSort(column, descending)).queryParam("page", 1).build().encode().toUriString();
        }

        String page(int number) {
            return base(sort).queryParam("page", number).build().encode().toUriString();
        }

        private UriComponentsBuilder base(RegisterSort order) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/oversight");
            add(uri, "team", filter.team());
            add(uri, "caseworker", filter.caseworker());
            add(uri, "clock", filter.clock() == null ? null : filter.clock().name());
            add(uri, "adviceType", filter.adviceType() == null ? null : filter.adviceType().name());
            add(uri, "provider", filter.provider());
            if (paging.size() != Paging.DEFAULT_SIZE) {
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
