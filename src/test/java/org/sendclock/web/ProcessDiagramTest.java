package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProcessDiagramTest {

    private final ProcessDiagram diagram = new ProcessDiagram();

    @Test
    void drawsTheModelFromItsLayoutAndHighlightsOnlyTheCurrentSteps() {
        String svg = diagram.svg(List.of("DecideWhetherToAssess"));
        assertThat(svg).startsWith("<svg").endsWith("</svg>")
                .contains(">Decide whether<", ">to assess<", "marker-end=\"url(#arrow)\"");
        assertThat(svg.split("stroke=\"#f47738\"", -1)).as("one highlighted shape").hasSize(2);
        assertThat(diagram.svg(List.of())).doesNotContain("#f47738");
    }

    @Test
    void opensAroundTheCurrentStep() {
        String whole = diagram.svg(List.of("IssueFinalPlan"));
        assertThat(whole).contains("viewBox=\"0 0 ");
        String around = diagram.svgAround(List.of("IssueFinalPlan"));
        Matcher view = Pattern.compile("viewBox=\"(\\d+) 0 (\\d+) ").matcher(around);
        assertThat(view.find()).isTrue();
        int left = Integer.parseInt(view.group(1));
        assertThat(Integer.parseInt(view.group(2))).isEqualTo(ProcessDiagram.AROUND_WIDTH);
        Matcher step = Pattern.compile("<rect x=\"(\\d+)\"[^>]*stroke=\"#f47738\"").matcher(around);
        assertThat(step.find()).as("the final plan step is highlighted").isTrue();
        int x = Integer.parseInt(step.group(1));
        assertThat(left).as("the view has moved from the start to the final plan").isPositive();
        assertThat(x).as("the step is inside the view").isBetween(left, left + ProcessDiagram.AROUND_WIDTH - 100);
        assertThat(diagram.svgAround(List.of())).as("at no step: the start").contains("viewBox=\"0 0 ");
    }

    @Test
    void saysInWordsWhereTheCaseIs() {
        assertThat(diagram.describe(List.of("DecideWhetherToAssess")))
                .isEqualTo("The assessment process, at: Decide whether to assess.");
        assertThat(diagram.describe(List.of())).isEqualTo("The assessment process; the case is at no step now.");
    }
}
