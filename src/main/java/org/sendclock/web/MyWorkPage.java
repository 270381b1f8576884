package org.sendclock.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.Paging;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.reassessment.ReassessmentSteps;
import org.sendclock.tasks.MyWork;
import org.sendclock.tasks.WorkItem;
import org.sendclock.tasks.WorkPage;
import org.sendclock.tasks.WorkQuery;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "My work", the caseworker's landing page: my tasks and the ones my team has not taken (or only mine), fifty to a
 * page, soonest due first or by case, one row per task, with counts of what is overdue, due this week and unassigned;
 * filtered by step or by statutory clock; take a task, give it back, pass it to a caseworker of my team, or go to the
 * case to record the chase of overdue advice. A re-assessment's task opens the case at its "Re-assessments" section.
 */
@Controller
class MyWorkPage {

    private final MyWork myWork;

    MyWorkPage(MyWork myWork) {
        this.myWork = myWork;
    }

    @GetMapping("/my-work")
    String list(@RequestParam(required = false) String task, @RequestParam(required = false) WorkItem.Clock clock,
                @RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String direction, @RequestParam(required = false) String page,
                @RequestParam(required = false) String size, Authentication signedIn, Model model) {
        WorkQuery query;
        try {
            query = WorkQuery.parse(mine, task, clock, sort, direction, page, size);
        } catch (InvalidRequest e) {
            model.addAttribute("problem", e.errors().entrySet().stream().map(f -> f.getKey() + " " + f.getValue())
                    .collect(Collectors.joining("; ")));
            query = WorkQuery.parse(mine, task, clock, null, null, null, null);
        }
        WorkPage found = myWork.page(signedIn.getName(), query);
        model.addAttribute("found", found);
        model.addAttribute("items", found.items());
        model.addAttribute("overdue", found.overdue());
        model.addAttribute("dueThisWeek", found.dueThisWeek());
        model.addAttribute("unassigned", found.unassigned());
        model.addAttribute("taskTypes", MyWork.steps().stream().map(key -> List.of(key, stepName(key)))
                .sorted((a, b) -> a.get(1).compareTo(b.get(1))).toList());
        model.addAttribute("clocks", WorkItem.Clock.values());
        model.addAttribute("task", task == null ? "" : task);
        model.addAttribute("clock", clock);
        model.addAttribute("mine", mine);
        model.addAttribute("me", signedIn.getName());
        model.addAttribute("passTo", found.items().stream().collect(Collectors.toMap(WorkItem::taskId,
                i -> myWork.colleaguesFor(signedIn.getName(), i.team() == null ? Set.of() : Set.of(i.team())))));
        model.addAttribute("sortByDue", link(query, WorkQuery.Order.DUE, toggle(query, WorkQuery.Order.DUE), 1));
        model.addAttribute("sortByCase", link(query, WorkQuery.Order.CASE, toggle(query, WorkQuery.Order.CASE), 1));
        model.addAttribute("previousPage", link(query, query.order(), query.descending(), found.page() - 1));
        model.addAttribute("nextPage", link(query, query.order(), query.descending(), found.page() + 1));
        return "my-work";
    }

    /** The order already in use turns the other way; another starts ascending. */
    private static boolean toggle(WorkQuery query, WorkQuery.Order order) {
        return query.order() == order && !query.descending();
    }

    /** The list's address with its filters kept, in this order, at this page. */
    private static String link(WorkQuery query, WorkQuery.Order order, boolean descending, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/my-work");
        if (query.taskKey() != null) {
            uri.queryParam("task", query.taskKey());
        }
        if (query.clock() != null) {
            uri.queryParam("clock", query.clock().name());
        }
        if (query.onlyMine()) {
            uri.queryParam("mine", true);
        }
        if (query.paging().size() != Paging.DEFAULT_SIZE) {
            uri.queryParam("size", query.paging().size());
        }
        return uri.queryParam("sort", order.parameter()).queryParam("direction", descending ? "desc" : "asc")
                .queryParam("page", page).build().encode().toUriString();
    }

    @PostMapping("/my-work/{taskId}/claim")
    String claim(@PathVariable String taskId, Authentication signedIn, RedirectAttributes redirect) {
        return act(() -> myWork.claim(signedIn.getName(), taskId), "The task is yours", redirect);
    }

    @PostMapping("/my-work/{taskId}/pass-on")
    String passOn(@PathVariable String taskId, @RequestParam(defaultValue = "") String to, Authentication signedIn,
                  RedirectAttributes redirect) {
        return act(() -> myWork.passOn(signedIn.getName(), taskId, to), "The task is now " + to + "'s", redirect);
    }

    @PostMapping("/my-work/{taskId}/give-back")
    String giveBack(@PathVariable String taskId, Authentication signedIn, RedirectAttributes redirect) {
        return act(() -> myWork.giveBack(signedIn.getName(), taskId), "The task is back with the team", redirect);
    }

    private static String act(Runnable step, String done, RedirectAttributes redirect) {
        try {
            step.run();
            redirect.addFlashAttribute("done", done);
        } catch (StepNotPossible e) {
            redirect.addFlashAttribute("problem", Character.toUpperCase(e.getMessage().charAt(0))
                    + e.getMessage().substring(1));
        }
        return "redirect:/my-work";
    }

    /** The step's name without the provider that advice tasks carry ("Await health advice (ICB)" → "Await advice"). */
    private static String stepName(String taskKey) {
        return switch (taskKey) {
            case "AwaitAdvice" -> "Await advice";
            case ReassessmentSteps.AWAIT_ADVICE -> "Await re-assessment advice";
            case ReassessmentSteps.ISSUE_OUTCOME -> "Issue the re-assessment's outcome";
            default -> taskKey.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase().replaceFirst("^.", taskKey.substring(0, 1));
        };
    }
}
