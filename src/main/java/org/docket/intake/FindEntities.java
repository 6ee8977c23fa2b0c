package org.docket.intake;

import org.docket.classification.Entities;
import org.docket.document.Document;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The references the receiving service will need: account numbers, PCNs, planning references, postcodes, dates. */
@Component
@Order(3)
class FindEntities implements IntakeStage {

    private final Entities entities;

    FindEntities(Entities entities) {
        this.entities = entities;
    }

    @Override
    public Document apply(Document document) {
        return document.withEntities(entities.find(document.text()));
    }
}
