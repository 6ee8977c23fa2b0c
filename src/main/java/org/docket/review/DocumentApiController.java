package org.docket.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.docket.document.Classification;
import org.docket.document.Document;
import org.docket.document.Entity;
import org.docket.document.Fingerprint;
import org.docket.document.RoutingDecision;
import org.docket.document.VisibleDocuments;
import org.docket.intake.IntakeRunner;
import org.docket.intake.IntakeSummary;
import org.docket.system.DocketProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Documents over REST: send one in (it goes through intake at once), read one back, recall a routed one. */
@RestController
@Tag(name = "Documents", description = "Send post in, read a document and where it stands, recall one from its service")
class DocumentApiController {

    /** A document as the API shows it: what was read, what was decided, and where to see more. */
    record DocumentView(String documentId, String fileName, String status, Instant receivedAt, String mediaType, String language,
                        int pages, Classification classification, RoutingDecision routing, List<Entity> entities,
                        String duplicateOf, String quarantineReason, String history) {

        static DocumentView of(Document document) {
            return new DocumentView(document.id(), document.fileName(), document.status().name(), document.receivedAt(),
                    document.mediaType(), document.language(), document.pages().size(), document.classification(), document.routing(),
                    document.entities(), document.duplicateOf(), document.quarantineReason(), "/documents/" + document.id() + "/history");
        }
    }

    /** Why a routed document is taken back; its system receives this with the recall. */
    record RecallRequest(String reason) {
    }

    private final IntakeRunner intake;
    private final VisibleDocuments documents;
    private final Recalls recalls;
    private final Path uploads;

    DocumentApiController(IntakeRunner intake, VisibleDocuments documents, Recalls recalls, DocketProperties properties) {
        this.intake = intake;
        this.documents = documents;
        this.recalls = recalls;
        this.uploads = properties.dataDirectory().root().resolve("uploads");
    }

    @PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Send in one file of post", description = "Runs intake on it at once: read, classified and routed or put in "
            + "the review queue. Answers the document with its state (ROUTED, REVIEW, DUPLICATE or QUARANTINED). Mailroom and admin.")
    @ApiResponse(responseCode = "201", description = "taken in; Location is the document")
    @ApiResponse(responseCode = "400", description = "no file, or an empty one")
    ResponseEntity<?> upload(@Parameter(description = "the file: PDF, image, office document, e-mail or text") @RequestParam("file") MultipartFile file,
                             Principal principal) throws Exception {
        if (file == null || file.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", "Send the document as a non-empty multipart field named 'file'."));
        }
        Path folder = Files.createDirectories(uploads.resolve(UUID.randomUUID().toString()));
        Path received = folder.resolve(uploadName(file.getOriginalFilename()));
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, received);
        }
        IntakeSummary summary = intake.start(List.of(received));
        if (!summary.completed()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(Map.of("error", "Intake of " + received.getFileName() + " did not finish (" + summary.status() + "); send it again."));
        }
        String id = Fingerprint.documentId(Fingerprint.sha256(received), received);
        return ResponseEntity.created(URI.create("/api/documents/" + id)).body(DocumentView.of(documents.load(id, principal)));
    }

    @GetMapping("/api/documents/{id}")
    @Operation(summary = "A document: its classification, entities, state and a link to its history",
            description = "Any role; a document in a category the user may not see answers 404, as one that is not there.")
    @ApiResponse(responseCode = "404", description = "no such document, or not one this user may see")
    DocumentView document(@PathVariable String id, Principal principal) {
        return DocumentView.of(documents.load(id, principal));
    }

    @PostMapping("/api/documents/{id}/recall")
    @Operation(summary = "Recall a routed document", description = "Its connector receives a recall and the document returns to the "
            + "review queue; the record keeps who, when and why. Mailroom and admin.")
    @ApiResponse(responseCode = "200", description = "recalled; the document is back in review")
    @ApiResponse(responseCode = "400", description = "no reason given")
    @ApiResponse(responseCode = "409", description = "the document is not routed")
    ResponseEntity<?> recall(@PathVariable String id, @RequestBody RecallRequest request, Principal principal) {
        documents.load(id, principal);
        try {
            Recalls.Recalled recalled = recalls.recall(id, principal.getName(), request.reason());
            return ResponseEntity.ok(Map.of("documentId", id, "recalledFrom", recalled.target(), "status", "REVIEW",
                    "history", "/documents/" + id + "/history"));
        } catch (IllegalArgumentException bad) {
            return ResponseEntity.badRequest().body(Map.of("error", bad.getMessage()));
        } catch (IllegalStateException notRouted) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", notRouted.getMessage()));
        }
    }

    /** The sender's file name without any folders, and only plain characters, so it cannot land outside its upload folder. */
    static String uploadName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        return name.isEmpty() || name.startsWith(".") ? "upload" + name : name;
    }
}
