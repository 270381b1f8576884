package org.sendclock.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseRepository extends JpaRepository<AssessmentCase, Long>, JpaSpecificationExecutor<AssessmentCase> {

    Optional<AssessmentCase> findByCaseRef(String caseRef);

    boolean existsByCaseRef(String caseRef);

    List<AssessmentCase> findByCaseRefIn(Collection<String> caseRefs);

    long countByStatusNot(CaseStatus status);

    default AssessmentCase require(String caseRef) {
        return findByCaseRef(caseRef).orElseThrow(() -> new CaseNotFound("There is no case " + caseRef));
    }

    @Query("""
            select c from AssessmentCase c
            where (:status is null or c.status = :status)
              and (:stage is null or c.stage = :stage)
              and (:caseworker is null or c.caseworker = :caseworker)
              and (:team is null or c.team = :team)
            order by c.requestDate, c.caseRef
            """)
    Page<AssessmentCase> search(@Param("status") CaseStatus status, @Param("stage") Stage stage,
                                @Param("caseworker") String caseworker, @Param("team") String team,
                                Pageable pageable);
}
