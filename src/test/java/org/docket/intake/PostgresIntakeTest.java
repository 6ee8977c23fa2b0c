package org.docket.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.docket.DocketApplication;
import org.docket.TestPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The same intake job on PostgreSQL (127.0.0.1:5432, database test), in a schema of its own that is
 * dropped afterwards. Skipped, saying so, when no PostgreSQL answers, except on CI where it must run.
 */
class PostgresIntakeTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final String SCHEMA = "docket_test_" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void postgresIsThere() throws SQLException {
        boolean reachable;
        try (Connection connection = DriverManager.getConnection(SERVER); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + SCHEMA);
            reachable = true;
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw e;
            }
            System.err.println("SKIPPED PostgresIntakeTest: no PostgreSQL at 127.0.0.1:5432/test (" + e.getMessage() + ")");
            reachable = false;
        }
        assumeTrue(reachable, "no PostgreSQL at 127.0.0.1:5432/test");
    }

    @AfterAll
    static void dropTheSchema() {
        try (Connection connection = DriverManager.getConnection(SERVER); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            System.err.println("Could not drop schema " + SCHEMA + ": " + e.getMessage());
        }
    }

    @Test
    void intakeRunsOnPostgres() throws Exception {
        Path home = TestPaths.freshHome("intake-postgres");
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        try (Stream<Path> post = Files.list(TestPaths.sampleDocs().resolve("post"))) {
            for (Path file : post.filter(path -> path.toString().matches(".*\\.(txt|docx|pdf)$")).sorted().limit(8).toList()) {
                Files.copy(file, inbox.resolve(file.getFileName()));
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DocketApplication.class)
                .web(WebApplicationType.NONE)
                .run("--docket.home=" + home, "--spring.datasource.url=" + SERVER + "&currentSchema=" + SCHEMA)) {
            IntakeSummary summary = context.getBean(IntakeRunner.class).start(List.of(inbox));
            assertThat(summary.status()).isEqualTo("COMPLETED");
            assertThat(summary.documents()).isEqualTo(8);
            assertThat(summary.autoRouted() + summary.review() + summary.duplicates() + summary.quarantined()).isEqualTo(8);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single()).isEqualTo(SCHEMA);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + SCHEMA + ".document").query(Long.class).single()).isEqualTo(8);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + SCHEMA + ".batch_job_execution WHERE status = 'COMPLETED'")
                    .query(Long.class).single()).isEqualTo(1);
        }
    }
}
