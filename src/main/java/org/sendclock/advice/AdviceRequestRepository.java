package org.sendclock.advice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Advice requests. The case-wide finders answer the assessment's advice only: a review's advice (ADR 29) and a
 * re-assessment's (ADR 27) carry their review or reassessment id and are read by that, so that the assessment's steps,
 * clocks, pages, imports and exports never take them for their own.
 */
public interface AdviceRequestRepository extends JpaRepository<AdviceRequest, Long> {

    @Query("select a from AdviceRequest a where a.caseId = :caseId and a.reviewId is null and a.reassessmentId is null"
            + " order by a.requestedDate asc, a.id asc")
    List<AdviceRequest> findByCaseIdOrderByRequestedDateAscIdAsc(@Param("caseId") Long caseId);

    /** One advice request of the case, the assessment's or a re-assessment's (a review's is answered by its review). */
    @Query("select a from AdviceRequest a where a.id = :id and a.caseId = :caseId and a.reviewId is null")
    Optional<AdviceRequest> findByIdAndCaseId(@Param("id") Long id, @Param("caseId") Long caseId);

    @Query("select a from AdviceRequest a where a.caseId in :caseIds and a.reviewId is null"
            + " and a.reassessmentId is null")
    List<AdviceRequest> findByCaseIdIn(@Param("caseIds") Collection<Long> caseIds);

    @Query("select count(a) > 0 from AdviceRequest a where a.caseId = :caseId and a.status = :status"
            + " and a.reviewId is null and a.reassessmentId is null")
    boolean existsByCaseIdAndStatus(@Param("caseId") Long caseId, @Param("status") AdviceStatus status);

    List<AdviceRequest> findByReassessmentIdOrderByRequestedDateAscIdAsc(Long reassessmentId);

    /** The case's advice asked for its re-assessments (the case's breaches and escalations name them too). */
    List<AdviceRequest> findByCaseIdAndReassessmentIdIsNotNull(Long caseId);

    /** The advice asked for one review cycle, oldest first. */
    List<AdviceRequest> findByReviewIdOrderByRequestedDateAscIdAsc(Long reviewId);

    /** The advice asked for these review cycles (a case page, a plan's clocks). */
    List<AdviceRequest> findByReviewIdInOrderByRequestedDateAscIdAsc(Collection<Long> reviewIds);
}
