package org.sendclock.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.sendclock.engine.ModelDiagram;
import org.sendclock.engine.ModelDiagram.Box;
import org.sendclock.engine.ModelDiagram.Edge;
import org.sendclock.engine.ModelDiagram.Kind;
import org.sendclock.engine.ModelDiagram.Point;
import org.sendclock.engine.ModelDiagram.Shape;
import org.springframework.web.util.HtmlUtils;

/**
 * A process model drawn as SVG from its own diagram layout, with the steps a case is at now highlighted: no
 * JavaScript and no second copy of the model. Shapes are drawn plainly (circles for events, diamonds for gateways,
 * rounded boxes for tasks and subprocesses, dashed for event subprocesses); the names are the model's own. One for
 * each model a case runs ({@link ProcessDiagrams}): the assessment, a review cycle, a re-assessment.
 */
class ProcessDiagram {

    private static final String ASSESSMENT_MODEL = "bpmn/ehc-needs-assessment.bpmn";
    private static final int MARGIN = 20;
    /** The width of the view around the current step: the page's content column. */
    static final int AROUND_WIDTH = 940;
    /** The height of the view around the current step: the tallest model (the review's) is cut to about a screen. */
    static final int AROUND_HEIGHT = 600;

    private final String process;
    private final List<Shape> shapes;
    private final List<Edge> edges;
    private final double width;
    private final double height;

    /** The assessment's. */
    ProcessDiagram() {
        this(ASSESSMENT_MODEL, "The assessment process");
    }

    /** {@code process}: what the image's text alternative calls it ("The review process"). */
    ProcessDiagram(String modelResource, String process) {
        this.process = process;
        ModelDiagram model = ModelDiagram.read(modelResource);
        this.shapes = model.shapes();
        this.edges = model.edges();
        this.width = shapes.stream().mapToDouble(s -> s.bounds().x() + s.bounds().width()).max().orElse(0);
        this.height = shapes.stream().mapToDouble(s -> s.bounds().y() + s.bounds().height()).max().orElse(0);
    }

    /** The names of the current steps, for the image's text alternative. */
    String describe(Collection<String> activeIds) {
        List<String> names = shapes.stream()
                .filter(s -> activeIds.contains(s.elementId()) && s.name() != null)
                .map(s -> s.name().replace('\n', ' ')).distinct().toList();
        return names.isEmpty() ? process + "; the case is at no step now."
                : process + ", at: " + String.join("; ", names) + ".";
    }

    String svg(Collection<String> activeIds) {
        return svg(activeIds, 0, 0, width + MARGIN, height + MARGIN);
    }

