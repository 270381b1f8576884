package org.sendclock.web;

import org.springframework.stereotype.Component;

/**
 * The three models a case can be running, each drawn from its own layout: the assessment (one per case), a plan's
 * review cycle (one process per cycle) and a re-assessment (one per request). Read once at start-up.
 */
@Component
class ProcessDiagrams {

    final ProcessDiagram assessment = new ProcessDiagram();
    final ProcessDiagram review = new ProcessDiagram("bpmn/ehc-annual-review.bpmn", "The review process");
    final ProcessDiagram reassessment = new ProcessDiagram("bpmn/ehc-reassessment.bpmn", "The re-assessment process");
}
