package org.docket.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The safeguarding column of a labelled folder's labels.tsv (file, category, language, safeguarding):
 * which documents truly voice a concern, so the safeguarding check can be measured on the same folder
 * as the categoriser.
 */
public final class SafeguardingLabels {

    /** @param language the labelled language, or null when labels.tsv has no language column */
    public record Label(boolean concern, String language) {
    }

    private final Map<Path, Label> labels;

    private SafeguardingLabels(Map<Path, Label> labels) {
        this.labels = Map.copyOf(labels);
    }

    /** Empty when the folder has no labels.tsv, or one without a safeguarding column. */
    public static Optional<SafeguardingLabels> read(Path root) throws IOException {
        Path file = root.resolve(CorpusFolder.LABELS);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<String> header = List.of(lines.getFirst().strip().split("\t"));
        int fileColumn = header.indexOf("file");
        int concernColumn = header.indexOf("safeguarding");
        int languageColumn = header.indexOf("language");
        if (fileColumn < 0 || concernColumn < 0) {
            return Optional.empty();
        }
        Map<Path, Label> labels = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t");
            if (columns.length <= Math.max(fileColumn, concernColumn)) {
                continue;
            }
            String language = languageColumn >= 0 && languageColumn < columns.length ? columns[languageColumn].strip() : null;
            labels.put(key(root, Path.of(columns[fileColumn].strip())),
                    new Label(Boolean.parseBoolean(columns[concernColumn].strip()), language));
        }
        return Optional.of(new SafeguardingLabels(labels));
    }

    /** The label of a document in the folder, if labels.tsv names it. */
    public Optional<Label> of(Path root, Path document) {
        return Optional.ofNullable(labels.get(key(root, root.relativize(document))));
    }

    private static Path key(Path root, Path relative) {
        return root.toAbsolutePath().resolve(relative).normalize();
    }
}
