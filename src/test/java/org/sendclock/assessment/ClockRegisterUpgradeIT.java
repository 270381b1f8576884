package org.sendclock.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendclock.assessment.Commands.ChildDetails;
import org.sendclock.assessment.Commands.RegisterRequest;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.RequestSource;
import org.sendclock.clock.ClockRegister;
import org.sendclock.deadline.Deadline;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A case recorded before the clock register existed gets its clocks, from its facts, when the product starts. */
@IntegrationTest
class ClockRegisterUpgradeIT {

    @Autowired AssessmentService assessments;
    @Autowired ClockRegisterUpgrade upgrade;
    @Autowired ClockRegister clocks;
    @Autowired JdbcTemplate jdbc;

    @Test
    void casesWithoutClocksGetThemOnceAtStartUp() {
        LocalDate requested = LocalDate.now().minusWeeks(3);
        AssessmentCase c = assessments.register(new RegisterRequest(requested, RequestSource.SCHOOL,
                new ChildDetails("Leo", "Marsh", LocalDate.of(2017, 1, 9), null, null), "caseworker", "North"));
        jdbc.update("delete from statutory_clock where case_id = ?", c.getId()); // as a database from before V6

        upgrade.run(null);

        assertThat(clocks.of(c.getId())).extracting(k -> k.getClock(), k -> k.getDueDate()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Deadline.DECISION, requested.plusWeeks(6)),
                org.assertj.core.groups.Tuple.tuple(Deadline.NO_PLAN_NOTICE, requested.plusWeeks(16)),
                org.assertj.core.groups.Tuple.tuple(Deadline.FINAL_PLAN, requested.plusWeeks(20)));
        upgrade.run(null);
        assertThat(clocks.of(c.getId())).hasSize(3);
    }
}
