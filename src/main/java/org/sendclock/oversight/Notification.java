package org.sendclock.oversight;

/**
 * One e-mail to send once the transaction that caused it has committed. The subject never names the child; the
 * body links to the case.
 */
public record Notification(String to, String subject, String body) {
}
