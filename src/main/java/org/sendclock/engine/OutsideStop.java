package org.sendclock.engine;

/**
 * A case's process ended by someone other than the product: deleted or cancelled through Cockpit, Camunda's REST API
 * or its Java API. {@code stoppedBy} is null when nobody was signed in (a batch run by the job executor).
 */
public record OutsideStop(String caseRef, String processInstanceId, String stoppedBy, String reason) {
}
