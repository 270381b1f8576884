package org.sendclock.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualReviewRepository extends JpaRepository<AnnualReview, Long> {

    List<AnnualReview> findByPlanIdOrderByCycleAsc(Long planId);

    List<AnnualReview> findByPlanIdInOrderByCycleAsc(Collection<Long> planIds);
}
