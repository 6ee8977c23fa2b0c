package org.docket.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.docket.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** ./docket models and ./docket train --with-corrections on a copy of the shipped models folder. */
class ModelsCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void aWeakerChallengerIsListedButNotCurrentUntilRestored(@TempDir Path models) throws Exception {
        for (String file : List.of("categoriser.bin", "categoriser.json")) {
            Files.copy(TestPaths.project().resolve("models").resolve(file), models.resolve(file));
        }
        String shipped = (String) JsonMapper.builder().build().readValue(models.resolve("categoriser.json").toFile(),
                new TypeReference<Map<String, Object>>() { }).get("version");
        CommandRun listed = CommandRun.of("models", "--models", models.toString());
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("The current model " + shipped + " is not registered; ./docket models --register");

        // ten letters a category cannot match the shipped model trained on four hundred
        CommandRun trained = CommandRun.of("train", "--with-corrections", "--per-category", "10", "--out", models.toString(),
                "--home", TestPaths.freshHome("models-command").toString());
        assertThat(trained.exit()).as(trained.err()).isZero();
        assertThat(trained.out()).contains("Challenger corrections-1: trained on 180 generated letters and 0 reviewers' decisions",
                "champion " + shipped, "challenger corrections-1", "Not promoted: ", shipped + " stays current",
                "./docket models --restore corrections-1");

        CommandRun again = CommandRun.of("train", "--with-corrections", "--version-name", "corrections-1", "--out", models.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("There is already a model version corrections-1", "choose another name with --version-name");

        Map<String, Object> answer = JsonMapper.builder().build().readValue(
                CommandRun.of("models", "--models", models.toString(), "--json").out().strip(), new TypeReference<Map<String, Object>>() { });
        assertThat(answer).containsEntry("current", shipped).containsEntry("currentRegistered", true);
        assertThat((List<Map<String, Object>>) answer.get("versions")).extracting(v -> v.get("version"), v -> v.get("current"), v -> v.get("promoted"))
                // listed oldest first; the shipped model may be dated the same day as the challenger
                .containsExactlyInAnyOrder(tuple(shipped, true, null),
                        tuple("corrections-1", false, false));
        assertThat(models.resolve(shipped + ".md")).content().contains("registered as found", "| planning |");

        CommandRun restored = CommandRun.of("models", "--models", models.toString(), "--restore", "corrections-1");
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored corrections-1: Docket now loads it").containsPattern("\\* corrections-1 +20");
        assertThat(models.resolve("categoriser.json")).content().contains("\"version\" : \"corrections-1\"");
    }

    @Test
    void restoringAVersionThatDoesNotExistIsBadUsageNamingThoseThatDo(@TempDir Path models) {
        CommandRun run = CommandRun.of("models", "--models", models.toString(), "--restore", "generated-0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("There is no model version generated-0", "the versions are none yet").doesNotContain("Exception");
    }
}
