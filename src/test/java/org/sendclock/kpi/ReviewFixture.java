package org.sendclock.kpi;

import static java.time.LocalDate.of;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;
import org.sendclock.plan.PlanService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Eleven plans whose reviews fall in 2004, worked by hand below: the expected figures of {@link ReviewsKpiIT} come from
 * this table, not from the code under test. No other test uses these years. Every plan has ceased by 30 June 2005, so
 * none of them is overdue today in anyone else's list. Plans come in through plans.csv; each cycle's facts are written
 * to its {@code plan_review} row and the register rewritten with {@link PlanService#updateClock}, as the review
 * commands do.
 *
 * <pre>
 * case  start       cycle due    meeting     decision          proposed    amended     plan ceased  notes
 * A     2003-03-10  2004-03-10   2004-02-10  MAINTAIN 03-09    -           -           2005-06-30   decision on day 28: within 4 weeks; on time
 * B     2003-03-15  2004-03-15   2004-02-14  AMEND 03-15       (decision)  2004-05-10   2005-06-30   decided on its due date: on time; day 30: not within 4 weeks;
 *                                                                                                     amended on day 56 of the proposal: within 8 weeks; meeting + 86: not within 12
 * C     2003-03-20  2004-03-20   2004-03-01  AMEND 03-25       2004-04-01  2004-05-28   2005-06-30   decided late; within 4 weeks; amended on day 57: late, and not within 12 weeks
 * D     2003-01-20  2004-01-20   2003-12-15  AMEND 2004-01-05  (decision)  2004-02-20   2005-06-30   phase transfer (Year 6, 15 Feb 2004): the register's amended plan clock is due
 *                                                                                                     2004-02-15 and missed, but the plan is within 8 weeks (03-01) and 12 (03-08)
 * E     2003-04-10  2004-04-10   -           -                 -           -           2004-03-25   ceased before its due date: not due, never overdue
 * F     2003-04-05  2004-04-05   -           -                 -           -           2004-04-20   due in April and ceased after: due, not on time; overdue 04-06 to 04-20
 * G     2003-04-12  2004-04-12   2004-03-01  CEASE 03-30       -           -           2004-05-31   on time; day 29: not within 4 weeks
 * H     2003-02-01  2004-02-01   -           -                 -           -           2005-06-30   never reviewed: overdue from 2004-02-02
 * I     2003-01-05  2004-01-05   2004-01-20  MAINTAIN 02-10    -           -           2005-06-30   decided late (after its due date), within 4 weeks
 * K     2003-05-10  2004-05-10   -           -                 -           -           2005-06-30   never reviewed: overdue from 2004-05-11
 * L     2002-06-01  cycle 1 due 2003-06-01, decided MAINTAIN 2003-05-20 (meeting 2003-05-01); cycle 2 due 2004-05-20,
 *                   meeting 2004-05-01, MAINTAIN 2004-05-20 (on its due date)        2005-06-30   the second cycle counts from the first's decision
 * </pre>
 * A decision to maintain or amend opens the next cycle (due a year after the decision, in 2005); a decision to cease
 * opens none.
 */
final class ReviewFixture {

    static final String PREFIX = "RKPI-";

    private static final String HEADER = "case_ref,child_given_name,child_family_name,child_date_of_birth,upn,"
            + "plan_start_date,setting_urn,sen_setting,sen_need,transferred_in_date,ceased_date,cease_reason,team,"
            + "caseworker\n";

    private ReviewFixture() {
    }

    static synchronized void ensureLoaded(TestRestTemplate http, CaseRepository cases, PlanRepository plans,
                                          AnnualReviewRepository reviews, PlanService planService,
                                          TransactionTemplate transaction) {
        // Asked of the database each time: the round-trip test empties it.
        if (cases.existsByCaseRef(PREFIX + "A")) {
            return;
        }
        importPlans(http, HEADER
                + plan("A", "1992-01-15", "2003-03-10", "2005-06-30")
                + plan("B", "1992-01-15", "2003-03-15", "2005-06-30")
                + plan("C", "1992-01-15", "2003-03-20", "2005-06-30")
                + plan("D", "1993-01-10", "2003-01-20", "2005-06-30")
                + plan("E", "1992-01-15", "2003-04-10", "2004-03-25")
                + plan("F", "1992-01-15", "2003-04-05", "2004-04-20")
                + plan("G", "1992-01-15", "2003-04-12", "2004-05-31")
                + plan("H", "1992-01-15", "2003-02-01", "2005-06-30")
                + plan("I", "1992-01-15", "2003-01-05", "2005-06-30")
                + plan("K", "1992-01-15", "2003-05-10", "2005-06-30")
                + plan("L", "1992-01-15", "2002-06-01", "2005-06-30"));
        Cycles cycles = new Cycles(cases, plans, reviews, planService);
        transaction.executeWithoutResult(status -> {
            cycles.of("A").held(of(2004, 2, 10)).decided(ReviewDecision.MAINTAIN, of(2004, 3, 9), null).done();
            cycles.of("B").held(of(2004, 2, 14)).decided(ReviewDecision.AMEND, of(2004, 3, 15), null)
                    .amended(of(2004, 5, 10)).done();
            cycles.of("C").held(of(2004, 3, 1)).decided(ReviewDecision.AMEND, of(2004, 3, 25), of(2004, 4, 1))
                    .amended(of(2004, 5, 28)).done();
            cycles.of("D").phaseTransfer().held(of(2003, 12, 15))
                    .decided(ReviewDecision.AMEND, of(2004, 1, 5), null).amended(of(2004, 2, 20)).done();
            cycles.of("G").held(of(2004, 3, 1)).decided(ReviewDecision.CEASE, of(2004, 3, 30), null).done();
            cycles.of("I").held(of(2004, 1, 20)).decided(ReviewDecision.MAINTAIN, of(2004, 2, 10), null).done();
            cycles.of("L").held(of(2003, 5, 1)).decided(ReviewDecision.MAINTAIN, of(2003, 5, 20), null)
                    .held(of(2004, 5, 1)).decided(ReviewDecision.MAINTAIN, of(2004, 5, 20), null).done();
        });
    }

    private static String plan(String ref, String born, String start, String ceased) {
        return PREFIX + ref + ",Review,Child" + ref + "," + born + ",," + start + ",,OTH,,," + ceased + ",2,North,\n";
    }

    private static void importPlans(TestRestTemplate http, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        ResponseEntity<String> response = http.withBasicAuth("admin", "demo")
                .postForEntity("/api/imports/plans", new HttpEntity<>(csv, headers), String.class);
        if (response.getStatusCode() != HttpStatus.OK) {
            throw new IllegalStateException("the review fixture's plans did not import: " + response.getBody());
        }
    }

    /** Records a plan's cycles in order, as the review commands would: each maintain or amend opens the next. */
    private record Cycles(CaseRepository cases, PlanRepository plans, AnnualReviewRepository reviews,
                          PlanService planService) {

        Cycle of(String ref) {
            AssessmentCase assessment = cases.require(PREFIX + ref);
            Plan plan = plans.findByCaseId(assessment.getId()).orElseThrow();
            return new Cycle(this, assessment, plan, reviews.findByPlanIdOrderByCycleAsc(plan.getId()).get(0));
        }
    }

    private static final class Cycle {
        private final Cycles all;
        private final AssessmentCase assessment;
        private final Plan plan;
        private AnnualReview review;

        Cycle(Cycles all, AssessmentCase assessment, Plan plan, AnnualReview review) {
            this.all = all;
            this.assessment = assessment;
            this.plan = plan;
            this.review = review;
        }

        Cycle phaseTransfer() {
            review.markPhaseTransfer(true);
            return this;
        }

        Cycle held(LocalDate meeting) {
            review.arrangeMeeting(meeting, "the school");
            review.recordMeetingHeld(meeting);
            return this;
        }

        Cycle decided(ReviewDecision decision, LocalDate on, LocalDate amendmentsProposed) {
            review.recordDecision(decision, on, amendmentsProposed);
            all.reviews().save(review);
            if (decision != ReviewDecision.CEASE) {
                review = all.reviews().save(new AnnualReview(plan, review.getCycle() + 1, AnnualReview.Source.HERE,
                        Instant.now()));
            }
            return this;
        }

        Cycle amended(LocalDate on) {
            AnnualReview decided = all.reviews().findByPlanIdOrderByCycleAsc(plan.getId()).stream()
                    .filter(AnnualReview::isDecided).reduce((first, second) -> second).orElseThrow();
            decided.recordAmendedPlan(on);
            all.reviews().save(decided);
            return this;
        }

        void done() {
            all.reviews().flush();
            all.planService().updateClock(assessment, plan);
        }
    }
}
