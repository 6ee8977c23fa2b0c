package org.docket.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.docket.training.Evaluation.CategoryFigures;
import org.docket.training.Metrics.Row;
import org.junit.jupiter.api.Test;

/** Small cases worked out by hand. */
class MetricsTest {

    private static final List<String> ORDER = List.of("waste", "parking", "planning");

    private static Row row(String truth, String chosen, double confidence) {
        return new Row(truth, chosen, confidence, "eng", Evaluation.TEXT_LAYER);
    }

    /**
     * waste: 3 true, chosen right twice, once as parking. parking: 2 true, both right. planning: 1 true,
     * chosen as waste. So waste precision 2/3, recall 2/3; parking precision 2/3, recall 1; planning 0 and 0.
     */
    private static final List<Row> SIX = List.of(
            row("waste", "waste", 0.9), row("waste", "waste", 0.8), row("waste", "parking", 0.6),
            row("parking", "parking", 0.95), row("parking", "parking", 0.7), row("planning", "waste", 0.5));

    @Test
    void accuracyIsTheShareChosenRight() {
        assertThat(Metrics.of(SIX, ORDER).accuracy()).isEqualTo(0.6667);
        assertThat(Metrics.of(SIX, ORDER).documents()).isEqualTo(6);
    }

    @Test
    void precisionRecallAndF1PerCategory() {
        Evaluation evaluation = Metrics.of(SIX, ORDER);
        assertThat(evaluation.perCategory()).containsEntry("waste", new CategoryFigures(0.6667, 0.6667, 0.6667, 3))
                .containsEntry("parking", new CategoryFigures(0.6667, 1.0, 0.8, 2))
                .containsEntry("planning", new CategoryFigures(0.0, 0.0, 0.0, 1));
    }

    @Test
    void macroF1CountsEveryCategoryTheSame() {
        // (2/3 + 4/5 + 0) / 3
        assertThat(Metrics.of(SIX, ORDER).macroF1()).isCloseTo((2 / 3.0 + 0.8) / 3, within(1e-4));
    }

    @Test
    void confusionHasTruthDownAndChoiceAcrossInTheGivenOrder() {
        Evaluation.Confusion confusion = Metrics.of(SIX, ORDER).confusion();
        assertThat(confusion.categories()).containsExactly("waste", "parking", "planning");
        assertThat(confusion.counts()).isDeepEqualTo(new int[][] {{2, 1, 0}, {0, 2, 0}, {1, 0, 0}});
    }

    @Test
    void categoriesNobodyWroteAboutAreLeftOut() {
        Evaluation evaluation = Metrics.of(List.of(row("waste", "waste", 0.9)), List.of("parking", "waste"));
        assertThat(evaluation.confusion().categories()).containsExactly("waste");
        assertThat(evaluation.macroF1()).isEqualTo(1.0);
    }

    @Test
    void eceIsTheWeightedGapBetweenConfidenceAndAccuracyPerBin() {
        // bin [0.8667, 0.9333): 0.9 and 0.9, one right → |1.8 - 1| / 4; bin [0.6, 0.6667): 0.6 right → |0.6 - 1| / 4;
        // bin [0.2, 0.2667): 0.2 wrong → 0.2 / 4. Total (0.8 + 0.4 + 0.2) / 4 = 0.35
        List<Row> rows = List.of(row("waste", "waste", 0.9), row("waste", "parking", 0.9),
                row("parking", "parking", 0.6), row("waste", "parking", 0.2));
        assertThat(Metrics.of(rows, ORDER).ece()).isCloseTo(0.35, within(1e-4));
    }

    @Test
    void reliabilityBinsCountAndScoreTheirDocuments() {
        List<Evaluation.ReliabilityBin> bins = Metrics.of(SIX, ORDER).reliability();
        assertThat(bins).hasSize(15);
        // 0.9 falls in bin 13, [0.8667, 0.9333); 0.95 in bin 14; 0.5 alone in bin 7, and it was wrong
        assertThat(bins.get(13).count()).isEqualTo(1);
        assertThat(bins.get(14).count()).isEqualTo(1);
        assertThat(bins.get(7)).isEqualTo(new Evaluation.ReliabilityBin(0.4667, 0.5333, 1, 0.5, 0.0));
        assertThat(bins.stream().mapToInt(Evaluation.ReliabilityBin::count).sum()).isEqualTo(6);
    }

    @Test
    void coverageStopsBeforeTheFirstMistakeThatBreaksNinetyNinePercent() {
        // by confidence: .95 ✓ .9 ✓ .8 ✓ .7 ✓ .6 ✗ .5 ✗: the top four are all right, five would be 80%
        Evaluation evaluation = Metrics.of(SIX, ORDER);
        assertThat(evaluation.coverageAt99Precision()).isEqualTo(0.6667);
        assertThat(evaluation.thresholdAt99Precision()).isEqualTo(0.7);
    }

    @Test
    void nothingCanBeRoutedWhenTheMostConfidentIsWrong() {
        List<Row> rows = List.of(row("waste", "parking", 0.99), row("waste", "waste", 0.5));
        Evaluation evaluation = Metrics.of(rows, ORDER);
        assertThat(evaluation.coverageAt99Precision()).isZero();
        assertThat(evaluation.thresholdAt99Precision()).isEqualTo(1.0);
    }

    @Test
    void everythingCanBeRoutedWhenEverythingIsRight() {
        assertThat(Metrics.of(List.of(row("waste", "waste", 0.4), row("parking", "parking", 0.3)), ORDER).coverageAt99Precision())
                .isEqualTo(1.0);
    }

    @Test
    void oneMistakeInAHundredStillMeetsNinetyNinePercent() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            rows.add(row("waste", "waste", 0.99 - i * 0.001));
        }
        rows.add(row("waste", "parking", 0.5));
        rows.add(row("waste", "parking", 0.4));
        // 99 of the top 100 right is 99%; 99 of 101 is not
        assertThat(Metrics.of(rows, ORDER).coverageAt99Precision()).isCloseTo(100 / 101.0, within(1e-4));
    }

    @Test
    void documentsOfEqualConfidenceAreRoutedTogetherOrNotAtAll() {
        // the two at 0.9 cannot be split by a threshold: together they are 50% right, so only the 0.95 goes
        List<Row> rows = List.of(row("waste", "waste", 0.95), row("waste", "waste", 0.9), row("waste", "parking", 0.9));
        assertThat(Metrics.of(rows, ORDER).coverageAt99Precision()).isEqualTo(0.3333);
    }

    @Test
    void figuresAreGivenAgainPerLanguageAndScan() {
        List<Row> rows = List.of(row("waste", "waste", 0.9), new Row("waste", "parking", 0.6, "cym", Evaluation.POOR_SCAN));
        Evaluation evaluation = Metrics.of(rows, ORDER);
        assertThat(evaluation.byLanguage()).containsOnlyKeys("eng", "cym");
        assertThat(evaluation.byLanguage().get("cym").accuracy()).isZero();
        assertThat(evaluation.byLanguage().get("eng").accuracy()).isEqualTo(1.0);
        assertThat(evaluation.byScanQuality()).containsOnlyKeys(Evaluation.TEXT_LAYER, Evaluation.POOR_SCAN);
        assertThat(evaluation.byScanQuality().get(Evaluation.POOR_SCAN).documents()).isEqualTo(1);
    }
}
