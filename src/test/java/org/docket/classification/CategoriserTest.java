package org.docket.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.docket.TestPaths;
import org.docket.document.Classification;
import org.docket.document.Classification.Term;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped categoriser on letters written for this test. */
class CategoriserTest {

    private static CategoriserModel model;
    private static Categoriser categoriser;

    @BeforeAll
    static void load() throws Exception {
        model = CategoriserModel.load(TestPaths.project().resolve("models"), CategoriserModel.DEFAULT_NAME);
        categoriser = new Categoriser(model);
    }

    @Test
    void aMissedBinCollectionIsWasteAndTheExplanationNamesItsWords() {
        Classification decided = categoriser.classify("""
                Dear Sir or Madam,
                For the third week running the recycling collection has missed our street and the wheelie bins
                are overflowing onto the pavement. Please arrange for the bins to be emptied.
                Yours faithfully, J. Evans, 14 Mill Lane, EV3 2QT
                """, List.of(), List.of());
        assertThat(decided.category()).isEqualTo("waste");
        assertThat(decided.explanation()).isNotEmpty().allSatisfy(term -> assertThat(term.weight()).isPositive());
        // reviewers see the letter's own words, never the stems the model reads
        assertThat(decided.explanation()).extracting(Term::term).contains("recycling").doesNotContain("recycl");
    }

    @Test
    void takingOutTheWordThatDecidedMostNarrowsTheLeadOverTheRunnerUp() {
        String letter = "The recycling lorry skipped Mill Lane again and the wheelie bins are still full.";
        Classification decided = categoriser.classify(letter, List.of(), List.of());
        String runnerUp = decided.alternatives().get(1).category();
        String strongest = decided.explanation().getFirst().term();
        double without = logOdds(letter.replace(strongest, ""), decided.category(), runnerUp);
        assertThat(without).isLessThan(logOdds(letter, decided.category(), runnerUp));
    }

    /** Tempered log-odds, before any Platt step on the top confidence: what an explanation's weight is measured in. */
    private static double logOdds(String text, String chosen, String runnerUp) {
        double[] probabilities = Calibration.temper(model.weights().probabilities(model.terms(text).terms()), model.card().temperature());
        double chosenProbability = 0;
        double runnerUpProbability = 0;
        for (int i = 0; i < probabilities.length; i++) {
            chosenProbability = categoriser.categoryAt(i).equals(chosen) ? probabilities[i] : chosenProbability;
            runnerUpProbability = categoriser.categoryAt(i).equals(runnerUp) ? probabilities[i] : runnerUpProbability;
        }
        return Math.log(chosenProbability) - Math.log(runnerUpProbability);
    }

    @Test
    void aWelshParkingChallengeIsParking() {
        Classification decided = categoriser.classify("""
                Annwyl Syr/Madam,
                Rwy'n ysgrifennu i herio'r hysbysiad tâl cosb EV12345678 a roddwyd i'm car ar Stryd y Farchnad.
                Roedd y peiriant talu wedi torri ac roedd fy nhocyn parcio ar y dashfwrdd.
                Yn gywir, Siân Morgan
                """, List.of(), List.of());
        assertThat(decided.category()).isEqualTo("parking");
        assertThat(decided.margin()).isPositive();
    }

    @Test
    void calibratedProbabilitiesOfEveryCategorySumToOne() {
        double[] probabilities = categoriser.probabilities("Please send me a copy of the planning decision notice.");
        assertThat(probabilities).hasSize(18);
        assertThat(Arrays.stream(probabilities).sum()).isCloseTo(1.0, within(1e-9));
    }
}
