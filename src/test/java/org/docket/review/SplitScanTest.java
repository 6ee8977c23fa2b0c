package org.docket.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.docket.TestPaths;
import org.docket.audit.DecisionLog;
import org.docket.document.Document;
import org.docket.document.DocumentStore;
import org.docket.document.Page;
import org.docket.document.Status;
import org.docket.intake.IntakeRunner;
import org.docket.search.ArchiveIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two scanned letters that came in as one PDF, split by a reviewer at the second page: each part is
 * read again by Tesseract, classified, waits for review and links back; the whole keeps its record.
 */
@SpringBootTest(properties = {"docket.home=./target/test-homes/split-scan", "docket.routing.minimum-margin=1.0"})
class SplitScanTest {

    static {
        TestPaths.freshHome("split-scan");
    }

    @Autowired
    IntakeRunner runner;
    @Autowired
    Splits splits;
    @Autowired
    DocumentStore store;
    @Autowired
    ReviewQueue queue;
    @Autowired
    DecisionLog log;
    @Autowired
    ArchiveIndex index;

    @Test
    void aScanOfTwoLettersSplitsIntoTwoDocumentsEachClassifiedAndWaiting() throws Exception {
        Path inbox = Files.createDirectories(TestPaths.project().resolve("target/test-homes/split-scan/inbox"));
        Path scan = inbox.resolve("two-letters.pdf");
        try (PDDocument parking = Loader.loadPDF(TestPaths.sampleDocs().resolve("post/004-parking-scan.pdf").toFile());
             PDDocument repairs = Loader.loadPDF(TestPaths.sampleDocs().resolve("post/021-housing-repairs-scan.pdf").toFile());
             PDDocument both = new PDDocument()) {
            both.importPage(parking.getPage(0));
            both.importPage(repairs.getPage(0));
            both.save(scan.toFile());
        }
        assertThat(runner.start(List.of(inbox)).review()).isEqualTo(1);
        Document whole = store.load(queue.waiting(1).getFirst().documentId()).orElseThrow();
        assertThat(whole.pages()).hasSize(2);

        assertThatThrownBy(() -> splits.split(whole.id(), List.of(1), "clerk", "")).hasMessageContaining("cannot start a part: give page numbers from 2 to 2");
        assertThatThrownBy(() -> splits.split(whole.id(), List.of(), "clerk", "")).hasMessageContaining("Say where the parts start");

        List<String> parts = splits.split(whole.id(), List.of(2), "clerk", "two letters in one envelope");

        assertThat(parts).hasSize(2);
        assertThat(store.load(whole.id()).orElseThrow().status()).isEqualTo(Status.SPLIT);
        assertThat(index.contains(whole.id())).isFalse();
        assertThat(log.historyOf(whole.id()).getLast().detail()).isEqualTo("split into 2 parts at 2: two letters in one envelope");
        assertThat(splits.partsOf(whole.id())).extracting(Splits.Part::documentId).containsExactlyElementsOf(parts);
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Document part = store.load(parts.get(i)).orElseThrow();
            assertThat(part.status()).isEqualTo(Status.REVIEW);
            assertThat(part.fileName()).isEqualTo("two-letters-part-" + (i + 1) + ".pdf");
            assertThat(part.pages()).hasSize(1).first().extracting(Page::method).isEqualTo(Page.Method.OCR);
            assertThat(words(part.pages().getFirst().text())).isEqualTo(words(whole.pages().get(i).text()));
            assertThat(part.routing().reasons().getFirst()).isEqualTo("Part " + (i + 1) + " of two-letters.pdf, page " + (i + 1) + ", split by clerk");
            assertThat(splits.partOf(part.id())).hasValue(new Splits.Part(part.id(), whole.id(), i + 1, i + 1));
            assertThat(index.contains(part.id())).isTrue();
            categories.add(part.classification().category());
        }
        assertThat(categories).containsExactly("parking", "housing-repairs");
        assertThat(queue.waiting(10)).extracting(ReviewQueue.Item::documentId).containsExactlyInAnyOrderElementsOf(parts);
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }
}
