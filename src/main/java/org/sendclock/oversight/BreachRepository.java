package org.sendclock.oversight;

import java.util.List;
import org.sendclock.deadline.Deadline;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BreachRepository extends JpaRepository<Breach, Long> {

    List<Breach> findByCaseIdOrderByDetectedAtAscIdAsc(Long caseId);

    List<Breach> findByCaseIdAndDeadlineAndVoidedAtIsNull(Long caseId, Deadline deadline);

    List<Breach> findByReviewIdAndDeadlineAndVoidedAtIsNull(Long reviewId, Deadline deadline);

    List<Breach> findByReassessmentIdAndDeadlineAndVoidedAtIsNull(Long reassessmentId, Deadline deadline);

    boolean existsByAdviceRequestIdAndVoidedAtIsNull(Long adviceRequestId);

    List<Breach> findByAdviceRequestIdAndVoidedAtIsNull(Long adviceRequestId);
}
