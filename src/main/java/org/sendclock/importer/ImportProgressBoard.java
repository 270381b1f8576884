package org.sendclock.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The imports under way, by the token the import page gave its form, so the page can ask how far its import has got
 * while the upload's answer is still being prepared. An entry is forgotten an hour after it began.
 */
@Component
public class ImportProgressBoard {

    private static final Duration KEPT_FOR = Duration.ofHours(1);

    private record Entry(ImportProgress progress, Instant began) {
    }

    private final Map<String, Entry> imports = new ConcurrentHashMap<>();

    public ImportProgress begin(String token) {
        Instant now = Instant.now();
        imports.values().removeIf(e -> e.began().plus(KEPT_FOR).isBefore(now));
        ImportProgress progress = new ImportProgress();
        if (token != null && !token.isBlank()) {
            imports.put(token, new Entry(progress, now));
        }
        return progress;
    }

    public Optional<ImportProgress.Snapshot> of(String token) {
        return Optional.ofNullable(imports.get(token)).map(e -> e.progress().snapshot());
    }
}
