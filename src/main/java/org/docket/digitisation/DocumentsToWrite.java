package org.docket.digitisation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** The run's documents, as the separation rule puts its pages together, less those already written. */
class DocumentsToWrite implements ItemStreamReader<DocumentSeparation.Document> {

    private final long run;
    private final ArchivePages pages;
    private final ArchiveDocuments documents;
    private final DigitisationProperties.Separation separation;
    private final Deque<DocumentSeparation.Document> left = new ArrayDeque<>();

    DocumentsToWrite(long run, ArchivePages pages, ArchiveDocuments documents, DigitisationProperties.Separation separation) {
        this.run = run;
        this.pages = pages;
        this.documents = documents;
        this.separation = separation;
    }

    @Override
    public synchronized void open(ExecutionContext executionContext) {
        Set<Integer> written = documents.written(run);
        left.clear();
        DocumentSeparation.of(pages.outline(run), separation).stream()
                .filter(document -> !written.contains(document.number())).forEach(left::add);
    }

    @Override
    public synchronized DocumentSeparation.Document read() {
        return left.poll();
    }
}
