package org.sendclock.oversight;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationRepository extends JpaRepository<Escalation, Long> {

    /** The newest escalation of the case still waiting for its task: the one just raised. */
    Optional<Escalation> findFirstByCaseIdAndTaskIdIsNullOrderByIdDesc(Long caseId);

    List<Escalation> findByCaseIdOrderByIdAsc(Long caseId);

    List<Escalation> findByAcknowledgedAtIsNullOrderByRaisedAtAscIdAsc();

    List<Escalation> findByAcknowledgedAtIsNullOrderByRaisedAtAscIdAsc(Pageable page);

    long countByAcknowledgedAtIsNull();

    List<Escalation> findByBreachIdAndAcknowledgedAtIsNull(Long breachId);

    List<Escalation> findByAdviceRequestIdAndAcknowledgedAtIsNull(Long adviceRequestId);

    boolean existsByAdviceRequestIdAndKind(Long adviceRequestId, Escalation.Kind kind);
}
