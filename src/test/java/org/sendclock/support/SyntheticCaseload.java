package org.sendclock.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * A made-up but plausible caseload, as the two import files, for the benchmarks and the tests of large imports: requests spread evenly over a span of
 * years, most long finished (plans issued, some late, a fifth refused, a few with no plan or withdrawn, one in a
 * hundred with a reg 10(4) exception), the newest few still open at every step; four to six advice requests per
 * assessed case. The same seed gives the same files.
 */
public final class SyntheticCaseload {

    private static final String[] TYPES = {"EDUCATION", "EDUCATIONAL_PSYCHOLOGY", "HEALTH", "SOCIAL_CARE", "PARENT",
            "OTHER"};
    /** Finished cases were requested at least this long ago, so every step of theirs is in the past. */
    private static final int FINISHED_AT_LEAST_DAYS_AGO = 300;
    /** Open cases were requested within this many days. */
    private static final int OPEN_WITHIN_DAYS = 200;

    public record Written(int requests, int open, int advice) {
    }

    private final LocalDate today;
    private final Random random;

    public SyntheticCaseload(LocalDate today, long seed) {
        this.today = today;
        this.random = new Random(seed);
    }

    /**
     * Writes {@code requests} cases (references {@code prefix}0, {@code prefix}1, ...), finished ones requested evenly
     * between {@code oldestDaysAgo} and {@code newestDaysAgo} (at least 300) days ago, the last {@code openPercent}
     * per cent open and requested within the last 200 days.
     */
    public Written write(Path requestsFile, Path adviceFile, String prefix, int requests, int oldestDaysAgo,
                         int newestDaysAgo, int openPercent) throws IOException {
        int newest = Math.max(newestDaysAgo, FINISHED_AT_LEAST_DAYS_AGO);
        int open = 0;
        int advice = 0;
        try (Writer requestRows = writer(requestsFile); Writer adviceRows = writer(adviceFile)) {
            requestRows.write("case_ref,request_date,request_source,decision_date,decision,no_plan_date,"
                    + "draft_plan_date,final_plan_date,exception_reason,closed_date,closed_reason,team,caseworker\n");
            adviceRows.write("case_ref,advice_type,requested_date,received_date,exception_reason\n");
            int firstOpen = requests - requests * openPercent / 100;
            for (int i = 0; i < requests; i++) {
                boolean isOpen = i >= firstOpen;
                LocalDate requested = isOpen
                        ? today.minusDays(random.nextInt(OPEN_WITHIN_DAYS))
                        : today.minusDays(newest + (long) (firstOpen - i) * (oldestDaysAgo - newest) / Math.max(1, firstOpen));
                String ref = prefix + i;
                int roll = random.nextInt(100);
                LocalDate decided = requested.plusDays(20 + random.nextInt(40));
                boolean refused = roll < 20;
                boolean decidedYet = !isOpen || decided.isBefore(today);
                StringBuilder row = new StringBuilder(ref).append(',').append(requested).append(",PARENT,");
                row.append(decidedYet ? decided + "," + (refused ? "REFUSE" : "ASSESS") : ",");
                LocalDate issued = decided.plusDays(60 + random.nextInt(120));
                boolean finished = !isOpen && !refused;
                boolean noPlan = finished && roll < 25;
                boolean withdrawn = finished && roll >= 25 && roll < 28;
                boolean planIssued = finished && !noPlan && !withdrawn;
                row.append(',').append(noPlan ? decided.plusDays(70) : "")
                        .append(',').append(planIssued ? issued.minusDays(30) : "")
                        .append(',').append(planIssued ? issued : "")
                        .append(',').append(roll == 99 ? "EXCEPTIONAL_PERSONAL_CIRCUMSTANCES" : "")
                        .append(',').append(withdrawn ? decided.plusDays(30) : "")
                        .append(',').append(withdrawn ? "WITHDRAWN" : "")
                        .append(",Team ").append(i % 4).append(",Caseworker ").append(i % 40).append('\n');
                requestRows.write(row.toString());
                if (decidedYet && !refused) {
                    int count = 4 + random.nextInt(3);
                    for (int a = 0; a < count; a++) {
                        LocalDate asked = decided.plusDays(a);
                        if (asked.isAfter(today)) {
                            break;
                        }
                        LocalDate back = asked.plusDays(20 + random.nextInt(40));
                        boolean received = !isOpen || back.isBefore(today);
                        adviceRows.write(ref + "," + TYPES[a] + "," + asked + "," + (received ? back : "") + ",\n");
                        advice++;
                    }
                }
                if (isOpen) {
                    open++;
                }
            }
        }
        return new Written(requests, open, advice);
    }

    private static Writer writer(Path path) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
    }
}
