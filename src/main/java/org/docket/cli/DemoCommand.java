package org.docket.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.docket.intake.IntakeRunner;
import org.docket.intake.IntakeSummary;
import org.docket.training.LabelledAccuracy;
import org.docket.users.Role;
import org.docket.users.Users;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "demo", description = "Take in the sample post, sum it up with accuracy against its labels, then serve the review queue.")
class DemoCommand implements Callable<Integer> {

    /** Marks a data directory the demo made, so it may clear it on the next run and never any other. */
    private static final String MARKER = ".docket-demo";

    /** A demo user; the passwords are printed, so they are only for a demo on one's own machine. */
    private record DemoUser(String name, Role role, Set<String> categories, String password, String says) {
    }

    private static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("mailroom", Role.MAILROOM, Set.of(), "mailroom-demo", "works the review queue, sees all post"),
            new DemoUser("planning-officer", Role.OFFICER, Set.of("planning", "highways", "parking"), "officer-demo",
                    "searches planning, highways and parking only"),
            new DemoUser("archivist", Role.ARCHIVIST, Set.of(), "archivist-demo", "digitises collections, sees everything"),
            new DemoUser("admin", Role.ADMIN, Set.of(), "admin-demo", "manages users and settings"));

    @Mixin
    CommonOptions common;

    @Option(names = "--json", description = "print the summary as one JSON object")
    boolean json;

    @Option(names = "--no-serve", description = "stop after the summary")
    boolean noServe;

    @Option(names = "--port", description = "port for the review queue page; default 8080")
    int port = 8080;

    @Option(names = "--samples", paramLabel = "DIR", description = "sample post folder with labels.tsv; default sample-docs")
    Path samples;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path root = Path.of(System.getenv().getOrDefault("DOCKET_ROOT", "."));
        Path sampleDocs = samples != null ? samples : root.resolve("sample-docs");
        Path post = sampleDocs.resolve("post");
        if (!Files.isDirectory(post)) {
            throw new IllegalArgumentException("There is no sample post in " + post.toAbsolutePath().normalize());
        }
        Path home = common.home(root.resolve("data").resolve("demo"));
        prepare(home);
        PrintWriter out = spec.commandLine().getOut();
        IntakeSummary summary;
        LabelledAccuracy.Result accuracy;
        try (ConfigurableApplicationContext context = Application.start(home, common.db, null)) {
            summary = context.getBean(IntakeRunner.class).start(List.of(post));
            accuracy = context.getBean(LabelledAccuracy.class).of(summary.jobInstanceId(), sampleDocs.resolve("labels.tsv"));
            DEMO_USERS.forEach(user -> context.getBean(Users.class).save(user.name(), user.role(), user.categories(), user.password()));
        }
        if (json) {
            Map<String, Object> answer = JsonMapper.builder().build().convertValue(summary, LinkedHashMap.class);
            answer.put("accuracy", accuracy.accuracy());
            answer.put("labelled", accuracy.labelled());
            answer.put("correct", accuracy.correct());
            answer.put("misclassified", accuracy.misses());
            out.println(Json.of(answer));
        } else {
            SummaryText.print(summary, out);
            out.printf("  accuracy against labels.tsv: %.1f%% (%d of %d)%n", accuracy.accuracy() * 100, accuracy.correct(), accuracy.labelled());
            accuracy.misses().forEach(miss -> out.println("      " + miss));
            out.printf("Data directory: %s%n", home);
            out.println("Demo sign-ins (user / password):");
            DEMO_USERS.forEach(user -> out.printf("  %-16s / %-16s %s%n", user.name(), user.password(), user.says()));
        }
        out.flush();
        if (!summary.completed()) {
            return 1;
        }
        if (!noServe) {
            ServeCommand.serve(home, common.db, port, spec);
        }
        return 0;
    }

    /** Each demo starts from an empty data directory; only one the demo made itself is ever cleared. */
    private static void prepare(Path home) throws IOException {
        if (Files.isDirectory(home)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(home)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !Files.exists(home.resolve(MARKER))) {
                throw new IllegalArgumentException("The demo needs an empty data directory and " + home
                        + " holds other data; give another with --home");
            }
            try (Stream<Path> walk = Files.walk(home)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    if (!path.equals(home)) {
                        Files.delete(path);
                    }
                }
            }
        }
        Files.createDirectories(home);
        Files.writeString(home.resolve(MARKER), "made by ./docket demo; cleared on its next run\n");
    }
}
