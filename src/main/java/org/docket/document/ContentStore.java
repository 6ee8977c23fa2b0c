package org.docket.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.docket.system.DocketProperties;
import org.springframework.stereotype.Component;

/** Originals kept by their SHA-256 under store/, so the same bytes are stored once however often they arrive. */
@Component
public class ContentStore {

    private final Path root;

    ContentStore(DocketProperties properties) {
        this.root = properties.dataDirectory().store();
    }

    public Path keep(Path file, String sha256) throws IOException {
        Path stored = pathOf(sha256);
        if (Files.exists(stored)) {
            return stored;
        }
        Files.createDirectories(stored.getParent());
        Path temporary = stored.resolveSibling("." + sha256 + ".partial");
        try {
            Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, stored, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a copy cut short (a full disk) leaves nothing behind
            Files.deleteIfExists(temporary);
            throw e;
        }
        return stored;
    }

    public Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
