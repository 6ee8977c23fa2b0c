package org.docket.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.docket.document.Page;
import org.docket.system.DocketProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads any file Docket takes in: detects what it really is (not what its name says), refuses what is
 * empty, too large or of a kind Docket does not read, and sends the rest to the PDF, image or Tika
 * reader under a time limit. Never throws for a bad file: it answers {@link Extraction.Unreadable}.
 */
@Component
public class TextExtractor implements Extractor {

    private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/tiff", "image/gif", "image/bmp", "image/x-ms-bmp");
    private static final Set<String> BORN_DIGITAL = Set.of(
            "text/plain", "text/html", "application/xhtml+xml", "text/csv", "application/rtf",
            "message/rfc822", "application/vnd.ms-outlook",
            "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.presentation", "application/xml", "text/xml", "text/markdown");

    private final TikaConfig tika;
    private final PdfPages pdfs;
    private final ImagePages images;
    private final TikaText text;
    private final DocketProperties.Intake limits;

    @Autowired
    TextExtractor(TikaConfig tika, PdfPages pdfs, ImagePages images, TikaText text, DocketProperties properties) {
        this(tika, pdfs, images, text, properties.intake());
    }

    TextExtractor(TikaConfig tika, PdfPages pdfs, ImagePages images, TikaText text, DocketProperties.Intake limits) {
        this.tika = tika;
        this.pdfs = pdfs;
        this.images = images;
        this.text = text;
        this.limits = limits;
    }

    @Override
    public Extraction extract(Path file) {
        return extract(file, limits.maxFileSize().toBytes(), new ReadLimits(limits.maxPages(), limits.maxPixels(), () -> false), true);
    }

    /**
     * Reads on the calling thread with no time limit of its own: in a worker process, whose parent
     * enforces the limit by ending the process (a hung native call cannot be stopped any other way).
     */
    Extraction extractUntimed(Path file, long maxFileSize, ReadLimits readLimits) {
        return extract(file, maxFileSize, readLimits, false);
    }

    private Extraction extract(Path file, long maxFileSize, ReadLimits readLimits, boolean timed) {
        String mediaType = "application/octet-stream";
        try {
            long size = Files.size(file);
            if (size == 0) {
                return new Extraction.Unreadable(null, "the file is empty (0 bytes)");
            }
            if (size > maxFileSize) {
                return new Extraction.Unreadable(null, "the file is " + megabytes(size) + " MB, over the "
                        + megabytes(maxFileSize) + " MB limit");
            }
            mediaType = detect(file);
            return new Extraction.Extracted(mediaType, timed ? readWithinTimeLimit(file, mediaType, readLimits)
                    : readHere(file, mediaType, readLimits));
        } catch (UnreadableFileException e) {
            return new Extraction.Unreadable(mediaType, e.getMessage());
        } catch (IOException e) {
            return new Extraction.Unreadable(mediaType, "the file cannot be read: " + Reasons.brief(e));
        }
    }

    /** The media type from the bytes, with the name only as a hint. */
    public String detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = TikaInputStream.get(file)) {
            return tika.getDetector().detect(in, metadata).getBaseType().toString();
        }
    }

    private List<Page> readHere(Path file, String mediaType, ReadLimits readLimits) throws UnreadableFileException {
        try {
            return read(file, mediaType, readLimits);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw unreadable(e);
        }
    }

    private List<Page> readWithinTimeLimit(Path file, String mediaType, ReadLimits limitsOfFile) throws UnreadableFileException {
        AtomicBoolean cutOff = new AtomicBoolean();
        ReadLimits readLimits = new ReadLimits(limitsOfFile.maxPages(), limitsOfFile.maxPixels(), cutOff::get);
        // a thread of its own, so a read that never returns costs that thread and not the job
        ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("read-", 0).factory());
        try {
            Future<List<Page>> pages = worker.submit(() -> read(file, mediaType, readLimits));
            return pages.get(limits.fileTimeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cutOff.set(true);
            log.warn("Reading {} took longer than {}; it goes to quarantine", file.getFileName(), Reasons.duration(limits.fileTimeLimit()));
            throw new UnreadableFileException(Reasons.tookTooLong(limits.fileTimeLimit()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw unreadable(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableFileException("reading it was interrupted", e);
        } finally {
            worker.shutdownNow();
        }
    }

    private List<Page> read(Path file, String mediaType, ReadLimits readLimits) throws IOException, UnreadableFileException {
        if (mediaType.equals("application/pdf")) {
            return pdfs.read(file, readLimits);
        }
        if (IMAGES.contains(mediaType)) {
            return images.read(file, readLimits);
        }
        if (BORN_DIGITAL.contains(mediaType)) {
            return text.read(file);
        }
        throw new UnreadableFileException("Docket does not take in files of type " + mediaType
                + "; send it as PDF, an image, an office document, an e-mail or plain text");
    }

    private static UnreadableFileException unreadable(Throwable cause) {
        if (cause instanceof OutOfMemoryError) {
            return new UnreadableFileException("reading it needed more memory than Docket allows one file", cause);
        }
        if (cause instanceof StackOverflowError) {
            return new UnreadableFileException("its structure is nested too deeply to read", cause);
        }
        return new UnreadableFileException("the file is damaged or is not what its name says: " + Reasons.brief(cause), cause);
    }

    private static long megabytes(long bytes) {
        return Math.max(1, Math.round(bytes / 1_048_576.0));
    }
}
