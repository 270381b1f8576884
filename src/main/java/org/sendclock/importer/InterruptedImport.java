package org.sendclock.importer;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, finishes the second part of an import that a crash or restart cut short (ADR 13), on a thread of its
 * own so that the service answers meanwhile: every clock's standing is already right, only the processes are missing.
 */
@Component
@Order(1)
class InterruptedImport implements ApplicationRunner {

    private final CaseloadImport caseloadImport;
    private final ProcessCatchUp processes;

    InterruptedImport(CaseloadImport caseloadImport, ProcessCatchUp processes) {
        this.caseloadImport = caseloadImport;
        this.processes = processes;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (processes.waiting() > 0) {
            Thread finishing = new Thread(caseloadImport::finishInterrupted, "sendclock-import-catch-up");
            finishing.setDaemon(true);
            finishing.start();
        }
    }
}
