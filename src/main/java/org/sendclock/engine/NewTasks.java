package org.sendclock.engine;

/**
 * The domain's side of a task listener: told of each new task in plain values, it answers what the task should be
 * given. {@link TaskListeners} plugs each into the model under the name the BPMN uses.
 */
public interface NewTasks {

    TaskSetup created(NewTask task);
}
