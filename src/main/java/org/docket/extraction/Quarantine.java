package org.docket.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.docket.document.Document;
import org.docket.system.DocketProperties;
import org.springframework.stereotype.Component;

/**
 * Where files that cannot be read are kept for a person: a copy named by document id beside a
 * {@code .reason.txt} saying why, in a sentence. The name the sender gave is never used as a path.
 */
@Component
public class Quarantine {

    private final Path root;

    Quarantine(DocketProperties properties) {
        this.root = properties.dataDirectory().quarantine();
    }

    public Path keep(Document document) throws IOException {
        Path copy = root.resolve(document.id() + ".bin");
        if (!Files.exists(copy)) {
            Path temporary = root.resolve("." + document.id() + ".partial");
            Files.copy(document.source(), temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, copy, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.writeString(root.resolve(document.id() + ".reason.txt"),
                "file: " + document.fileName() + "\nreceived: " + document.receivedAt() + "\nsha256: " + document.sha256()
                        + "\nreason: " + document.quarantineReason() + "\n",
                StandardCharsets.UTF_8);
        return copy;
    }

    public Path root() {
        return root;
    }
}
