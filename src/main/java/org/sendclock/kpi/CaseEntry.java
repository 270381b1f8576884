package org.sendclock.kpi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One line of a drill-down: the case reference and the dates the measure used, enough to check the figure by hand.
 * Never a name or date of birth: the performance team works from case references.
 *
 * @param startDate    when the clock started (the request date; for advice, the date it was requested)
 * @param dueDate      the clock's due date in the clock register, which the event was measured against
 * @param eventDate    the date of the fact counted (plan issued, decision notice sent, advice received); none for the
 *                     backlog
 * @param decision     for the decisions measure only: ASSESS or REFUSE (empty when an import brought none)
 * @param decisionDate for the decisions measure only: when the decision was taken; its notice is {@code eventDate}
 * @param exceptionApplies for the 20-week measure only: a reg 10(4) exception that counts applies to the plan
 * @param exceptionRecordedAfterIssue for the 20-week measure only: a reg 10(4) exception was recorded after the plan
 *                     was issued, which auditors ask about (it still counts if a manager agreed it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseEntry(String caseRef, String adviceType, LocalDate startDate, LocalDate dueDate,
                        LocalDate eventDate, String decision, LocalDate decisionDate, Boolean exceptionApplies,
                        Boolean exceptionRecordedAfterIssue) {

    static final List<String> CSV_HEADER =
            List.of("caseRef", "adviceType", "startDate", "dueDate", "eventDate");

    /** The decisions measure's lists also say what was decided and when, beside the notice counted. */
    static final List<String> DECISION_CSV_HEADER =
            List.of("caseRef", "adviceType", "startDate", "dueDate", "eventDate", "decision", "decisionDate");

    /** The 20-week measure's lists also mark the exceptions, and those recorded after the plan was issued. */
    static final List<String> TWENTY_WEEK_CSV_HEADER =
            List.of("caseRef", "adviceType", "startDate", "dueDate", "eventDate", "exceptionApplies",
                    "exceptionRecordedAfterIssue");

    public CaseEntry(String caseRef, String adviceType, LocalDate startDate, LocalDate dueDate, LocalDate eventDate) {
        this(caseRef, adviceType, startDate, dueDate, eventDate, null, null, null, null);
    }

    CaseEntry(String caseRef, String adviceType, LocalDate startDate, LocalDate dueDate, LocalDate eventDate,
              String decision, LocalDate decisionDate) {
        this(caseRef, adviceType, startDate, dueDate, eventDate, decision, decisionDate, null, null);
    }

    List<Object> csvRow() {
        return Arrays.asList(caseRef, adviceType, startDate, dueDate, eventDate);
    }

    List<Object> twentyWeekCsvRow() {
        return Arrays.asList(caseRef, adviceType, startDate, dueDate, eventDate, exceptionApplies,
                exceptionRecordedAfterIssue);
    }

    List<Object> decisionCsvRow() {
        return Arrays.asList(caseRef, adviceType, startDate, dueDate, eventDate, decision, decisionDate);
    }
}
