package org.sendclock.review;

import static org.sendclock.review.ReviewSteps.*;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.engine.EngineBatch;
import org.sendclock.engine.ReviewProcess;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts each review cycle marked {@code awaiting_process} (brought in by an import, or opened by the upgrade of plans
 * recorded before cycles were rows) onto live clocks, a few cycles to a transaction, as the assessment's
 * {@code ProcessCatchUp} does for cases (ADR 13, ADR 23): its old process, if any, stopped; a new one started at the
 * step its recorded facts reach; none for a cycle of a ceased plan or with nothing left to do. The clock register was
 * committed with the facts, so every clock's standing is right while this runs; only the timers and tasks wait.
 * <p>
 * Each cycle is claimed by clearing its mark with a conditional update in the transaction that starts its process, so
 * that a second node or a second run never starts a cycle twice, and a cycle whose transaction failed keeps its mark.
 * Runs after every plans import and once at start-up.
 */
@Component
public class ReviewCatchUp {

    private static final Logger log = LoggerFactory.getLogger(ReviewCatchUp.class);

    static final int BATCH = 25;

    private static final String AWAITING = "select id from plan_review where awaiting_process = true order by id";
    private static final String CLAIM = """
            update plan_review set awaiting_process = false where id = :id and awaiting_process = true
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final AnnualReviewRepository reviews;
    private final PlanRepository plans;
    private final CaseRepository cases;
    private final AdviceRequestRepository adviceRequests;
    private final ReviewProcess process;
    private final EngineBatch engine;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;

    ReviewCatchUp(NamedParameterJdbcTemplate jdbc, AnnualReviewRepository reviews, PlanRepository plans,
                  CaseRepository cases, AdviceRequestRepository adviceRequests, ReviewProcess process,
                  EngineBatch engine, EntityManager entityManager, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.plans = plans;
        this.cases = cases;
        this.adviceRequests = adviceRequests;
        this.process = process;
        this.engine = engine;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** How many review cycles are waiting for their process. */
    public int waiting() {
        return jdbc.queryForObject("select count(*) from plan_review where awaiting_process = true", Map.of(),
                Integer.class);
    }

    /** Starts (or restarts, or stops) the process of every cycle waiting; answers how many were put right. */
    public int run() {
        List<Long> waiting = jdbc.queryForList(AWAITING, Map.of(), Long.class);
        Set<Long> failed = new HashSet<>();
        int done = 0;
        for (int from = 0; from < waiting.size(); from += BATCH) {
            List<Long> batch = waiting.subList(from, Math.min(waiting.size(), from + BATCH));
            try {
                done += transaction.execute(status -> catchUp(batch));
            } catch (RuntimeException batchFailed) {
                // One cycle's failure must not hold back the others: each of the batch on its own.
                for (Long id : batch) {
                    try {
                        done += transaction.execute(status -> catchUp(List.of(id)));
                    } catch (RuntimeException e) {
                        failed.add(id);
                        log.error("Review cycle id {} could not be put onto live clocks; it stays marked and is tried "
                                + "again at the next start: {}", id, e.toString());
                    }
                }
            }
        }
        if (!failed.isEmpty()) {
            log.error("{} review cycles are still waiting for their process (ids {})", failed.size(), failed);
        }
        if (done > 0) {
            log.info("Review processes put in step with {} review cycles", done);
        }
        return done;
    }

    private int catchUp(List<Long> ids) {
        List<Long> claimed = new ArrayList<>(ids.size());
        for (Long id : ids) {
            if (jdbc.update(CLAIM, Map.of("id", id)) == 1) {
                claimed.add(id);
            }
        }
        if (claimed.isEmpty()) {
            return 0;
        }
        // As the assessment's catch-up does: the engine's timers and tasks ask the register and the case record for
        // their dates, and nothing here needs flushing before those queries (ADR 30).
        entityManager.setFlushMode(FlushModeType.COMMIT);
        try {
            List<AnnualReview> batch = reviews.findAllById(claimed);
            Map<Long, Plan> plansById = plans.findAllById(batch.stream().map(AnnualReview::getPlanId).toList())
                    .stream().collect(Collectors.toMap(Plan::getId, Function.identity()));
            Map<Long, AssessmentCase> casesById = cases.findAllById(batch.stream().map(AnnualReview::getCaseId)
                    .toList()).stream().collect(Collectors.toMap(AssessmentCase::getId, Function.identity()));
            Map<Long, String> caseRefs = new java.util.LinkedHashMap<>();
            batch.forEach(review -> caseRefs.put(review.getId(), casesById.get(review.getCaseId()).getCaseRef()));
            // The batch's old processes found with one query, and every stop and start of the batch written to the
            // engine's tables at once (engine.EngineBatch): a cycle's own queries and writes were most of its cost.
            engine.together(() -> {
                process.stop(caseRefs, "restated by an import");
                for (AnnualReview review : batch) {
                    List<String> steps = plansById.get(review.getPlanId()).isCeased() ? List.of() : stepsOf(review);
                    if (!steps.isEmpty()) {
                        process.startAt(caseRefs.get(review.getId()), review.getId(), steps,
                                review.getDecision() == null ? Map.of()
                                        : Map.of(VAR_DECISION, review.getDecision().name()));
                    }
                }
                return null;
            });
            startAdviceClocks(batch, caseRefs);
            entityManager.flush();
        } finally {
            entityManager.setFlushMode(FlushModeType.AUTO);
        }
        entityManager.clear();
        return claimed.size();
    }

    /**
     * The advice still awaited for a cycle runs on its six weeks in the new process, as it did in the old one (ADR 29),
     * wherever the new process takes advice requests
     * ({@link ReviewProcess#gathersAdvice}: until the decision). Each clock is a message to the process,
     * which the engine finds only once the process is written: so in a second command, as the assessment's catch-up
     * starts its advice clocks (ADR 33).
     */
    private void startAdviceClocks(List<AnnualReview> batch, Map<Long, String> caseRefs) {
        Map<Long, List<AdviceRequest>> awaited = adviceRequests.findByReviewIdInOrderByRequestedDateAscIdAsc(
                        batch.stream().map(AnnualReview::getId).toList()).stream()
                .filter(advice -> advice.getStatus().isOutstanding())
                .collect(Collectors.groupingBy(AdviceRequest::getReviewId));
        if (awaited.isEmpty()) {
            return;
        }
        engine.together(() -> {
            awaited.forEach((reviewId, outstanding) -> {
                String caseRef = caseRefs.get(reviewId);
                if (process.gathersAdvice(caseRef, reviewId)) {
                    outstanding.forEach(advice -> process.startAdviceClock(caseRef, reviewId, advice.getId()));
                }
            });
            return null;
        });
    }

    /**
     * The model's steps a cycle's recorded facts reach: none when nothing is left to do. A meeting prepared halfway
     * starts the missing preparation and a token already at the join, so the meeting waits for that one alone.
     */
    static List<String> stepsOf(AnnualReview review) {
        if (review.isDecided()) {
            if (review.getDecision() == ReviewDecision.AMEND && review.getAmendedPlanDate() == null) {
                return List.of(ISSUE_AMENDED_PLAN);
            }
            if (review.getDecision() == ReviewDecision.CEASE) {
                return List.of(review.getCeaseConsultedDate() == null ? CONSULT_ON_CEASING : CEASE_PLAN);
            }
            return List.of();
        }
        if (review.getMeetingDate() == null) {
            return List.of(ARRANGE_MEETING);
        }
        if (review.isMeetingHeld()) {
            return List.of(review.getReportDate() == null ? RECEIVE_REPORT : DECIDE_AND_NOTIFY);
        }
        boolean invited = review.getInvitationsSentDate() != null;
        boolean circulated = review.getAdviceCirculatedDate() != null;
        if (invited && circulated) {
            return List.of(HOLD_MEETING);
        }
        if (!invited && !circulated) {
            return List.of(SEND_INVITATIONS, CIRCULATE_ADVICE);
        }
        return List.of(invited ? CIRCULATE_ADVICE : SEND_INVITATIONS, MEETING_PREPARED);
    }
}
