package org.sendclock.importer;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A county's maintained plans brought in: 12,000 plans with three years of review history (three reviews each, a
 * quarter of the last still undecided), as plans.csv then reviews.csv, against a plain JDBC batch insert of the same
 * rows (each plan's case, plan, need, setting and review cycles, with nothing derived) into the same database,
 * measured side by side in one run. The target is an import at no less than half the plain insert's rate.
 * Run by {@code ./mvnw verify -Pbenchmark}; prints and appends its figures to target/benchmark/results.txt and asserts
 * nothing about time.
 */
@IntegrationTest
class PlansImportBenchmark {

    static final int PLANS = Integer.getInteger("sendclock.benchmark.plans", 12_000);
    static final int REVIEWS_PER_PLAN = 3;
    private static final long PLAIN_IDS = 8_000_000_000L;
    private static final int BATCH = 1000;

    @Autowired PlansImport plansImport;
    @Autowired ReviewsImport reviewsImport;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    /** One plan and its reviews as the files and the plain insert both carry them. */
    record Planned(String caseRef, LocalDate born, LocalDate start, String team, String caseworker,
                   List<Review> reviews) {
    }

    record Review(LocalDate meeting, String decision, LocalDate decided, LocalDate amended) {
    }

    @Test
    void importsTwelveThousandPlansWithThreeYearsOfReviewsAgainstAPlainBatchInsert() throws Exception {
        LocalDate today = LocalDate.now(clock);
        List<Planned> plans = caseload(today, "PB", PLANS, 1);
        Path dir = Files.createTempDirectory("sendclock-plans-benchmark-");
        Path plansFile = dir.resolve("plans.csv");
        Path reviewsFile = dir.resolve("reviews.csv");
        write(plans, plansFile, reviewsFile);
        int fileRows = PLANS * (1 + REVIEWS_PER_PLAN);

        double plainSeconds = plainInsert(plans, jdbc, transactions);
        int plainRows = PLANS * 4 + PLANS * (REVIEWS_PER_PLAN + 1);

        long started = System.nanoTime();
        ImportResult planned = plansImport.run(plansFile, false, new ImportProgress());
        double plansSeconds = (System.nanoTime() - started) / 1e9;
        long reviewsStarted = System.nanoTime();
        ImportResult reviewed = reviewsImport.run(reviewsFile, false, new ImportProgress());
        double reviewsSeconds = (System.nanoTime() - reviewsStarted) / 1e9;
        double importSeconds = plansSeconds + reviewsSeconds;

        long again = System.nanoTime();
        ImportResult unchanged = reviewsImport.run(reviewsFile, false, new ImportProgress());
        double againSeconds = (System.nanoTime() - again) / 1e9;
        long clocks = jdbc.queryForObject("select count(*) from statutory_clock k join assessment_case c"
                + " on c.id = k.case_id where c.case_ref like 'PB%'", Long.class);

        String database = System.getProperty("sendclock.test.database", "h2");
        String line = String.format("plans   %-10s  %,d plans + %,d reviews (%,d file rows): plans.csv %.1f s, "
                        + "reviews.csv %.1f s, together %.1f s (%,.0f rows/s, %,d plan clocks written); plain JDBC "
                        + "batch insert of the same %,d rows %.1f s (%,.0f file rows/s); the import at %.0f%% of the "
                        + "plain rate; reviews re-import (all unchanged) %.1f s; imported %d + %d, unchanged %d%n",
                database, PLANS, PLANS * REVIEWS_PER_PLAN, fileRows, plansSeconds, reviewsSeconds, importSeconds,
                fileRows / importSeconds, clocks, plainRows, plainSeconds, fileRows / plainSeconds,
                100 * plainSeconds / importSeconds, againSeconds, planned.imported(), reviewed.imported(),
                unchanged.unchanged());
        System.out.print(line);
        Path results = Path.of("target", "benchmark", "results.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Files.delete(plansFile);
        Files.delete(reviewsFile);
        Files.delete(dir);
    }

    /**
     * Plans started three to four years ago, children of every school age; three reviews each about eleven months
     * after the decision before, every fifth decided to amend with its amended plan six weeks on (still to come when
     * that is after today), a quarter of the last ones not yet decided. Spread over the year as a county's are: each
     * plan's last decision falls on a day of the last year (so its next review is due on a day of the coming one, a
     * few already overdue), and each undecided review's meeting in the last six weeks. Shared among {@code caseworkers}
     * caseworkers, a plan in turn: the first is the demo's "caseworker" of team North, the others "Caseworker n" of four
     * teams.
     */
    static List<Planned> caseload(LocalDate today, String prefix, int count, int caseworkers) {
        List<Planned> plans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean lastOpen = i % 4 == 0;
            // A spread that is not in step with the other choices made from i (7919 is prime).
            int spread = (int) ((i * 7919L) % 1000);
            LocalDate lastDay = lastOpen ? today.minusDays(1 + spread % 42) : today.minusDays(14 + spread * 360 / 1000);
            // The history built forward from a provisional start, then moved so its last day is lastDay.
            LocalDate provisional = today.minusYears(3);
            List<LocalDate[]> dates = new ArrayList<>();
            LocalDate cycleStart = provisional;
            for (int r = 0; r < REVIEWS_PER_PLAN; r++) {
                LocalDate meeting = cycleStart.plusMonths(10).plusDays(i % 20);
                boolean open = r == REVIEWS_PER_PLAN - 1 && lastOpen;
                LocalDate decided = open ? null : meeting.plusDays(10 + i % 18);
                dates.add(new LocalDate[] {meeting, decided});
                cycleStart = open ? cycleStart : decided;
            }
            LocalDate[] last = dates.get(dates.size() - 1);
            long shift = java.time.temporal.ChronoUnit.DAYS.between(lastOpen ? last[0] : last[1], lastDay);
            LocalDate start = provisional.plusDays(shift);
            LocalDate born = start.minusYears(4 + i % 14).minusDays(i % 365);
            List<Review> reviews = new ArrayList<>();
            for (int r = 0; r < REVIEWS_PER_PLAN; r++) {
                LocalDate meeting = dates.get(r)[0].plusDays(shift);
                LocalDate decided = dates.get(r)[1] == null ? null : dates.get(r)[1].plusDays(shift);
                boolean amend = decided != null && (i + r) % 5 == 0;
                LocalDate amended = amend && !decided.plusWeeks(6).isAfter(today) ? decided.plusWeeks(6) : null;
                reviews.add(new Review(meeting, decided == null ? null : amend ? "AMEND" : "MAINTAIN", decided,
                        amended));
            }
            int worker = i % caseworkers;
            plans.add(new Planned(prefix + i, born, start, worker == 0 ? "North" : "Team " + worker % 4,
                    worker == 0 ? "caseworker" : "Caseworker " + worker, reviews));
        }
        return plans;
    }

    static void write(List<Planned> plans, Path plansFile, Path reviewsFile) throws IOException {
        try (Writer p = Files.newBufferedWriter(plansFile); Writer r = Files.newBufferedWriter(reviewsFile)) {
            // The columns named here, not the files' whole lists: a column added later is optional.
            p.write("case_ref,child_given_name,child_family_name,child_date_of_birth,upn,plan_start_date,setting_urn,"
                    + "sen_setting,sen_need,transferred_in_date,ceased_date,cease_reason,team,caseworker\n");
            r.write("case_ref,meeting_date,decision,decision_date,amendments_proposed_date,amended_plan_date,"
                    + "phase_transfer\n");
            for (Planned plan : plans) {
                p.write(plan.caseRef() + ",Child,Number " + plan.caseRef() + "," + plan.born() + ",," + plan.start()
                        + ",1" + String.format("%05d", Math.abs(plan.caseRef().hashCode()) % 100_000)
                        + ",,SEMH,,,," + plan.team() + "," + plan.caseworker() + "\n");
                for (Review review : plan.reviews()) {
                    r.write(plan.caseRef() + "," + review.meeting() + "," + shown(review.decision()) + ","
                            + shown(review.decided()) + ",," + shown(review.amended()) + ",\n");
                }
            }
        }
    }

    /**
     * The rows the files describe, written as they stand, a thousand statements to a batch, in one transaction:
     * each plan's case, plan, need and setting, and its review cycles with the open one after the last decision.
     * Removed again afterwards (not timed), so the import meets the same database.
     */
    static double plainInsert(List<Planned> plans, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            List<Object[]> cases = new ArrayList<>();
            List<Object[]> plansRows = new ArrayList<>();
            List<Object[]> needs = new ArrayList<>();
            List<Object[]> placements = new ArrayList<>();
            List<Object[]> cycles = new ArrayList<>();
            long reviewId = PLAIN_IDS;
            for (int i = 0; i < plans.size(); i++) {
                Planned plan = plans.get(i);
                long id = PLAIN_IDS + i;
                cases.add(new Object[] {id, "PLAIN" + i, "Child", "Number " + plan.caseRef(), Date.valueOf(plan.born()),
                        "PLAN_ISSUED", "PLAN_ISSUED", plan.team(), plan.caseworker(), now});
                plansRows.add(new Object[] {id, id, Date.valueOf(plan.start()), now});
                needs.add(new Object[] {id});
                placements.add(new Object[] {id, "1" + String.format("%05d", i % 100_000), Date.valueOf(plan.start())});
                int cycle = 1;
                for (Review review : plan.reviews()) {
                    cycles.add(new Object[] {reviewId++, id, id, cycle++, Date.valueOf(review.meeting()), true,
                            review.decision(), date(review.decided()), date(review.amended()), now});
                }
                if (plan.reviews().get(plan.reviews().size() - 1).decided() != null) {
                    cycles.add(new Object[] {reviewId++, id, id, cycle, null, false, null, null, null, now});
                }
            }
            batches(jdbc, "insert into assessment_case (id, case_ref, child_given_name, child_family_name, "
                    + "child_date_of_birth, status, stage, team, caseworker, created_at, version, awaiting_process)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, false)", cases);
            batches(jdbc, "insert into ehc_plan (id, case_id, start_date, source, personal_budget, residential, "
                    + "work_based_learning, created_at, version) values (?, ?, ?, 'IMPORT', false, false, false, ?, 0)",
                    plansRows);
            batches(jdbc, "insert into plan_need (plan_id, need_rank, need) values (?, 1, 'SEMH')", needs);
            batches(jdbc, "insert into plan_placement (plan_id, placement_order, setting_urn, entry_date)"
                    + " values (?, 0, ?, ?)", placements);
            batches(jdbc, "insert into plan_review (id, plan_id, case_id, cycle, meeting_date, meeting_held, decision, "
                    + "decision_date, amended_plan_date, phase_transfer, source, awaiting_process, created_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, 'IMPORT', false, ?, 0)", cycles);
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        transaction.executeWithoutResult(status -> {
            for (String table : List.of("plan_review", "plan_need", "plan_placement")) {
                jdbc.update("delete from " + table + " where " + (table.equals("plan_review") ? "id" : "plan_id")
                        + " >= ?", PLAIN_IDS);
            }
            jdbc.update("delete from ehc_plan where id >= ?", PLAIN_IDS);
            jdbc.update("delete from assessment_case where id >= ?", PLAIN_IDS);
        });
        return seconds;
    }

    private static void batches(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static String shown(Object value) {
        return value == null ? "" : value.toString();
    }
}
