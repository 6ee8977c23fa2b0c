package org.docket.intake;

import java.util.List;
import org.docket.document.Document;
import org.springframework.stereotype.Component;

/**
 * The stages of intake in order (extract, detect language, classify, decide route), stopping as soon
 * as one settles the document's fate. Used by the intake job and by {@code ./docket classify}, which
 * runs the same stages without recording anything.
 */
@Component
public class IntakePipeline {

    private final List<IntakeStage> stages;

    IntakePipeline(List<IntakeStage> stages) {
        this.stages = List.copyOf(stages);
    }

    public Document run(Document received) {
        Document document = received;
        for (IntakeStage stage : stages) {
            if (!document.inFlow()) {
                break;
            }
            document = stage.apply(document);
        }
        return document;
    }
}
