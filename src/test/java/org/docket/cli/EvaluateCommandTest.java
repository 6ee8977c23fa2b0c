package org.docket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.docket.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** corpus, evaluate and train --data, run as a person would run them, on generated letters. */
class EvaluateCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void evaluateMeasuresTheSampleFamilyAndDrawsTheReport(@TempDir Path temp) throws Exception {
        Path corpus = temp.resolve("sample");
        CommandRun written = CommandRun.of("corpus", "--family", "SAMPLE", "--per-category", "3", "--seed", "5", "--out", corpus.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(corpus.resolve("waste").resolve("00001-eng.txt")).isRegularFile();
        assertThat(Files.readAllLines(corpus.resolve("labels.tsv"))).hasSize(1 + 54).first().isEqualTo("file\tcategory\tlanguage\tsafeguarding");

        Path report = temp.resolve("report");
        CommandRun run = CommandRun.of("evaluate", "--data", corpus.toString(), "--json", "--home", TestPaths.freshHome("evaluate").toString(),
                "--report", report.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, Object> answer = run.json();
        assertThat(answer.keySet()).contains("documents", "accuracy", "macroF1", "ece", "coverageAt99Precision", "perCategory", "confusion",
                "byLanguage", "byScanQuality");
        assertThat(answer.get("documents")).isEqualTo(54);
        for (String figure : List.of("accuracy", "macroF1", "ece", "coverageAt99Precision")) {
            assertThat(((Number) answer.get(figure)).doubleValue()).as(figure).isBetween(0.0, 1.0);
        }
        // the shipped model is right about nine times in ten on families it never saw
        assertThat(((Number) answer.get("accuracy")).doubleValue()).isGreaterThan(0.6);
        assertThat((Map<?, ?>) answer.get("perCategory")).hasSize(18);
        assertThat((Map<String, Object>) answer.get("byScanQuality")).containsOnlyKeys("textLayer");

        assertThat(report.resolve("report.html")).content().contains("reliability.png", "confusion.png", "council-tax");
        BufferedImage reliability = ImageIO.read(report.resolve("reliability.png").toFile());
        BufferedImage confusion = ImageIO.read(report.resolve("confusion.png").toFile());
        assertThat(reliability.getWidth()).isBetween(400, 2000);
        assertThat(reliability.getHeight()).isBetween(300, 2000);
        assertThat(confusion.getWidth()).isBetween(18 * 20, 3000);
        assertThat(confusion.getHeight()).isBetween(18 * 20, 3000);
    }

    @Test
    void aFolderThatIsNotACategoryIsBadUsageNamingTheValidIds(@TempDir Path temp) throws Exception {
        Files.createDirectories(temp.resolve("not-a-category"));
        Files.writeString(temp.resolve("not-a-category").resolve("letter.txt"), "Dear council, my bin was not collected on Monday.");
        CommandRun run = CommandRun.of("evaluate", "--data", temp.toString(), "--home", TestPaths.freshHome("evaluate-bad").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not-a-category is not a category id").contains("council-tax, business-rates")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingFolderIsBadUsage() {
        CommandRun run = CommandRun.of("evaluate", "--data", "/no/such/folder", "--home", TestPaths.freshHome("evaluate-missing").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("There is no folder at /no/such/folder");
    }

    @Test
    void nothingReadableExitsWithOne(@TempDir Path temp) throws Exception {
        Files.createDirectories(temp.resolve("waste"));
        Files.write(temp.resolve("waste").resolve("empty.pdf"), new byte[0]);
        CommandRun run = CommandRun.of("evaluate", "--data", temp.toString(), "--home", TestPaths.freshHome("evaluate-unreadable").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("could be read").contains("the file is empty");
    }

    @Test
    void trainOnAFolderWritesAModelThatEvaluateCanUse(@TempDir Path temp) throws Exception {
        Path corpus = temp.resolve("training");
        assertThat(CommandRun.of("corpus", "--family", "TRAINING", "--per-category", "12", "--out", corpus.toString()).exit()).isZero();
        Path models = temp.resolve("models");
        CommandRun trained = CommandRun.of("train", "--data", corpus.toString(), "--out", models.toString(), "--home", TestPaths.freshHome("train-data").toString());
        assertThat(trained.exit()).as(trained.err()).isZero();
        assertThat(trained.out()).contains("trained on 180 documents").contains("calibrated on 36");
        assertThat(models.resolve("categoriser.bin")).isRegularFile();
        assertThat(models.resolve("categoriser.json")).content().contains("\"version\" : \"data-1\"");
        // beside the model it was chosen for, not in the jobs/ folder routing reads, since --out was given
        assertThat(models.resolve("routing-thresholds.yml")).content().contains("docket:\n  routing:\n    thresholds:\n      accounts-payable: ");

        Path sample = temp.resolve("sample");
        assertThat(CommandRun.of("corpus", "--family", "SAMPLE", "--per-category", "2", "--out", sample.toString()).exit()).isZero();
        CommandRun evaluated = CommandRun.of("evaluate", "--data", sample.toString(), "--model", models.toString(), "--json",
                "--home", TestPaths.freshHome("train-data-evaluate").toString(), "--report", temp.resolve("report").toString());
        assertThat(evaluated.exit()).as(evaluated.err()).isZero();
        Map<String, Object> answer = evaluated.json();
        assertThat(answer.get("modelVersion")).isEqualTo("data-1");
        assertThat(answer.get("documents")).isEqualTo(36);
    }

    @Test
    void trainTakesGeneratedOrDataButNotBoth(@TempDir Path temp) {
        CommandRun run = CommandRun.of("train", "--generated", "--data", temp.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("mutually exclusive");
    }
}
