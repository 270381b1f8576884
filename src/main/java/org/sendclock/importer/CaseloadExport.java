package org.sendclock.importer;

import jakarta.persistence.EntityManager;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.ExceptionRecord;
import org.sendclock.casefile.ExceptionRecordRepository;
import org.sendclock.csv.CsvWriter;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every case and advice request, and every plan and its reviews, in the imports' own formats, in case reference
 * order, a thousand cases at a time: importing the files into an empty system (requests, plans, reviews, then advice,
 * whose review rows name reviews.csv's meetings) gives the same cases, advice, plans, review cycles and measures. A case brought in with its plan only (plans.csv)
 * has no request and so no row in requests.csv, only in plans.csv.
 */
@Service
@Transactional(readOnly = true)
public class CaseloadExport {

    private static final int BATCH = 1000;
    /** The cases of requests.csv: those whose request is on record. */
    private static final String WITH_REQUEST = "c.requestDate is not null";
    /** The cases of plans.csv and reviews.csv. */
    private static final String WITH_PLAN = "exists (select 1 from Plan p where p.caseId = c.id)";

    private final EntityManager entityManager;
    private final AdviceRequestRepository adviceRequests;
    private final ExceptionRecordRepository exceptions;
    private final PlanRepository plans;
    private final AnnualReviewRepository reviews;

    public CaseloadExport(EntityManager entityManager, AdviceRequestRepository adviceRequests,
                          ExceptionRecordRepository exceptions, PlanRepository plans,
                          AnnualReviewRepository reviews) {
        this.entityManager = entityManager;
        this.adviceRequests = adviceRequests;
        this.exceptions = exceptions;
        this.plans = plans;
        this.reviews = reviews;
    }

    public void writeRequests(Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(RequestRow.COLUMNS);
        forEachBatch(batch -> {
            Map<Long, ExceptionRecord> first = exceptions.findByCaseIdIn(ids(batch)).stream()
                    .collect(Collectors.toMap(ExceptionRecord::getCaseId, e -> e,
                            (a, b) -> a.getId() < b.getId() ? a : b));
            for (AssessmentCase c : batch) {
                ExceptionRecord exception = first.get(c.getId());
                csv.row(RequestRow.of(c, exception == null ? null : exception.getReason()).cells());
            }
        });
    }

    public void writeAdvice(Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(AdviceRow.COLUMNS);
        forEachBatch(batch -> {
            Map<Long, List<AdviceRequest>> advice = adviceRequests.findByCaseIdIn(ids(batch)).stream()
                    .collect(Collectors.groupingBy(AdviceRequest::getCaseId));
            for (AssessmentCase c : batch) {
                advice.getOrDefault(c.getId(), List.of()).stream()
                        .sorted(Comparator.comparing(AdviceRequest::getAdviceType)
                                .thenComparing(AdviceRequest::getRequestedDate).thenComparing(AdviceRequest::getId))
                        .forEach(a -> csv.row(AdviceRow.of(c.getCaseRef(), a).cells()));
            }
        });
        writeReviewAdvice(csv);
    }

    /**
     * After the assessment's advice, the advice asked for reviews (ADR 29), case by case, review by review, each named
     * by its review's meeting date as reviews.csv has it; so advice.csv is imported after reviews.csv.
     */
    private void writeReviewAdvice(CsvWriter csv) {
        forEachBatch(WITH_PLAN, batch -> {
            Map<Long, String> refOfCase = batch.stream()
                    .collect(Collectors.toMap(AssessmentCase::getId, AssessmentCase::getCaseRef));
            List<Long> planIds = plans.findByCaseIdIn(ids(batch)).stream().map(Plan::getId).toList();
            Map<Long, AnnualReview> cycles = planIds.isEmpty() ? Map.of()
                    : reviews.findByPlanIdInOrderByCycleAsc(planIds).stream()
                    .collect(Collectors.toMap(AnnualReview::getId, r -> r));
            if (cycles.isEmpty()) {
                return;
            }
            adviceRequests.findByReviewIdInOrderByRequestedDateAscIdAsc(cycles.keySet()).stream()
                    .sorted(Comparator.comparing((AdviceRequest a) -> refOfCase.get(a.getCaseId()))
                            .thenComparing(a -> cycles.get(a.getReviewId()).getCycle())
                            .thenComparing(AdviceRequest::getAdviceType).thenComparing(AdviceRequest::getRequestedDate)
                            .thenComparing(AdviceRequest::getId))
                    .forEach(a -> csv.row(AdviceRow.of(refOfCase.get(a.getCaseId()), a,
                            cycles.get(a.getReviewId()).getMeetingDate()).cells()));
        });
    }

    /** Every plan, the child and the caseworker with it, as plans.csv has them. */
    public void writePlans(Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(PlanRow.COLUMNS);
        forEachBatch(WITH_PLAN, batch -> {
            Map<Long, Plan> planOf = plans.findByCaseIdIn(ids(batch)).stream()
                    .collect(Collectors.toMap(Plan::getCaseId, p -> p));
            for (AssessmentCase c : batch) {
                csv.row(PlanRow.of(c, planOf.get(c.getId())).cells());
            }
        });
    }

    /**
     * Every review with a meeting on record, cycle by cycle, as reviews.csv has them. The open cycle whose meeting is
     * not arranged yet has no row: the import opens it again after the decision before it.
     */
    public void writeReviews(Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(ReviewRow.COLUMNS);
        forEachBatch(WITH_PLAN, batch -> {
            Map<Long, String> refOfCase = batch.stream()
                    .collect(Collectors.toMap(AssessmentCase::getId, AssessmentCase::getCaseRef));
            Map<Long, String> refOfPlan = plans.findByCaseIdIn(ids(batch)).stream()
                    .collect(Collectors.toMap(Plan::getId, p -> refOfCase.get(p.getCaseId())));
            Map<String, List<AnnualReview>> cycles = refOfPlan.isEmpty() ? Map.of()
                    : reviews.findByPlanIdInOrderByCycleAsc(refOfPlan.keySet()).stream()
                    .filter(r -> r.getMeetingDate() != null)
                    .collect(Collectors.groupingBy(r -> refOfPlan.get(r.getPlanId())));
            for (AssessmentCase c : batch) {
                cycles.getOrDefault(c.getCaseRef(), List.of())
                        .forEach(r -> csv.row(ReviewRow.cells(c.getCaseRef(), r)));
            }
        });
    }

    private void forEachBatch(java.util.function.Consumer<List<AssessmentCase>> action) {
        forEachBatch(WITH_REQUEST, action);
    }

    private void forEachBatch(String which, java.util.function.Consumer<List<AssessmentCase>> action) {
        String after = "";
        while (true) {
            List<AssessmentCase> batch = entityManager.createQuery(
                            "select c from AssessmentCase c where c.caseRef > :after and " + which
                                    + " order by c.caseRef",
                            AssessmentCase.class)
                    .setParameter("after", after).setMaxResults(BATCH).getResultList();
            if (batch.isEmpty()) {
                return;
            }
            action.accept(batch);
            after = batch.get(batch.size() - 1).getCaseRef();
            entityManager.clear();
        }
    }

    private static List<Long> ids(List<AssessmentCase> batch) {
        return batch.stream().map(AssessmentCase::getId).toList();
    }
}
