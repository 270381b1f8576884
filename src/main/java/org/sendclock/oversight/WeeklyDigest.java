package org.sendclock.oversight;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.sendclock.casefile.DateText;
import org.sendclock.cluster.NodeLocks;
import org.sendclock.deadline.Deadline;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly e-mail to each manager about the teams they answer for ({@link OversightSettings#teamsByManager()}; the
 * default manager gets every team without a manager of its own): the breaches (overdue clocks) and the clocks at
 * risk, and the reviews: how many overdue and due in the next eight weeks and the longest overdue few, from the
 * {@link ReviewsRegister}, whose clocks are counted there rather than listed with the breaches. Sent by {@code sendclock.oversight.digest-cron} (default Monday 07:00) in {@code digest-zone} (default
 * Europe/London); {@code "-"} switches it off. Case references only, never children's names.
 * <p>
 * Every node schedules it; the first to take the {@code weekly-digest} lock row sends it and the others skip it
 * (ADR 17). Its e-mails are written to the outbox in one transaction: all of them or, should the node die, none.
 */
@Component
public class WeeklyDigest {

    /**
     * Longer than any gap between the nodes' clocks and any digest's run, far shorter than a week: a node whose clock
     * is behind finds the lock still held and skips the digest the others sent.
     */
    static final Duration ONE_NODE_FOR = Duration.ofMinutes(30);
    static final String LOCK = "weekly-digest";

    /** How many of a manager's longest overdue reviews the digest names; the register lists the rest. */
    static final int LONGEST_OVERDUE = 5;

    /** The clocks the reviews register lists: counted in the digest's reviews section, not listed as breaches. */
    private static final List<Deadline> REVIEWS_REGISTERS = Stream.concat(Stream.of(Deadline.ANNUAL_REVIEW),
            ReviewsRegister.STEPS.stream()).toList();

    private final OversightRegister register;
    private final ReviewsRegister reviews;
    private final OversightSettings settings;
    private final ApplicationEventPublisher events;
    private final NodeLocks nodeLocks;
    private final TransactionTemplate transaction;

    public WeeklyDigest(OversightRegister register, ReviewsRegister reviews, OversightSettings settings,
                        ApplicationEventPublisher events, NodeLocks nodeLocks, PlatformTransactionManager transactions) {
        this.register = register;
        this.reviews = reviews;
        this.settings = settings;
        this.events = events;
        this.nodeLocks = nodeLocks;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${sendclock.oversight.digest-cron:0 0 7 * * MON}",
               zone = "${sendclock.oversight.digest-zone:Europe/London}")
    void weekly() {
        send();
    }

    /** @return whether this node sent it (false: another node had, within {@link #ONE_NODE_FOR}) */
    public boolean send() {
        return nodeLocks.runOnOneNode(LOCK, ONE_NODE_FOR,
                () -> transaction.executeWithoutResult(status -> compose().forEach(events::publishEvent)));
    }

    /** One digest per manager's address. */
    public List<Notification> compose() {
        // A review and its steps are counted in the digest's own section, not listed one by one with the breaches.
        List<ClockRow> rows = register.register(RegisterFilter.ALL, REVIEWS_REGISTERS);
        List<ReviewsRegister.TeamReviews> reviewsByTeam = reviews.byTeam(LONGEST_OVERDUE);
        List<Notification> digests = new ArrayList<>();
        for (Map.Entry<String, Set<String>> manager : settings.teamsByManager().entrySet()) {
            Set<String> teams = manager.getValue();
            Predicate<String> mine = team -> team != null && teams.contains(team);
            digests.add(digest(manager.getKey(), "teams " + String.join(", ", teams), rows, reviewsByTeam, mine));
        }
        if (settings.defaultManager() != null && !settings.defaultManager().isBlank()) {
            digests.add(digest(settings.defaultManager().trim(), "every team without a manager of its own", rows,
                    reviewsByTeam, team -> !settings.hasOwnManager(team)));
        }
        return digests;
    }


    private Notification digest(String to, String whose, List<ClockRow> all,
                                List<ReviewsRegister.TeamReviews> reviewsByTeam, Predicate<String> mine) {
        List<ClockRow> rows = all.stream().filter(row -> mine.test(row.team())).toList();
        List<ReviewsRegister.TeamReviews> myReviews = reviewsByTeam.stream().filter(t -> mine.test(t.team())).toList();
        long reviewsOverdue = myReviews.stream().mapToLong(ReviewsRegister.TeamReviews::overdue).sum();
        long reviewsDue = myReviews.stream().mapToLong(ReviewsRegister.TeamReviews::dueSoon).sum();
        List<ReviewRow> longest = myReviews.stream().flatMap(t -> t.longestOverdue().stream())
                .sorted(Comparator.comparing(ReviewRow::dueDate).thenComparing(ReviewRow::caseRef))
                .limit(LONGEST_OVERDUE).toList();
        List<ClockRow> breaches = rows.stream().filter(ClockRow::overdue).toList();
        List<ClockRow> atRisk = rows.stream().filter(r -> !r.overdue()).toList();
        StringBuilder body = new StringBuilder()
                .append("Weekly digest for ").append(DateText.of(register.today())).append(" (").append(whose)
                .append(").\n\n")
                .append("Breaches (").append(breaches.size()).append("):\n");
        breaches.forEach(row -> body.append(line(row)));
        if (breaches.isEmpty()) {
            body.append("none\n");
        }
        body.append("\nAt risk (").append(atRisk.size()).append("):\n");
        atRisk.forEach(row -> body.append(line(row)));
        if (atRisk.isEmpty()) {
            body.append("none\n");
        }
        body.append("\nThe register: ").append(settings.baseUrl()).append("/oversight\n");
        body.append("\nReviews: ").append(reviewsOverdue).append(" overdue, ").append(reviewsDue)
                .append(" due in the next ").append(ReviewsRegister.WEEKS_AHEAD).append(" weeks.\n");
        if (!longest.isEmpty()) {
            body.append("Longest overdue:\n");
            longest.forEach(row -> body.append(line(row)));
        }
        body.append("The reviews register: ").append(settings.baseUrl()).append("/oversight/reviews\n\n-- \nSEND Clock\n");
        String subject = "Weekly digest: " + breaches.size() + (breaches.size() == 1 ? " breach, " : " breaches, ")
                + atRisk.size() + " at risk" + (reviewsOverdue == 0 ? ""
                : ", " + reviewsOverdue + (reviewsOverdue == 1 ? " review" : " reviews") + " overdue");
        return new Notification(to, subject, body.toString());
    }

    private String line(ReviewRow row) {
        return "- " + row.caseRef() + ": " + row.clockName() + (row.cycle() == null ? "" : " (review " + row.cycle()
                + ")") + ", due " + DateText.of(row.dueDate()) + ", " + row.daysLate()
                + (row.daysLate() == 1 ? " day" : " days") + " late, caseworker "
                + (row.caseworker() == null ? "none" : row.caseworker()) + "\n  " + settings.caseLink(row.caseRef())
                + "\n";
    }

    private String line(ClockRow row) {
        String when = row.overdue()
                ? row.daysLate() + (row.daysLate() == 1 ? " day" : " days") + " late"
                : row.daysLeft() + (row.daysLeft() == 1 ? " day" : " days") + " left";
        return "- " + row.caseRef() + ": " + row.clockName() + ", due " + DateText.of(row.dueDate()) + ", " + when
                + ", caseworker " + (row.caseworker() == null ? "none" : row.caseworker())
                + (row.exceptionRecorded() ? " (exception recorded)" : "")
                + "\n  " + settings.caseLink(row.caseRef()) + "\n";
    }
}
