package org.sendclock.clock;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StatutoryClockRepository extends JpaRepository<StatutoryClock, Long> {

    List<StatutoryClock> findByCaseIdOrderByIdAsc(Long caseId);

    List<StatutoryClock> findByCaseIdIn(Collection<Long> caseIds);

    Optional<StatutoryClock> findByAdviceRequestId(Long adviceRequestId);

    /**
     * Records the warning for the clock's due date as given, unless it was (ADR 41): 1 when it was still to give. The
     * pending changes are flushed first, so a clock written in this transaction is there to be referred to.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "insert into clock_warning (clock_id, due_date) select :id, :due where not exists"
            + " (select 1 from clock_warning w where w.clock_id = :id and w.due_date = :due)", nativeQuery = true)
    int recordWarning(@Param("id") long id, @Param("due") LocalDate due);
}
