package org.docket.document;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The one record that flows through every stage of intake. Immutable: each stage returns a new
 * one, so a stage can be re-run from the record it was given.
 *
 * @param id           stable id, derived from the content and where it came from, so a re-run finds it again
 * @param source       the file as it was received
 * @param fileName     its name, for people
 * @param sha256       hex SHA-256 of the bytes
 * @param sizeBytes    size of the file
 * @param receivedAt   when intake first saw it
 * @param status       where it stands
 * @param mediaType    detected media type, null until extraction
 * @param pages        the pages read, empty until extraction
 * @param language     "eng" or "cym", null until detected
 * @param entities     references found in the text, empty until found
 * @param classification null until classified
 * @param routing      null until routed
 * @param duplicateOf  the id of the first copy when this is a duplicate
 * @param quarantineReason why it could not be read, in a sentence, when quarantined
 */
public record Document(
        String id,
        Path source,
        String fileName,
        String sha256,
        long sizeBytes,
        Instant receivedAt,
        Status status,
        String mediaType,
        List<Page> pages,
        String language,
        List<Entity> entities,
        Classification classification,
        RoutingDecision routing,
        String duplicateOf,
        String quarantineReason) {

    public Document {
        pages = List.copyOf(pages);
        entities = List.copyOf(entities);
    }

    public static Document received(String id, Path source, String sha256, long sizeBytes, Instant at) {
        return new Document(id, source, source.getFileName().toString(), sha256, sizeBytes, at,
                Status.RECEIVED, null, List.of(), null, List.of(), null, null, null, null);
    }

    public Document extracted(String detectedType, List<Page> readPages) {
        return new Document(id, source, fileName, sha256, sizeBytes, receivedAt, Status.EXTRACTED,
                detectedType, readPages, language, entities, classification, routing, duplicateOf, quarantineReason);
    }

    public Document inLanguage(String detected) {
        return new Document(id, source, fileName, sha256, sizeBytes, receivedAt, status,
                mediaType, pages, detected, entities, classification, routing, duplicateOf, quarantineReason);
    }

    public Document withEntities(List<Entity> found) {
        return new Document(id, source, fileName, sha256, sizeBytes, receivedAt, status,
                mediaType, pages, language, found, classification, routing, duplicateOf, quarantineReason);
    }

    public Document classified(Classification result) {
        return new Document(id, source, fileName, sha256, sizeBytes, receivedAt, Status.CLASSIFIED,
                mediaType, pages, language, entities, result, routing, duplicateOf, quarantineReason);
    }

    public Document routed(RoutingDecision decision) {
        Status next = decision.automatic() ? Status.ROUTED : Status.REVIEW;
        return new Document(id, source, fileName, sha256, sizeBytes, receivedAt, next,
                mediaType, pages, language, entities, classification, decision, duplicateOf, quarantineReason);
    }

    public Document duplicateOf(String firstCopyId) {
        return new Document(id, source, fileName, sha256, sizeBytes, receivedAt, Status.DUPLICATE,
                mediaType, pages, language, entities, classification, routing, firstCopyId, quarantineReason);
    }

    public Document quarantined(String reason) {
        return new Document(id, source, fileName, sha256, sizeBytes, receivedAt, Status.QUARANTINED,
                mediaType, List.of(), language, entities, classification, routing, duplicateOf, reason);
    }

    /** All pages' text, pages separated by a form feed. */
    public String text() {
        return String.join("\n\f\n", pages.stream().map(Page::text).toList());
    }

    /** Whether a later stage still has work to do on it. */
    public boolean inFlow() {
        return !status.isFinal();
    }
}
