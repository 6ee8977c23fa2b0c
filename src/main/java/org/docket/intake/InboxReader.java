package org.docket.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.docket.document.Document;
import org.docket.document.DocumentStore;
import org.docket.document.Fingerprint;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Lists the files to take in, in a fixed order so a restart resumes at the same place, and fingerprints
 * each one. Duplicates are found here, in reading order, so the first copy is always the one processed:
 * a file whose bytes were seen before comes out already linked to that first copy.
 */
class InboxReader extends AbstractItemCountingItemStreamItemReader<Document> {

    private final List<Path> inputs;
    private final DocumentStore store;
    private final Map<String, String> firstCopies = new HashMap<>();
    private List<Path> files = List.of();

    InboxReader(List<Path> inputs, DocumentStore store) {
        this.inputs = List.copyOf(inputs);
        this.store = store;
        setName("inbox");
    }

    @Override
    protected void doOpen() throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isRegularFile(input)) {
                found.add(input);
            } else if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(path -> !isHidden(input, path)).forEach(found::add);
                }
            } else {
                throw new IOException("There is no file or folder at " + input);
            }
        }
        found.sort(Comparator.comparing(Path::toString));
        files = found;
    }

    @Override
    protected Document doRead() throws IOException {
        int index = getCurrentItemCount() - 1;
        if (index >= files.size()) {
            return null;
        }
        Path file = files.get(index);
        String sha256 = Fingerprint.sha256(file);
        String id = Fingerprint.documentId(sha256, file);
        Document received = Document.received(id, file, sha256, Files.size(file), Instant.now());
        Optional<String> firstCopy = Optional.ofNullable(firstCopies.get(sha256)).or(() -> store.firstCopyOf(sha256));
        if (firstCopy.isPresent() && !firstCopy.get().equals(id)) {
            return received.duplicateOf(firstCopy.get());
        }
        firstCopies.put(sha256, id);
        return received;
    }

    /** A restart skips what was committed without fingerprinting it again. */
    @Override
    protected void jumpToItem(int itemIndex) {
        // doRead works from the current count, which the caller has already set
    }

    @Override
    protected void doClose() {
        files = List.of();
        firstCopies.clear();
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
