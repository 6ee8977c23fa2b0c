package org.docket.training.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.docket.classification.CategoriserModel;
import org.docket.training.CategoriserTrainer;
import org.docket.training.CategoriserTrainer.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Champion and challenger on real OpenNLP models in a models folder: who stays current, and restoring. */
class ModelRegistryTest {

    private static final List<Example> CALIBRATION = Retraining.generatedCalibration(20, 1);

    @Test
    void aWorseChallengerIsRegisteredButNotPromotedAndRestoreBringsEitherBack(@TempDir Path models) throws Exception {
        ModelRegistry registry = new ModelRegistry(models);
        train(Retraining.generatedTraining(20, 1), "champion-1").save(models, "categoriser");
        Retraining retraining = new Retraining(registry, new HeldOutLetters(10, 11));

        Retraining.Outcome outcome = retraining.trainWithCorrections(Retraining.generatedTraining(1, 3), CALIBRATION, List.of(), "tiny-1");

        assertThat(outcome.challengerFigures().macroF1()).isLessThan(outcome.championFigures().macroF1());
        assertThat(outcome.verdict().promoted()).isFalse();
        assertThat(outcome.verdict().reason()).contains("macro-F1 is lower", "champion-1 stays current");
        assertThat(registry.currentVersion()).contains("champion-1");
        assertThat(registry.versions()).extracting(VersionCard::version).containsExactlyInAnyOrder("champion-1", "tiny-1");
        assertThat(registry.card("tiny-1").decision().promoted()).isFalse();

        registry.promote("tiny-1");
        assertThat(registry.currentVersion()).contains("tiny-1");
        assertThat(registry.current().card().version()).isEqualTo("tiny-1");
        registry.promote("champion-1");
        assertThat(registry.currentVersion()).contains("champion-1");
        assertThat(registry.currentIsRegistered()).isTrue();
    }

    @Test
    void aFirstModelIsPromotedAndAVersionNameIsNeverReused(@TempDir Path models) throws Exception {
        ModelRegistry registry = new ModelRegistry(models);
        Retraining retraining = new Retraining(registry, new HeldOutLetters(3, 11));
        assertThat(retraining.nextVersionName()).isEqualTo("corrections-1");

        Retraining.Outcome first = retraining.trainWithCorrections(Retraining.generatedTraining(3, 1), CALIBRATION, List.of(), "corrections-1");

        assertThat(first.champion()).isEmpty();
        assertThat(first.verdict().promoted()).isTrue();
        assertThat(registry.currentVersion()).contains("corrections-1");
        assertThat(retraining.nextVersionName()).isEqualTo("corrections-2");
        assertThatThrownBy(() -> retraining.trainWithCorrections(Retraining.generatedTraining(3, 1), CALIBRATION, List.of(), "corrections-1"))
                .hasMessageContaining("already a model version corrections-1");
        assertThatThrownBy(() -> registry.promote("corrections-9")).hasMessageContaining("./docket models lists the versions");
        assertThatThrownBy(() -> ModelRegistry.checkName("../elsewhere")).hasMessageContaining("cannot name a model version");
    }

    @Test
    void promotingRefusesToLoseACurrentModelThatIsNotRegistered(@TempDir Path models) throws Exception {
        ModelRegistry registry = new ModelRegistry(models);
        new Retraining(registry, new HeldOutLetters(3, 11)).trainWithCorrections(Retraining.generatedTraining(3, 1), CALIBRATION, List.of(), "first-1");
        train(Retraining.generatedTraining(3, 2), "retrained-elsewhere").save(models, "categoriser");

        assertThatThrownBy(() -> registry.promote("first-1")).hasMessageContaining("not a registered version and would be lost")
                .hasMessageContaining("./docket models --register");
        assertThat(registry.currentVersion()).contains("retrained-elsewhere");
    }

    @Test
    void aModelRetrainedUnderARegisteredNameIsNeitherRegisteredNorOverwritten(@TempDir Path models) throws Exception {
        ModelRegistry registry = new ModelRegistry(models);
        Retraining retraining = new Retraining(registry, new HeldOutLetters(3, 11));
        retraining.trainWithCorrections(Retraining.generatedTraining(3, 1), CALIBRATION, List.of(), "same-1");
        train(Retraining.generatedTraining(3, 2), "same-1").save(models, "categoriser");

        assertThat(registry.currentIsRegistered()).isFalse();
        assertThatThrownBy(retraining::keepCurrent).hasMessageContaining("calls itself same-1, but the registered same-1 has other files")
                .hasMessageContaining("--version-name");
        assertThatThrownBy(() -> registry.promote("same-1")).hasMessageContaining("would be lost");
    }

    private static CategoriserModel train(List<org.docket.training.corpus.GeneratedLetter> letters, String version) throws Exception {
        return new CategoriserTrainer().train(letters.stream().map(l -> new Example(l.category(), l.text())).toList(), CALIBRATION, version);
    }
}
