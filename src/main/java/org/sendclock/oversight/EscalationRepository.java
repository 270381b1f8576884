package org.sendclock.oversight;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface EscalationRepository extends JpaRepository<Escalation, Long>, JpaSpecificationExecutor<Escalation> {

    /** The newest escalation of the case still waiting for its task: the one just raised. */
    Optional<Escalation> findFirstByCaseIdAndTaskIdIsNullOrderByIdDesc(Long caseId);

    List<Escalation> findByCaseIdOrderByIdAsc(Long caseId);

    List<Escalation> findByBreachIdAndAcknowledgedAtIsNull(Long breachId);

    List<Escalation> findByAdviceRequestIdAndAcknowledgedAtIsNull(Long adviceRequestId);

    boolean existsByAdviceRequestIdAndKind(Long adviceRequestId, Escalation.Kind kind);
}
