package org.sendclock.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The assessment model drawn as SVG from its own diagram layout, with the steps a case is at now highlighted: no
 * JavaScript and no second copy of the model. Shapes are drawn plainly (circles for events, diamonds for gateways,
 * rounded boxes for tasks and subprocesses, dashed for event subprocesses); the names are the model's own.
 */
@Component
class ProcessDiagram {

    private static final String MODEL = "bpmn/ehc-needs-assessment.bpmn";
    private static final int MARGIN = 20;

    private final List<BpmnShape> shapes;
    private final List<BpmnEdge> edges;
    private final double width;
    private final double height;

    ProcessDiagram() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException(MODEL + " is not on the classpath");
            }
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            this.shapes = List.copyOf(model.getModelElementsByType(BpmnShape.class));
            this.edges = List.copyOf(model.getModelElementsByType(BpmnEdge.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.width = shapes.stream().mapToDouble(s -> s.getBounds().getX() + s.getBounds().getWidth()).max().orElse(0);
        this.height = shapes.stream().mapToDouble(s -> s.getBounds().getY() + s.getBounds().getHeight()).max().orElse(0);
    }

    /** The names of the current steps, for the image's text alternative. */
    String describe(Collection<String> activeIds) {
        List<String> names = shapes.stream().map(BpmnShape::getBpmnElement)
                .filter(e -> activeIds.contains(e.getId()) && e instanceof FlowElement f && f.getName() != null)
                .map(e -> ((FlowElement) e).getName().replace('\n', ' ')).distinct().toList();
        return names.isEmpty() ? "The assessment process; the case is at no step now."
                : "The assessment process, at: " + String.join("; ", names) + ".";
    }

    String svg(Collection<String> activeIds) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
                + "width=\"%.0f\" height=\"%.0f\" font-family=\"arial, sans-serif\" font-size=\"12\">",
                width + MARGIN, height + MARGIN, width + MARGIN, height + MARGIN));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#505a5f\"/>"
                + "</marker></defs>");
        // Subprocesses first, so the steps inside them are drawn on top.
        shapes.stream().filter(s -> s.getBpmnElement() instanceof SubProcess).forEach(s -> shape(svg, s, activeIds));
        for (BpmnEdge edge : edges) {
            StringBuilder points = new StringBuilder();
            for (Waypoint w : edge.getWaypoints()) {
                points.append(String.format(Locale.ROOT, "%.0f,%.0f ", w.getX(), w.getY()));
            }
            svg.append("<polyline points=\"").append(points.toString().strip())
                    .append("\" fill=\"none\" stroke=\"#505a5f\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
        }
        shapes.stream().filter(s -> !(s.getBpmnElement() instanceof SubProcess)).forEach(s -> shape(svg, s, activeIds));
        return svg.append("</svg>").toString();
    }

    private static void shape(StringBuilder svg, BpmnShape shape, Collection<String> activeIds) {
        BaseElement element = shape.getBpmnElement();
        Bounds b = shape.getBounds();
        boolean active = activeIds.contains(element.getId());
        String stroke = active ? "stroke=\"#f47738\" stroke-width=\"4\"" : "stroke=\"#0b0c0c\" stroke-width=\"1.5\"";
        String fill = active ? "#fff7bf" : "#ffffff";
        double cx = b.getX() + b.getWidth() / 2;
        double cy = b.getY() + b.getHeight() / 2;
        if (element instanceof Event) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\" fill=\"%s\" %s/>",
                    cx, cy, b.getWidth() / 2, fill, stroke));
            outsideLabel(svg, shape, element, cx, b.getY() + b.getHeight() + 14, b.getWidth() + 60);
        } else if (element instanceof Gateway) {
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f\" "
                            + "fill=\"%s\" %s/>", cx, b.getY(), b.getX() + b.getWidth(), cy, cx,
                    b.getY() + b.getHeight(), b.getX(), cy, fill, stroke));
            outsideLabel(svg, shape, element, cx, b.getY() - 8, b.getWidth() + 60);
        } else {
            boolean eventSubProcess = element instanceof SubProcess sp && sp.triggeredByEvent();
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"10\" "
                            + "fill=\"%s\" %s%s/>", b.getX(), b.getY(), b.getWidth(), b.getHeight(),
                    element instanceof SubProcess ? (active ? "#fffbe6" : "none") : fill, stroke,
                    eventSubProcess ? " stroke-dasharray=\"6 4\"" : ""));
            if (element instanceof SubProcess) {
                label(svg, element, b.getX() + 10, b.getY() + 16, b.getWidth() - 20, "start");
            } else {
                label(svg, element, cx, cy - 6, b.getWidth() - 8);
            }
        }
    }

    /** Events' and gateways' names go where the model's layout put them, else under or over the shape. */
    private static void outsideLabel(StringBuilder svg, BpmnShape shape, BaseElement element, double x, double y,
                                     double maxWidth) {
        BpmnLabel placed = shape.getBpmnLabel();
        if (placed != null && placed.getBounds() != null) {
            Bounds l = placed.getBounds();
            label(svg, element, l.getX() + l.getWidth() / 2, l.getY() + 10, l.getWidth() + 10);
        } else {
            label(svg, element, x, y, maxWidth);
        }
    }

    private static void label(StringBuilder svg, BaseElement element, double x, double y, double maxWidth) {
        label(svg, element, x, y, maxWidth, "middle");
    }

    /** The element's name, wrapped to fit: about six pixels a character at this size. */
    private static void label(StringBuilder svg, BaseElement element, double x, double y, double maxWidth,
                              String anchor) {
        if (!(element instanceof FlowElement flow) || flow.getName() == null) {
            return;
        }
        int perLine = Math.max(8, (int) (maxWidth / 6.2));
        StringBuilder line = new StringBuilder();
        double lineY = y;
        svg.append("<text text-anchor=\"").append(anchor).append("\" fill=\"#0b0c0c\">");
        for (String word : flow.getName().replace('\n', ' ').split(" ")) {
            if (!line.isEmpty() && line.length() + word.length() + 1 > perLine) {
                tspan(svg, x, lineY, line.toString());
                line.setLength(0);
                lineY += 14;
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        tspan(svg, x, lineY, line.toString());
        svg.append("</text>");
    }

    private static void tspan(StringBuilder svg, double x, double y, String text) {
        svg.append(String.format(Locale.ROOT, "<tspan x=\"%.0f\" y=\"%.0f\">", x, y))
                .append(HtmlUtils.htmlEscape(text)).append("</tspan>");
    }
}
