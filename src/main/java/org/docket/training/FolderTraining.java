package org.docket.training;

import java.io.IOException;
import java.util.List;
import org.docket.classification.CategoriserModel;
import org.docket.training.CategoriserTrainer.Example;
import org.docket.training.LabelledReader.LabelledText;

/**
 * Trains the categoriser on a folder of labelled post: four fifths of each category to learn from,
 * the other fifth held back to fit the calibration, and choose routing thresholds, on documents the model has not seen.
 */
public final class FolderTraining {

    /** Share of each category held back for calibration. */
    public static final double HELD_OUT = 0.2;

    /** The model, what it was made from, and how the documents held back were decided (routing thresholds are chosen on them too). */
    public record Trained(CategoriserModel model, int trainedOn, int calibratedOn, List<RoutingThresholds.Decision> heldOutDecisions) {
    }

    private FolderTraining() {
    }

    public static Trained train(List<LabelledText> read, long seed, String version) throws IOException {
        LabelledFolder.Split<LabelledText> split = LabelledFolder.split(read, text -> text.source().category(), HELD_OUT, seed);
        if (split.training().isEmpty() || split.heldOut().isEmpty()) {
            throw new IllegalArgumentException("There are too few readable documents to train on (" + read.size()
                    + "); give each category at least two, better dozens.");
        }
        List<Example> heldOut = examples(split.heldOut());
        CategoriserTrainer.Fitted fitted = new CategoriserTrainer().fit(examples(split.training()), heldOut, version);
        return new Trained(fitted.model(), split.training().size(), split.heldOut().size(), fitted.heldOutDecisions());
    }

    private static List<Example> examples(List<LabelledText> texts) {
        return texts.stream().map(text -> new Example(text.source().category(), text.text())).toList();
    }
}
