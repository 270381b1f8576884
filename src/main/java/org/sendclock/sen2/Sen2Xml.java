package org.sendclock.sen2;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sendclock.sen2.Sen2File.ActivePlan;
import org.sendclock.sen2.Sen2File.Assessment;
import org.sendclock.sen2.Sen2File.Header;
import org.sendclock.sen2.Sen2File.NamedPlan;
import org.sendclock.sen2.Sen2File.Person;
import org.sendclock.sen2.Sen2File.Request;

/**
 * The return as the XML file COLLECT takes, written as a stream (UTF-8, indented), in module order:
 * <pre>
 * Message
 *   Header: CollectionDetails (Collection, Year, ReferenceDate), Source (SourceLevel, LEA, SoftwareCode, Release,
 *           SerialNo, DateTime)
 *   Persons
 *     Person: module 1 items
 *       Requests: module 2 items                      (one per request)
 *         Assessment: module 3 items                  (when the council decided to assess)
 *           NamedPlan: module 4a items                (a plan started or ceased in the year)
 *             PlanDetail: module 4b items             (one per setting named)
 *         ActivePlans: module 5a items                (a plan active in the year)
 *           PlacementDetail: module 5b items          (one per placement in the year)
 *           SENneed: module 5c items                  (one per need)
 * </pre>
 * A record's items are written in {@link Sen2Module} order, and an empty item is left out rather than written
 * empty. The element names are the DfE's; those the product could not confirm are listed in {@link NotConfirmed}.
 * The council's case references are not written.
 */
final class Sen2Xml {

    static final String COLLECTION = "SEN2";
    /** The return is a local authority's, not a school's. */
    static final String SOURCE_LEVEL = "L";

    private final XMLStreamWriter xml;
    private int depth;

    private Sen2Xml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static void write(Sen2File file, OutputStream out) {
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            Sen2Xml sen2 = new Sen2Xml(writer);
            writer.writeStartDocument("UTF-8", "1.0");
            sen2.open("Message");
            sen2.header(file.header());
            sen2.open("Persons");
            for (Person person : file.persons()) {
                sen2.person(person);
            }
            sen2.close();
            sen2.close();
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the SEN2 return could not be written: " + e.getMessage(), e);
        }
    }

    private void header(Header h) throws XMLStreamException {
        open("Header");
        open("CollectionDetails");
        value("Collection", COLLECTION);
        value("Year", String.valueOf(h.year()));
        value("ReferenceDate", h.referenceDate().toString());
        close();
        open("Source");
        value("SourceLevel", SOURCE_LEVEL);
        value("LEA", h.laCode());
        value("SoftwareCode", h.softwareCode());
        value("Release", h.release());
        value("SerialNo", "1");
        value("DateTime", h.madeAt().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        close();
        close();
    }

    private void person(Person person) throws XMLStreamException {
        open("Person");
        items(person.items());
        for (Request request : person.requests()) {
            open("Requests");
            items(request.items());
            Assessment assessment = request.assessment();
            if (assessment != null) {
                open("Assessment");
                items(assessment.items());
                NamedPlan plan = assessment.namedPlan();
                if (plan != null) {
                    open("NamedPlan");
                    items(plan.items());
                    records("PlanDetail", plan.planDetails());
                    close();
                }
                close();
            }
            ActivePlan active = request.activePlan();
            if (active != null) {
                open("ActivePlans");
                items(active.items());
                records("PlacementDetail", active.placements());
                records("SENneed", active.needs());
                close();
            }
            close();
        }
        close();
    }

    private void records(String element, List<Items> records) throws XMLStreamException {
        for (Items record : records) {
            open(element);
            items(record);
            close();
        }
    }

    private void items(Items items) throws XMLStreamException {
        List<String> names = items.module().items();
        List<String> values = items.inOrder();
        for (int i = 0; i < names.size(); i++) {
            value(names.get(i), values.get(i));
        }
    }

    private void value(String element, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        indent();
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void open(String element) throws XMLStreamException {
        indent();
        xml.writeStartElement(element);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
