package org.sendclock.advice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Advice requests. The case-wide finders answer the assessment's requests only: a review's advice (ADR 29) has its
 * review id and is read by that, so the assessment's steps, clocks, import and export never see it.
 */
public interface AdviceRequestRepository extends JpaRepository<AdviceRequest, Long> {

    @Query("select a from AdviceRequest a where a.caseId = :caseId and a.reviewId is null"
            + " order by a.requestedDate asc, a.id asc")
    List<AdviceRequest> findByCaseIdOrderByRequestedDateAscIdAsc(Long caseId);

    @Query("select a from AdviceRequest a where a.id = :id and a.caseId = :caseId and a.reviewId is null")
    Optional<AdviceRequest> findByIdAndCaseId(Long id, Long caseId);

    @Query("select a from AdviceRequest a where a.caseId in :caseIds and a.reviewId is null")
    List<AdviceRequest> findByCaseIdIn(Collection<Long> caseIds);

    @Query("select count(a) > 0 from AdviceRequest a where a.caseId = :caseId and a.status = :status"
            + " and a.reviewId is null")
    boolean existsByCaseIdAndStatus(Long caseId, AdviceStatus status);

    /** The advice asked for one review cycle, oldest first. */
    List<AdviceRequest> findByReviewIdOrderByRequestedDateAscIdAsc(Long reviewId);

    /** The advice asked for these review cycles (a case page, a plan's clocks). */
    List<AdviceRequest> findByReviewIdInOrderByRequestedDateAscIdAsc(Collection<Long> reviewIds);
}
