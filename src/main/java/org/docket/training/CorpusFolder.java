package org.docket.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docket.training.corpus.GeneratedLetter;

/**
 * Writes generated letters as a labelled folder that {@code train --data} and {@code evaluate --data}
 * read: DIR/&lt;category-id&gt;/&lt;nnnnn&gt;-&lt;lang&gt;.txt, and DIR/labels.tsv saying what each one is.
 */
public final class CorpusFolder {

    public static final String LABELS = "labels.tsv";

    private CorpusFolder() {
    }

    /** @return how many letters were written */
    public static int write(List<GeneratedLetter> letters, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, Integer> numbers = new HashMap<>();
        StringBuilder labels = new StringBuilder("file\tcategory\tlanguage\tsafeguarding\n");
        for (GeneratedLetter letter : letters) {
            int number = numbers.merge(letter.category(), 1, Integer::sum);
            String name = "%05d-%s.txt".formatted(number, letter.language());
            Path categoryFolder = Files.createDirectories(folder.resolve(letter.category()));
            Files.writeString(categoryFolder.resolve(name), letter.text(), StandardCharsets.UTF_8);
            labels.append(letter.category()).append('/').append(name).append('\t').append(letter.category()).append('\t')
                    .append(letter.language()).append('\t').append(letter.safeguarding()).append('\n');
        }
        Files.writeString(folder.resolve(LABELS), labels, StandardCharsets.UTF_8);
        return letters.size();
    }
}
