package org.docket.extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.docket.system.DocketProperties;
import org.springframework.util.unit.DataSize;

/**
 * The main class of one extraction worker process: reads the files Docket names on standard input, one
 * at a time, and answers each on standard output ({@link WorkerProtocol}). It starts no Spring context,
 * which would double its start-up time. It ends when its input closes and, should Docket die while a
 * file is being read, within a second of noticing its parent is gone.
 *
 * <p>Arguments: the parent's process id, the OCR languages.
 */
public final class ExtractionWorker {

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws Exception {
        long parent = Long.parseLong(args[0]);
        String languages = args.length > 1 ? args[1] : "eng";
        // standard output carries the answers: anything else printed goes to standard error instead
        DataOutputStream answers = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        watchParent(parent);

        TikaConfig tika = ExtractionConfiguration.tika();
        TesseractOcr ocr = new TesseractOcr(languages);
        ocr.prepare();
        // the limits arrive with each file; the time limit is Docket's to enforce, by ending this process
        DocketProperties.Intake noLimitsOfItsOwn = new DocketProperties.Intake(DataSize.ofBytes(Long.MAX_VALUE), Integer.MAX_VALUE,
                Long.MAX_VALUE, Duration.ofDays(1), 1, 1, DocketProperties.Isolation.IN_PROCESS, DataSize.ofBytes(0));
        TextExtractor extractor = new TextExtractor(tika, new PdfPages(ocr), new ImagePages(ocr), new TikaText(tika), noLimitsOfItsOwn);
        WorkerProtocol.writeReady(answers);

        DataInputStream requests = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        WorkerProtocol.Request request;
        while ((request = WorkerProtocol.readRequest(requests)) != null) {
            Extraction extraction = extractor.extractUntimed(request.file(), request.maxFileSize(),
                    new ReadLimits(request.maxPages(), request.maxPixels(), () -> false));
            WorkerProtocol.writeExtraction(answers, extraction);
        }
        ocr.close();
    }

    /** A worker whose Docket has died ends itself, even in the middle of a file that never finishes. */
    private static void watchParent(long parent) {
        Thread.ofPlatform().daemon().name("parent-watch").start(() -> {
            while (true) {
                Optional<ProcessHandle> handle = ProcessHandle.current().parent();
                if (handle.isEmpty() || handle.get().pid() != parent || !handle.get().isAlive()) {
                    Runtime.getRuntime().halt(2);
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }
}
