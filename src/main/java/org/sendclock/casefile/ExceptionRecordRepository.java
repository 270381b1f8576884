package org.sendclock.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExceptionRecordRepository extends JpaRepository<ExceptionRecord, Long> {

    List<ExceptionRecord> findByCaseIdOrderByStartsOnAscIdAsc(Long caseId);

    List<ExceptionRecord> findByCaseIdIn(Collection<Long> caseIds);

    boolean existsByCaseId(Long caseId);

    /** A reg 10(4) exception of the case that counts: agreed by a manager, or imported ({@link ExceptionRecord#counts()}). */
    @Query("select count(e) > 0 from ExceptionRecord e where e.caseId = :caseId and (e.imported = true or e.agreedAt is not null)")
    boolean existsCountingByCaseId(@Param("caseId") Long caseId);

    Optional<ExceptionRecord> findByIdAndCaseId(Long id, Long caseId);
}
