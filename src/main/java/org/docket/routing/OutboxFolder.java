package org.docket.routing;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The outbox folder, {@code outbox/<target>/}, where every message is kept as a file. Files are written
 * to a temporary name and moved into place, and never overwritten, so nobody reads half a file and a
 * re-run after a crash writes nothing twice. A document's first delivery is {@code <id>.json}, later
 * ones (after a recall) {@code <id>.2.json}, {@code <id>.3.json}; a recall of delivery n is
 * {@code <id>.recall.json} for the first, {@code <id>.<n>.recall.json} after.
 */
final class OutboxFolder {

    interface Writing {
        void to(Path temporary) throws IOException;
    }

    private final Path root;

    OutboxFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path folderOf(String target) throws IOException {
        return Files.createDirectories(root.resolve(safeName(target)));
    }

    /** The name of delivery {@code number} of a document, with the given ending (".json", ".pdf", ".recall.json"). */
    static String name(String documentId, int number, String ending) {
        return documentId + (number <= 1 ? "" : "." + number) + ending;
    }

    static void writeOnce(Path destination, Writing writing) throws IOException {
        if (Files.exists(destination)) {
            return;
        }
        Path temporary = destination.resolveSibling("." + destination.getFileName() + ".partial");
        try {
            writing.to(temporary);
        } catch (IOException | JacksonIOException e) {
            // a file cut short (a full disk) is not left for the receiver to find
            Files.deleteIfExists(temporary);
            throw e instanceof JacksonIOException jackson && jackson.getCause() instanceof IOException io ? io
                    : e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        try {
            Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, destination);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temporary);
        }
    }

    /** Folder and file names come from the taxonomy and the original's name: only plain characters pass. */
    static String safeName(String name) {
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        return safe.isBlank() || safe.startsWith(".") ? "unnamed" + safe : safe;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return "";
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]{1,8}") ? "." + extension : "";
    }
}
