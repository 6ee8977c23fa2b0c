package org.docket.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The layout of a data directory; every part of Docket finds its folder here and nowhere else. */
public record DataDirectory(Path root) {

    public Path db() {
        return folder("db");
    }

    public Path index() {
        return folder("index");
    }

    public Path store() {
        return folder("store");
    }

    public Path outbox() {
        return folder("outbox");
    }

    public Path quarantine() {
        return folder("quarantine");
    }

    private Path folder(String name) {
        Path folder = root.resolve(name);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder + ": check the data directory is writable", e);
        }
        return folder;
    }
}
