package org.sendclock.engine;

import java.time.Instant;
import java.util.Map;

/**
 * What a new task should be given, as {@link NewTasks} answers it: each value that is null is left as the model made
 * it. {@code localVariables} are set on the task itself.
 */
public record TaskSetup(String name, String assignee, String candidateGroup, Instant dueDate,
                        Map<String, Object> localVariables) {

    public TaskSetup {
        localVariables = localVariables == null ? Map.of() : Map.copyOf(localVariables);
    }
}
