package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendclock.support.LaunchFlags;
import org.sendclock.support.TestDatabase;

/**
 * A failing request never wedges the server. The product's own jar runs in a separate JVM with a 512 MB heap, started
 * the way {@code ./mvnw spring-boot:run} starts it (the pom's JVM options), on an H2 file database under
 * {@code target/all-bad-file/}. It is sent a 100 MB requests.csv with every row wrong and a 100 MB file without a line
 * break; each is refused with a short answer, and the server goes on answering. The files are made here, not kept in
 * the repository. H2 only: the point is the heap, not the database.
 */
class AllBadFileIT {

    private static final long HUNDRED_MB = 100L * 1024 * 1024;
    private static final Path DIRECTORY = Path.of("target", "all-bad-file");
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes());

    private static Process app;
    private static Path log;
    private static URI base;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startTheProductWithA512MbHeap() throws Exception {
        assumeThat(TestDatabase.wantsPostgres()).as("runs once, on H2").isFalse();
        Files.createDirectories(DIRECTORY);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = URI.create("http://localhost:" + port);
        log = DIRECTORY.resolve("app.log");
        List<String> command = new ArrayList<>(List.of(LaunchFlags.java(), "-Xmx512m"));
        command.addAll(LaunchFlags.springBootRun());
        command.addAll(List.of("-jar", productJar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:"
                        + DIRECTORY.toAbsolutePath().resolve("h2-" + System.currentTimeMillis()) + "/sendclock",
                "--sendclock.demo.enabled=false"));
        app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (true) {
            assertThat(app.isAlive()).as("the application is running; see " + log).isTrue();
            try {
                if (get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            assertThat(System.nanoTime()).as("started within 4 minutes; see " + log).isLessThan(deadline);
            Thread.sleep(1_000);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    @Test
    void a100MbFileWithEveryRowWrongIsRefusedBrieflyAndTheServerGoesOnAnswering() throws Exception {
        Path file = file("all-bad-100mb.csv", out -> {
            out.write("case_ref,request_date,request_source,decision_date,decision,team,caseworker\n");
            // UK-style dates, the realistic mistake: two errors a row.
            for (long row = 1; ; row++) {
                out.write(String.format("OLD-%08d,%02d/%02d/2024,PARENT,%02d/%02d/2024,ASSESS,North,J. Smith%n",
                        row, 1 + row % 28, 1 + row % 6, 1 + row % 28, 7 + row % 6));
                if (row % 10_000 == 0 && Files.size(DIRECTORY.resolve("all-bad-100mb.csv.part")) >= HUNDRED_MB) {
                    return;
                }
            }
        });

        HttpResponse<String> refused = postCsv(file);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body().length()).as("the answer's size").isLessThan(300_000);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("errors")).hasSize(1_000);
        assertThat(problem.get("moreErrors").asLong()).as("every row's two errors counted").isGreaterThan(2_500_000);
        assertTheServerAnswers();
    }

    @Test
    void a100MbFileWithoutALineBreakIsRefusedWithoutBeingEchoed() throws Exception {
        Path file = file("one-line-100mb.csv", out -> {
            out.write("case_ref,request_date");
            String more = ",case_ref".repeat(10_000);
            for (long written = 0; written < HUNDRED_MB; written += more.length()) {
                out.write(more);
            }
        });

        HttpResponse<String> refused = postCsv(file);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body().length()).as("the answer's size").isLessThan(2_000);
        assertThat(json.readTree(refused.body()).get("errors").get(0).get("message").asText())
                .startsWith("a row is longer than 100,000 characters");
        assertTheServerAnswers();
    }

    private void assertTheServerAnswers() throws Exception {
        HttpResponse<String> health = get("/actuator/health/readiness");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(json.readTree(health.body()).get("status").asText()).isEqualTo("UP");
        HttpRequest cases = HttpRequest.newBuilder(base.resolve("/api/cases")).header("Authorization", ADMIN)
                .timeout(Duration.ofSeconds(30)).build();
        assertThat(http.send(cases, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(app.isAlive()).isTrue();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postCsv(Path file) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/imports/requests"))
                .header("Authorization", ADMIN).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The file, made once into target/ (a later run reuses it). */
    private static Path file(String name, Contents contents) throws Exception {
        Path file = DIRECTORY.resolve(name);
        if (Files.exists(file) && Files.size(file) >= HUNDRED_MB) {
            return file;
        }
        Path part = DIRECTORY.resolve(name + ".part");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(part, StandardCharsets.UTF_8), 1 << 20)) {
            contents.write(out);
        }
        return Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path productJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("send-clock-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/send-clock-*.jar: run ./mvnw verify"));
        }
    }

    @FunctionalInterface
    private interface Contents {
        void write(Writer out) throws IOException;
    }
}
