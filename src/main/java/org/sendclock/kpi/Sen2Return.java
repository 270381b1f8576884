package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The annual SEN2 return's person-level extract for a calendar year, and its validation report. */
@Service
@Transactional(readOnly = true)
public class Sen2Return {

    private final Sen2Cases cases;

    Sen2Return(Sen2Cases cases) {
        this.cases = cases;
    }

    public CsvTable extract(int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        return new CsvTable("sen2-" + year, Sen2Row.HEADER, cases.inReturnFor(year).stream()
                .<List<?>>map(f -> Sen2Row.of(f, yearEnd).csvRow()).toList());
    }

    public Sen2Validation validation(int year) {
        List<Sen2Facts> records = cases.inReturnFor(year);
        List<Sen2Problem> problems = records.stream().flatMap(f -> Sen2Checks.of(f).stream()).toList();
        return new Sen2Validation(year, records.size(), problems.stream().map(Sen2Problem::caseRef).distinct().count(),
                problems);
    }
}
