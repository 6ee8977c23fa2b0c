package org.docket.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
        Path first = temp.resolve("first");
        Path again = temp.resolve("again");
        Path other = temp.resolve("other");
        CorpusFolder.writeScans(letters, first, 9);
        CorpusFolder.writeScans(letters, again, 9);
        CorpusFolder.writeScans(letters, other, 10);
        List<String> files = listed(first);
        assertThat(files).hasSize(3).isEqualTo(listed(again));
        int differing = 0;
        for (String file : files) {
            byte[] bytes = Files.readAllBytes(first.resolve(file));
            assertThat(Files.readAllBytes(again.resolve(file))).as(file).isEqualTo(bytes);
            Path otherFile = other.resolve(file);
            if (!Files.exists(otherFile) || !Arrays.equals(Files.readAllBytes(otherFile), bytes)) {
                differing++;
            }
        }
        assertThat(differing).isEqualTo(3);
    }

    private static List<String> listed(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve(CorpusFolder.LABELS)).stream().skip(1).map(row -> row.split("\t")[0]).toList();
    }
}
