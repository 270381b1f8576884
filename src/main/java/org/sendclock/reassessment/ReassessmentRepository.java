package org.sendclock.reassessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReassessmentRepository extends JpaRepository<Reassessment, Long> {

    List<Reassessment> findByCaseIdOrderByNumberAsc(Long caseId);
}