    /**
     * The part of the diagram around the current steps, {@value #AROUND_WIDTH} pixels wide and at most
     * {@value #AROUND_HEIGHT} high: the case page opens on where the case is without a script to scroll to it (the
     * whole diagram is a link away), and a page with several processes running stays readable. The current steps are
     * centred when they fit, else the first of them is near the left (or top); with no current step, the start is
     * shown.
     */
    String svgAround(Collection<String> activeIds) {
        double wholeWidth = width + MARGIN;
        double wholeHeight = height + MARGIN;
        if (wholeWidth <= AROUND_WIDTH && wholeHeight <= AROUND_HEIGHT) {
            return svg(activeIds);
        }
        List<Box> current = shapes.stream().filter(s -> activeIds.contains(s.elementId()) && !isSubProcess(s))
                .map(Shape::bounds).toList();
        if (current.isEmpty()) {
            // Only a subprocess is current (between its steps): show where it starts.
            current = shapes.stream().filter(s -> activeIds.contains(s.elementId())).map(Shape::bounds).toList();
        }
        double shownWidth = Math.min(wholeWidth, AROUND_WIDTH);
        double shownHeight = Math.min(wholeHeight, AROUND_HEIGHT);
        double left = 0;
        double top = 0;
        if (!current.isEmpty()) {
            left = around(current.stream().mapToDouble(Box::x).min().orElse(0),
                    current.stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0), shownWidth);
            top = around(current.stream().mapToDouble(Box::y).min().orElse(0),
                    current.stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0), shownHeight);
        }
        left = Math.max(0, Math.min(left, wholeWidth - shownWidth));
        top = Math.max(0, Math.min(top, wholeHeight - shownHeight));
        return svg(activeIds, left, top, shownWidth, shownHeight);
    }

    /** Where a view {@code shown} long starts to centre {@code from}-{@code to}, or to start just before it. */
    private static double around(double from, double to, double shown) {
        return to - from <= shown - 2 * MARGIN ? (from + to) / 2 - shown / 2.0 : from - 2 * MARGIN;
    }

    private String svg(Collection<String> activeIds, double left, double top, double shownWidth,
                       double shownHeight) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.0f %.0f %.0f %.0f\" "
                + "width=\"%.0f\" height=\"%.0f\" font-family=\"arial, sans-serif\" font-size=\"12\">",
                left, top, shownWidth, shownHeight, shownWidth, shownHeight));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#505a5f\"/>"
                + "</marker></defs>");
        // Subprocesses first, so the steps inside them are drawn on top.
        shapes.stream().filter(ProcessDiagram::isSubProcess).forEach(s -> shape(svg, s, activeIds));
        for (Edge edge : edges) {
            StringBuilder points = new StringBuilder();
            for (Point w : edge.waypoints()) {
                points.append(String.format(Locale.ROOT, "%.0f,%.0f ", w.x(), w.y()));
            }
            svg.append("<polyline points=\"").append(points.toString().strip())
                    .append("\" fill=\"none\" stroke=\"#505a5f\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
        }
        shapes.stream().filter(s -> !isSubProcess(s)).forEach(s -> shape(svg, s, activeIds));
        return svg.append("</svg>").toString();
    }

    private static boolean isSubProcess(Shape shape) {
        return shape.kind() == Kind.SUB_PROCESS || shape.kind() == Kind.EVENT_SUB_PROCESS;
    }

    private static void shape(StringBuilder svg, Shape shape, Collection<String> activeIds) {
        Box b = shape.bounds();
        boolean active = activeIds.contains(shape.elementId());
        String stroke = active ? "stroke=\"#f47738\" stroke-width=\"4\"" : "stroke=\"#0b0c0c\" stroke-width=\"1.5\"";
        String fill = active ? "#fff7bf" : "#ffffff";
        double cx = b.x() + b.width() / 2;
        double cy = b.y() + b.height() / 2;
        if (shape.kind() == Kind.EVENT) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\" fill=\"%s\" %s/>",
                    cx, cy, b.width() / 2, fill, stroke));
            outsideLabel(svg, shape, cx, b.y() + b.height() + 14, b.width() + 60);
        } else if (shape.kind() == Kind.GATEWAY) {
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f\" "
                            + "fill=\"%s\" %s/>", cx, b.y(), b.x() + b.width(), cy, cx,
                    b.y() + b.height(), b.x(), cy, fill, stroke));
            outsideLabel(svg, shape, cx, b.y() - 8, b.width() + 60);
        } else {
            boolean subProcess = isSubProcess(shape);
            boolean eventSubProcess = shape.kind() == Kind.EVENT_SUB_PROCESS;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"10\" "
                            + "fill=\"%s\" %s%s/>", b.x(), b.y(), b.width(), b.height(),
                    subProcess ? (active ? "#fffbe6" : "none") : fill, stroke,
                    eventSubProcess ? " stroke-dasharray=\"6 4\"" : ""));
            if (subProcess) {
                label(svg, shape, b.x() + 10, b.y() + 16, b.width() - 20, "start");
            } else {
                label(svg, shape, cx, cy - 6, b.width() - 8);
            }
        }
    }

    /** Events' and gateways' names go where the model's layout put them, else under or over the shape. */
    private static void outsideLabel(StringBuilder svg, Shape shape, double x, double y, double maxWidth) {
        Box l = shape.label();
        if (l != null) {
            label(svg, shape, l.x() + l.width() / 2, l.y() + 10, l.width() + 10);
        } else {
            label(svg, shape, x, y, maxWidth);
        }
    }

    private static void label(StringBuilder svg, Shape shape, double x, double y, double maxWidth) {
        label(svg, shape, x, y, maxWidth, "middle");
    }

    /** The element's name, wrapped to fit: about six pixels a character at this size. */
    private static void label(StringBuilder svg, Shape shape, double x, double y, double maxWidth,
                              String anchor) {
        if (shape.name() == null) {
            return;
        }
        int perLine = Math.max(8, (int) (maxWidth / 6.2));
        StringBuilder line = new StringBuilder();
        double lineY = y;
        svg.append("<text text-anchor=\"").append(anchor).append("\" fill=\"#0b0c0c\">");
        for (String word : shape.name().replace('\n', ' ').split(" ")) {
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
