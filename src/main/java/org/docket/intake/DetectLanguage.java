package org.docket.intake;

import org.docket.classification.LanguageDetector;
import org.docket.document.Document;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** English or Welsh: a Welsh letter is answered in Welsh, so the service must know. */
@Component
@Order(2)
class DetectLanguage implements IntakeStage {

    private final LanguageDetector detector;

    DetectLanguage(LanguageDetector detector) {
        this.detector = detector;
    }

    @Override
    public Document apply(Document document) {
        return document.inLanguage(detector.detect(document.text()));
    }
}
