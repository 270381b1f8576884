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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every case and advice request in the import's own format, in case reference order, a thousand cases at a
 * time: importing the files into an empty system gives the same cases, advice and measures. A case brought in with its
 * plan only (plans.csv) has no request and so no row here; plans are not exported yet.
 */
@Service
@Transactional(readOnly = true)
public class CaseloadExport {

    private static final int BATCH = 1000;

    private final EntityManager entityManager;
    private final AdviceRequestRepository adviceRequests;
    private final ExceptionRecordRepository exceptions;

    public CaseloadExport(EntityManager entityManager, AdviceRequestRepository adviceRequests,
                          ExceptionRecordRepository exceptions) {
        this.entityManager = entityManager;
        this.adviceRequests = adviceRequests;
        this.exceptions = exceptions;
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
    }

    private void forEachBatch(java.util.function.Consumer<List<AssessmentCase>> action) {
        String after = "";
        while (true) {
            List<AssessmentCase> batch = entityManager.createQuery(
                            "select c from AssessmentCase c where c.caseRef > :after and c.requestDate is not null"
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
