package org.docket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample post's labels.tsv: each file's true category ("-" for a broken file), language, safeguarding and form. */
public record SampleLabels(List<Label> labels) {

    public record Label(String file, String category, String language, boolean safeguarding, String form) {
        public boolean broken() {
            return category.equals("-");
        }
    }

    public static SampleLabels read() {
        try {
            List<String> lines = Files.readAllLines(TestPaths.sampleDocs().resolve("labels.tsv"), StandardCharsets.UTF_8);
            return new SampleLabels(lines.subList(1, lines.size()).stream().filter(line -> !line.isBlank()).map(line -> {
                String[] c = line.split("\t", -1);
                return new Label(Path.of(c[0]).getFileName().toString(), c[1], c[2], Boolean.parseBoolean(c[3]), c[4]);
            }).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Label> broken() {
        return labels.stream().filter(Label::broken).toList();
    }
}
