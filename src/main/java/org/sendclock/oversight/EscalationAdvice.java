package org.sendclock.oversight;

import java.util.Date;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.clock.ClockSettings;
import org.springframework.stereotype.Component;

/** The model's timer date for advice long overdue: the escalation days after the advice's due date has ended. */
@Component("escalations")
public class EscalationAdvice {

    private final AdviceRequestRepository adviceRequests;
    private final ClockSettings clocks;
    private final OversightSettings settings;

    public EscalationAdvice(AdviceRequestRepository adviceRequests, ClockSettings clocks, OversightSettings settings) {
        this.adviceRequests = adviceRequests;
        this.clocks = clocks;
        this.settings = settings;
    }

    public Date adviceEscalationAt(Long adviceRequestId) {
        var advice = adviceRequests.findById(adviceRequestId)
                .orElseThrow(() -> new IllegalStateException("no advice request " + adviceRequestId));
        return Date.from(clocks.passedAt(advice.getDueDate().plusDays(settings.adviceEscalationDays())));
    }
}
