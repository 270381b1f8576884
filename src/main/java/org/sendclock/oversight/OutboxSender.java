package org.sendclock.oversight;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendclock.cluster.NodeLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what {@link MailOutbox} holds, every {@code sendclock.oversight.outbox-poll} (default 10 s) on every node.
 * Each e-mail is claimed first (one statement: of several nodes only one gets it), sent, and marked sent at once in
 * its own statement. A failed send is tried again, {@code send-attempts} times in all, each wait one
 * {@code retry-delay} longer than the last, then marked failed. Without SMTP settings ({@code spring.mail.host}
 * unset, as in the default profile) each e-mail is written to the log and marked sent.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;
    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final OversightSettings settings;
    private final String sender;

    @Autowired
    OutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender, OversightSettings settings,
               NodeLocks nodes) {
        this(outbox, mailSender, settings, nodes.node());
    }

    /** A sender by another name: a second node, in tests. */
    OutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender, OversightSettings settings,
               String sender) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.settings = settings;
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${sendclock.oversight.outbox-poll:10s}",
               initialDelayString = "${sendclock.oversight.outbox-poll:10s}")
    void sendDue() {
        List<Long> due;
        do {
            due = outbox.due(BATCH);
            due.forEach(id -> outbox.claim(id, sender, settings.outboxClaim()).ifPresent(this::send));
        } while (due.size() == BATCH);
    }

    private void send(MailOutbox.Waiting mail) {
        JavaMailSender smtp = mailSender.getIfAvailable();
        if (smtp == null) {
            log.info("E-mail (not sent: no SMTP server configured) to {}: {}\n{}", mail.to(), mail.subject(),
                    mail.body());
            outbox.markSent(mail.id(), sender);
            return;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.from());
            message.setTo(mail.to());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            smtp.send(message);
        } catch (RuntimeException e) {
            failed(mail, e);
            return;
        }
        // Nothing between the server accepting the e-mail and this mark but the statement itself.
        outbox.markSent(mail.id(), sender);
        log.debug("E-mailed {}: {}", mail.to(), mail.subject());
    }

    private void failed(MailOutbox.Waiting mail, RuntimeException e) {
        int attempt = mail.attempts() + 1;
        String error = describe(e);
        if (attempt >= settings.sendAttempts()) {
            outbox.markFailed(mail.id(), sender, error);
            log.error("E-mail {} to {} failed {} times and is marked failed in mail_outbox: {} ({})", mail.id(),
                    mail.to(), attempt, mail.subject(), error);
            return;
        }
        Duration wait = settings.retryDelay().multipliedBy(attempt);
        outbox.retryLater(mail.id(), sender, wait, error);
        log.warn("E-mail {} to {} failed (attempt {} of {}), trying again in {} ms: {}", mail.id(), mail.to(), attempt,
                settings.sendAttempts(), wait.toMillis(), error);
    }

    /**
     * Why a send failed, for the row and the log: the kinds of exception and the SMTP reply code, never the server's
     * text, which may quote the addresses or the message.
     */
    static String describe(Throwable e) {
        StringBuilder why = new StringBuilder();
        Optional<Integer> code = Optional.empty();
        Deque<Throwable> toRead = new ArrayDeque<>(List.of(e));
        Set<Throwable> read = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!toRead.isEmpty() && read.size() < 8) {
            Throwable t = toRead.poll();
            if (!read.add(t)) {
                continue;
            }
            why.append(why.isEmpty() ? "" : " < ").append(t.getClass().getSimpleName());
            code = code.isPresent() ? code : smtpCode(t);
            if (t instanceof MailSendException send) {
                toRead.addAll(List.of(send.getMessageExceptions()));
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                toRead.add(m.getNextException());
            }
            if (t.getCause() != null) {
                toRead.add(t.getCause());
            }
        }
        code.ifPresent(c -> why.append(" (SMTP ").append(c).append(')'));
        return why.length() > 500 ? why.substring(0, 500) : why.toString();
    }

    /** Jakarta Mail's SMTP exceptions carry the server's reply code; read it without depending on their classes. */
    private static Optional<Integer> smtpCode(Throwable t) {
        try {
            Object code = t.getClass().getMethod("getReturnCode").invoke(t);
            return code instanceof Integer c && c > 0 ? Optional.of(c) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
