package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A body sent without a stated length (chunked) is cut off as soon as it passes the limit. */
class ImportControllerTest {

    @Test
    void aBodyOverTheLimitIsRefusedOnceItPassesItAndLeavesNoFileBehind() throws Exception {
        long filesBefore = importFiles();
        CountedBody body = new CountedBody(new byte[1024 * 1024]);

        assertThatThrownBy(() -> ImportController.saved(body, DataSize.ofKilobytes(64)))
                .isInstanceOf(UploadTooLarge.class)
                .hasMessageStartingWith("The file is larger than the limit of 64 KB; nothing was read or imported.");
        assertThat(body.taken).as("bytes taken from the body").isLessThan(64 * 1024 + 16 * 1024);
        assertThat(importFiles()).isEqualTo(filesBefore);
    }

    @Test
    void aBodyWithinTheLimitIsSaved() throws Exception {
        Path file = ImportController.saved(new ByteArrayInputStream(new byte[1024]), DataSize.ofKilobytes(1));
        try {
            assertThat(Files.size(file)).isEqualTo(1024);
        } finally {
            Files.delete(file);
        }
    }

    private static long importFiles() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("sendclock-import-")).count();
        }
    }

    private static final class CountedBody extends ByteArrayInputStream {
        long taken;

        CountedBody(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, Math.min(len, 8192));
            taken += Math.max(n, 0);
            return n;
        }
    }
}
