package org.sendclock.review;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, starts the processes of review cycles still waiting for one (an import a crash cut short, plans
 * recorded before cycles were rows), after the upgrade that opens those cycles, on a thread of its own so that the
 * service answers meanwhile: every clock's standing is already right, only the timers and tasks are missing.
 */
@Component
@Order(2)
class ReviewCatchUpAtStart implements ApplicationRunner {

    private final ReviewCatchUp catchUp;

    ReviewCatchUpAtStart(ReviewCatchUp catchUp) {
        this.catchUp = catchUp;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (catchUp.waiting() > 0) {
            Thread catchingUp = new Thread(catchUp::run, "sendclock-review-catch-up");
            catchingUp.setDaemon(true);
            catchingUp.start();
        }
    }
}
