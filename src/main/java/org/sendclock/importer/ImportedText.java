package org.sendclock.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.Text;

/** The timeline's words for what an import brought in. */
final class ImportedText {

    private ImportedText() {
    }

    static String summary(RequestRow row) {
        List<String> steps = new ArrayList<>();
        steps.add("request received " + DateText.of(row.requestDate()));
        if (row.decision() != null) {
            steps.add((row.decision() == Decision.ASSESS ? "decided to assess " : "refused ")
                    + DateText.of(row.decisionDate())
                    + (row.decisionNoticeDate().equals(row.decisionDate()) ? ""
                            : ", family told " + DateText.of(row.decisionNoticeDate())));
        }
        add(steps, "no plan ", row.noPlanDate());
        add(steps, "draft plan served ", row.draftPlanDate());
        add(steps, "final plan issued ", row.finalPlanDate());
        if (row.closedDate() != null) {
            steps.add(Text.words(row.closedReason()) + " " + DateText.of(row.closedDate()));
        }
        if (row.exceptionReason() != null) {
            steps.add("reg 10(4) exception: " + Text.words(row.exceptionReason()));
        }
        return "Brought in from the previous system: " + String.join("; ", steps);
    }

    static String adviceOutcome(AdviceRow row) {
        if (row.receivedDate() != null) {
            return ", received " + DateText.of(row.receivedDate());
        }
        if (row.exceptionReason() != null) {
            return ", excused under reg 8(2): " + Text.words(row.exceptionReason());
        }
        if (row.withdrawnDate() != null) {
            return ", withdrawn " + DateText.of(row.withdrawnDate());
        }
        return ", still awaited";
    }

    private static void add(List<String> steps, String words, LocalDate date) {
        if (date != null) {
            steps.add(words + DateText.of(date));
        }
    }
}
