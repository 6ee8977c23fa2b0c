package org.docket.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes. */
class CommonOptions {

    @Option(names = "--home", paramLabel = "DIR", description = "data directory (db, index, store, outbox, quarantine); default ./data")
    Path home;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "database, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres; default: H2 under the data directory")
    String db;

    Path home(Path fallback) {
        Path chosen = home != null ? home : fallback;
        return chosen.toAbsolutePath().normalize();
    }

    Path home() {
        String fromEnvironment = System.getenv("DOCKET_HOME");
        return home(Path.of(fromEnvironment != null ? fromEnvironment : "data"));
    }
}
