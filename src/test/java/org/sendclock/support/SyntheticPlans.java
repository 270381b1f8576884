package org.sendclock.support;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.PlanFacts;
import org.sendclock.importer.ImportProgress;
import org.sendclock.importer.PlansImport;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;
import org.sendclock.plan.PlanService;
import org.sendclock.plan.SenNeed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A made-up county's maintained plans with up to six years of review history, for the benchmarks: each plan started
 * up to six years ago, one in twenty ceased since, naming its setting (SEN setting OTH) and one to three SEN needs in
 * rank order; its review cycles (most decided on time, some late, a quarter amended, a few left open and overdue) are
 * written to {@code plan_review} and the register as the review commands write them. Plans come in through plans.csv.
 */
public final class SyntheticPlans {

    private static final int BATCH = 500;

    private final PlansImport plansImport;
    private final CaseRepository cases;
    private final PlanRepository plans;
    private final AnnualReviewRepository reviews;
    private final ClockRegister clocks;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    public SyntheticPlans(PlansImport plansImport, CaseRepository cases, PlanRepository plans,
                          AnnualReviewRepository reviews, ClockRegister clocks, TransactionTemplate transaction,
                          JdbcTemplate jdbc) {
        this.plansImport = plansImport;
        this.cases = cases;
        this.plans = plans;
        this.reviews = reviews;
        this.clocks = clocks;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** {@code count} plans (references {@code prefix}-0, ...) imported, then their review history recorded. */
    public String load(String prefix, int count, LocalDate today, Random random) throws Exception {
        Map<String, History> histories = new LinkedHashMap<>();
        SenNeed[] needs = SenNeed.values();
        Path file = Files.createTempFile("sendclock-plans-benchmark-", ".csv");
        try (BufferedWriter csv = Files.newBufferedWriter(file)) {
            csv.write("case_ref,child_given_name,child_family_name,child_date_of_birth,upn,plan_start_date,"
                    + "setting_urn,sen_setting,sen_need,transferred_in_date,ceased_date,cease_reason,team,caseworker\n");
            for (int i = 0; i < count; i++) {
                String ref = prefix + "-" + i;
                LocalDate start = today.minusDays(30 + random.nextInt(6 * 365));
                LocalDate born = start.minusYears(5 + random.nextInt(10)).minusDays(random.nextInt(365));
                LocalDate ceased = random.nextInt(100) < 5
                        ? start.plusDays(random.nextInt((int) (today.toEpochDay() - start.toEpochDay()) + 1)) : null;
                histories.put(ref, History.of(start, ceased, today, random));
                // Taken from the row number, not the random numbers, so the plans and histories stay those of a seed.
                int first = i % needs.length;
                String need = IntStream.range(0, 1 + i % 3)
                        .mapToObj(n -> needs[(first + n) % needs.length].name()).collect(Collectors.joining(";"));
                csv.write(ref + ",Bench,Plan," + born + ",," + start + ",,OTH," + need + ",,"
                        + (ceased == null ? "" : ceased) + "," + (ceased == null ? "" : "2") + ",,\n");
            }
        }
        long began = System.nanoTime();
        plansImport.run(file, false, new ImportProgress());
        double importSeconds = (System.nanoTime() - began) / 1e9;
        Files.delete(file);

        began = System.nanoTime();
        List<String> refs = new ArrayList<>(histories.keySet());
        int cycles = 0;
        for (int from = 0; from < refs.size(); from += BATCH) {
            List<String> batch = refs.subList(from, Math.min(refs.size(), from + BATCH));
            cycles += transaction.execute(status -> record(batch, histories));
        }
        double reviewSeconds = (System.nanoTime() - began) / 1e9;
        // The planner learns how many cycles and clocks there now are, as it would from autovacuum in a council's
        // database; a benchmark straight after loading would otherwise time plans made for empty tables.
        jdbc.execute("analyze");
        return String.format("load %-6s %,d plans imported in %.1f s; %,d review cycles recorded in %.1f s",
                prefix, count, importSeconds, cycles, reviewSeconds);
    }

    /** Writes each plan's cycles as the review commands would, then its clocks, the batch's in one go. */
    private int record(List<String> refs, Map<String, History> histories) {
        Map<Long, AssessmentCase> byId = cases.findByCaseRefIn(refs).stream()
                .collect(Collectors.toMap(AssessmentCase::getId, Function.identity()));
        Map<Long, Plan> planById = plans.findByCaseIdIn(byId.keySet()).stream()
                .collect(Collectors.toMap(Plan::getId, Function.identity()));
        Map<Long, List<AnnualReview>> cyclesByPlan = new HashMap<>();
        reviews.findByPlanIdInOrderByCycleAsc(planById.keySet())
                .forEach(r -> cyclesByPlan.computeIfAbsent(r.getPlanId(), k -> new ArrayList<>()).add(r));
        Map<AssessmentCase, PlanFacts> facts = new HashMap<>();
        int written = 0;
        for (Plan plan : planById.values()) {
            AssessmentCase assessment = byId.get(plan.getCaseId());
            List<AnnualReview> cycles = cyclesByPlan.get(plan.getId());
            AnnualReview open = cycles.get(0);
            for (History.Decided d : histories.get(assessment.getCaseRef()).decided()) {
                open.arrangeMeeting(d.meeting(), "the school");
                open.recordMeetingHeld(d.meeting());
                open.recordDecision(d.decision(), d.on(), null);
                open.recordAmendedPlan(d.amended());
                if (d.decision() != ReviewDecision.CEASE) {
                    open = new AnnualReview(plan, open.getCycle() + 1, AnnualReview.Source.HERE, Instant.now());
                    cycles.add(open);
                }
            }
            reviews.saveAll(cycles);
            written += cycles.size();
            facts.put(assessment, PlanService.facts(assessment, plan, cycles));
        }
        reviews.flush();
        clocks.updatePlans(facts);
        return written;
    }

    /**
     * A plan's review history: each cycle due a year after the last decision; 92 in 100 decided (from 40 days early
     * to 20 late, the meeting 10 to 40 days before), the rest left open; of decisions, 70 in 100 maintain, 25 amend
     * (the amended plan 20 to 80 days later, if that has come), 5 cease.
     */
    private record History(List<Decided> decided) {

        record Decided(LocalDate meeting, ReviewDecision decision, LocalDate on, LocalDate amended) {
        }

        static History of(LocalDate start, LocalDate ceased, LocalDate today, Random random) {
            List<Decided> decided = new ArrayList<>();
            LocalDate last = ceased != null && ceased.isBefore(today) ? ceased : today;
            LocalDate cycleStart = start;
            while (true) {
                LocalDate due = cycleStart.plusYears(1);
                LocalDate on = due.minusDays(40 - random.nextInt(61));
                if (random.nextInt(100) >= 92 || on.isAfter(last) || !on.isAfter(cycleStart.plusDays(60))) {
                    return new History(decided);
                }
                LocalDate meeting = on.minusDays(10 + random.nextInt(31));
                int roll = random.nextInt(100);
                ReviewDecision decision = roll < 70 ? ReviewDecision.MAINTAIN
                        : roll < 95 ? ReviewDecision.AMEND : ReviewDecision.CEASE;
                LocalDate amended = decision == ReviewDecision.AMEND ? on.plusDays(20 + random.nextInt(61)) : null;
                decided.add(new Decided(meeting, decision, on,
                        amended != null && !amended.isAfter(last) ? amended : null));
                if (decision == ReviewDecision.CEASE) {
                    return new History(decided);
                }
                cycleStart = on;
            }
        }
    }
}
