package org.sendclock.clock;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The new clocks of many cases at once (an import's batch), written as plain JDBC batches rather than one entity each
 * (ADR 32): nothing reads them back in the import's transaction as entities, so the persistence context's cost per
 * row (registering, dirty checking at each flush, the insert built from the entity) buys nothing. Their ids come from
 * the same sequence, a block of {@value #BLOCK} per call as Hibernate's pooled generator takes them, so the two never
 * hand out the same id. On PostgreSQL the driver sends each batch as multi-row inserts (reWriteBatchedInserts).
 */
@Component
class NewClockRows {

    /** The sequence's increment (V6) and the entity's allocation size. */
    static final int BLOCK = 50;
    private static final int BATCH = 1000;
    private static final String INSERT = "insert into statutory_clock (id, case_id, clock, advice_request_id, review_id,"
            + " reassessment_id, start_date, due_date, at_risk_from, done_date, done_by, ended_date, ended_reason,"
            + " exception_applies, recorded_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final int[] TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.BIGINT,
            Types.BIGINT, Types.DATE, Types.DATE, Types.DATE, Types.DATE, Types.VARCHAR, Types.DATE, Types.VARCHAR,
            Types.BOOLEAN, Types.TIMESTAMP};

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final String nextBlock;

    NewClockRows(JdbcTemplate jdbc, ApplicationEventPublisher events, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.events = events;
        this.nextBlock = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()
                .getSequenceSupport().getSequenceNextValString("statutory_clock_seq");
    }

    /** Inserts the clocks, in the caller's transaction; they are not entities of its persistence context. */
    void insert(List<StatutoryClock> clocks) {
        List<Object[]> rows = new ArrayList<>(Math.min(clocks.size(), BATCH));
        long next = 0;
        long last = -1;
        for (StatutoryClock k : clocks) {
            if (next > last) {
                last = jdbc.queryForObject(nextBlock, Long.class);
                // The value is the block's last id (Hibernate's pooled optimizer); the sequence's first is 1 alone.
                next = Math.max(1, last - BLOCK + 1);
            }
            rows.add(new Object[] {next++, k.getCaseId(), k.getClock().name(), k.getAdviceRequestId(), k.getReviewId(),
                    k.getReassessmentId(), date(k.getStartDate()), date(k.getDueDate()), date(k.getAtRiskFrom()),
                    date(k.getDoneDate()), k.getDoneBy(), date(k.getEndedDate()), k.getEndedReason(),
                    k.isExceptionApplies(), Timestamp.from(k.getRecordedAt())});
            if (rows.size() == BATCH) {
                jdbc.batchUpdate(INSERT, rows, TYPES);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows, TYPES);
        }
        events.publishEvent(new ClockRowsInserted(clocks));
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
