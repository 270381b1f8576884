package org.sendclock.clock;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.deadline.Deadline;
import org.sendclock.deadline.StatutoryCalendar;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register's standing in SQL ({@link ClockSql#standingOn}) and in Java ({@link StatutoryClock#standingOn}) agree
 * for every combination of facts, on every day around the due date: the pages that read one clock and the queries
 * that read thousands cannot tell a caseworker and a manager different things. The KPIs' {@link ClockSql#MET_ON_TIME}
 * is held to the Java standing on the day each clock was met.
 */
@IntegrationTest
class ClockStandingIT {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    @Autowired CaseRepository cases;
    @Autowired StatutoryClockRepository clocks;
    @Autowired StatutoryCalendar calendar;
    @Autowired NamedParameterJdbcTemplate jdbc;
    @Autowired EntityManager entityManager;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void sqlAndJavaGiveTheSameStandingForTheSameFacts() {
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly(); // the register's other tests see none of these
            AssessmentCase c = cases.save(new AssessmentCase("EHC-STANDING", null, DUE.minusDays(42), null,
                    calendar.dueDates(DUE.minusDays(42)), null, null, Instant.parse("2026-01-01T00:00:00Z")));
            List<StatutoryClock> rows = new ArrayList<>();
            LocalDate[] doneDates = {null, DUE.minusDays(1), DUE, DUE.plusDays(1)};
            LocalDate[] endedDates = {null, DUE.minusDays(3), DUE, DUE.plusDays(2)};
            for (LocalDate done : doneDates) {
                for (LocalDate ended : endedDates) {
                    for (int warning : new int[] {0, 7}) {
                        rows.add(clocks.save(new StatutoryClock(c.getId(), new ClockSpec(Deadline.DECISION, null, null,
                                DUE.minusDays(42), DUE, DUE.minusDays(warning), done, done == null ? null : "TEST",
                                ended, ended == null ? null : "test", false), Instant.now())));
                    }
                }
            }
            entityManager.flush();
            int compared = 0;
            for (LocalDate day = DUE.minusDays(10); !day.isAfter(DUE.plusDays(5)); day = day.plusDays(1)) {
                Map<Long, Standing> sql = new HashMap<>();
                jdbc.query("select k.id, " + ClockSql.standingOn("on") + " as standing from statutory_clock k "
                                + "where k.case_id = :caseId", Map.of("on", day, "caseId", c.getId()),
                        rs -> {
                            sql.put(rs.getLong("id"), Standing.valueOf(rs.getString("standing")));
                        });
                for (StatutoryClock row : rows) {
                    assertThat(sql.get(row.getId())).as("clock due %s, done %s, ended %s, at risk from %s, on %s",
                                    row.getDueDate(), row.getDoneDate(), row.getEndedDate(), row.getAtRiskFrom(), day)
                            .isEqualTo(row.standingOn(day));
                    compared++;
                }
            }
            assertThat(compared).isEqualTo(32 * 16);

            // The KPIs' "met on time" is the standing on the day of the clock's own fact.
            Map<Long, Boolean> metOnTime = new HashMap<>();
            jdbc.query("select k.id, case when " + ClockSql.MET_ON_TIME + " then 1 else 0 end as met "
                            + "from statutory_clock k where k.case_id = :caseId", Map.of("caseId", c.getId()),
                    rs -> {
                        metOnTime.put(rs.getLong("id"), rs.getInt("met") == 1);
                    });
            for (StatutoryClock row : rows) {
                assertThat(metOnTime.get(row.getId())).as("clock due %s, done %s", row.getDueDate(), row.getDoneDate())
                        .isEqualTo(row.getDoneDate() != null && row.standingOn(row.getDoneDate()) == Standing.MET);
            }
        });
    }
}
