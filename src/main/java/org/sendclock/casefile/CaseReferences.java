package org.sendclock.casefile;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/** Hands out case references EHC-000001, EHC-000002, … skipping any a council brought with it. */
@Component
public class CaseReferences {

    private final EntityManager entityManager;
    private final CaseRepository cases;

    public CaseReferences(EntityManager entityManager, CaseRepository cases) {
        this.entityManager = entityManager;
        this.cases = cases;
    }

    public String next() {
        String ref;
        do {
            ref = "EHC-%06d".formatted(nextNumber());
        } while (cases.existsByCaseRef(ref));
        return ref;
    }

    private long nextNumber() {
        // The dialect knows each database's sequence syntax, so this runs on H2 and PostgreSQL alike.
        String sql = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString("case_ref_seq");
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
