package org.sendclock.oversight;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each {@link Notification} after the transaction that raised it has committed (never if it rolled back), on
 * a thread of its own, so neither a slow nor a failing mail server can hold up or undo a step of a case. A failed
 * send is tried again, {@code sendclock.oversight.send-attempts} times in all, each wait one
 * {@code retry-delay} longer than the last; then it is logged as lost. Without SMTP settings ({@code spring.mail.host}
 * unset, as in the default profile) there is no mail sender and each e-mail is logged instead.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final OversightSettings settings;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sendclock-mail");
        thread.setDaemon(true);
        return thread;
    });

    MailOutbox(ObjectProvider<JavaMailSender> mailSender, OversightSettings settings) {
        this.mailSender = mailSender;
        this.settings = settings;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void afterCommit(Notification notification) {
        sender.execute(() -> attempt(notification, 1));
    }

    private void attempt(Notification notification, int attempt) {
        JavaMailSender mail = mailSender.getIfAvailable();
        if (mail == null) {
            log.info("E-mail (not sent: no SMTP server configured) to {}: {}\n{}", notification.to(),
                    notification.subject(), notification.body());
            return;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.from());
            message.setTo(notification.to());
            message.setSubject(notification.subject());
            message.setText(notification.body());
            mail.send(message);
            log.debug("E-mailed {}: {}", notification.to(), notification.subject());
        } catch (RuntimeException e) {
            if (attempt >= settings.sendAttempts()) {
                log.error("E-mail to {} lost after {} attempts: {} ({})", notification.to(), attempt,
                        notification.subject(), e.getMessage());
                return;
            }
            long delay = settings.retryDelay().toMillis() * attempt;
            log.warn("E-mail to {} failed (attempt {} of {}), trying again in {} ms: {}", notification.to(), attempt,
                    settings.sendAttempts(), delay, e.getMessage());
            sender.schedule(() -> attempt(notification, attempt + 1), delay, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }
}
