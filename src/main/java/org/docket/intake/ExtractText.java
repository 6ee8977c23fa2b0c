package org.docket.intake;

import java.util.List;
import org.docket.document.Document;
import org.docket.extraction.Extraction;
import org.docket.extraction.Legibility;
import org.docket.extraction.Extractor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads the pages: the text layer of born-digital files, OCR of scans, in a worker process unless set
 * otherwise. What cannot be read, or reads as nothing legible, is quarantined.
 */
@Component
@Order(1)
class ExtractText implements IntakeStage {

    private final Extractor extractor;

    ExtractText(Extractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Document apply(Document document) {
        return switch (extractor.extract(document.source())) {
            case Extraction.Extracted(String mediaType, var pages) -> {
                Document extracted = document.extracted(mediaType, pages);
                yield Legibility.problem(document.fileName(), mediaType, extracted.text())
                        .map(extracted::quarantined)
                        .orElse(extracted);
            }
            case Extraction.Unreadable(String mediaType, String reason) -> document.extracted(mediaType, List.of()).quarantined(reason);
        };
    }
}
