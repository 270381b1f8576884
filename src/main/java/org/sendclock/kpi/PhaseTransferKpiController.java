package org.sendclock.kpi;

import org.sendclock.clock.TransferKind;
import org.sendclock.kpi.KpiParameters.Format;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Phase transfers due and finalised by their deadline, per transfer year (docs/api.md, "KPIs"). JSON or CSV. */
@RestController
@RequestMapping("/api/kpis/phase-transfers")
class PhaseTransferKpiController {

    private final PhaseTransferKpis kpis;

    PhaseTransferKpiController(PhaseTransferKpis kpis) {
        this.kpis = kpis;
    }

    @GetMapping
    ResponseEntity<Object> transfers(@RequestParam(required = false) String year,
                                     @RequestParam(required = false) String format) {
        KpiParameters parameters = new KpiParameters();
        Integer transferYear = parameters.year("year", year);
        Format answer = parameters.format(format);
        parameters.done();
        PhaseTransferReport report = kpis.report(transferYear);
        return KpiController.respond(answer, report, report::csv);
    }

    /** {@code kind}: PRIMARY_TO_SECONDARY or SECONDARY_TO_POST16; {@code measure}: due or finalisedByDeadline. */
    @GetMapping("/cases")
    ResponseEntity<Object> cases(@RequestParam(required = false) String year,
                                 @RequestParam(required = false) String kind,
                                 @RequestParam(required = false) String measure,
                                 @RequestParam(required = false) String format) {
        KpiParameters parameters = new KpiParameters();
        Integer transferYear = parameters.year("year", year);
        TransferKind transferKind = parameters.oneOf("kind", kind,
                PhaseTransferReport.KINDS.toArray(TransferKind[]::new), TransferKind::name);
        PhaseTransferCount count = parameters.oneOf("measure", measure, PhaseTransferCount.values(),
                PhaseTransferCount::field);
        Format answer = parameters.format(format);
        parameters.done();
        TransferCaseList cases = kpis.cases(transferYear, transferKind, count);
        return KpiController.respond(answer, cases, cases::csv);
    }
}
