package org.docket.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.docket.audit.DecisionLog;
import org.docket.document.ContentStore;
import org.docket.document.Document;
import org.docket.document.DocumentStore;
import org.docket.document.Fingerprint;
import org.docket.document.RoutingDecision;
import org.docket.document.Status;
import org.docket.intake.IntakePipeline;
import org.docket.system.DocketProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reviewer splits a scan holding several letters at the pages where each new letter starts. Each
 * part becomes a document of its own, read and classified like any post, and waits in the review
 * queue (a person has just looked at it, so a person finishes it); the whole keeps its record as
 * split, and each part links back to it and its pages.
 */
@Service
public class Splits {

    /** One part of a split scan: pages {@code firstPage} to {@code lastPage} of the whole. */
    public record Part(String documentId, String wholeId, int firstPage, int lastPage) {
    }

    private final Settling settling;
    private final IntakePipeline pipeline;
    private final ContentStore contents;
    private final DocumentStore documents;
    private final JdbcClient jdbc;
    private final DecisionLog log;
    private final Path workFolder;
    private final TransactionTemplate transaction;

    Splits(Settling settling, IntakePipeline pipeline, ContentStore contents, DocumentStore documents, JdbcClient jdbc, DecisionLog log,
           DocketProperties properties, PlatformTransactionManager transactions) {
        this.settling = settling;
        this.pipeline = pipeline;
        this.contents = contents;
        this.documents = documents;
        this.jdbc = jdbc;
        this.log = log;
        this.workFolder = properties.dataDirectory().store().resolve("parts-in-progress");
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @param starts the pages where the second, third, ... part begins
     * @return the parts' document ids, in page order
     * @throws IllegalArgumentException when the pages do not fit the scan, or it is not a scan of several pages
     * @throws IllegalStateException    when the document is not waiting for review
     */
    public List<String> split(String documentId, List<Integer> starts, String reviewer, String reason) {
        Settling.requireReviewer(reviewer);
        Document whole = settling.load(documentId, Status.REVIEW, "split");
        if (!ScanParts.canSplit(whole.mediaType()) || whole.pages().size() < 2) {
            throw new IllegalArgumentException("Only a scanned PDF or TIFF of two or more pages can be split; "
                    + whole.fileName() + " is not one, so accept, change or reject it instead.");
        }
        List<ScanParts.Range> ranges = ScanParts.ranges(whole.pages().size(), starts);
        List<Document> parts = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            parts.add(read(whole, i + 1, ranges.get(i), reviewer));
        }
        String why = reason == null ? "" : reason.strip();
        transaction.executeWithoutResult(status -> {
            settling.move(documentId, Status.REVIEW, Status.SPLIT);
            for (int i = 0; i < parts.size(); i++) {
                Document part = parts.get(i);
                ScanParts.Range range = ranges.get(i);
                documents.save(part, 0);
                jdbc.sql("INSERT INTO document_part (document_id, whole_id, first_page, last_page) VALUES (?, ?, ?, ?)")
                        .params(part.id(), documentId, range.first(), range.last()).update();
                log.record(part.id(), "split", reviewer, "part " + (i + 1) + " of " + whole.fileName() + " (" + documentId + "), "
                        + pages(range) + "; " + (part.status() == Status.REVIEW ? "sent to review as likely " + part.classification().category()
                        : "quarantined: " + part.quarantineReason()));
            }
            log.record(documentId, "split", reviewer, "split into " + parts.size() + " parts at " + starts.stream().distinct().sorted()
                    .map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + (why.isEmpty() ? "" : ": " + why));
        });
        for (Document part : parts) {
            if (part.status() == Status.REVIEW) {
                settling.reindex(part.id());
            }
        }
        settling.unindex(documentId);
        return parts.stream().map(Document::id).toList();
    }

    /** Writes the part's file, keeps it in the store and reads and classifies it as intake would; it then waits for review. */
    private Document read(Document whole, int number, ScanParts.Range range, String reviewer) {
        try {
            Files.createDirectories(workFolder);
            Path file = workFolder.resolve(whole.id() + "-" + number + ("application/pdf".equals(whole.mediaType()) ? ".pdf" : ".tif"));
            ScanParts.write(contents.pathOf(whole.sha256()), whole.mediaType(), range, file);
            String sha256 = Fingerprint.sha256(file);
            Path kept = contents.keep(file, sha256);
            Files.deleteIfExists(file);
            String id = Fingerprint.documentId(sha256, kept.resolveSibling(whole.id() + "-part-" + number));
            Document received = new Document(id, kept, partName(whole.fileName(), number), sha256, Files.size(kept), Instant.now(),
                    Status.RECEIVED, null, List.of(), null, List.of(), null, null, null, null);
            Document read = pipeline.run(received);
            if (read.status() != Status.ROUTED && read.status() != Status.REVIEW) {
                return read;
            }
            List<String> reasons = new ArrayList<>(read.routing().reasons());
            reasons.addFirst("Part " + number + " of " + whole.fileName() + ", " + pages(range) + ", split by " + reviewer);
            return read.routed(new RoutingDecision(RoutingDecision.Route.REVIEW, read.routing().target(), reasons));
        } catch (IOException e) {
            throw new UncheckedIOException("Part " + number + " of " + whole.fileName() + " could not be written (" + e.getMessage()
                    + "); nothing was split, try again once the data directory is writable.", e);
        }
    }

    /** The parts a scan was split into, in page order. */
    public List<Part> partsOf(String wholeId) {
        return jdbc.sql(PARTS + " WHERE whole_id = ? ORDER BY first_page").param(wholeId).query(Splits::part).list();
    }

    /** The scan a document was split from, if it is a part of one. */
    public Optional<Part> partOf(String documentId) {
        return jdbc.sql(PARTS + " WHERE document_id = ?").param(documentId).query(Splits::part).optional();
    }

    private static final String PARTS = "SELECT document_id, whole_id, first_page, last_page FROM document_part";

    private static Part part(ResultSet rs, int row) throws SQLException {
        return new Part(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4));
    }

    static String partName(String fileName, int number) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName + "-part-" + number : fileName.substring(0, dot) + "-part-" + number + fileName.substring(dot);
    }

    private static String pages(ScanParts.Range range) {
        return range.first() == range.last() ? "page " + range.first() : "pages " + range.first() + "–" + range.last();
    }
}
