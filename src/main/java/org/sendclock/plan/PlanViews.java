package org.sendclock.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.deadline.Deadline;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a case's plan for the API and the case page. */
@Component
@Transactional(readOnly = true)
public class PlanViews {

    private final PlanRepository plans;
    private final CaseRepository cases;
    private final ClockRegister clocks;
    private final Clock clock;

    public PlanViews(PlanRepository plans, CaseRepository cases, ClockRegister clocks, Clock clock) {
        this.plans = plans;
        this.cases = cases;
        this.clocks = clocks;
        this.clock = clock;
    }

    public PlanView of(String caseRef) {
        return of(cases.require(caseRef)).orElseThrow(() ->
                new org.sendclock.casefile.CaseNotFound("case " + caseRef + " has no plan"));
    }

    public Optional<PlanView> of(AssessmentCase c) {
        return plans.findByCaseId(c.getId()).map(this::of);
    }

    PlanView of(Plan p) {
        LocalDate today = LocalDate.now(clock);
        StatutoryClock review = PlanService.openReview(clocks.of(p.getCaseId()));
        List<PlanView.NeedView> needs = new ArrayList<>();
        for (SenNeed need : p.getNeeds()) {
            needs.add(new PlanView.NeedView(needs.size() + 1, need, need.words()));
        }
        return new PlanView(p.getStartDate(), p.getSource(), p.isCeased() ? PlanView.CEASED : PlanView.MAINTAINED,
                placements(p.getPlacements()),
                needs, p.isPersonalBudget(), p.isOrganisedArrangements(), p.isDirectPayments(), p.isResidential(), p.isWorkBasedLearning(), p.getTransferredInDate(),
                p.getLastReviewDate(), p.getTransferNoticeDate(), p.getTransferReassess(),
                p.getPost16MoveDate(),
                p.getCeasedDate(), p.getCeaseReason() == null ? null : p.getCeaseReason().code(),
                p.getCeaseReason() == null ? null : p.getCeaseReason().words(),
                review == null ? null : review.getDueDate(), review == null ? null : review.standingOn(today));
    }

    private static List<PlanView.PlacementView> placements(List<Placement> held) {
        List<PlanView.PlacementView> shown = new ArrayList<>();
        for (Placement s : held) {
            shown.add(new PlanView.PlacementView(shown.size() + 1, s.getSettingUrn(), s.getSenSetting(), s.describe(),
                    s.getEntryDate(), s.getLeavingDate(), s.getPlacementRank(), s.isSenUnit(),
                    s.isResourcedProvision()));
        }
        return shown;
    }
}
