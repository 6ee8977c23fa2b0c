package org.docket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.docket.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate measures the safeguarding check too, when labels.tsv says which letters voice a concern. */
class EvaluateSafeguardingTest {

    @Test
    @SuppressWarnings("unchecked")
    void evaluateReportsSafeguardingRecallAndFalseAlarmsFromTheLabels(@TempDir Path temp) throws Exception {
        Path corpus = temp.resolve("calibration");
        CommandRun written = CommandRun.of("corpus", "--family", "CALIBRATION", "--per-category", "4", "--seed", "7", "--safeguarding-share", "0.5",
                "--out", corpus.toString());
        assertThat(written.exit()).as(written.err()).isZero();

        Path report = temp.resolve("report");
        CommandRun run = CommandRun.of("evaluate", "--data", corpus.toString(), "--json", "--home", TestPaths.freshHome("evaluate-safeguarding").toString(),
                "--report", report.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, Object> answer = run.json();
        Map<String, Object> safeguarding = (Map<String, Object>) answer.get("safeguarding");
        assertThat(safeguarding).containsKeys("recall", "falseAlarmRate", "flagged", "concerns", "documents", "byLanguage", "missed");
        assertThat(safeguarding.get("documents")).isEqualTo(72);
        assertThat(safeguarding.get("concerns")).isEqualTo(36);
        assertThat((Map<String, Object>) safeguarding.get("byLanguage")).containsOnlyKeys("eng", "cym");
        double recall = ((Number) safeguarding.get("recall")).doubleValue();
        List<String> missed = (List<String>) safeguarding.get("missed");
        assertThat(missed).hasSize((int) Math.round(36 * (1 - recall)));
        missed.forEach(file -> assertThat(corpus.resolve(file)).isRegularFile());
        assertThat(report.resolve("report.html")).content().contains("<h2>Safeguarding</h2>");
    }

    @Test
    void aFolderWithoutLabelsIsMeasuredWithoutSafeguarding(@TempDir Path temp) throws Exception {
        Path corpus = temp.resolve("sample");
        assertThat(CommandRun.of("corpus", "--family", "SAMPLE", "--per-category", "1", "--out", corpus.toString()).exit()).isZero();
        Files.delete(corpus.resolve("labels.tsv"));
        CommandRun run = CommandRun.of("evaluate", "--data", corpus.toString(), "--json", "--home", TestPaths.freshHome("evaluate-no-labels").toString(),
                "--report", temp.resolve("report").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, Object> answer = run.json();
        assertThat(answer).containsKey("accuracy").doesNotContainKey("safeguarding");
    }
}
