package org.sendclock.advice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdviceRequestRepository extends JpaRepository<AdviceRequest, Long> {

    List<AdviceRequest> findByCaseIdOrderByRequestedDateAscIdAsc(Long caseId);

    Optional<AdviceRequest> findByIdAndCaseId(Long id, Long caseId);

    List<AdviceRequest> findByCaseIdIn(Collection<Long> caseIds);

    boolean existsByCaseIdAndStatus(Long caseId, AdviceStatus status);
}
