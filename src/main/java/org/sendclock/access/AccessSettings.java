package org.sendclock.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sendclock.access.all-cases-open-to-caseworkers}: false (the default) limits caseworkers and managers to the
 * cases of their own teams (and a caseworker to the cases assigned to them); true opens every case to every
 * caseworker and manager, for a council that works as one team.
 */
@ConfigurationProperties("sendclock.access")
public record AccessSettings(boolean allCasesOpenToCaseworkers) {
}
