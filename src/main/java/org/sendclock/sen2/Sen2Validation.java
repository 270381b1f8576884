package org.sendclock.sen2;

import java.io.StringWriter;
import java.util.List;
import org.sendclock.csv.CsvWriter;

/**
 * The validation of one return: how many children and requests it holds, every failure (rule, case, what the record
 * says, where to fix it), and what the product could not confirm against the published guide.
 */
public record Sen2Validation(int year, int children, int requests, long childrenFailing, List<Failure> failures,
                             List<NotConfirmed.Point> notConfirmed) {

    /** A failure as the report gives it. */
    public record Failure(String rule, String module, String item, String ruleText, String caseRef, String detail,
                          String fixAt) {
    }

    static Sen2Validation of(Sen2File file, List<Sen2Failure> found) {
        int requests = file.persons().stream().mapToInt(p -> p.requests().size()).sum();
        java.util.Set<String> failing = new java.util.HashSet<>();
        found.forEach(f -> failing.add(f.caseRef()));
        long childrenFailing = file.persons().stream().filter(p -> failing.contains(p.caseRef())
                || p.requests().stream().anyMatch(r -> failing.contains(r.caseRef()))).count();
        return new Sen2Validation(file.reportingYear(), file.persons().size(), requests, childrenFailing,
                found.stream().map(f -> new Failure(f.rule().id(), f.rule().moduleNumber(), f.rule().item(),
                        f.rule().text(), f.caseRef(), f.detail(), f.fixAt())).toList(), NotConfirmed.POINTS);
    }

    public String csv() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("Rule", "Module", "Item", "RuleText", "CaseRef", "Detail"));
        failures.forEach(f -> csv.row(java.util.Arrays.asList(f.rule(), f.module(), f.item(), f.ruleText(),
                f.caseRef(), f.detail())));
        return out.toString();
    }
}
