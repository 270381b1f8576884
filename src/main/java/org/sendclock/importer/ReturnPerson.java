package org.sendclock.importer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sendclock.sen2.Items;
import org.sendclock.sen2.Sen2File;
import org.sendclock.sen2.Sen2Module;

/**
 * One child of last year's SEN2 return as read (module 1 with their requests and what followed each), with where each
 * record was in the files and the problems found so far, each named by module and item. A problem is reported under
 * the child's UPN, else the council's case reference (the module CSVs), else their position in the file.
 */
final class ReturnPerson {

    /** Where a record was: the file and its row (the module CSVs), or the person's position (the XML). */
    record Location(String file, int row) {
        static Location all(String file, int position) {
            return new Location(file, position);
        }
    }

    /** A bad value: the record it is in, its module and item, and what is wrong. */
    private record Problem(Items record, Sen2Module module, String item, String message) {
    }

    private final int position;
    private final Location everywhere;
    private final Map<Items, Location> locations = new IdentityHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private Sen2File.Person person;

    ReturnPerson(int position, Location everywhere) {
        this.position = position;
        this.everywhere = everywhere;
    }

    void read(Sen2File.Person person) {
        this.person = person;
    }

    /** The record's own row, for the module CSVs. */
    void locate(Items record, Location location) {
        locations.put(record, location);
    }

    Sen2File.Person person() {
        return person;
    }

    int position() {
        return position;
    }

    void problem(Sen2Module module, String item, String message) {
        problems.add(new Problem(null, module, item, message));
    }

    void problem(Items record, String item, String message) {
        problems.add(new Problem(record, record.module(), item, message));
    }

    int problemCount() {
        return problems.size();
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Where a record was read from: its own row, else the person's. */
    Location where(Items record) {
        Location own = record == null ? null : locations.get(record);
        if (own != null) {
            return own;
        }
        Location personRow = person == null ? null : locations.get(person.items());
        return personRow != null ? personRow : everywhere;
    }

    /** Who the errors are about, as the council would look them up. */
    String named(String caseRef) {
        String upn = person == null ? null : person.items().get("UPN");
        if (upn != null) {
            return "UPN " + ImportErrors.excerpt(upn);
        }
        if (caseRef != null) {
            return "CaseRef " + ImportErrors.excerpt(caseRef);
        }
        return "person " + position;
    }

    /** An error about an item of a record, named by its file and row, its module and item, and the child. */
    ImportError error(Items record, Sen2Module module, String item, String caseRef, String message) {
        Location at = where(record);
        return new ImportError(at.file(), at.row(), module.element() + "/" + item, named(caseRef) + ": " + message);
    }

    void reportTo(ImportErrors errors) {
        String caseRef = person == null ? null : person.caseRef();
        for (Problem p : problems) {
            errors.add(error(p.record(), p.module(), p.item(), caseRef, p.message()));
        }
    }
}
