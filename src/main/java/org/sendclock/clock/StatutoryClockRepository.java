package org.sendclock.clock;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatutoryClockRepository extends JpaRepository<StatutoryClock, Long> {

    List<StatutoryClock> findByCaseIdOrderByIdAsc(Long caseId);

    List<StatutoryClock> findByCaseIdIn(Collection<Long> caseIds);


    Optional<StatutoryClock> findByAdviceRequestId(Long adviceRequestId);
}
