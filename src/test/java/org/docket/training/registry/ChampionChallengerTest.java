package org.docket.training.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.docket.training.Evaluation;
import org.docket.training.Metrics;
import org.junit.jupiter.api.Test;

/** The promotion rule on figures made by hand: not worse on macro-F1, and confidences no less honest. */
class ChampionChallengerTest {

    private static final List<String> CATEGORIES = List.of("waste", "planning");

    @Test
    void aChallengerAsGoodAsTheChampionIsPromoted() {
        assertThat(ChampionChallenger.judge("old", figures(0, 0.95), "new", figures(0, 0.95)).promoted()).isTrue();
    }

    @Test
    void aLowerMacroF1KeepsTheChampionWhateverTheCalibration() {
        ChampionChallenger.Verdict verdict = ChampionChallenger.judge("old", figures(0, 0.95), "new", figures(1, 0.95));
        assertThat(verdict.promoted()).isFalse();
        assertThat(verdict.reason()).contains("macro-F1 is lower", "old stays current");
    }

    @Test
    void aSlightlyHigherCalibrationErrorWithinTheAimIsNoLoss() {
        // ECE 0.01 against 0.02: both within the 0.03 Docket aims for
        assertThat(ChampionChallenger.judge("old", figures(0, 0.99), "new", figures(0, 0.98)).promoted()).isTrue();
    }

    @Test
    void aCalibrationErrorWithinItsNoiseOfTheChampionsIsNoLossButMoreIs() {
        // the champion's ECE 0.07; the challengers' 0.075 (within a hundredth) and 0.09
        assertThat(ChampionChallenger.judge("old", figures(0, 0.93), "new", figures(0, 0.925)).promoted()).isTrue();
        assertThat(ChampionChallenger.judge("old", figures(0, 0.93), "new", figures(0, 0.91)).promoted()).isFalse();
    }

    @Test
    void lessHonestConfidencesBeyondTheAimKeepTheChampion() {
        ChampionChallenger.Verdict verdict = ChampionChallenger.judge("old", figures(0, 0.99), "new", figures(0, 0.90));
        assertThat(verdict.promoted()).isFalse();
        assertThat(verdict.reason()).contains("less honest");
    }

    @Test
    void withNoChampionAnyChallengerIsPromoted() {
        assertThat(ChampionChallenger.judge(null, null, "new", figures(5, 0.5)).promoted()).isTrue();
    }

    /** Ten waste and ten planning letters, {@code wrong} of the waste ones mistaken, every one at this confidence. */
    private static Evaluation figures(int wrong, double confidence) {
        List<Metrics.Row> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new Metrics.Row("waste", i < wrong ? "planning" : "waste", confidence, "eng", Evaluation.TEXT_LAYER));
            rows.add(new Metrics.Row("planning", "planning", confidence, "eng", Evaluation.TEXT_LAYER));
        }
        return Metrics.of(rows, CATEGORIES);
    }
}
