package org.docket.classification;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * What a trained categoriser knows, whichever kind it is: Docket's linear model ({@link LinearWeights})
 * or the OpenNLP naive Bayes of the first versions ({@link NaiveBayesWeights}), still loadable so an
 * earlier version can be restored.
 */
public sealed interface CategoriserWeights permits LinearWeights, NaiveBayesWeights {

    /** Category ids, in the order of {@link #probabilities}. */
    List<String> categories();

    /** Raw probability of each category, before calibration. */
    double[] probabilities(String[] terms);

    /** For each distinct term of the letter, what it adds to the raw log-odds of {@code towards} against {@code against}. */
    Map<String, Double> pushes(String[] terms, int towards, int against);

    void write(OutputStream out) throws IOException;
}
