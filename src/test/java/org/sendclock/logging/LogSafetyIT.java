package org.sendclock.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.Child;
import org.sendclock.casefile.RequestSource;
import org.sendclock.deadline.StatutoryDueDates;
import org.sendclock.support.IntegrationTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The log as the application writes it (logback-spring.xml, Spring Boot's console pattern): no child's name from a
 * failed write, and no line a user's text could forge. On PostgreSQL a failed insert used to log the whole row
 * ("Detail: Failing row contains (...)") at ERROR.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogSafetyIT {

    private static final Logger log = LoggerFactory.getLogger(LogSafetyIT.class);
    private static final LocalDate REQUESTED = LocalDate.of(2024, 1, 8);

    @Autowired CaseRepository cases;

    @Test
    void aWriteTheDatabaseRefusesLogsNoNameEvenWithTheExceptionLoggedWhole(CapturedOutput output) {
        // Not null: the case reference is missing, so the database refuses a row that carries the child's details.
        AssessmentCase withoutReference = new AssessmentCase(null, new Child("Zebedee", "Quillfeather",
                LocalDate.of(2016, 9, 1), null, "Marsh Lane Primary"), LocalDate.of(2026, 1, 5), RequestSource.PARENT,
                due(), "caseworker", "North", Instant.now());

        assertThatThrownBy(() -> cases.saveAndFlush(withoutReference))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> log.error("The case could not be saved", e));

        assertThat(output.getAll()).contains("The case could not be saved")
                .doesNotContain("Quillfeather", "Zebedee", "Marsh Lane");
    }

    @Test
    void aValueTooLongForItsColumnIsNotEchoedIntoTheLog(CapturedOutput output) {
        String tooLong = "Quillfeather" + "x".repeat(100);
        AssessmentCase withLongName = new AssessmentCase("LOG-2", new Child("Zebedee", tooLong,
                LocalDate.of(2016, 9, 1), null, null), REQUESTED, RequestSource.PARENT, due(), null, null, Instant.now());

        assertThatThrownBy(() -> cases.saveAndFlush(withLongName)).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(output.getAll()).doesNotContain("Quillfeather", "Zebedee");
    }

    @Test
    void aLineBreakInLoggedTextCannotStartALineOfItsOwn(CapturedOutput output) {
        String typed = "Family moved.\n2026-01-01T00:00:00.000Z  INFO 1 --- [main] o.s.security : admin granted\r\u0000";
        log.info("Note recorded: {}", typed);

        String line = Arrays.stream(output.getAll().split("\n")).filter(l -> l.contains("Note recorded")).findFirst()
                .orElseThrow();
        assertThat(line).endsWith("Note recorded: Family moved.\\n2026-01-01T00:00:00.000Z  INFO 1 --- [main] "
                + "o.s.security : admin granted\\r\\u0000");
        assertThat(output.getAll().lines()).noneMatch(l -> l.startsWith("2026-01-01T00:00:00.000Z"));
    }

    private static StatutoryDueDates due() {
        return new StatutoryDueDates(REQUESTED.plusWeeks(6), REQUESTED.plusWeeks(16), REQUESTED.plusWeeks(20));
    }
}
