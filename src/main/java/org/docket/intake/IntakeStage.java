package org.docket.intake;

import org.docket.document.Document;

/** One named step of intake. Takes the document as the previous stage left it and returns a new one. */
interface IntakeStage {

    Document apply(Document document);
}
