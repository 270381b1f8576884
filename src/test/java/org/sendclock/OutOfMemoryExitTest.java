package org.sendclock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sendclock.support.LaunchFlags;

/**
 * An OutOfMemoryError ends the process so that it is restarted. Forcing the real application out of memory would need
 * an endpoint made for it, which has no place in the product; instead this test checks that both documented ways of
 * starting it ({@code ./mvnw spring-boot:run} and the Docker image) pass {@code -XX:+ExitOnOutOfMemoryError}, and
 * proves on a small program what that flag does: a JVM started with the pom's own flags exits when a worker thread
 * runs out of memory, where without them it stays up with the worker dead.
 */
class OutOfMemoryExitTest {

    private static final String FLAG = "-XX:+ExitOnOutOfMemoryError";

    @Test
    void bothWaysOfStartingTheProductExitOnOutOfMemory() throws Exception {
        assertThat(LaunchFlags.springBootRun()).contains(FLAG);
        assertThat(LaunchFlags.dockerEntrypoint()).contains("\"" + FLAG + "\"");
    }

    @Test
    void aJvmStartedWithThoseFlagsEndsWhenAWorkerRunsOutOfMemory() throws Exception {
        Process process = drill(LaunchFlags.springBootRun());
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the JVM ended").isTrue();
            assertThat(process.exitValue()).as("ExitOnOutOfMemoryError's exit code").isEqualTo(3);
            assertThat(output(process)).containsExactly("allocating",
                    "Terminating due to java.lang.OutOfMemoryError: Java heap space");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void withoutThemTheJvmOutlivesTheErrorWithTheWorkerDead() throws Exception {
        Process process = drill(List.of());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
            assertThat(out.readLine()).isEqualTo("allocating");
            assertThat(out.readLine()).isEqualTo("worker ended");
            assertThat(process.isAlive()).as("alive and deaf").isTrue();
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process drill(List<String> flags) throws Exception {
        List<String> command = new ArrayList<>(List.of(LaunchFlags.java(), "-Xmx32m", "-Xlog:disable"));
        command.addAll(flags);
        command.addAll(List.of("-cp", Path.of("target", "test-classes").toString(), OutOfMemoryDrill.class.getName()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> output(Process process) throws Exception {
        return new BufferedReader(new InputStreamReader(process.getInputStream())).lines().toList();
    }
}
