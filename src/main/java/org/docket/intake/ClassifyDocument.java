package org.docket.intake;

import java.util.List;
import org.docket.classification.Categoriser;
import org.docket.classification.SafeguardingDetector;
import org.docket.document.Document;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Which service the letter is for, how sure the model is, why, and whether it raises a safeguarding concern. */
@Component
@Order(4)
class ClassifyDocument implements IntakeStage {

    private final Categoriser categoriser;
    private final SafeguardingDetector safeguarding;

    ClassifyDocument(Categoriser categoriser, SafeguardingDetector safeguarding) {
        this.categoriser = categoriser;
        this.safeguarding = safeguarding;
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        SafeguardingDetector.Finding finding = safeguarding.inspect(text);
        List<String> flags = finding.flagged() ? List.of(SafeguardingDetector.FLAG) : List.of();
        return document.classified(categoriser.classify(text, flags, finding.reasons()));
    }
}
