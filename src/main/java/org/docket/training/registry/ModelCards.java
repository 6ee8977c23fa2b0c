package org.docket.training.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.docket.classification.CategoriserModel;
import org.docket.training.registry.VersionCard.Calibration;
import org.docket.training.registry.VersionCard.Data;
import org.docket.training.registry.VersionCard.Decision;
import org.docket.training.registry.VersionCard.Figures;

/** The cards Docket writes for the versions it registers: what every card says, and what differs. */
final class ModelCards {

    static final String INTENDED_USE = "Suggesting the service for a piece of inbound council post and, when its calibrated "
            + "confidence clears the routing thresholds in jobs/, routing it without a person; anything less sure, and anything "
            + "with a safeguarding flag, goes to the review queue with the alternatives and the words that decided.";

    static final List<String> KNOWN_LIMITS = List.of(
            "Learnt mostly from Docket's generated post of one fictional borough; real post differs in vocabulary and layout, "
                    + "which is what reviewers' corrections teach it.",
            "Neighbouring services (adult social care and children's services, council tax and benefits, environmental health "
                    + "and housing repairs) are the commonest confusions.",
            "About 15% of the generated letters are Welsh; corrections add whatever Welsh post reviewers decided.",
            "Held-out figures are on generated letters; the scan-quality slices are OCR-like noise added to text, not real scans.");

    private ModelCards() {
    }

    /** For a model made outside the registry, such as the shipped one or one from ./docket train --generated. */
    static VersionCard asFound(CategoriserModel model, Figures figures) {
        CategoriserModel.ModelCard made = model.card();
        Data data = new Data(made.trainedOn() + " labelled documents, as its trainer recorded; see its notes under calibration.",
                made.trainedOn(), made.trainedOn(), 0, 0, Map.of(), Map.of());
        return new VersionCard(made.version(), made.trainedAt(), "registered as found", data, figures,
                new Calibration(made.temperature(), made.notes()), null, INTENDED_USE, KNOWN_LIMITS);
    }

    static VersionCard challenger(CategoriserModel model, Data data, Figures figures, Decision decision) {
        return new VersionCard(model.card().version(), LocalDate.now().toString(), "./docket train --with-corrections", data, figures,
                new Calibration(model.card().temperature(), model.card().notes()), decision, INTENDED_USE, KNOWN_LIMITS);
    }
}
