package org.docket.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.docket.training.corpus.CouncilLetters;
import org.docket.training.corpus.GeneratedLetter;
import org.docket.training.corpus.TemplateFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFolderTest {

    @Test
    void theSameSeedGivesTheSameScansAndAnotherSeedOtherOnes(@TempDir Path temp) throws IOException {
        List<GeneratedLetter> letters = new CouncilLetters(TemplateFamily.HELDOUT, 9).corpus(1, 0.15, 0.05).subList(0, 3);
        CorpusFolder.writeScans(letters, temp.resolve("a"), 9);
        CorpusFolder.writeScans(letters, temp.resolve("b"), 9);
        CorpusFolder.writeScans(letters, temp.resolve("c"), 10);
        List<String> files = Files.readAllLines(temp.resolve("a").resolve(CorpusFolder.LABELS)).stream().skip(1)
                .map(row -> row.split("\t")[0]).toList();
        assertThat(files).hasSize(3);
        for (String file : files) {
            byte[] first = Files.readAllBytes(temp.resolve("a").resolve(file));
            assertThat(Files.readAllBytes(temp.resolve("b").resolve(file))).as(file).isEqualTo(first);
        }
        assertThat(files.stream().anyMatch(file -> {
            try {
                Path other = temp.resolve("c").resolve(file);
                return !Files.exists(other) || !java.util.Arrays.equals(Files.readAllBytes(other), Files.readAllBytes(temp.resolve("a").resolve(file)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).isTrue();
    }
}
