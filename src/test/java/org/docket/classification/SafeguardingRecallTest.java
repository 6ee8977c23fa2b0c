package org.docket.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.docket.TestPaths;
import org.docket.training.corpus.CouncilLetters;
import org.docket.training.corpus.GeneratedLetter;
import org.docket.training.corpus.TemplateFamily;
import org.junit.jupiter.api.Test;

/**
 * The shipped safeguarding check, patterns and trained model together, on letters from the HELDOUT
 * template family: wording neither the patterns nor the model were written from. Issue 4 asks for 95%,
 * and the shipped check reaches it there (0.96 on the larger HELDOUT samples, docs/evaluation.md,
 * "Safeguarding"), so this holds it to that.
 */
class SafeguardingRecallTest {

    private static final double ISSUE_FOUR_RECALL = 0.95;

    @Test
    void theShippedCheckFlagsAtLeastNineteenInTwentyHeldOutConcerns() throws Exception {
        SafeguardingDetector detector = new SafeguardingDetector(SafeguardingModel.load(TestPaths.project().resolve("models")));
        List<GeneratedLetter> letters = new CouncilLetters(TemplateFamily.HELDOUT, 31).corpus(20, 0.25, 0.5);
        int concerns = 0;
        int ordinary = 0;
        int falseAlarms = 0;
        List<String> missed = new ArrayList<>();
        for (GeneratedLetter letter : letters) {
            boolean flagged = detector.inspect(letter.text()).flagged();
            if (letter.safeguarding()) {
                concerns++;
                if (!flagged) {
                    missed.add(letter.language() + " " + letter.category() + ": " + letter.concern());
                }
            } else {
                ordinary++;
                falseAlarms += flagged ? 1 : 0;
            }
        }
        assertThat(concerns).isEqualTo(180);
        assertThat(1 - missed.size() / (double) concerns).as("recall; missed:%n%s", String.join("\n", missed)).isGreaterThanOrEqualTo(ISSUE_FOUR_RECALL);
        // a flag raised on every letter would catch everything; the false alarms must stay rare too
        assertThat(falseAlarms / (double) ordinary).as("false-alarm rate").isLessThanOrEqualTo(0.10);
    }
}
