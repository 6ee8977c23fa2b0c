package org.docket.routing;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.docket.document.Document;
import org.docket.system.DocketProperties;
import org.springframework.stereotype.Component;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The folder connector: drops a routed document for its service's system as
 * {@code outbox/<target>/<documentId>.json} beside a copy of the original. Each file is written to a
 * temporary name and moved into place, and never overwritten, so a receiver sees each document once
 * and never half a file, even when intake is re-run after a crash.
 */
@Component
public class Outbox {

    private final Path root;
    private final JsonMapper json;

    Outbox(DocketProperties properties, JsonMapper json) {
        this.root = properties.dataDirectory().outbox();
        this.json = json;
    }

    /** Writes the delivery unless it is already there; answers the path of the JSON file. */
    public Path deliver(Document document) throws IOException {
        return deliver(document, "docket");
    }

    /** As {@link #deliver(Document)}, for a document a person decided: {@code decidedBy} names them. */
    public Path deliver(Document document, String decidedBy) throws IOException {
        String target = safeName(document.routing().target());
        Path folder = Files.createDirectories(root.resolve(target));
        Path original = folder.resolve(document.id() + extension(document.fileName()));
        Path manifest = folder.resolve(document.id() + ".json");
        writeOnce(original, temporary -> Files.copy(document.source(), temporary, StandardCopyOption.REPLACE_EXISTING));
        writeOnce(manifest, temporary -> {
            try {
                json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), describe(document, original, decidedBy));
            } catch (JacksonIOException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
        });
        return manifest;
    }

    public Path root() {
        return root;
    }

    private Map<String, Object> describe(Document document, Path original, String decidedBy) {
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("documentId", document.id());
        delivery.put("category", document.classification().category());
        delivery.put("confidence", document.classification().confidence());
        delivery.put("target", document.routing().target());
        delivery.put("decidedBy", decidedBy);
        delivery.put("modelVersion", document.classification().modelVersion());
        delivery.put("language", document.language());
        delivery.put("fileName", document.fileName());
        delivery.put("sha256", document.sha256());
        delivery.put("original", original.getFileName().toString());
        delivery.put("pages", document.pages().size());
        delivery.put("receivedAt", document.receivedAt().toString());
        delivery.put("text", document.text());
        return delivery;
    }

    private interface Writing {
        void to(Path temporary) throws IOException;
    }

    private static void writeOnce(Path destination, Writing writing) throws IOException {
        if (Files.exists(destination)) {
            return;
        }
        Path temporary = destination.resolveSibling("." + destination.getFileName() + ".partial");
        try {
            writing.to(temporary);
        } catch (IOException e) {
            // a file cut short (a full disk) is not left for the receiver to find
            Files.deleteIfExists(temporary);
            throw e;
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
