package org.docket.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.docket.training.corpus.GeneratedLetter;
import org.docket.training.samples.LetterScans;

/**
 * Writes generated letters as a labelled folder that {@code train --data} and {@code evaluate --data}
 * read: DIR/&lt;category-id&gt;/&lt;nnnnn&gt;-&lt;lang&gt;.txt (or .png/.tif when scanned), and DIR/labels.tsv
 * saying what each one is.
 */
public final class CorpusFolder {

    public static final String LABELS = "labels.tsv";

    private CorpusFolder() {
    }

    /** Each letter as its text. @return how many letters were written */
    public static int write(List<GeneratedLetter> letters, Path folder) throws IOException {
        return write(letters, folder, (letter, index) -> new LetterFile(letter.text().getBytes(StandardCharsets.UTF_8), "txt"));
    }

    /**
     * Each letter printed and scanned as post comes in (greyscale scans, worn scanners, faxes), as a PNG
     * or TIFF page image; the same seed gives the same images. @return how many letters were written
     */
    public static int writeScans(List<GeneratedLetter> letters, Path folder, long seed) throws IOException {
        return write(letters, folder, (letter, index) -> {
            LetterScans.Scan scan = LetterScans.scan(letter, index + 1, new Random(seed ^ ((index + 1) * 0x9E3779B97F4A7C15L)));
            return new LetterFile(scan.bytes(), scan.extension());
        });
    }

    private record LetterFile(byte[] bytes, String extension) {
    }

    /** How the letter at {@code index} of the list is put on file. */
    private interface Form {
        LetterFile file(GeneratedLetter letter, int index) throws IOException;
    }

    private static int write(List<GeneratedLetter> letters, Path folder, Form form) throws IOException {
        Files.createDirectories(folder);
        Map<String, Integer> numbers = new HashMap<>();
        List<String> stems = new ArrayList<>();
        for (GeneratedLetter letter : letters) {
            int number = numbers.merge(letter.category(), 1, Integer::sum);
            stems.add(letter.category() + "/" + "%05d-%s".formatted(number, letter.language()));
            Files.createDirectories(folder.resolve(letter.category()));
        }
        // printing and scanning a page takes a while; each letter has its own random, so the order does not matter
        String[] names = new String[letters.size()];
        try {
            IntStream.range(0, letters.size()).parallel().forEach(i -> {
                try {
                    LetterFile file = form.file(letters.get(i), i);
                    names[i] = stems.get(i) + "." + file.extension();
                    Files.write(folder.resolve(names[i]), file.bytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        StringBuilder labels = new StringBuilder("file\tcategory\tlanguage\tsafeguarding\n");
        for (int i = 0; i < letters.size(); i++) {
            GeneratedLetter letter = letters.get(i);
            labels.append(names[i]).append('\t').append(letter.category()).append('\t')
                    .append(letter.language()).append('\t').append(letter.safeguarding()).append('\n');
        }
        Files.writeString(folder.resolve(LABELS), labels, StandardCharsets.UTF_8);
        return letters.size();
    }
}
