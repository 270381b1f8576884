package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void saysInWordsWhereTheCaseIs() {
        assertThat(diagram.describe(List.of("DecideWhetherToAssess")))
                .isEqualTo("The assessment process, at: Decide whether to assess.");
        assertThat(diagram.describe(List.of())).isEqualTo("The assessment process; the case is at no step now.");
    }
}
