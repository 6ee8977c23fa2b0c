package org.docket.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.docket.SampleLabels;
import org.docket.TestPaths;
import org.junit.jupiter.api.Test;

/** The command-line contract: exit codes, JSON on standard output, sentences instead of stack traces. */
class CommandLineTest {

    @Test
    void classifyJsonGivesTheContractsFields() throws Exception {
        SampleLabels.Label label = SampleLabels.read().labels().stream()
                .filter(l -> !l.broken() && l.file().endsWith(".docx")).findFirst().orElseThrow();
        Path home = TestPaths.freshHome("cli-classify");
        CommandRun run = CommandRun.of("classify", "--json", "--home", home.toString(), TestPaths.sampleDocs().resolve("post").resolve(label.file()).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, Object> answer = run.json();
        assertThat(answer.keySet()).contains("category", "confidence", "margin", "alternatives", "explanation", "language",
                "entities", "flags", "decision", "modelVersion");
        assertThat((Double) answer.get("confidence")).isBetween(0.0, 1.0);
        assertThat((java.util.List<?>) answer.get("alternatives")).hasSize(3);
        assertThat(answer.get("decision")).isIn("auto", "review");
    }

    @Test
    void searchAsAnOfficerFindsOnlyTheirServicesPostAndReindexKeepsItSo() throws Exception {
        Path home = TestPaths.freshHome("cli-search");
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.writeString(inbox.resolve("bin.txt"), "Dear council, my black bin was missed again on Monday at 4 Elm Close, EV4 7QS. Please collect it.");
        Files.writeString(inbox.resolve("objection.txt"), "I object to planning application 25/01234/FUL for a rear extension at 6 Elm Close, "
                + "EV4 7QS. The extension would overlook my garden and block the light to my kitchen.");
        assertThat(CommandRun.of("intake", "--home", home.toString(), inbox.toString()).exit()).isZero();
        CommandRun added = CommandRun.of("users", "add", "planner", "--role", "officer", "--categories", "planning", "--home", home.toString());
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("planner (officer: planning) can sign in with the password ");

        CommandRun everything = CommandRun.of("search", "--json", "--home", home.toString(), "Elm", "Close");
        assertThat(everything.exit()).as(everything.err()).isZero();
        assertThat(everything.json().get("total")).isEqualTo(2);
        CommandRun planner = CommandRun.of("search", "--json", "--as", "planner", "--home", home.toString(), "ev47qs");
        Map<String, Object> found = planner.json();
        assertThat(found.get("total")).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> hit = ((java.util.List<Map<String, Object>>) found.get("hits")).getFirst();
        assertThat(hit.get("title")).isEqualTo("objection.txt");
        assertThat(hit.keySet()).contains("documentId", "title", "category", "score", "page", "highlights");

        CommandRun reindexed = CommandRun.of("reindex", "--home", home.toString());
        assertThat(reindexed.out()).contains("Indexed 2 documents");
        assertThat(CommandRun.of("search", "--home", home.toString(), "\"black bin\"").out()).startsWith("1 found").contains("[black] [bin]");

        CommandRun unknownUser = CommandRun.of("search", "--as", "nobody", "--home", home.toString(), "bin");
        assertThat(unknownUser.exit()).isEqualTo(2);
        assertThat(unknownUser.err()).contains("There is no user nobody");
        CommandRun badSearch = CommandRun.of("search", "--home", home.toString(), "\"unclosed");
        assertThat(badSearch.exit()).isEqualTo(2);
        assertThat(badSearch.err()).contains("check its quotes").doesNotContain("Exception");
        assertThat(CommandRun.of("users", "add", "x1", "--role", "officer", "--home", home.toString()).err()).contains("An officer needs the categories");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsASentenceAndNothingIsWritten() throws Exception {
        Path home = TestPaths.freshHome("cli-db-down");
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.writeString(inbox.resolve("note.txt"), "Dear council, my black bin was missed again on Monday at 4 Elm Close. Please collect it.");
        CommandRun run = CommandRun.of("intake", "--home", home.toString(), "--db", "jdbc:postgresql://127.0.0.1:1/none?user=docket",
                inbox.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("the database could not be reached", "Check --db and that the database is running")
                .doesNotContain("Exception");
        assertThat(home.resolve("outbox")).doesNotExist();
    }

    @Test
    void intakeJsonAccountsForEveryFileAndBrokenOnesGetAReason() throws Exception {
        Path home = TestPaths.freshHome("cli-intake");
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.write(inbox.resolve("empty.pdf"), new byte[0]);
        Files.writeString(inbox.resolve("note.txt"), "Dear council, my black bin was missed again on Monday at 4 Elm Close. Please collect it.");
        CommandRun run = CommandRun.of("intake", "--json", "--home", home.toString(), inbox.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, Object> summary = run.json();
        assertThat(summary.get("status")).isEqualTo("COMPLETED");
        assertThat(summary.get("documents")).isEqualTo(2);
        assertThat(summary.get("quarantined")).isEqualTo(1);
        assertThat(summary.keySet()).contains("jobExecutionId", "pages", "autoRouted", "review", "duplicates", "pagesPerMinute");
        assertThat(run.out()).contains("the file is empty");
    }

    @Test
    void jobsListsWhatRan() {
        Path home = TestPaths.freshHome("cli-jobs");
        CommandRun run = CommandRun.of("jobs", "--home", home.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("No jobs have run");
    }

    @Test
    void badUsageExitsWithTwoAndSaysWhy() {
        CommandRun run = CommandRun.of("intake");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter");
    }

    @Test
    void missingInputIsASentenceNotAStackTrace() {
        CommandRun run = CommandRun.of("intake", "--home", TestPaths.freshHome("cli-missing").toString(), "/no/such/folder");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("There is no file or folder at /no/such/folder").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void restartOfAnUnknownRunIsASentence() {
        CommandRun run = CommandRun.of("restart", "--home", TestPaths.freshHome("cli-restart").toString(), "999");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("There is no job execution 999").doesNotContain("\tat ");
    }

    @Test
    void ocrPrintsTheTextOfAScan() throws Exception {
        Path scan;
        try (Stream<Path> files = Files.list(TestPaths.sampleDocs().resolve("post"))) {
            scan = files.filter(path -> path.toString().endsWith(".png")).sorted().findFirst().orElseThrow();
        }
        CommandRun run = CommandRun.of("ocr", "--home", TestPaths.freshHome("cli-ocr").toString(), scan.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().split("\\s+").length).isGreaterThan(20);
    }
}
