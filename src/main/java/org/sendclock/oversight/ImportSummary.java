package org.sendclock.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.DateText;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.ClockSql;
import org.sendclock.deadline.Deadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one e-mail each manager gets about an import: how many of their teams' cases it brought in, and how many of
 * their clocks were already overdue when they arrived. Those clocks e-mail no one one by one (their timers fire
 * after the import and record breaches and escalations quietly, see {@link BreachRegister}): a manager learns of a
 * thousand old breaches from one summary and the register, not from a thousand e-mails.
 * <p>
 * The counts are read from the clock register at the end of the import, in its transaction: a clock's standing
 * follows from its dates, so it is right as soon as the import has written them, before any timer has fired. Like
 * every e-mail it is published as a {@link Notification}, written to the {@link MailOutbox} in the import's
 * transaction and sent only once the import has committed (never for a dry run, which rolls back).
 */
@Component
public class ImportSummary {

    private static final Logger log = LoggerFactory.getLogger(ImportSummary.class);

    /** The council's clocks in the order the assessment meets them. */
    private static final List<Deadline> CLOCKS = List.of(Deadline.DECISION, Deadline.ADVICE, Deadline.NO_PLAN_NOTICE,
            Deadline.FINAL_PLAN);
    private static final int BATCH = 1000;
    /** Teams by name as managers are found for them (ignoring case); cases with no team last. */
    private static final Comparator<Optional<String>> BY_TEAM = Comparator.comparing(
            (Optional<String> team) -> team.isEmpty()).thenComparing(team -> team.orElse(""),
            String.CASE_INSENSITIVE_ORDER);

    private static final String CASES = """
            select c.id, c.team, c.status from assessment_case c where c.id in (:ids)""";
    private static final String OVERDUE = """
            select c.team, k.clock, count(*) as clocks
            from statutory_clock k join assessment_case c on c.id = k.case_id
            where k.case_id in (:ids) and k.clock <> 'COMMENT_PERIOD' and ASSESSMENT_CLOCKS and %s = 'OVERDUE'
            group by c.team, k.clock""".replace("ASSESSMENT_CLOCKS", Deadline.assessmentClocksSql())
            .formatted(ClockSql.standingOn("today"));

    private final NamedParameterJdbcTemplate jdbc;
    private final ClockRegister clocks;
    private final OversightSettings settings;
    private final ApplicationEventPublisher events;

    public ImportSummary(NamedParameterJdbcTemplate jdbc, ClockRegister clocks, OversightSettings settings,
                         ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clocks = clocks;
        this.settings = settings;
        this.events = events;
    }

    /**
     * Tells each manager what the import brought in of their teams' cases. Call inside the import's transaction,
     * once everything is written.
     *
     * @param caseIds every case the import created or changed
     * @param newCaseIds those of them it created
     */
    public void send(Collection<Long> caseIds, Set<Long> newCaseIds) {
        LocalDate today = clocks.today();
        TreeMap<Optional<String>, TeamCount> byTeam = new TreeMap<>(BY_TEAM);
        List<Long> ids = new ArrayList<>(caseIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            Map<String, Object> params = Map.of("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)),
                    "today", today);
            jdbc.query(CASES, params, rs -> {
                TeamCount team = byTeam.computeIfAbsent(Optional.ofNullable(rs.getString("team")), t -> new TeamCount());
                boolean isNew = newCaseIds.contains(rs.getLong("id"));
                boolean open = CaseStatus.valueOf(rs.getString("status")).isOpen();
                team.cases++;
                team.created += isNew ? 1 : 0;
                team.open += open ? 1 : 0;
            });
            jdbc.query(OVERDUE, params, rs -> {
                TeamCount team = byTeam.computeIfAbsent(Optional.ofNullable(rs.getString("team")), t -> new TeamCount());
                team.overdue.merge(Deadline.valueOf(rs.getString("clock")), rs.getLong("clocks"), Long::sum);
            });
        }
        Map<String, Map<Optional<String>, TeamCount>> byManager = new TreeMap<>();
        byTeam.forEach((team, count) -> settings.managerOf(team.orElse(null)).ifPresentOrElse(
                manager -> byManager.computeIfAbsent(manager, m -> new TreeMap<>(BY_TEAM)).put(team, count),
                () -> log.warn("No manager's address for team {}: the import summary of its {} cases is not e-mailed",
                        team.orElse("(none)"), count.cases)));
        byManager.forEach((manager, teams) -> events.publishEvent(summary(manager, teams, today)));
    }

    private Notification summary(String to, Map<Optional<String>, TeamCount> teams, LocalDate today) {
        TeamCount all = new TeamCount();
        teams.values().forEach(all::add);
        long overdue = all.overdue.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder body = new StringBuilder()
                .append("An import on ").append(DateText.of(today)).append(" brought in ")
                .append(cases(all.cases)).append(" of your teams.\n\n");
        teams.forEach((team, count) -> body.append(team.map(t -> "Team " + t).orElse("No team")).append(": ")
                .append(cases(count.cases)).append(" (").append(count.created).append(" new, ")
                .append(count.cases - count.created).append(" changed; ").append(count.open).append(" open, ")
                .append(count.cases - count.open).append(" closed)\n")
                .append("  Clocks already overdue when they arrived: ").append(overdueByClock(count)).append('\n'));
        body.append("\nNo e-mail is sent for each clock that was already overdue: each is on the register with its ")
                .append("breach and escalation.\nThe register: ").append(settings.baseUrl()).append("/oversight\n\n")
                .append("-- \nSEND Clock\n");
        String subject = "Import: " + cases(all.cases) + " brought in, " + overdue
                + (overdue == 1 ? " clock" : " clocks") + " already overdue";
        return new Notification(to, subject, body.toString());
    }

    private static String overdueByClock(TeamCount count) {
        List<String> parts = new ArrayList<>();
        for (Deadline clock : CLOCKS) {
            parts.add(ClockNames.of(clock).toLowerCase() + " "
                    + count.overdue.getOrDefault(clock, 0L));
        }
        return String.join(", ", parts);
    }

    private static String cases(long n) {
        return n + (n == 1 ? " case" : " cases");
    }

    private static final class TeamCount {
        long cases;
        long created;
        long open;
        final Map<Deadline, Long> overdue = new EnumMap<>(Deadline.class);

        void add(TeamCount other) {
            cases += other.cases;
            created += other.created;
            open += other.open;
            other.overdue.forEach((clock, n) -> overdue.merge(clock, n, Long::sum));
        }
    }
}
