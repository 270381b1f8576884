package org.sendclock.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findByCaseId(Long caseId);

    List<Plan> findByCaseIdIn(Collection<Long> caseIds);
}
