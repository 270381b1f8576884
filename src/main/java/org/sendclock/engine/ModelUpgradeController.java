package org.sendclock.engine;

import org.sendclock.casefile.StepNotPossible;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/model-versions/upgrade}: moves the running processes still on an older version of their model to
 * the newest now, as each start does, and answers what moved and what stayed and why (ADR 24). For an administrator
 * after a process that could not move has moved on to a step the new version has. Role ADMIN.
 */
@RestController
class ModelUpgradeController {

    private final ModelUpgrade upgrade;

    ModelUpgradeController(ModelUpgrade upgrade) {
        this.upgrade = upgrade;
    }

    @PostMapping("/api/model-versions/upgrade")
    ModelUpgradeReport upgrade() {
        ModelUpgradeReport report = upgrade.run();
        if (!report.ranHere()) {
            throw new StepNotPossible("another node is moving running processes to the newest model versions now; "
                    + "ask again when it has finished");
        }
        return report;
    }
}
