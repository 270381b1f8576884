package org.sendclock.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
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

/**
 * A model's diagram layout as plain data (shapes with their element's id, kind and name; edges as points), read with
 * Camunda's model API so that nobody outside the engine package parses BPMN.
 */
public record ModelDiagram(List<Shape> shapes, List<Edge> edges) {

    public enum Kind { EVENT, GATEWAY, SUB_PROCESS, EVENT_SUB_PROCESS, ACTIVITY }

    public record Box(double x, double y, double width, double height) {
    }

    public record Point(double x, double y) {
    }

    /**
     * One drawn element: its id in the model, what kind it is, its name (null when it has none), where it is and,
     * when the layout placed it, where its label goes (else null).
     */
    public record Shape(String elementId, Kind kind, String name, Box bounds, Box label) {
    }

    public record Edge(List<Point> waypoints) {
    }

    /** Reads the model at {@code resource} on the classpath (say {@code bpmn/ehc-needs-assessment.bpmn}). */
    public static ModelDiagram read(String resource) {
        try (InputStream in = ModelDiagram.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            return new ModelDiagram(
                    model.getModelElementsByType(BpmnShape.class).stream().map(ModelDiagram::shape).toList(),
                    model.getModelElementsByType(BpmnEdge.class).stream().map(e -> new Edge(e.getWaypoints()
                            .stream().map(w -> new Point(w.getX(), w.getY())).toList())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Shape shape(BpmnShape shape) {
        BaseElement element = shape.getBpmnElement();
        Kind kind = element instanceof Event ? Kind.EVENT
                : element instanceof Gateway ? Kind.GATEWAY
                : element instanceof SubProcess sp ? (sp.triggeredByEvent() ? Kind.EVENT_SUB_PROCESS : Kind.SUB_PROCESS)
                : Kind.ACTIVITY;
        String name = element instanceof FlowElement flow ? flow.getName() : null;
        BpmnLabel label = shape.getBpmnLabel();
        return new Shape(element.getId(), kind, name, box(shape.getBounds()),
                label != null && label.getBounds() != null ? box(label.getBounds()) : null);
    }

    private static Box box(Bounds b) {
        return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }
}
