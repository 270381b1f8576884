package org.sendclock.clock;

import java.time.LocalDate;

/**
 * The facts of one advice request that its six-week clock follows: asked, received, excused under reg 8(2) (with the
 * day it was agreed; an old system's excusal may have none) or withdrawn.
 */
public record AdviceFacts(long adviceRequestId, LocalDate requested, LocalDate received, boolean excused,
                          LocalDate excusedOn, LocalDate withdrawn, String withdrawnReason) {
}
