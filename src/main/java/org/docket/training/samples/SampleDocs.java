package org.docket.training.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.docket.training.corpus.CouncilLetters;
import org.docket.training.corpus.TemplateFamily;

/**
 * Writes the sample post in sample-docs/post/: some sixty letters to every service of the council,
 * in the forms post arrives in (scans, faxes, PDFs, Word files, web forms, e-mails), one duplicate
 * and a handful of broken files, with their true labels in labels.tsv. The same seed always gives
 * the same bytes.
 */
public final class SampleDocs {

    static final String LABELS = "labels.tsv";
    static final String POST = "post";
    static final String HEADER = "file\tcategory\tlanguage\tsafeguarding\tform";
    /** The names this class gives its files; nothing else in the folder is touched. */
    static final Pattern GENERATED = Pattern.compile("\\d{3}-[a-z0-9-]+\\.(png|tif|jpg|pdf|docx|txt|eml|bin)");

    private final long seed;

    public SampleDocs(long seed) {
        this.seed = seed;
    }

    /** Writes the documents into {@code dir/post/} and their labels into {@code dir/labels.tsv}. */
    public void writeTo(Path dir) throws IOException {
        Path post = Files.createDirectories(dir.resolve(POST));
        removePreviousRun(post, dir.resolve(LABELS));
        CouncilLetters letters = new CouncilLetters(TemplateFamily.SAMPLE, seed);
        PostFormats formats = new PostFormats(letters);
        Map<Integer, String> names = new HashMap<>();
        Map<Integer, String> rows = new HashMap<>();
        List<String> labels = new ArrayList<>(List.of(HEADER));
        for (SamplePlan.PlannedFile planned : SamplePlan.build(seed, CouncilLetters.categoryIds())) {
            int n = planned.number();
            Random random = new Random(seed ^ (n * 0x9E3779B97F4A7C15L));
            String name;
            String row;
            switch (planned) {
                case SamplePlan.Letter l -> {
                    name = "%03d-%s-%s.%s".formatted(n, l.category(), l.form().fileWord, l.form().extension);
                    Files.write(post.resolve(name), formats.write(l, random));
                    row = l.category() + "\t" + l.language() + "\t" + l.safeguarding() + "\t" + l.form().label;
                }
                case SamplePlan.Duplicate d -> {
                    String original = names.get(d.originalNumber());
                    name = "%03d%s".formatted(n, original.substring(3));
                    Files.copy(post.resolve(original), post.resolve(name));
                    row = rows.get(d.originalNumber());
                }
                case SamplePlan.Broken b -> {
                    name = "%03d-broken-%s.%s".formatted(n, b.kind().fileWord, b.kind().extension);
                    Files.write(post.resolve(name), broken(b.kind(), formats, n, random));
                    row = "-\t-\tfalse\t" + b.kind().label;
                }
            }
            names.put(n, name);
            rows.put(n, row);
            labels.add(name + "\t" + row);
        }
        Files.write(dir.resolve(LABELS), (String.join("\n", labels) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] broken(BrokenFiles.Kind kind, PostFormats formats, int n, Random random) throws IOException {
        String idSource = "broken/" + n;
        return switch (kind) {
            case EMPTY -> new byte[0];
            case UNKNOWN_BINARY -> BrokenFiles.unknownBinary(random);
            case TRUNCATED_PDF -> {
                try (var doc = PostFormats.textPdf(formats.plainLetter(random), idSource)) {
                    yield BrokenFiles.truncated(PdfFiles.save(doc), 0.4);
                }
            }
            case TRUNCATED_DOCX -> BrokenFiles.truncated(
                    DocxFiles.docx(List.of(formats.plainLetter(random)), "Calibri", java.time.LocalDate.of(2026, 11, 20)), 0.5);
            case ENCRYPTED_PDF -> BrokenFiles.encrypted(PostFormats.textPdf(formats.plainLetter(random), idSource), random);
        };
    }

    /**
     * Deletes what an earlier run wrote: the files named in its labels.tsv or named as this class
     * names them. A folder holding only other files is refused rather than emptied.
     */
    private static void removePreviousRun(Path dir, Path labels) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        Set<String> listed = new HashSet<>();
        if (Files.isRegularFile(labels)) {
            for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
                listed.add(line.split("\t", 2)[0]);
            }
        }
        boolean ours = !listed.isEmpty() || files.stream().anyMatch(f -> GENERATED.matcher(f.getFileName().toString()).matches());
        boolean others = files.stream().anyMatch(f -> !f.getFileName().toString().startsWith("."));
        if (others && !ours) {
            throw new IOException(dir + " holds files that were not written by SampleDocs; "
                    + "generate into an empty folder or into sample-docs/.");
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.equals(LABELS) || listed.contains(name) || GENERATED.matcher(name).matches()) {
                Files.delete(f);
            }
        }
    }
}
