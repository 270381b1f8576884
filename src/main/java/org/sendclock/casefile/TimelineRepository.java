package org.sendclock.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineRepository extends JpaRepository<TimelineEvent, Long> {

    List<TimelineEvent> findByCaseIdOrderByOccurredAtDescIdDesc(Long caseId);
}
