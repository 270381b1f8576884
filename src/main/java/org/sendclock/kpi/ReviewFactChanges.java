package org.sendclock.kpi;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.sendclock.clock.ClockRowsInserted;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.deadline.Deadline;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.Plan;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notes the months whose kept review figures a transaction's writes change, and marks them changed as it commits
 * (ADR 37): whatever writes a review clock, a review or a plan's cease, a command, an import, the engine or the demo,
 * writes it through Hibernate, whose events are heard here, or inserts new clocks as plain rows
 * ({@link ClockRowsInserted}). The marks are written in the transaction's last step, after Hibernate's last flush, so
 * a change and its mark commit together, and each month's row is locked only while the transaction commits.
 *
 * <p>A month is touched when a fact that places a row in it, or decides one of its figures, changes: a review clock's
 * due date (its month's {@code due}) or met date ({@code onTime}); a review's decision or amended plan date, and the
 * meeting, decision and proposal the timeliness of those is measured from; a plan's cease date, which takes its later
 * reviews out of {@code due}. The old month and the new both, when a date moves.
 */
@Component
class ReviewFactChanges implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** The review's fields a figure reads (ReviewCycles' sums and populations). */
    private static final Set<String> REVIEW_FIELDS = Set.of("meetingDate", "decision", "decisionDate",
            "amendmentsProposedDate", "amendedPlanDate");
    private static final Set<String> CLOCK_FIELDS = Set.of("caseId", "clock", "dueDate", "doneDate");

    private static final String MARK = "update review_month_figures set changes = changes + 1 where year_month = ?";
    private static final String REVIEW_DUE_DATES = "select distinct due_date from statutory_clock where clock = '"
            + Deadline.ANNUAL_REVIEW.name() + "' and case_id in (%s)";
    /** Cases asked about at once: an import makes thousands of plans. */
    private static final int CASES_AT_ONCE = 500;

    @PersistenceContext
    private EntityManager entityManager;

    ReviewFactChanges(EntityManagerFactory entityManagerFactory) {
        EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getEventEngine().getListenerRegistry();
        listeners.appendListeners(EventType.POST_INSERT, this);
        listeners.appendListeners(EventType.POST_UPDATE, this);
        listeners.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        noteWritten(event.getEntity(), event.getSession(), null);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Object entity = event.getEntity();
        Set<String> relevant = entity instanceof AnnualReview ? REVIEW_FIELDS
                : entity instanceof StatutoryClock ? CLOCK_FIELDS
                : entity instanceof Plan ? Set.of("ceasedDate") : Set.of();
        if (!relevant.isEmpty() && anyDirty(event, relevant)) {
            noteWritten(entity, event.getSession(), new OldState(event.getPersister(), event.getOldState()));
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        // The deleted state is the row as it was: its months lose it.
        noteWritten(event.getEntity(), event.getSession(),
                new OldState(event.getPersister(), event.getDeletedState()));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** New clocks an import wrote as plain rows, in this transaction: their review clocks' months. */
    @EventListener
    void clockRowsInserted(ClockRowsInserted inserted) {
        Marks marks = null;
        for (StatutoryClock k : inserted.clocks()) {
            if (k.getClock() == Deadline.ANNUAL_REVIEW) {
                marks = marks == null ? marks(entityManager.unwrap(SessionImplementor.class)) : marks;
                marks.month(k.getDueDate());
            }
        }
    }

    private void noteWritten(Object entity, SessionImplementor session, OldState old) {
        if (entity instanceof AnnualReview review) {
            Marks marks = marks(session);
            marks.month(review.getDecisionDate());
            marks.month(review.getAmendedPlanDate());
            if (old != null) {
                marks.month(old.date("decisionDate"));
                marks.month(old.date("amendedPlanDate"));
            }
        } else if (entity instanceof StatutoryClock clock && (clock.getClock() == Deadline.ANNUAL_REVIEW
                || (old != null && old.value("clock") == Deadline.ANNUAL_REVIEW))) {
            Marks marks = marks(session);
            marks.month(clock.getDueDate());
            if (old != null) {
                marks.month(old.date("dueDate"));
            }
        } else if (entity instanceof Plan plan && plan.getCaseId() != null) {
            marks(session).reviewsOfCase(plan.getCaseId());
        }
    }

    private static boolean anyDirty(PostUpdateEvent event, Set<String> fields) {
        int[] dirty = event.getDirtyProperties();
        if (dirty == null) {
            return true;
        }
        String[] names = event.getPersister().getPropertyNames();
        return Arrays.stream(dirty).anyMatch(i -> fields.contains(names[i]));
    }

    /**
     * The transaction's marks, one set for the whole transaction (an import touches thousands of reviews in a few
     * hundred months), registered with Hibernate once to be written as it commits.
     */
    private static Marks marks(SessionImplementor session) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Marks alone = new Marks();
            session.getActionQueue().registerProcess(alone);
            return alone;
        }
        Marks marks = (Marks) TransactionSynchronizationManager.getResource(Marks.class);
        if (marks == null) {
            Marks created = new Marks();
            TransactionSynchronizationManager.bindResource(Marks.class, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Marks.class);
                }
            });
            session.getActionQueue().registerProcess(created);
            marks = created;
        }
        return marks;
    }

    /** The months to mark, written in month order so two transactions marking the same months cannot deadlock. */
    private static final class Marks implements BeforeTransactionCompletionProcess {

        private final Set<Integer> months = new TreeSet<>();
        private final Set<Long> casesWithReviews = new TreeSet<>();

        void month(LocalDate day) {
            if (day != null) {
                months.add(ReviewMonthFigures.key(day));
            }
        }

        /** A plan made, removed, ceased or its cease undone: every month its case's reviews fall due in. */
        void reviewsOfCase(Long caseId) {
            casesWithReviews.add(caseId);
        }

        @Override
        public void doBeforeTransactionCompletion(SessionImplementor session) {
            session.doWork(this::write);
        }

        private void write(Connection connection) throws SQLException {
            Set<Integer> all = new TreeSet<>(months);
            List<Long> cases = new ArrayList<>(casesWithReviews);
            for (int from = 0; from < cases.size(); from += CASES_AT_ONCE) {
                List<Long> some = cases.subList(from, Math.min(cases.size(), from + CASES_AT_ONCE));
                String sql = REVIEW_DUE_DATES.formatted(String.join(", ", Collections.nCopies(some.size(), "?")));
                try (PreparedStatement dueDates = connection.prepareStatement(sql)) {
                    for (int i = 0; i < some.size(); i++) {
                        dueDates.setLong(i + 1, some.get(i));
                    }
                    try (ResultSet rs = dueDates.executeQuery()) {
                        while (rs.next()) {
                            all.add(ReviewMonthFigures.key(rs.getObject(1, LocalDate.class)));
                        }
                    }
                }
            }
            if (all.isEmpty()) {
                return;
            }
            try (PreparedStatement mark = connection.prepareStatement(MARK)) {
                for (int month : all) {
                    mark.setInt(1, month);
                    mark.addBatch();
                }
                mark.executeBatch();
            }
        }
    }

    /** A row's values before the write, by field name. */
    private record OldState(EntityPersister persister, Object[] state) {

        Object value(String field) {
            if (state == null) {
                return null;
            }
            String[] names = persister.getPropertyNames();
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(field)) {
                    return state[i];
                }
            }
            throw new IllegalArgumentException(persister.getEntityName() + " has no field " + field);
        }

        LocalDate date(String field) {
            return (LocalDate) value(field);
        }
    }
}
