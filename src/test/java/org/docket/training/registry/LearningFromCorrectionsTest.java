package org.docket.training.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.docket.TestPaths;
import org.docket.intake.IntakeRunner;
import org.docket.review.Corrections;
import org.docket.review.ReviewDecisions;
import org.docket.review.ReviewDecisions.Decision;
import org.docket.review.ReviewQueue;
import org.docket.training.CategoriserTrainer;
import org.docket.training.CategoriserTrainer.Example;
import org.docket.training.corpus.CouncilLetters;
import org.docket.training.corpus.GeneratedLetter;
import org.docket.training.corpus.TemplateFamily;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A model that never saw a letter about waste learns the category from reviewers' decisions: real
 * intake into H2, real review decisions, real OpenNLP training, measured on held-out letters.
 */
@SpringBootTest(properties = {"docket.home=./target/test-homes/learning-from-corrections",
        // no lead over the runner-up is ever this large, so every letter waits for a person
        "docket.routing.minimum-margin=1.0"})
class LearningFromCorrectionsTest {

    private static final String WEAK = "waste";

    static {
        TestPaths.freshHome("learning-from-corrections");
    }

    @Autowired
    IntakeRunner intake;
    @Autowired
    ReviewQueue queue;
    @Autowired
    ReviewDecisions decisions;
    @Autowired
    Corrections corrections;

    @Test
    void correctionsOfTheCategoryAModelNeverLearntRaiseItAndThePromotedVersionIsCurrent() throws Exception {
        Path home = TestPaths.project().resolve("target/test-homes/learning-from-corrections");
        List<GeneratedLetter> withoutWaste = Retraining.generatedTraining(20, 1).stream().filter(l -> !l.category().equals(WEAK)).toList();
        List<Example> calibration = Retraining.generatedCalibration(20, 1).stream().filter(e -> !e.category().equals(WEAK)).toList();
        ModelRegistry registry = new ModelRegistry(Files.createDirectories(home.resolve("models")));
        new CategoriserTrainer().train(withoutWaste.stream().map(l -> new Example(l.category(), l.text())).toList(), calibration, "weakened-1")
                .save(registry.folder(), "categoriser");

        Path inbox = Files.createDirectories(home.resolve("inbox"));
        int n = 0;
        for (GeneratedLetter letter : new CouncilLetters(TemplateFamily.TRAINING, 7).corpus(30, 0.15, 0).stream()
                .filter(l -> l.category().equals(WEAK)).toList()) {
            Files.writeString(inbox.resolve("waste-" + n++ + ".txt"), letter.text());
        }
        assertThat(intake.start(List.of(inbox)).review()).isEqualTo(30);
        for (ReviewQueue.Item item : queue.waiting(100)) {
            decisions.decide(new Decision(item.documentId(), WEAK, "pat.mailroom", "a missed collection: waste services"));
        }
        assertThat(corrections.all()).hasSize(30).allSatisfy(c -> assertThat(c.category()).isEqualTo(WEAK));

        Retraining retraining = new Retraining(registry, new HeldOutLetters(15, 11));
        Retraining.Outcome outcome = retraining.trainWithCorrections(withoutWaste, calibration, corrections.all(), "corrections-1");

        assertThat(outcome.champion()).contains("weakened-1");
        assertThat(outcome.championFigures().perCategory().get(WEAK).f1()).isZero();
        assertThat(outcome.challengerFigures().perCategory().get(WEAK).f1()).isGreaterThan(0.5);
        assertThat(outcome.challengerFigures().macroF1()).isGreaterThan(outcome.championFigures().macroF1());
        assertThat(outcome.verdict().promoted()).as("%s", outcome.verdict()).isTrue();
        assertThat(registry.currentVersion()).contains("corrections-1");
        assertThat(registry.current().card().version()).isEqualTo("corrections-1");

        VersionCard card = registry.card("corrections-1");
        assertThat(card.data().corrections()).isEqualTo(30);
        assertThat(card.data().perCategory()).containsEntry(WEAK, 30);
        assertThat(card.decision().champion()).isEqualTo("weakened-1");
        assertThat(card.heldOut().byLanguage()).containsOnlyKeys("cym", "eng");
        assertThat(card.heldOut().byScanQuality()).containsKeys("textLayer", "poorScan");
        assertThat(registry.folder().resolve("corrections-1.md")).content()
                .contains("# Model card: categoriser `corrections-1`", "| waste |", "**Known limits.**", "Promoted: ");
        // the weakened champion was kept as it was, so it can be brought back
        assertThat(registry.versions()).extracting(VersionCard::version).containsExactlyInAnyOrder("weakened-1", "corrections-1");
    }
}
