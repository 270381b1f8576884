package org.sendclock.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the engine has deployed the models (a changed model is a new version), moves the running
 * processes still on older versions to the newest (ADR 24). One query when nothing is behind, which is every start
 * but the first after a model changed. The moving runs on a thread of its own, as the import's catch-up does, so the
 * service answers meanwhile: a process not yet moved runs on its old version as it did before the start.
 */
@Component
@Order(2)
class ModelUpgradeAtStartUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ModelUpgradeAtStartUp.class);

    private final ModelUpgrade upgrade;

    ModelUpgradeAtStartUp(ModelUpgrade upgrade) {
        this.upgrade = upgrade;
    }

    @Override
    public void run(ApplicationArguments args) {
        long behind = upgrade.behind();
        if (behind == 0) {
            return;
        }
        log.info("{} running processes are on an older version of their model: moving them to the newest", behind);
        Thread moving = new Thread(this::upgrade, "sendclock-model-upgrade");
        moving.setDaemon(true);
        moving.start();
    }

    private void upgrade() {
        try {
            upgrade.run();
        } catch (RuntimeException e) {
            log.error("Moving running processes to the newest versions of their models stopped part-way; those not "
                    + "moved keep running on their version and are tried again at the next start", e);
        }
    }
}
