package org.sendclock.oversight;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Addresses the e-mails the clocks cause: the caseworker for reminders and "at risk" warnings, the team's manager for
 * breaches and escalations. It only publishes them: {@link MailOutbox} writes each to its table in the same
 * transaction and {@link OutboxSender} sends it once that has committed, so a rolled-back step sends nothing and a
 * failed send never touches the case.
 */
@Component
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final OversightSettings settings;
    private final ApplicationEventPublisher events;

    public Notifier(OversightSettings settings, ApplicationEventPublisher events) {
        this.settings = settings;
        this.events = events;
    }

    public void toCaseworker(String caseworker, String caseRef, String subject, String text) {
        settings.addressOf(caseworker).ifPresentOrElse(
                to -> send(to, caseRef, subject, text),
                () -> log.info("No e-mail address for caseworker {} ({}): not e-mailed: {}", caseworker, caseRef,
                        subject));
    }

    public void toManagerOf(String team, String caseRef, String subject, String text) {
        settings.managerOf(team).ifPresentOrElse(
                to -> send(to, caseRef, subject, text),
                () -> log.warn("No manager's address for team {} ({}): not e-mailed: {}", team, caseRef, subject));
    }

    private void send(String to, String caseRef, String subject, String text) {
        String body = text + "\n\nOpen the case: " + settings.caseLink(caseRef) + "\n\n-- \nSEND Clock\n";
        events.publishEvent(new Notification(to, subject + ": " + caseRef, body));
    }
}
