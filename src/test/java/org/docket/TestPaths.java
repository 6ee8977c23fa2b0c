package org.docket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where tests find the project, the shared third-party test files, and fresh data directories. */
public final class TestPaths {

    private TestPaths() {
    }

    public static Path project() {
        return Path.of(System.getProperty("docket.project", ".")).toAbsolutePath().normalize();
    }

    /** ../shared/testdata beside the project. */
    public static Path testdata() {
        Path shared = project().resolveSibling("shared").resolve("testdata");
        if (!Files.isDirectory(shared)) {
            throw new IllegalStateException("The shared test files are missing: expected " + shared);
        }
        return shared;
    }

    public static Path sampleDocs() {
        return project().resolve("sample-docs");
    }

    /** An empty data directory under target/, kept after the run so a failure can be looked at. */
    public static Path freshHome(String name) {
        Path home = project().resolve("target").resolve("test-homes").resolve(name);
        try {
            if (Files.exists(home)) {
                try (Stream<Path> walk = Files.walk(home)) {
                    for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            return Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
