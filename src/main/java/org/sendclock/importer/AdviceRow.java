package org.sendclock.importer;

import static org.sendclock.importer.RequestRow.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sendclock.advice.AdviceExceptionReason;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceStatus;
import org.sendclock.advice.AdviceType;
import org.sendclock.casefile.Decision;

/**
 * One row of advice.csv: a request for advice and what came of it. {@code provider} and {@code withdrawn_date} are
 * optional columns this system adds to the format, so that its own export carries everything back.
 * <p>
 * A row with {@code review_meeting_date} is advice asked for a review of the child's plan (ADR 29): the review whose
 * meeting was on that day, as reviews.csv gives it. A council's system knows its reviews by their meeting, not by a
 * cycle number (ADR 25), so that is what names the review here. Without it the row is the assessment's advice.
 */
record AdviceRow(String caseRef, AdviceType adviceType, LocalDate requestedDate, LocalDate receivedDate,
                 AdviceExceptionReason exceptionReason, String provider, LocalDate withdrawnDate,
                 LocalDate reviewMeetingDate) {

    static final String FILE = "advice.csv";
    static final List<String> COLUMNS = List.of("case_ref", "advice_type", "requested_date", "received_date",
            "exception_reason", "provider", "withdrawn_date", "review_meeting_date");
    static final Set<String> REQUIRED = Set.of("case_ref", "advice_type", "requested_date");
    private static final int MAX_PROVIDER = 200;

    /** Reads one row, checking it on its own; null when it has any error (all of them recorded). */
    static AdviceRow read(CsvRow row, LocalDate today) {
        String caseRef = row.required("case_ref");
        AdviceType type = row.code("advice_type", AdviceType.class);
        row.rejectIf(row.text("advice_type") == null, "advice_type", "is required");
        LocalDate requested = row.date("requested_date");
        row.rejectIf(row.text("requested_date") == null, "requested_date", "is required");
        AdviceRow r = new AdviceRow(caseRef, type, requested, row.date("received_date"),
                row.code("exception_reason", AdviceExceptionReason.class), row.text("provider"),
                row.date("withdrawn_date"), row.date("review_meeting_date"));
        r.check(row, today);
        return row.valid() ? r : null;
    }

    private void check(CsvRow row, LocalDate today) {
        row.rejectIf(requestedDate != null && requestedDate.isAfter(today), "requested_date", "must not be in the future");
        row.rejectIf(receivedDate != null && receivedDate.isAfter(today), "received_date", "must not be in the future");
        row.rejectIf(withdrawnDate != null && withdrawnDate.isAfter(today), "withdrawn_date", "must not be in the future");
        row.rejectIf(receivedDate != null && requestedDate != null && receivedDate.isBefore(requestedDate),
                "received_date", "must not be before requested_date (" + requestedDate + ")");
        row.rejectIf(withdrawnDate != null && requestedDate != null && withdrawnDate.isBefore(requestedDate),
                "withdrawn_date", "must not be before requested_date (" + requestedDate + ")");
        row.rejectIf(withdrawnDate != null && receivedDate != null, "withdrawn_date",
                "advice that was received was not withdrawn");
        row.rejectIf(withdrawnDate != null && exceptionReason != null, "withdrawn_date",
                "advice excused under reg 8(2) was not withdrawn");
        row.rejectIf(provider != null && provider.length() > MAX_PROVIDER, "provider",
                "must be at most " + MAX_PROVIDER + " characters");
    }

    /** Checks the row against its case as it will stand after the import. */
    void checkAgainst(CaseFacts facts, CsvRow row) {
        if (facts == null) {
            row.reject("case_ref", "there is no case " + ImportErrors.excerpt(caseRef)
                    + " in requests.csv or in the system");
            return;
        }
        if (facts.decision() != Decision.ASSESS) {
            row.reject("case_ref", "advice is requested only once the council has decided to assess; case "
                    + ImportErrors.excerpt(caseRef)
                    + (facts.decision() == Decision.REFUSE ? " was refused" : " has no decision to assess"));
            return;
        }
        row.rejectIf(requestedDate.isBefore(facts.decisionDate()), "requested_date",
                "must not be before the decision to assess (" + facts.decisionDate() + ")");
    }

    /**
     * Checks a review's advice against the review it names, as the review's own request checks it
     * ({@code ReviewAdvice.request}): asked within the review's cycle, from the day it began (the plan's start, or the
     * decision of the review before) until the review was decided or the plan ceased.
     *
     * @param reviews the case's review cycles held, by meeting date (null when the case is not held)
     */
    void checkAgainst(HeldReviews.OfCase reviews, CsvRow row) {
        if (reviews == null) {
            row.reject("case_ref", "there is no case " + ImportErrors.excerpt(caseRef) + " with a plan in the system:"
                    + " a review's advice is imported after its plan (plans.csv) and its reviews (reviews.csv)");
            return;
        }
        HeldReviews.Cycle cycle = reviews.byMeeting().get(reviewMeetingDate);
        if (cycle == null) {
            row.reject("review_meeting_date", "case " + ImportErrors.excerpt(caseRef) + " has no review with its"
                    + " meeting on " + reviewMeetingDate + (reviews.byMeeting().isEmpty() ? "" : " (its reviews' meetings: "
                    + reviews.byMeeting().keySet().stream().sorted().map(LocalDate::toString)
                    .collect(java.util.stream.Collectors.joining(", ")) + ")") + ": import reviews.csv first");
            return;
        }
        row.rejectIf(requestedDate.isBefore(cycle.began()), "requested_date", "must not be before review "
                + cycle.number() + "'s cycle began (" + cycle.began() + ")");
        row.rejectIf(cycle.decisionDate() != null && requestedDate.isAfter(cycle.decisionDate()), "requested_date",
                "must not be after review " + cycle.number() + " was decided (" + cycle.decisionDate()
                        + "): a review's advice is asked for while its meeting is prepared");
        row.rejectIf(reviews.ceased() != null && requestedDate.isAfter(reviews.ceased()), "requested_date",
                "must not be after the plan ceased (" + reviews.ceased() + ")");
    }

    boolean forReview() {
        return reviewMeetingDate != null;
    }

    /** Matches advice already in the system: the same case, type and requested date, and the same review if any. */
    String key() {
        return caseRef + "|" + adviceType + "|" + requestedDate + (forReview() ? "|review " + reviewMeetingDate : "");
    }

    /**
     * A review's advice as it will be held: advice still awaited when its review was decided, or its plan ceased, was
     * withdrawn that day (ADR 29), as the review's own decision withdraws it.
     */
    AdviceRow settledBy(HeldReviews.Cycle cycle, LocalDate planCeased) {
        LocalDate ended = cycle.decisionDate();
        if (planCeased != null && (ended == null || planCeased.isBefore(ended))) {
            ended = planCeased;
        }
        if (receivedDate != null || exceptionReason != null || withdrawnDate != null || ended == null) {
            return this;
        }
        return new AdviceRow(caseRef, adviceType, requestedDate, null, null, provider,
                ended.isBefore(requestedDate) ? requestedDate : ended, reviewMeetingDate);
    }

    /**
     * The row as it will be held. Advice neither received, excused nor withdrawn on a case that has moved past
     * gathering advice is withdrawn as of that step: no clock can run for it any more.
     */
    AdviceRow settledBy(CaseFacts facts) {
        LocalDate ended = facts.adviceGatheringEnded();
        if (receivedDate != null || exceptionReason != null || withdrawnDate != null || ended == null) {
            return this;
        }
        return new AdviceRow(caseRef, adviceType, requestedDate, null, null, provider,
                ended.isBefore(requestedDate) ? requestedDate : ended, null);
    }

    AdviceStatus status() {
        if (receivedDate != null) {
            return AdviceStatus.RECEIVED;
        }
        if (exceptionReason != null) {
            return AdviceStatus.EXCUSED;
        }
        return withdrawnDate != null ? AdviceStatus.WITHDRAWN : AdviceStatus.REQUESTED;
    }

    static AdviceRow of(String caseRef, AdviceRequest advice) {
        return of(caseRef, advice, null);
    }

    /** A review's advice, named by its review's meeting date. */
    static AdviceRow of(String caseRef, AdviceRequest advice, LocalDate reviewMeetingDate) {
        return new AdviceRow(caseRef, advice.getAdviceType(), advice.getRequestedDate(), advice.getReceivedDate(),
                advice.getExceptionReason(), advice.getProvider(), advice.getWithdrawnDate(), reviewMeetingDate);
    }

    List<String> cells() {
        return Arrays.asList(caseRef, text(adviceType), text(requestedDate), text(receivedDate), text(exceptionReason),
                provider, text(withdrawnDate), text(reviewMeetingDate));
    }

    /** What this row would change in the advice request as held; a provider left empty keeps the one held. */
    List<String> changesFrom(AdviceRow current) {
        List<String> mine = cells();
        List<String> theirs = current.cells();
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (COLUMNS.get(i).equals("provider") && mine.get(i) == null) {
                continue;
            }
            if (!Objects.equals(mine.get(i), theirs.get(i))) {
                changes.add(COLUMNS.get(i) + " " + (theirs.get(i) == null ? "(none)" : theirs.get(i)) + " → "
                        + (mine.get(i) == null ? "(none)" : mine.get(i)));
            }
        }
        return changes;
    }
}
