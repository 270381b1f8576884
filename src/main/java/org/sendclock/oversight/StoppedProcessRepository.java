package org.sendclock.oversight;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoppedProcessRepository extends JpaRepository<StoppedProcess, Long> {

    List<StoppedProcess> findByCaseIdOrderByStoppedAtDescIdDesc(Long caseId);
}
