package org.docket.routing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.docket.document.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * The folder drop: a routed document is left for its system as {@code outbox/<target>/<documentId>.json}
 * beside a copy of the original, and a recall as {@code <documentId>.recall.json}.
 */
final class FolderConnector implements Connector {

    private final OutboxFolder folder;
    private final JsonMapper json;

    FolderConnector(OutboxFolder folder, JsonMapper json) {
        this.folder = folder;
        this.json = json;
    }

    @Override
    public String type() {
        return "folder";
    }

    @Override
    public boolean deliveredOnceWritten() {
        return true;
    }

    @Override
    public Path deliver(Document document, String decidedBy, int number) throws IOException {
        Path target = folder.folderOf(document.routing().target());
        Path original = target.resolve(OutboxFolder.name(document.id(), number, OutboxFolder.extension(document.fileName())));
        Path manifest = target.resolve(OutboxFolder.name(document.id(), number, ".json"));
        OutboxFolder.writeOnce(original, temporary -> Files.copy(document.source(), temporary, StandardCopyOption.REPLACE_EXISTING));
        OutboxFolder.writeOnce(manifest, temporary -> json.writerWithDefaultPrettyPrinter()
                .writeValue(temporary.toFile(), describe(document, original, decidedBy, number)));
        return manifest;
    }

    @Override
    public Path recall(Recall recall) throws IOException {
        Path file = folder.folderOf(recall.target()).resolve(OutboxFolder.name(recall.documentId(), recall.number(), ".recall.json"));
        OutboxFolder.writeOnce(file, temporary -> json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), Messages.recall(recall)));
        return file;
    }

    private static Map<String, Object> describe(Document document, Path original, String decidedBy, int number) {
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("documentId", document.id());
        if (number > 1) {
            delivery.put("delivery", number);
        }
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
}
