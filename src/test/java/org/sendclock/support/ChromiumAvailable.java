package org.sendclock.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests need Debian's chromium and chromedriver. Without them a test skips with the reason, unless CI is set:
 * then it runs and fails loudly (.ci/run installs both).
 */
public class ChromiumAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (System.getenv("CI") != null || (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))) {
            return ConditionEvaluationResult.enabled("chromium available or required");
        }
        return ConditionEvaluationResult.disabled("Skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                + ". Install them (apt-get install -y chromium chromium-driver), or set CI=true to make this a failure.");
    }
}
