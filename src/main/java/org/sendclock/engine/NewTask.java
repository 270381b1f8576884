package org.sendclock.engine;

/**
 * A user task the process has just created, in plain values: its id, its id in the model ({@code taskKey}), the case
 * it belongs to, for a task of one advice request's clock that request's id, for a task of a plan's review cycle
 * that cycle's id, and for a task of a re-assessment its id (else null).
 */
public record NewTask(String taskId, String taskKey, String caseRef, Long adviceRequestId, Long reviewId,
                      Long reassessmentId) {

    public NewTask(String taskId, String taskKey, String caseRef, Long adviceRequestId, Long reviewId) {
        this(taskId, taskKey, caseRef, adviceRequestId, reviewId, null);
    }
}
