package org.docket.training.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.docket.training.corpus.CouncilLetters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDocsTest {

    private static final long SEED = 20261123L;

    @TempDir
    static Path temp;
    static Path first;
    /** Where the documents go; labels.tsv sits beside it in {@link #first}. */
    static Path post;
    static Map<String, String> firstRun;
    static List<String[]> rows;

    /** Two runs into one folder; before the second, a stranger's file and a stale file are put beside the first. */
    @BeforeAll
    static void generateTwice() throws IOException {
        first = temp.resolve("sample-docs");
        post = first.resolve("post");
        new SampleDocs(SEED).writeTo(first);
        firstRun = files(post);
        firstRun.put(SampleDocs.LABELS, sha256(first.resolve(SampleDocs.LABELS)));
        Files.writeString(post.resolve("README.md"), "kept");
        Files.writeString(post.resolve("999-waste-scan.png"), "left over from an older run");
        new SampleDocs(SEED).writeTo(first);
        List<String> lines = Files.readAllLines(first.resolve(SampleDocs.LABELS), StandardCharsets.UTF_8);
        assertEquals(SampleDocs.HEADER, lines.getFirst());
        rows = lines.stream().skip(1).map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void everyServiceHasAtLeastThreeLetters() {
        Map<String, Long> perCategory = letters().collect(Collectors.groupingBy(r -> r[1], Collectors.counting()));
        for (String id : CouncilLetters.categoryIds()) {
            assertTrue(perCategory.getOrDefault(id, 0L) >= 3, id + " has " + perCategory.get(id));
        }
        assertEquals(Set.copyOf(CouncilLetters.categoryIds()), perCategory.keySet());
        assertTrue(letters().count() >= 60, "letters: " + letters().count());
        assertTrue(rows.size() >= 66, "files: " + rows.size());
    }

    @Test
    void welshAndSafeguardingLettersAreAmongThem() {
        assertTrue(letters().filter(r -> r[2].equals("cym")).count() >= 3);
        assertTrue(letters().filter(r -> r[3].equals("true")).count() >= 2);
        assertTrue(letters().allMatch(r -> r[2].equals("eng") || r[2].equals("cym")));
    }

    @Test
    void postArrivesInEveryForm() {
        Set<String> forms = letters().map(r -> r[4]).collect(Collectors.toSet());
        for (PostForm form : PostForm.values()) {
            assertTrue(forms.contains(form.label), "no " + form.label);
        }
        long scans = letters().filter(r -> r[4].startsWith("scan-") || r[4].startsWith("fax-")).count();
        assertTrue(scans * 3 >= letters().count() && scans * 3 <= letters().count() * 2, "scans: " + scans);
        assertTrue(letters().filter(r -> r[4].startsWith("fax-")).count() >= 3);
        assertTrue(rows.stream().filter(r -> r[1].equals("-")).count() >= 4, "broken files");
    }

    @Test
    void labelsListExactlyTheFilesWritten() throws IOException {
        Set<String> listed = rows.stream().map(r -> r[0]).collect(Collectors.toSet());
        Set<String> onDisk = new HashSet<>(files(post).keySet());
        onDisk.remove("README.md");
        assertEquals(listed, onDisk);
        for (String[] r : rows) {
            assertEquals(5, r.length, String.join("|", r));
            assertTrue(SampleDocs.GENERATED.matcher(r[0]).matches(), r[0]);
            assertTrue(r[0].contains(r[1].equals("-") ? "-broken-" : "-" + r[1] + "-"), r[0]);
        }
    }

    @Test
    void oneLetterIsAnExactDuplicateUnderAnotherNameAndLabel() throws IOException {
        Map<String, List<String>> byHash = new HashMap<>();
        for (String[] r : rows) {
            if (r[1].equals("-")) continue;
            byHash.computeIfAbsent(sha256(post.resolve(r[0])), h -> new ArrayList<>()).add(r[0]);
        }
        List<List<String>> copies = byHash.values().stream().filter(names -> names.size() > 1).toList();
        assertEquals(1, copies.size(), copies.toString());
        Set<String> labels = rows.stream().filter(r -> copies.getFirst().contains(r[0]))
                .map(r -> r[1] + r[2] + r[3] + r[4]).collect(Collectors.toSet());
        assertEquals(1, labels.size());
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        Map<String, String> secondRun = files(post);
        secondRun.put(SampleDocs.LABELS, sha256(first.resolve(SampleDocs.LABELS)));
        assertEquals("kept", Files.readString(post.resolve("README.md")));
        secondRun.remove("README.md");
        assertFalse(secondRun.containsKey("999-waste-scan.png"), "a file of the old run survived the re-run");
        assertEquals(firstRun, secondRun);
    }

    @Test
    void aFolderOfOtherFilesIsNotEmptied() throws IOException {
        Path other = temp.resolve("other");
        Files.createDirectories(other.resolve("post"));
        Files.writeString(other.resolve("post").resolve("notes.txt"), "mine");
        assertThrows(IOException.class, () -> new SampleDocs(SEED).writeTo(other));
        assertEquals("mine", Files.readString(other.resolve("post").resolve("notes.txt")));
    }

    @Test
    void bornDigitalPdfsCarryTheLettersText() throws IOException {
        for (String name : named("pdf-text")) {
            try (PDDocument doc = Loader.loadPDF(post.resolve(name).toFile())) {
                String[] tokens = new PDFTextStripper().getText(doc).strip().split("\\s+");
                long words = Stream.of(tokens).filter(t -> t.matches("[\\p{L}'’.,;:!?()–-]*\\p{L}{2,}[\\p{L}'’.,;:!?()–-]*")).count();
                // the text layer decodes to words (not glyph ids or boxes), enough of them to be a letter
                assertTrue(tokens.length >= 10, name + " has little text: " + String.join(" ", tokens));
                assertTrue(words * 10 >= tokens.length * 6, name + " reads as: " + String.join(" ", tokens));
                assertTrue(Stream.of(tokens).anyMatch(t -> t.matches("(?i)the|and|to|of|yn|a|i|y|ar|am|ac")), name);
            }
        }
    }

    @Test
    void scannedPdfsHoldOnlyPageImages() throws IOException {
        for (String form : List.of("scan-pdf", "fax-pdf")) {
            for (String name : named(form)) {
                try (PDDocument doc = Loader.loadPDF(post.resolve(name).toFile())) {
                    assertEquals("", new PDFTextStripper().getText(doc).strip(), name);
                    assertTrue(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext(), name);
                }
            }
        }
    }

    @Test
    void someLettersRunToSeveralPages() throws IOException {
        int multiPage = 0;
        for (String[] r : letters().toList()) {
            Path file = post.resolve(r[0]);
            int pages = 1;
            if (r[0].endsWith(".pdf")) {
                try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                    pages = doc.getNumberOfPages();
                }
            } else if (r[0].endsWith(".tif")) {
                try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                    ImageReader reader = ImageIO.getImageReaders(in).next();
                    reader.setInput(in);
                    pages = reader.getNumImages(true);
                }
            }
            if (pages >= 2) multiPage++;
        }
        assertTrue(multiPage >= 4, "multi-page letters: " + multiPage);
    }

    @Test
    void brokenFilesAreBrokenAndEmailsCarryTheirLetter() throws IOException {
        assertEquals(0, Files.size(post.resolve(named("broken-empty").getFirst())));
        assertThrows(InvalidPasswordException.class,
                () -> Loader.loadPDF(post.resolve(named("broken-encrypted-pdf").getFirst()).toFile()).close());
        String truncated = Files.readString(post.resolve(named("broken-truncated-pdf").getFirst()), StandardCharsets.ISO_8859_1);
        assertTrue(truncated.startsWith("%PDF-") && !truncated.contains("%%EOF"));
        for (String name : named("eml")) {
            String mail = Files.readString(post.resolve(name), StandardCharsets.US_ASCII);
            assertTrue(mail.contains("Content-Disposition: attachment; filename="), name);
            assertTrue(mail.contains("multipart/mixed"), name);
        }
    }

    private static Stream<String[]> letters() {
        return rows.stream().filter(r -> !r[1].equals("-"));
    }

    private static List<String> named(String form) {
        List<String> names = rows.stream().filter(r -> r[4].equals(form)).map(r -> r[0]).toList();
        assertFalse(names.isEmpty(), "no file of form " + form);
        return names;
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) hashes.put(p.getFileName().toString(), sha256(p));
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
