package org.docket.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.docket.system.DocketProperties;
import org.springframework.util.unit.DataSize;

/**
 * bench/workers: what reading in worker processes costs. Starts a worker a few times and reports how
 * long it takes to be ready, then reads the sample post once in-process and once through one worker
 * (after one warm-up pass each) and reports the time per file of each. Prints figures; asserts nothing.
 */
public final class WorkerBenchmark {

    private static final int STARTS = 3;

    private WorkerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path post = Path.of(args.length > 0 ? args[0] : "sample-docs/post");
        List<Path> files;
        try (Stream<Path> list = Files.list(post)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        DocketProperties.Intake limits = new DocketProperties.Intake(DataSize.ofMegabytes(50), 200, 60_000_000, Duration.ofSeconds(120),
                8, 1, DocketProperties.Isolation.WORKERS, DataSize.ofGigabytes(1));

        List<String> command = WorkerCommand.of(limits.workerMemory(), "eng");
        long startNanos = 0;
        for (int i = 0; i < STARTS; i++) {
            long begun = System.nanoTime();
            try (WorkerProcess worker = WorkerProcess.start(command, Duration.ofMinutes(2))) {
                startNanos += System.nanoTime() - begun;
            }
        }
        System.out.printf("worker start (JVM, Tika, Tesseract, until ready): %.2f s, mean of %d%n", startNanos / 1e9 / STARTS, STARTS);

        var tika = ExtractionConfiguration.tika();
        TesseractOcr ocr = new TesseractOcr("eng");
        TextExtractor inProcess = new TextExtractor(tika, new PdfPages(ocr), new ImagePages(ocr), new TikaText(tika), limits);
        try (WorkerPoolExtractor workers = new WorkerPoolExtractor(limits, "eng")) {
            for (int pass = 0; pass < 2; pass++) {
                double here = timePerFile(inProcess, files);
                double there = timePerFile(workers, files);
                if (pass == 1) {
                    System.out.printf("%d files of %s, one at a time: in-process %.0f ms per file, in a worker %.0f ms per file "
                            + "(overhead %.0f ms per file)%n", files.size(), post, here, there, there - here);
                }
            }
        }
        ocr.close();
    }

    private static double timePerFile(Extractor extractor, List<Path> files) {
        long begun = System.nanoTime();
        for (Path file : files) {
            extractor.extract(file);
        }
        return (System.nanoTime() - begun) / 1e6 / files.size();
    }
}
