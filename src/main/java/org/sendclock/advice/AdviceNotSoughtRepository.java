package org.sendclock.advice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdviceNotSoughtRepository extends JpaRepository<AdviceNotSought, Long> {

    List<AdviceNotSought> findByCaseIdOrderByIdAsc(Long caseId);

    boolean existsByCaseIdAndAdviceType(Long caseId, AdviceType adviceType);
}
