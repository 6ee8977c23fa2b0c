package org.docket.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.docket.TestPaths;
import org.docket.digitisation.DigitiseRunner;
import org.docket.digitisation.TestCollection;
import org.docket.intake.IntakeRunner;
import org.docket.review.ReviewDecisions;
import org.docket.routing.OutboxSender;
import org.docket.users.Role;
import org.docket.users.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** axe-core in headless Chromium over every page a person opens: no WCAG 2.2 A or AA violation on any. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"docket.home=./target/test-homes/accessibility",
        // the highways letter's webhook answers nobody (port 9 refuses), so the Outbox page shows a dead message with its retry button
        "docket.outbox.send-every=0s", "docket.outbox.connectors.highways-asset-system.type=webhook",
        "docket.outbox.connectors.highways-asset-system.url=http://127.0.0.1:9/docket",
        "docket.outbox.connectors.highways-asset-system.secret=not-used", "docket.outbox.connectors.highways-asset-system.max-attempts=1"})
class AccessibilityTest {

    static {
        TestPaths.freshHome("accessibility");
    }

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    @LocalServerPort
    int port;
    @Autowired
    IntakeRunner runner;
    @Autowired
    Users users;
    @Autowired
    DigitiseRunner digitiser;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxSender sender;
    @Autowired
    ReviewDecisions decisions;

    @Test
    void noPageHasAnAccessibilityViolation() throws Exception {
        Path inbox = Files.createDirectories(TestPaths.project().resolve("target/test-homes/accessibility/inbox"));
        Files.writeString(inbox.resolve("a-question.txt"), "Hello, can someone ring me back about the letter I got last week. Thanks, Pat");
        Files.copy(TestPaths.sampleDocs().resolve("post/039-highways-scan.png"), inbox.resolve("039-highways-scan.png"));
        runner.start(List.of(inbox));
        users.save("clerk", Role.MAILROOM, Set.of(), "clerk-password");
        users.save("archivist", Role.ARCHIVIST, Set.of(), "archivist-password");
        Path box = TestPaths.project().resolve("target/test-homes/accessibility/collection/box-1/folder-1");
        TestCollection.png(TestCollection.page(TestCollection.entries(1, 6)), box.resolve("0001.png"));
        TestCollection.png(TestCollection.scribble(3), box.resolve("0002.png"));
        long digitised = digitiser.start(box.getParent().getParent(), "Registers", box.getParent().getParent().resolveSibling("archive"))
                .jobInstanceId();
        String scan = jdbc.sql("SELECT id FROM document WHERE file_name = '039-highways-scan.png'").query(String.class).single();
        if (jdbc.sql("SELECT status FROM document WHERE id = ?").param(scan).query(String.class).single().equals("REVIEW")) {
            // whether the model routes the scan itself or not, a routed highways letter is what the Outbox page needs
            decisions.decide(new ReviewDecisions.Decision(scan, "highways", "clerk", "a pothole report"));
        }
        String waiting = jdbc.sql("SELECT id FROM document WHERE status = 'REVIEW' ORDER BY file_name FETCH FIRST 1 ROWS ONLY")
                .query(String.class).single();
        sender.sendDue(Instant.now());
        assertThat(jdbc.sql("SELECT state FROM outbox_message WHERE document_id = ?").param(scan).query(String.class).single()).isEqualTo("DEAD");

        ChromeDriver browser = Browser.open();
        List<String> violations = new ArrayList<>();
        try {
            String base = "http://localhost:" + port;
            check(browser, base + "/login", violations);
            browser.findElement(By.id("username")).sendKeys("clerk");
            browser.findElement(By.id("password")).sendKeys("clerk-password");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            for (String page : List.of("/", "/dashboard", "/thresholds", "/outbox", "/review/" + waiting, "/documents/" + waiting + "/history", "/documents/" + scan + "/pages/1", "/documents/" + scan + "/history",
                    "/search?q=road", "/search?q=%22unclosed", "/search?like=" + scan)) {
                check(browser, base + page, violations);
            }
            browser.findElement(By.cssSelector("header form button[type=submit]")).click();
            browser.get(base + "/login");
            browser.findElement(By.id("username")).sendKeys("archivist");
            browser.findElement(By.id("password")).sendKeys("archivist-password");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            for (String page : List.of("/jobs", "/jobs/" + digitised + "/rescan")) {
                check(browser, base + page, violations);
            }
        } finally {
            browser.quit();
        }
        assertThat(violations).isEmpty();
    }

    private static void check(ChromeDriver browser, String url, List<String> violations) {
        browser.get(url);
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
        for (Rule rule : results.getViolations()) {
            violations.add(url + ": " + rule.getId() + " (" + rule.getHelp() + ") on " + rule.getNodes().stream()
                    .map(node -> String.valueOf(node.getTarget())).toList());
        }
    }
}
