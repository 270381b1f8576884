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
     * Marks the warning for the clock's due date given, if it was not (ADR 41): 1 when it was still to give. Only this
     * statement writes {@code warned_for}, which the entity does not map, so the mark neither takes the row's version
     * nor is overwritten by a fact recorded at the same moment.
     */
    @Modifying
    @Query(value = "update statutory_clock set warned_for = :due where id = :id and due_date = :due"
            + " and (warned_for is null or warned_for <> :due)", nativeQuery = true)
    int markWarned(@Param("id") long id, @Param("due") LocalDate due);
}
