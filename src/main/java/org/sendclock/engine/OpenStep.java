package org.sendclock.engine;

import java.util.Date;

/**
 * An open user task of a case's process, as the rest of the application sees it: no Camunda type leaves the engine
 * package. {@code key} is the task's id in the model (say {@code DecideWhetherToAssess}); {@code dueDate} and
 * {@code assignee} may be null.
 */
public record OpenStep(String id, String key, String name, Date dueDate, String assignee, String processInstanceId) {
}
