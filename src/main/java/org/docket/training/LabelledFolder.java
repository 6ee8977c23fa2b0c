package org.docket.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A folder of labelled post: one sub-folder per category id, each holding that category's documents
 * (any file Docket reads; sub-folders below are walked too). Files at the top, such as labels.tsv, and
 * hidden files are not documents.
 */
public final class LabelledFolder {

    /** One document and the category it truly belongs to. */
    public record LabelledFile(String category, Path file) {
    }

    private final Path root;
    private final List<LabelledFile> files;

    private LabelledFolder(Path root, List<LabelledFile> files) {
        this.root = root;
        this.files = List.copyOf(files);
    }

    /**
     * @param categoryIds the valid sub-folder names, in the order documents are listed
     * @throws IllegalArgumentException as a sentence saying what to fix, when the folder is missing, holds
     *                                  no category folder, or holds a folder that is not a category id
     */
    public static LabelledFolder open(Path root, List<String> categoryIds) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("There is no folder at " + root + "; give --data a folder with one sub-folder per category id.");
        }
        List<String> found;
        try (Stream<Path> children = Files.list(root)) {
            found = children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).sorted().toList();
        }
        List<String> unknown = found.stream().filter(name -> !categoryIds.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("In " + root + ", the folder" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + (unknown.size() > 1 ? " are not category ids" : " is not a category id")
                    + "; name each sub-folder after one of: " + String.join(", ", categoryIds) + ".");
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("There are no category folders in " + root
                    + "; put each category's documents in a sub-folder named after its id, one of: " + String.join(", ", categoryIds) + ".");
        }
        List<LabelledFile> files = new ArrayList<>();
        for (String category : categoryIds) {
            if (!found.contains(category)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root.resolve(category))) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(p -> files.add(new LabelledFile(category, p)));
            }
        }
        return new LabelledFolder(root, files);
    }

    public Path root() {
        return root;
    }

    public List<LabelledFile> files() {
        return files;
    }

    /**
     * Holds back a seeded share of each category (at least one document of any category that has two),
     * so calibration is fitted on documents the model was not trained on and every category is in both.
     */
    public static <T> Split<T> split(List<T> items, Function<T, String> category, double heldOutShare, long seed) {
        Map<String, List<T>> byCategory = new LinkedHashMap<>();
        items.forEach(item -> byCategory.computeIfAbsent(category.apply(item), c -> new ArrayList<>()).add(item));
        Random random = new Random(seed);
        List<T> kept = new ArrayList<>();
        List<T> heldOut = new ArrayList<>();
        for (List<T> group : byCategory.values()) {
            List<T> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            int held = shuffled.size() < 2 ? 0 : Math.max(1, (int) Math.round(shuffled.size() * heldOutShare));
            heldOut.addAll(shuffled.subList(0, held));
            kept.addAll(shuffled.subList(held, shuffled.size()));
        }
        return new Split<>(kept, heldOut);
    }

    public record Split<T>(List<T> training, List<T> heldOut) {
    }
}
