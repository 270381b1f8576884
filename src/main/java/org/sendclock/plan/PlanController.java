package org.sendclock.plan;

import jakarta.validation.Valid;
import org.sendclock.plan.PlanCommands.CeasePlan;
import org.sendclock.plan.PlanCommands.ChangeSetting;
import org.sendclock.plan.PlanCommands.RecordPlan;
import org.sendclock.access.CaseAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan's JSON API: the plan of a case, its commands, and the managers' paged list of plans. Documented in
 * docs/api.md.
 */
@RestController
public class PlanController {

    private final PlanService plans;
    private final PlanViews views;
    private final PlanList list;
    private final CaseAccess access;

    public PlanController(PlanService plans, PlanViews views, PlanList list, CaseAccess access) {
        this.plans = plans;
        this.views = views;
        this.list = list;
        this.access = access;
    }

    @GetMapping("/api/plans")
    public PlanList.PlanPage list(@RequestParam(required = false) String status,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        return list.page(status, page, size, access.scope());
    }

    @GetMapping("/api/cases/{caseRef}/plan")
    public PlanView get(@PathVariable String caseRef) {
        return views.of(caseRef);
    }

    /** Records the plan of a case, or corrects it. */
    @PostMapping("/api/cases/{caseRef}/plan")
    public PlanView record(@PathVariable String caseRef, @Valid @RequestBody RecordPlan command) {
        plans.record(caseRef, command);
        return views.of(caseRef);
    }

    @PostMapping("/api/cases/{caseRef}/plan/placements")
    public PlanView changeSetting(@PathVariable String caseRef, @Valid @RequestBody ChangeSetting command) {
        plans.changeSetting(caseRef, command);
        return views.of(caseRef);
    }

    /** A place's SEN2 rank, SEN unit and resourced provision, by its number in the plan's list of settings. */
    @PostMapping("/api/cases/{caseRef}/plan/placements/{number}/provision")
    public PlanView describePlacement(@PathVariable String caseRef, @PathVariable int number,
                                      @Valid @RequestBody PlanCommands.DescribePlacement command) {
        plans.describePlacement(caseRef, number, command);
        return views.of(caseRef);
    }

    /** For a plan transferred in: the family was told whether the council will reassess (reg 15). */
    @PostMapping("/api/cases/{caseRef}/plan/transfer-notice")
    public PlanView transferNotice(@PathVariable String caseRef,
                                   @Valid @RequestBody PlanCommands.TransferNotice command) {
        plans.recordTransferNotice(caseRef, command);
        return views.of(caseRef);
    }

    /** Reg 18(1)(b): a move to another post-16 institution planned; the plan names it five months before. */
    @PostMapping("/api/cases/{caseRef}/plan/post16-move")
    public PlanView planPost16Move(@PathVariable String caseRef,
                                   @Valid @RequestBody PlanCommands.PlanPost16Move command) {
        plans.planPost16Move(caseRef, command);
        return views.of(caseRef);
    }

    @PostMapping("/api/cases/{caseRef}/plan/cessation")
    public PlanView cease(@PathVariable String caseRef, @Valid @RequestBody CeasePlan command) {
        plans.cease(caseRef, command);
        return views.of(caseRef);
    }
}
