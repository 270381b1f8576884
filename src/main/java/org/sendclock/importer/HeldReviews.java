package org.sendclock.importer;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review cycles held for some cases, each named by its meeting date as a file names it (advice.csv's
 * {@code review_meeting_date}), with the days its advice may be asked within: for checking and writing a review's
 * advice rows.
 */
final class HeldReviews {

    /** One cycle: its id and number, the day it began (the plan's start or the decision before) and its decision. */
    record Cycle(long id, long caseId, int number, LocalDate began, LocalDate decisionDate) {
    }

    /** A case's cycles with a meeting on record, by meeting date, and the day its plan ceased (null if it has not). */
    record OfCase(Map<LocalDate, Cycle> byMeeting, LocalDate ceased) {
    }

    private HeldReviews() {
    }

    /** The cycles of these cases' plans; a case without a plan is left out. */
    static Map<String, OfCase> of(EntityManager entityManager, Collection<String> caseRefs) {
        Map<String, OfCase> held = new HashMap<>();
        List<String> refs = new ArrayList<>(caseRefs);
        for (int from = 0; from < refs.size(); from += 500) {
            List<String> batch = refs.subList(from, Math.min(refs.size(), from + 500));
            Map<String, List<Object[]>> rows = new LinkedHashMap<>();
            entityManager.createQuery("select c.caseRef, c.id, r.id, r.cycle, r.meetingDate, r.decisionDate,"
                            + " p.startDate, p.ceasedDate from AnnualReview r join Plan p on p.id = r.planId"
                            + " join AssessmentCase c on c.id = r.caseId where c.caseRef in :refs"
                            + " order by c.caseRef, r.cycle", Object[].class)
                    .setParameter("refs", batch).getResultStream()
                    .forEach(r -> rows.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r));
            rows.forEach((caseRef, cycles) -> {
                Map<LocalDate, Cycle> byMeeting = new HashMap<>();
                LocalDate began = (LocalDate) cycles.get(0)[6];
                for (Object[] r : cycles) {
                    if (r[4] != null) {
                        byMeeting.put((LocalDate) r[4], new Cycle((Long) r[2], (Long) r[1], (Integer) r[3], began,
                                (LocalDate) r[5]));
                    }
                    if (r[5] != null) {
                        began = (LocalDate) r[5];
                    }
                }
                held.put(caseRef, new OfCase(byMeeting, (LocalDate) cycles.get(0)[7]));
            });
        }
        return held;
    }
}
