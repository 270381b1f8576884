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
        Matcher view = Pattern.compile("viewBox=\"(\\d+) \\d+ (\\d+) ").matcher(around);
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
    void aTallModelIsCutAroundTheCurrentStepToo() {
        ProcessDiagram review = new ProcessDiagram("bpmn/ehc-annual-review.bpmn", "The review process");
        String around = review.svgAround(List.of("ReceiveReport"));
        Matcher view = Pattern.compile("viewBox=\"(\\d+) (\\d+) (\\d+) (\\d+)\"").matcher(around);
        assertThat(view.find()).isTrue();
        int top = Integer.parseInt(view.group(2));
        assertThat(Integer.parseInt(view.group(4))).isEqualTo(ProcessDiagram.AROUND_HEIGHT);
        Matcher step = Pattern.compile("<rect x=\"\\d+\" y=\"(\\d+)\"[^>]*stroke=\"#f47738\"").matcher(around);
        assertThat(step.find()).as("the report step is highlighted").isTrue();
        int y = Integer.parseInt(step.group(1));
        assertThat(y).as("the step is inside the view").isBetween(top, top + ProcessDiagram.AROUND_HEIGHT - 60);
        assertThat(review.svg(List.of("ReceiveReport"))).as("the whole of it is uncut").contains("viewBox=\"0 0 ");
        assertThat(review.describe(List.of("ReceiveReport"))).isEqualTo("The review process, at: Receive the review"
                + " report.");
    }

    @Test
    void saysInWordsWhereTheCaseIs() {
        assertThat(diagram.describe(List.of("DecideWhetherToAssess")))
                .isEqualTo("The assessment process, at: Decide whether to assess.");
        assertThat(diagram.describe(List.of())).isEqualTo("The assessment process; the case is at no step now.");
    }
}
