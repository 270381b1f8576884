package org.sendclock.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseRepository extends JpaRepository<AssessmentCase, Long>, JpaSpecificationExecutor<AssessmentCase> {

    Optional<AssessmentCase> findByCaseRef(String caseRef);

    boolean existsByCaseRef(String caseRef);

    /** Whose a case is: its team and caseworker, read without loading the case (asked on every case request). */
    interface Holders {
        String getTeam();

        String getCaseworker();
    }

    Optional<Holders> findHoldersByCaseRef(String caseRef);

    List<AssessmentCase> findByCaseRefIn(Collection<String> caseRefs);

    long countByStatusNot(CaseStatus status);

    default AssessmentCase require(String caseRef) {
        return findByCaseRef(caseRef).orElseThrow(() -> new CaseNotFound("There is no case " + caseRef));
    }
}
