package org.sendclock.kpi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One line of a drill-down: the case reference and the dates the measure used, enough to check the figure by hand.
 * Never a name or date of birth: the performance team works from case references.
 *
 * @param startDate when the clock started (the request date; for advice, the date it was requested)
 * @param dueDate   the stored statutory due date the event was measured against
 * @param eventDate the date of the event counted (plan issued, decision made, advice received); none for the backlog
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseEntry(String caseRef, String adviceType, LocalDate startDate, LocalDate dueDate,
                        LocalDate eventDate) {

    static final List<String> CSV_HEADER =
            List.of("caseRef", "adviceType", "startDate", "dueDate", "eventDate");

    List<Object> csvRow() {
        return Arrays.asList(caseRef, adviceType, startDate, dueDate, eventDate);
    }
}
