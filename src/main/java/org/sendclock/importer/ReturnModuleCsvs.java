package org.sendclock.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendclock.sen2.Items;
import org.sendclock.sen2.Sen2File;
import org.sendclock.sen2.Sen2Module;

/**
 * Last year's return as the module CSVs (the files {@code /api/sen2/{year}/modules/{module}.csv} gives): each starts
 * with {@code CaseRef}, then the module's items under their DfE names, any order. Unlike the XML, a child's records are
 * spread over eight files, so every module's rows are read first and kept by case (a few hundred bytes a case, as
 * reviews.csv is: ADR 19); then the children are given in the person module's order. A person row names the case of
 * the child's latest request; the child's requests are the rows of the requests module up to and including it, in
 * file order, as the return writes them. The other modules hang on their request's CaseRef.
 */
final class ReturnModuleCsvs implements ReturnImport.People {

    private final ImportErrors errors;
    private final Map<Sen2Module, Map<String, List<Located>>> byCase = new HashMap<>();
    private final List<Located> persons = new ArrayList<>();
    private final List<Located> requests = new ArrayList<>();
    private int nextPerson;
    private int nextRequest;

    /** A record and the row it was read from. */
    private record Located(String caseRef, Items items, ReturnPerson.Location at) {
    }

    ReturnModuleCsvs(Map<Sen2Module, Path> files, ImportLimits limits, ImportErrors errors) {
        this.errors = errors;
        if (!files.containsKey(Sen2Module.PERSON) || !files.containsKey(Sen2Module.REQUESTS)) {
            errors.add(new ImportError("", 0, "", "the person and requests modules are both needed; the others are"
                    + " given where the return has their records"));
            return;
        }
        files.forEach((module, path) -> read(module, path, limits));
    }

    private void read(Sen2Module module, Path path, ImportLimits limits) {
        String name = module.slug() + ".csv";
        List<String> columns = new ArrayList<>();
        columns.add("CaseRef");
        columns.addAll(module.items());
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
             CsvFile csv = new CsvFile(name, reader, columns, Set.of("CaseRef"), errors, limits)) {
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                String caseRef = row.required("CaseRef");
                Items items = new Items(module);
                for (String item : module.items()) {
                    items.put(item, row.text(item));
                }
                if (caseRef == null || !row.valid()) {
                    continue;
                }
                Located record = new Located(caseRef, items, new ReturnPerson.Location(name, row.number()));
                switch (module) {
                    case PERSON -> persons.add(record);
                    case REQUESTS -> requests.add(record);
                    default -> byCase.computeIfAbsent(module, m -> new HashMap<>())
                            .computeIfAbsent(caseRef, r -> new ArrayList<>()).add(record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ReturnPerson next() {
        if (nextPerson >= persons.size()) {
            if (nextPerson == persons.size() && nextRequest < requests.size()) {
                nextPerson++;
                Located orphan = requests.get(nextRequest);
                errors.add(new ImportError(orphan.at().file(), orphan.at().row(), "CaseRef", "CaseRef "
                        + ImportErrors.excerpt(orphan.caseRef()) + ": no person row comes after this request's:"
                        + " a child's person row names their latest request, after their earlier ones"));
            }
            return null;
        }
        Located person = persons.get(nextPerson++);
        ReturnPerson child = new ReturnPerson(nextPerson, person.at());
        child.locate(person.items(), person.at());
        List<Sen2File.Request> theirs = new ArrayList<>();
        while (nextRequest < requests.size()) {
            Located request = requests.get(nextRequest++);
            theirs.add(request(child, request));
            if (request.caseRef().equals(person.caseRef())) {
                break;
            }
            if (nextRequest == requests.size()) {
                child.problem(person.items(), "CaseRef", "names no request in the requests module after the"
                        + " previous person's");
            }
        }
        child.read(new Sen2File.Person(person.caseRef(), person.items(), theirs));
        return child;
    }

    private Sen2File.Request request(ReturnPerson child, Located request) {
        String ref = request.caseRef();
        child.locate(request.items(), request.at());
        Items assessment = one(child, Sen2Module.ASSESSMENT, ref);
        Items named = one(child, Sen2Module.NAMED_PLAN, ref);
        Items active = one(child, Sen2Module.ACTIVE_PLANS, ref);
        List<Items> details = all(child, Sen2Module.PLAN_DETAIL, ref);
        List<Items> placements = all(child, Sen2Module.PLACEMENT_DETAIL, ref);
        List<Items> needs = all(child, Sen2Module.SEN_NEED, ref);
        if (named == null && !details.isEmpty()) {
            child.problem(details.get(0), "CaseRef", "a plan-detail row needs its case's named-plan row");
        }
        if (assessment == null && named != null) {
            child.problem(named, "CaseRef", "a named-plan row needs its case's assessment row");
        }
        if (active == null && !(placements.isEmpty() && needs.isEmpty())) {
            child.problem((placements.isEmpty() ? needs : placements).get(0), "CaseRef",
                    "placement-detail and sen-need rows need their case's active-plans row");
        }
        Sen2File.NamedPlan plan = named == null ? null : new Sen2File.NamedPlan(named, details);
        return new Sen2File.Request(ref, request.items(), assessment == null ? null
                : new Sen2File.Assessment(assessment, plan),
                active == null ? null : new Sen2File.ActivePlan(active, placements, needs));
    }

    private Items one(ReturnPerson child, Sen2Module module, String caseRef) {
        List<Items> found = all(child, module, caseRef);
        if (found.size() > 1) {
            child.problem(found.get(1), "CaseRef", "appears twice in the " + module.slug() + " module: a request has"
                    + " one " + module.element() + " record");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private List<Items> all(ReturnPerson child, Sen2Module module, String caseRef) {
        List<Located> found = byCase.getOrDefault(module, Map.of()).getOrDefault(caseRef, List.of());
        List<Items> items = new ArrayList<>();
        for (Located record : found) {
            child.locate(record.items(), record.at());
            items.add(record.items());
        }
        return items;
    }

    @Override
    public Integer collectionYear() {
        return null;
    }

    @Override
    public boolean namesCases() {
        return true;
    }

    @Override
    public void close() {
    }

    /** The module files a form or request may name, by the name they are given under. */
    static Map<String, Sen2Module> bySlug() {
        Map<String, Sen2Module> modules = new LinkedHashMap<>();
        for (Sen2Module module : Sen2Module.values()) {
            modules.put(module.slug(), module);
        }
        return modules;
    }
}
