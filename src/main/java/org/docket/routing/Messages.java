package org.docket.routing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docket.document.Document;
import org.docket.document.Entity;

/** What the outbox's JSON messages say: a routed document for a webhook, and a recall for either connector. */
final class Messages {

    private Messages() {
    }

    /** Everything the service needs to act without opening Docket, and a link for when it wants to. */
    static Map<String, Object> routed(Document document, String decidedBy, int number, URI link) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("kind", "route");
        message.put("documentId", document.id());
        message.put("delivery", number);
        message.put("category", document.classification().category());
        message.put("confidence", document.classification().confidence());
        message.put("target", document.routing().target());
        message.put("decidedBy", decidedBy);
        message.put("modelVersion", document.classification().modelVersion());
        message.put("language", document.language());
        message.put("fileName", document.fileName());
        message.put("receivedAt", document.receivedAt().toString());
        message.put("pages", document.pages().size());
        message.put("entities", entities(document.entities()));
        message.put("text", document.text());
        message.put("link", linkTo(link, document.id()));
        return message;
    }

    static Map<String, Object> recall(Connector.Recall recall) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("kind", "recall");
        message.put("documentId", recall.documentId());
        message.put("delivery", recall.number());
        message.put("target", recall.target());
        message.put("recalledBy", recall.recalledBy());
        message.put("reason", recall.reason());
        message.put("recalledAt", recall.at().toString());
        return message;
    }

    static String linkTo(URI base, String documentId) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return root + "documents/" + documentId;
    }

    private static List<Map<String, String>> entities(List<Entity> entities) {
        return entities.stream().map(entity -> Map.of("type", entity.type(), "value", entity.value())).toList();
    }
}
