package org.sendclock.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code mail_outbox} table (ADR 17). Each {@link Notification} becomes a row in the transaction that published
 * it, the transaction of the breach, step, import or digest that caused it: if that rolls back, or the process dies
 * before it commits, there is no e-mail; once it has committed, the e-mail is waiting on disk and {@link OutboxSender}
 * sends it, on whichever node claims it first. Rows are never deleted here: sent ones are the record of what was sent,
 * failed ones wait for an operator (README, "Notifications").
 */
@Component
class MailOutbox {

    /** One e-mail waiting to be sent, as claimed by a sender. */
    record Waiting(long id, String to, String subject, String body, int attempts) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    MailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A plain listener, not a transactional one: it runs on the publisher's thread inside the publisher's transaction,
     * so the row commits or rolls back with the fact that caused it.
     */
    @EventListener
    void add(Notification notification) {
        OffsetDateTime now = now();
        jdbc.update("""
                insert into mail_outbox (recipient, subject, body, status, attempts, created_at, next_attempt_at)
                values (?, ?, ?, 'WAITING', 0, ?, ?)""",
                notification.to(), notification.subject(), notification.body(), now, now);
    }

    /** The oldest e-mails due to be sent and claimed by no live sender, at most {@code limit}. */
    List<Long> due(int limit) {
        OffsetDateTime now = now();
        return jdbc.queryForList("""
                select id from mail_outbox
                where status = 'WAITING' and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)
                order by id fetch first %d rows only""".formatted(limit), Long.class, now, now);
    }

    /**
     * Claims the e-mail for {@code sender} until {@code claimFor} has passed, if no other sender has it: one
     * statement, so of two nodes racing for a row exactly one changes it.
     */
    Optional<Waiting> claim(long id, String sender, Duration claimFor) {
        OffsetDateTime now = now();
        int claimed = jdbc.update("""
                update mail_outbox set claimed_by = ?, claimed_until = ?
                where id = ? and status = 'WAITING' and next_attempt_at <= ?
                  and (claimed_until is null or claimed_until < ?)""",
                sender, now.plus(claimFor), id, now, now);
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.query("select id, recipient, subject, body, attempts from mail_outbox where id = ?",
                MailOutbox::waiting, id).stream().findFirst();
    }

    void markSent(long id, String sender) {
        jdbc.update("""
                update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null,
                  claimed_by = null, claimed_until = null
                where id = ? and claimed_by = ?""", now(), id, sender);
    }

    /** Puts it back to wait {@code retryIn}, recording why it failed. */
    void retryLater(long id, String sender, Duration retryIn, String error) {
        jdbc.update("""
                update mail_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
                  claimed_by = null, claimed_until = null
                where id = ? and claimed_by = ?""", now().plus(retryIn), error, id, sender);
    }

    /** Gives up: the row stays, marked failed, for an operator to see (and, once the cause is fixed, to re-queue). */
    void markFailed(long id, String sender, String error) {
        jdbc.update("""
                update mail_outbox set status = 'FAILED', attempts = attempts + 1, last_error = ?,
                  claimed_by = null, claimed_until = null
                where id = ? and claimed_by = ?""", error, id, sender);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    private static Waiting waiting(ResultSet rs, int row) throws SQLException {
        return new Waiting(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                rs.getInt("attempts"));
    }
}
