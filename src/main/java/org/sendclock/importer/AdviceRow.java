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
 */
record AdviceRow(String caseRef, AdviceType adviceType, LocalDate requestedDate, LocalDate receivedDate,
                 AdviceExceptionReason exceptionReason, String provider, LocalDate withdrawnDate) {

    static final String FILE = "advice.csv";
    static final List<String> COLUMNS = List.of("case_ref", "advice_type", "requested_date", "received_date",
            "exception_reason", "provider", "withdrawn_date");
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
                row.date("withdrawn_date"));
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

    /** Matches advice already in the system: the same case, type and requested date. */
    String key() {
        return caseRef + "|" + adviceType + "|" + requestedDate;
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
                ended.isBefore(requestedDate) ? requestedDate : ended);
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
        return new AdviceRow(caseRef, advice.getAdviceType(), advice.getRequestedDate(), advice.getReceivedDate(),
                advice.getExceptionReason(), advice.getProvider(), advice.getWithdrawnDate());
    }

    List<String> cells() {
        return Arrays.asList(caseRef, text(adviceType), text(requestedDate), text(receivedDate), text(exceptionReason),
                provider, text(withdrawnDate));
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
