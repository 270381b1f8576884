package org.sendclock.sen2;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A whole SEN2 return as the DfE's file nests it: the header (module 0), then each child once (module 1) with their
 * requests (2); a request has at most one assessment (3), which has the named plan (4a) when a plan started or ceased
 * in the year, with the settings it names (4b); and, when the request's plan was active during the year, the active
 * plan (5a) with its placements (5b) and needs (5c). Every record carries the case reference it came from, which is
 * written to the module CSVs and never to the XML. Built by {@link ReturnBuilder}, written by {@link Sen2Xml} and
 * {@link ModuleCsv}; a reader of last year's file fills the same shape.
 */
public record Sen2File(Header header, List<Person> persons) {

    /** Module 0. {@code year} is the collection's (the January of filing); the return covers the calendar year before. */
    public record Header(int year, LocalDate referenceDate, String laCode, String softwareCode, String release,
                         LocalDateTime madeAt) {
    }

    /** Module 1: the child, from their latest case. */
    public record Person(String caseRef, Items items, List<Request> requests) {
    }

    /** Module 2: one request for an assessment (one case), with what followed it. */
    public record Request(String caseRef, Items items, Assessment assessment, ActivePlan activePlan) {
    }

    /** Module 3, with module 4a when a plan started or ceased in the year. */
    public record Assessment(Items items, NamedPlan namedPlan) {
    }

    /** Module 4a and the settings it names (4b). */
    public record NamedPlan(Items items, List<Items> planDetails) {
    }

    /** Module 5a, with 5b placements and 5c needs. */
    public record ActivePlan(Items items, List<Items> placements, List<Items> needs) {
    }

    /** The calendar year the return covers. */
    public int reportingYear() {
        return header.year() - 1;
    }

    /** Every record of a module with the case it came from, in file order: a module CSV's rows. */
    public List<Row> rows(Sen2Module module) {
        return persons.stream().flatMap(p -> switch (module) {
            case PERSON -> java.util.stream.Stream.of(new Row(p.caseRef(), p.items()));
            default -> p.requests().stream().flatMap(r -> requestRows(r, module));
        }).toList();
    }

    private static java.util.stream.Stream<Row> requestRows(Request r, Sen2Module module) {
        String ref = r.caseRef();
        Assessment a = r.assessment();
        NamedPlan n = a == null ? null : a.namedPlan();
        ActivePlan p = r.activePlan();
        List<Items> found = switch (module) {
            case REQUESTS -> List.of(r.items());
            case ASSESSMENT -> a == null ? List.of() : List.of(a.items());
            case NAMED_PLAN -> n == null ? List.of() : List.of(n.items());
            case PLAN_DETAIL -> n == null ? List.of() : n.planDetails();
            case ACTIVE_PLANS -> p == null ? List.of() : List.of(p.items());
            case PLACEMENT_DETAIL -> p == null ? List.of() : p.placements();
            case SEN_NEED -> p == null ? List.of() : p.needs();
            case PERSON -> List.of();
        };
        return found.stream().map(items -> new Row(ref, items));
    }

    /** One record of a module and the case reference it came from. */
    public record Row(String caseRef, Items items) {
    }
}
