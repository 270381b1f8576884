package org.sendclock.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sendclock.sen2.Items;
import org.sendclock.sen2.Sen2File;
import org.sendclock.sen2.Sen2Module;

/**
 * Last year's SEN2 return as the XML file COLLECT takes (the shape {@code Sen2Xml} writes), read as a stream (StAX):
 * one person at a time, never the whole document, so memory does not grow with the file (ADR 19). No DTD and no
 * external entity is read. A value is read up to {@code max-cell-length} characters; an element the module does not
 * have, an item given twice or a record where a value belongs is a problem named by module and item, and the reading
 * goes on. XML that is not well formed ends the reading with an error naming its line.
 */
final class ReturnXml implements AutoCloseable {

    private final String name;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final ImportLimits limits;
    private final ImportErrors errors;
    private Integer collectionYear;
    private boolean inPersons;
    private boolean ended;
    private int position;

    ReturnXml(String name, Path file, ImportLimits limits, ImportErrors errors) {
        this.name = name;
        this.limits = limits;
        this.errors = errors;
        try {
            this.in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_COALESCING, false);
            this.xml = factory.createXMLStreamReader(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header's collection year (the January of filing), once {@link #next()} has passed the header; else null. */
    Integer collectionYear() {
        return collectionYear;
    }

    /** The next person with the problems found reading them, or null at the end of the file (or of what is readable). */
    ReturnPerson next() {
        if (ended) {
            return null;
        }
        try {
            if (!inPersons && !toPersons()) {
                ended = true;
                return null;
            }
            while (true) {
                int event = nextElementEvent();
                if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                    ended = true;
                    return null;
                }
                position++;
                if (!xml.getLocalName().equals(Sen2Module.PERSON.element())) {
                    fileError("Persons holds <" + xml.getLocalName() + ">: only <Person> records belong there");
                    skip();
                    continue;
                }
                ReturnPerson person = new ReturnPerson(position, ReturnPerson.Location.all(name, position));
                person.read(readPerson(person));
                return person;
            }
        } catch (XMLStreamException e) {
            ended = true;
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            fileError("is not well-formed XML" + (line > 0 ? " at line " + line : "") + ": "
                    + ImportErrors.excerpt(String.valueOf(e.getMessage()).replaceAll("\\s+", " ")));
            return null;
        }
    }

    /** Up to the first person: the root, the header (its year kept), and the opening of Persons. */
    private boolean toPersons() throws XMLStreamException {
        if (nextElementEvent() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("Message")) {
            fileError("is not a SEN2 return: its root element must be <Message>");
            return false;
        }
        while (true) {
            int event = nextElementEvent();
            if (event != XMLStreamConstants.START_ELEMENT) {
                fileError("has no <Persons>: there is nothing to import");
                return false;
            }
            switch (xml.getLocalName()) {
                case "Header" -> readHeader();
                case "Persons" -> {
                    inPersons = true;
                    return true;
                }
                default -> {
                    fileError("<Message> holds <" + xml.getLocalName() + ">: only <Header> and <Persons> belong there");
                    skip();
                }
            }
        }
    }

    private void readHeader() throws XMLStreamException {
        int depth = 1;
        String element = null;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                element = xml.getLocalName();
                if (element.equals("Year")) {
                    String year = text(null, null, null);
                    depth--;
                    if (year != null && year.matches("[0-9]{4}")) {
                        collectionYear = Integer.valueOf(year);
                    } else {
                        errors.add(new ImportError(name, 0, "Header/CollectionDetails/Year",
                                "must be the collection's year written YYYY, not \"" + ImportErrors.excerpt(year) + "\""));
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private Sen2File.Person readPerson(ReturnPerson person) throws XMLStreamException {
        List<Sen2File.Request> requests = new ArrayList<>();
        Items items = record(Sen2Module.PERSON, person, child -> {
            if (!child.equals(Sen2Module.REQUESTS.element())) {
                return false;
            }
            requests.add(readRequest(person));
            return true;
        });
        return new Sen2File.Person(null, items, requests);
    }

    private Sen2File.Request readRequest(ReturnPerson person) throws XMLStreamException {
        Sen2File.Assessment[] assessment = {null};
        Sen2File.ActivePlan[] active = {null};
        Items items = record(Sen2Module.REQUESTS, person, child -> {
            if (child.equals(Sen2Module.ASSESSMENT.element())) {
                once(person, Sen2Module.REQUESTS, child, assessment[0]);
                assessment[0] = readAssessment(person);
                return true;
            }
            if (child.equals(Sen2Module.ACTIVE_PLANS.element())) {
                once(person, Sen2Module.REQUESTS, child, active[0]);
                active[0] = readActivePlan(person);
                return true;
            }
            return false;
        });
        return new Sen2File.Request(null, items, assessment[0], active[0]);
    }

    private Sen2File.Assessment readAssessment(ReturnPerson person) throws XMLStreamException {
        Sen2File.NamedPlan[] plan = {null};
        Items items = record(Sen2Module.ASSESSMENT, person, child -> {
            if (!child.equals(Sen2Module.NAMED_PLAN.element())) {
                return false;
            }
            once(person, Sen2Module.ASSESSMENT, child, plan[0]);
            List<Items> details = new ArrayList<>();
            Items planItems = record(Sen2Module.NAMED_PLAN, person, detail -> {
                if (!detail.equals(Sen2Module.PLAN_DETAIL.element())) {
                    return false;
                }
                details.add(record(Sen2Module.PLAN_DETAIL, person, none -> false));
                return true;
            });
            plan[0] = new Sen2File.NamedPlan(planItems, details);
            return true;
        });
        return new Sen2File.Assessment(items, plan[0]);
    }

    private Sen2File.ActivePlan readActivePlan(ReturnPerson person) throws XMLStreamException {
        List<Items> placements = new ArrayList<>();
        List<Items> needs = new ArrayList<>();
        Items items = record(Sen2Module.ACTIVE_PLANS, person, child -> {
            if (child.equals(Sen2Module.PLACEMENT_DETAIL.element())) {
                placements.add(record(Sen2Module.PLACEMENT_DETAIL, person, none -> false));
                return true;
            }
            if (child.equals(Sen2Module.SEN_NEED.element())) {
                needs.add(record(Sen2Module.SEN_NEED, person, none -> false));
                return true;
            }
            return false;
        });
        return new Sen2File.ActivePlan(items, placements, needs);
    }

    private void once(ReturnPerson person, Sen2Module module, String child, Object held) {
        if (held != null) {
            person.problem(module, child, "appears twice: a " + module.element() + " record has at most one <"
                    + child + ">; the last is read");
        }
    }

    /** A child element that is a record of its own: read it and answer true, or answer false when it is not one. */
    @FunctionalInterface
    private interface Children {
        boolean read(String element) throws XMLStreamException;
    }

    /** The record whose start tag was just read, to its end tag: its items, and its child records through {@code children}. */
    private Items record(Sen2Module module, ReturnPerson person, Children children) throws XMLStreamException {
        Items items = new Items(module);
        Set<String> seen = new HashSet<>();
        while (nextElementEvent() == XMLStreamConstants.START_ELEMENT) {
            String element = xml.getLocalName();
            if (module.items().contains(element)) {
                String value = text(person, module, element);
                if (!seen.add(element)) {
                    person.problem(module, element, "appears twice in one " + module.element() + " record");
                }
                items.put(element, value);
            } else if (!children.read(element)) {
                person.problem(module, element, "is not an item of module " + module.number() + " ("
                        + module.element() + "): its items are " + String.join(", ", module.items()));
                skip();
            }
        }
        return items;
    }

    /** An item's value, trimmed, null when empty; at most max-cell-length characters are kept. */
    private String text(ReturnPerson person, Sen2Module module, String element) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        boolean tooLong = false;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                int room = limits.maxCellLength() - value.length();
                if (xml.getTextLength() > room) {
                    tooLong = true;
                }
                value.append(xml.getTextCharacters(), xml.getTextStart(), Math.max(0, Math.min(room,
                        xml.getTextLength())));
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (person != null) {
                    person.problem(module, element, "holds <" + xml.getLocalName() + ">: a value belongs there");
                }
                skip();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        if (tooLong && person != null) {
            person.problem(module, element, "is longer than " + limits.maxCellLength() + " characters");
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** To the next start or end tag, past text between elements, comments and processing instructions. */
    private int nextElementEvent() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT
                    || event == XMLStreamConstants.END_DOCUMENT) {
                return event;
            }
        }
        return XMLStreamConstants.END_DOCUMENT;
    }

    /** Past the element whose start tag was just read, and everything in it. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private void fileError(String message) {
        errors.add(new ImportError(name, 0, "", message));
    }

    @Override
    public void close() {
        try {
            xml.close();
            in.close();
        } catch (XMLStreamException | IOException e) {
            // closing a file only read
        }
    }
}
