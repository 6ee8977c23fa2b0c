package org.docket.training.registry;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.docket.classification.CategoriserModel;
import org.docket.document.Fingerprint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every categoriser version Docket has made, in the models folder:
 * <pre>
 *   categoriser.bin, categoriser.json   the current version: what Docket loads
 *   versions/VERSION/categoriser.*      every registered version's own files, kept so it can come back
 *   VERSION.json, VERSION.md            each version's model card
 * </pre>
 * The current version is the one named in {@code categoriser.json}. Promoting a version copies its files
 * over the current ones (the card last), so Docket and every tool that reads a models folder keep working.
 */
public final class ModelRegistry {

    static final String VERSIONS = "versions";
    private static final String NAME = CategoriserModel.DEFAULT_NAME;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** So that corrections-10 lists after corrections-9. */
    private static final Pattern DIGITS = Pattern.compile("\\d{1,12}");

    private final Path folder;

    public ModelRegistry(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /** The version Docket loads, if there is a model in the folder at all. */
    public Optional<String> currentVersion() throws IOException {
        Path card = folder.resolve(NAME + ".json");
        if (!Files.isRegularFile(card) || !Files.isRegularFile(folder.resolve(NAME + ".bin"))) {
            return Optional.empty();
        }
        JsonNode version = JSON.readTree(card.toFile()).get("version");
        return Optional.ofNullable(version).map(JsonNode::asString);
    }

    public CategoriserModel current() throws IOException {
        return CategoriserModel.load(folder, NAME);
    }

    /** Whether the current model is a registered version with the very same files, so promoting another loses nothing. */
    public boolean currentIsRegistered() throws IOException {
        Optional<String> current = currentVersion();
        return current.isPresent() && contains(current.get())
                && Fingerprint.sha256(folder.resolve(NAME + ".bin")).equals(Fingerprint.sha256(filesOf(current.get()).resolve(NAME + ".bin")));
    }

    public boolean contains(String version) {
        return validName(version) && Files.isRegularFile(filesOf(version).resolve(NAME + ".bin")) && Files.isRegularFile(cardPath(version));
    }

    /** Every registered version's card, oldest first. */
    public List<VersionCard> versions() throws IOException {
        Path versions = folder.resolve(VERSIONS);
        if (!Files.isDirectory(versions)) {
            return List.of();
        }
        List<VersionCard> cards = new ArrayList<>();
        try (Stream<Path> listed = Files.list(versions)) {
            for (Path path : listed.sorted().toList()) {
                String version = path.getFileName().toString();
                if (contains(version)) {
                    cards.add(card(version));
                }
            }
        }
        cards.sort(Comparator.comparing(VersionCard::date).thenComparing(card -> DIGITS.matcher(card.version())
                .replaceAll(number -> "%012d".formatted(Long.parseLong(number.group())))));
        return cards;
    }

    public VersionCard card(String version) throws IOException {
        return JSON.readValue(cardPath(version).toFile(), VersionCard.class);
    }

    public CategoriserModel load(String version) throws IOException {
        return CategoriserModel.load(filesOf(version), NAME);
    }

    /** Keeps a new version's files and writes its card; a version, once registered, is never overwritten. */
    public void register(CategoriserModel model, VersionCard card) throws IOException {
        checkNew(card, model.card().version());
        model.save(filesOf(card.version()), NAME);
        writeCard(card);
    }

    /** Keeps the current model's files byte for byte as a version, so {@link #currentIsRegistered()} holds after. */
    public void registerCurrent(VersionCard card) throws IOException {
        checkNew(card, currentVersion().orElseThrow(() -> new IllegalStateException("There is no current model in " + folder + " to register.")));
        Path files = Files.createDirectories(filesOf(card.version()));
        for (String file : List.of(NAME + ".bin", NAME + ".json")) {
            copy(folder.resolve(file), files.resolve(file));
        }
        writeCard(card);
    }

    private void checkNew(VersionCard card, String modelVersion) {
        checkNewName(card.version());
        if (!card.version().equals(modelVersion)) {
            throw new IllegalArgumentException("The card is for " + card.version() + " but the model says it is " + modelVersion + ".");
        }
    }

    private void writeCard(VersionCard card) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(cardPath(card.version()).toFile(), card);
        Files.writeString(folder.resolve(card.version() + ".md"), CardPage.of(card));
    }

    /**
     * Makes a registered version the one Docket loads (a running {@code ./docket serve} picks it up when
     * restarted). Refuses when the current model is not itself registered, since it would be lost.
     */
    public void promote(String version) throws IOException {
        if (!contains(version)) {
            throw new IllegalArgumentException("There is no model version " + version + " in " + folder
                    + "; ./docket models lists the versions there are.");
        }
        if (currentVersion().isPresent() && !currentIsRegistered()) {
            throw new IllegalStateException("The current model " + currentVersion().get() + " is not a registered version and would be lost; "
                    + "register it first with ./docket models --register.");
        }
        copy(filesOf(version).resolve(NAME + ".bin"), folder.resolve(NAME + ".bin"));
        copy(filesOf(version).resolve(NAME + ".json"), folder.resolve(NAME + ".json"));
    }

    /** Refuses a name that cannot name a version or that a registered version already has. */
    public void checkNewName(String version) {
        checkName(version);
        if (Files.exists(filesOf(version))) {
            throw new IllegalArgumentException("There is already a model version " + version + " in " + folder
                    + "; choose another name with --version-name.");
        }
    }

    /** Version names become file names: letters, digits, dots, dashes and pluses only. */
    static void checkName(String version) {
        if (!validName(version)) {
            throw new IllegalArgumentException("'" + version + "' cannot name a model version; use letters, digits, dots and dashes, "
                    + "for example corrections-2.");
        }
    }

    private static boolean validName(String version) {
        return version != null && version.matches("[A-Za-z0-9][A-Za-z0-9.+_-]{0,99}") && !version.equals(NAME)
                && !version.equals("safeguarding") && !version.equals(VERSIONS);
    }

    private Path filesOf(String version) {
        checkName(version);
        return folder.resolve(VERSIONS).resolve(version);
    }

    private Path cardPath(String version) {
        return folder.resolve(version + ".json");
    }

    private static void copy(Path from, Path to) throws IOException {
        Path temporary = to.resolveSibling("." + to.getFileName() + ".partial");
        Files.copy(from, temporary, StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.move(temporary, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
