package org.sendclock.oversight;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who is told what (application.yml, {@code sendclock.oversight}).
 * <ul>
 *   <li>{@code managers.<team>}: the e-mail address of that team's manager; {@code default-manager} for every team
 *   without one (and cases with no team);</li>
 *   <li>{@code people.<username>}: a caseworker's address; else {@code <username>@<email-domain>} when
 *   {@code email-domain} is set; else the caseworker is not e-mailed (logged);</li>
 *   <li>{@code base-url} and {@code case-path}: the link to a case in every e-mail;</li>
 *   <li>{@code send-attempts} and {@code retry-delay}: a failed send is tried again that many times in all, the
 *   delay growing with each attempt;</li>
 *   <li>{@code outbox-claim}: how long a node's claim on an e-mail keeps the other nodes off it; a node that dies
 *   mid-send leaves its e-mail to the others once this has passed (ADR 17);</li>
 *   <li>{@code advice-escalation-days}: advice this many days overdue escalates to the manager.</li>
 * </ul>
 */
@ConfigurationProperties("sendclock.oversight")
public record OversightSettings(
        String baseUrl,
        String casePath,
        String from,
        Map<String, String> managers,
        String defaultManager,
        Map<String, String> people,
        String emailDomain,
        Integer sendAttempts,
        Duration retryDelay,
        Duration outboxClaim,
        Integer adviceEscalationDays) {

    public OversightSettings {
        baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        casePath = casePath == null ? "/cases/{caseRef}" : casePath;
        from = from == null ? "SEND Clock <sendclock@localhost>" : from;
        managers = managers == null ? Map.of() : Map.copyOf(managers);
        people = people == null ? Map.of() : Map.copyOf(people);
        sendAttempts = sendAttempts == null ? 4 : sendAttempts;
        retryDelay = retryDelay == null ? Duration.ofMinutes(1) : retryDelay;
        outboxClaim = outboxClaim == null ? Duration.ofMinutes(5) : outboxClaim;
        adviceEscalationDays = adviceEscalationDays == null ? 14 : adviceEscalationDays;
        if (sendAttempts < 1 || adviceEscalationDays < 0 || retryDelay.isNegative() || outboxClaim.isNegative()
                || outboxClaim.isZero()) {
            throw new IllegalArgumentException("sendclock.oversight: send-attempts must be at least 1, "
                    + "advice-escalation-days and retry-delay not negative, outbox-claim more than zero");
        }
    }

    public String caseLink(String caseRef) {
        return baseUrl + casePath.replace("{caseRef}", caseRef);
    }

    /** The team's manager, ignoring the case of the team's name; else the default manager. */
    public Optional<String> managerOf(String team) {
        if (team != null) {
            for (Map.Entry<String, String> entry : managers.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(team.trim())) {
                    return Optional.of(entry.getValue());
                }
            }
        }
        return Optional.ofNullable(blankToNull(defaultManager));
    }

    public Optional<String> addressOf(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        String address = people.get(username);
        if (address != null) {
            return Optional.of(address);
        }
        return Optional.ofNullable(blankToNull(emailDomain)).map(domain -> username + "@" + domain);
    }

    /**
     * Each manager's address with the teams it answers for; the default manager's entry is keyed {@code null} teams
     * meaning "every team without a manager of its own".
     */
    public Map<String, Set<String>> teamsByManager() {
        Map<String, Set<String>> byManager = new TreeMap<>();
        managers.forEach((team, address) -> byManager.computeIfAbsent(address, a -> new TreeSet<>(
                String.CASE_INSENSITIVE_ORDER)).add(team));
        return byManager;
    }

    public boolean hasOwnManager(String team) {
        return team != null && managers.keySet().stream().anyMatch(t -> t.equalsIgnoreCase(team.trim()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
