package org.sendclock.importer;

import java.nio.file.Path;

/** The files of one import, saved where they can be read twice (checked, then written). Either may be absent. */
public record ImportFiles(Path requests, Path advice) {
}
