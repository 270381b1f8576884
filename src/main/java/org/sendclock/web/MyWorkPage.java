package org.sendclock.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.tasks.MyWork;
import org.sendclock.tasks.WorkItem;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My work", the caseworker's landing page: my tasks and the ones my team has not taken, soonest due first, with
 * counts of what is overdue, due this week and unassigned; filtered by step or by statutory clock; take a task, give
 * it back, or pass it to a caseworker of my team.
 */
@Controller
class MyWorkPage {

    private final MyWork myWork;

    MyWorkPage(MyWork myWork) {
        this.myWork = myWork;
    }

    @GetMapping("/my-work")
    String list(@RequestParam(required = false) String task, @RequestParam(required = false) WorkItem.Clock clock,
                Authentication signedIn, Model model) {
        List<WorkItem> all = myWork.of(signedIn.getName());
        List<WorkItem> shown = all.stream()
                .filter(i -> task == null || task.isBlank() || i.taskKey().equals(task))
                .filter(i -> clock == null || i.clock() == clock)
                .toList();
        model.addAttribute("items", shown);
        model.addAttribute("overdue", all.stream().filter(i -> i.daysLeft() < 0).count());
        model.addAttribute("dueThisWeek", all.stream().filter(i -> i.daysLeft() >= 0 && i.daysLeft() <= 7).count());
        model.addAttribute("unassigned", all.stream().filter(i -> i.assignee() == null).count());
        model.addAttribute("taskTypes", all.stream().map(i -> List.of(i.taskKey(), stepName(i.taskKey()))).distinct()
                .sorted((a, b) -> a.get(1).compareTo(b.get(1))).toList());
        model.addAttribute("clocks", WorkItem.Clock.values());
        model.addAttribute("task", task == null ? "" : task);
        model.addAttribute("clock", clock);
        model.addAttribute("me", signedIn.getName());
        model.addAttribute("passTo", shown.stream().collect(Collectors.toMap(WorkItem::taskId,
                i -> myWork.colleaguesFor(signedIn.getName(), i.team() == null ? Set.of() : Set.of(i.team())))));
        return "my-work";
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
            case "ChaseAdvice" -> "Chase advice";
            default -> taskKey.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase().replaceFirst("^.", taskKey.substring(0, 1));
        };
    }
}
