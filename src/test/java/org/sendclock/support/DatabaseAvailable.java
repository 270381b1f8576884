package org.sendclock.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The house rule for parts a bare machine may lack: without PostgreSQL the PostgreSQL run skips with a reason, unless
 * CI is set, in which case it runs and fails loudly.
 */
public class DatabaseAvailable implements ExecutionCondition {

    private static String unavailable;
    private static boolean checked;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.wantsPostgres() || System.getenv("CI") != null) {
            return ConditionEvaluationResult.enabled("database available or required");
        }
        synchronized (DatabaseAvailable.class) {
            if (!checked) {
                unavailable = TestDatabase.postgresUnavailableBecause();
                checked = true;
            }
        }
        return unavailable == null
                ? ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestDatabase.POSTGRES_ADMIN_URL)
                : ConditionEvaluationResult.disabled("Skipped: no PostgreSQL at " + TestDatabase.POSTGRES_ADMIN_URL
                        + " (" + unavailable + "). Start it, or set CI=true to make this a failure.");
    }
}
