package org.docket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.docket.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** corpus --as-scans: the same letters as the text corpus, printed and scanned, read back by evaluate's OCR. */
class CorpusScansTest {

    @TempDir
    static Path temp;
    static Path text;
    static Path scans;
    static Path read;

    @BeforeAll
    static void writeOneLetterPerCategoryAsTextAndAsScans() {
        text = temp.resolve("text");
        scans = temp.resolve("scans");
        read = temp.resolve("read");
        assertThat(Main.run("corpus", "--family", "HELDOUT", "--per-category", "1", "--seed", "4", "--out", text.toString())).isZero();
        assertThat(Main.run("corpus", "--family", "HELDOUT", "--per-category", "1", "--seed", "4", "--as-scans", "--out", scans.toString()))
                .isZero();
        assertThat(Main.run("evaluate", "--data", scans.toString(), "--texts", read.toString(),
                "--home", TestPaths.freshHome("corpus-scans").toString(), "--report", temp.resolve("report").toString())).isZero();
    }

    @Test
    void labelsListTheSameLettersWithTheirPageImages() throws IOException {
        List<String> textRows = Files.readAllLines(text.resolve("labels.tsv"));
        List<String> scanRows = Files.readAllLines(scans.resolve("labels.tsv"));
        assertThat(scanRows).hasSize(1 + 18).first().isEqualTo(textRows.getFirst());
        for (int i = 1; i < scanRows.size(); i++) {
            String file = scanRows.get(i).split("\t")[0];
            assertThat(file).matches("[a-z-]+/\\d{5}-(eng|cym)\\.(png|tif)");
            assertThat(scanRows.get(i).replace(file, stem(file) + ".txt")).isEqualTo(textRows.get(i));
            assertThat(scans.resolve(file)).isRegularFile();
        }
    }

    @Test
    void scansComeAsGreyscalePagesAndFaxesInPngAndTiff() throws IOException {
        Set<String> kinds = new HashSet<>();
        for (String file : files()) {
            BufferedImage page = ImageIO.read(scans.resolve(file).toFile());
            assertThat(page).as(file).isNotNull();
            assertThat(page.getWidth()).as(file).isGreaterThan(1500); // A4 at 200 dpi or more
            kinds.add(file.substring(file.lastIndexOf('.') + 1));
            kinds.add(page.getType() == BufferedImage.TYPE_BYTE_BINARY ? "fax" : "greyscale");
        }
        assertThat(kinds).contains("png", "tif", "fax", "greyscale");
    }

    @Test
    void everyScanReadsBackAsItsLettersWords() throws IOException {
        List<Double> recalls = new ArrayList<>();
        for (String file : files()) {
            Path ocr = read.resolve(file + ".txt");
            assertThat(ocr).as(file + " was read").isRegularFile();
            double recall = wordRecall(Files.readString(ocr, StandardCharsets.UTF_8),
                    Files.readString(text.resolve(stem(file) + ".txt"), StandardCharsets.UTF_8));
            assertThat(recall).as(file).isGreaterThan(0.5); // Tesseract now and then drops a paragraph below a skewed form
            recalls.add(recall);
        }
        assertThat(recalls.stream().mapToDouble(Double::doubleValue).average().orElse(0)).isGreaterThan(0.9);
    }

    private static List<String> files() throws IOException {
        return Files.readAllLines(scans.resolve("labels.tsv")).stream().skip(1).map(row -> row.split("\t")[0]).toList();
    }

    private static String stem(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }

    /** Share of the letter's words of three letters or more that the OCR'd text holds. */
    private static double wordRecall(String ocr, String letter) {
        Set<String> found = words(ocr).collect(Collectors.toSet());
        List<String> wanted = words(letter).toList();
        return wanted.stream().filter(found::contains).count() / (double) wanted.size();
    }

    private static Stream<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3);
    }
}
