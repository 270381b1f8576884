package org.sendclock.casefile;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExceptionRecordRepository extends JpaRepository<ExceptionRecord, Long> {

    List<ExceptionRecord> findByCaseIdOrderByStartsOnAscIdAsc(Long caseId);

    List<ExceptionRecord> findByCaseIdIn(Collection<Long> caseIds);

    boolean existsByCaseId(Long caseId);
}
