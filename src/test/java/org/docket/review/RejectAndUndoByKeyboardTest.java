package org.docket.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.docket.TestPaths;
import org.docket.audit.DecisionLog;
import org.docket.intake.IntakeRunner;
import org.docket.users.Role;
import org.docket.users.Users;
import org.docket.web.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In headless Chromium with the keyboard alone, a clerk rejects a letter with a reason, thinks better
 * of it and undoes it from the next page, then marks the other letter as a duplicate of the first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "docket.home=./target/test-homes/reject-undo-keyboard", "docket.routing.minimum-margin=1.0"})
class RejectAndUndoByKeyboardTest {

    static {
        TestPaths.freshHome("reject-undo-keyboard");
    }

    @LocalServerPort
    int port;
    @Autowired
    IntakeRunner runner;
    @Autowired
    Users users;
    @Autowired
    DecisionLog log;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aClerkRejectsUndoesAndMarksADuplicateByKeyboard() throws Exception {
        Path inbox = Files.createDirectories(TestPaths.project().resolve("target/test-homes/reject-undo-keyboard/inbox"));
        Files.writeString(inbox.resolve("a-question.txt"), "Hello, can someone ring me back about the letter I got last week. UPRN 100023456789. Thanks, Pat");
        Files.writeString(inbox.resolve("b-question.txt"), "Hello again, I still want someone to ring me back about that letter. UPRN 100023456789. Pat");
        assertThat(runner.start(List.of(inbox)).review()).isEqualTo(2);
        users.save("clerk", Role.MAILROOM, Set.of(), "clerk-password");
        String first = jdbc.sql("SELECT id FROM document WHERE file_name = 'a-question.txt'").query(String.class).single();

        ChromeDriver browser = Browser.open();
        try {
            browser.get("http://localhost:" + port + "/");
            type(browser, "clerk", Keys.TAB, "clerk-password", Keys.ENTER);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.titleContains("Review queue"));
            type(browser, Keys.ENTER);
            wait.until(ExpectedConditions.titleContains("a-question.txt"));

            type(browser, "r");
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("reject-reason");
            type(browser, "not for the council", Keys.ENTER);
            wait.until(ExpectedConditions.titleContains("b-question.txt"));
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Rejected.");
            assertThat(status(first)).isEqualTo("REJECTED");

            type(browser, "u");
            wait.until(ExpectedConditions.titleContains("a-question.txt"));
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Undone");
            assertThat(status(first)).isEqualTo("REVIEW");

            browser.get("http://localhost:" + port + "/review/next");
            wait.until(ExpectedConditions.titleContains("a-question.txt"));
            type(browser, "a");
            wait.until(ExpectedConditions.titleContains("b-question.txt"));
            type(browser, "d");
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("first-copy");
            // the letter sharing its reference is offered already
            assertThat(browser.switchTo().activeElement().getAttribute("value")).isEqualTo(first);
            type(browser, Keys.ENTER);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "The review queue is clear."));
        } catch (RuntimeException failed) {
            throw new AssertionError("the browser was on \"" + browser.getTitle() + "\" showing: " + browser.findElement(By.tagName("body")).getText(), failed);
        } finally {
            browser.quit();
        }
        assertThat(log.historyOf(first)).extracting(DecisionLog.Entry::kind).containsExactly("intake", "reject", "undo", "review");
        String second = jdbc.sql("SELECT id FROM document WHERE file_name = 'b-question.txt'").query(String.class).single();
        assertThat(status(second)).isEqualTo("DUPLICATE");
        assertThat(jdbc.sql("SELECT duplicate_of FROM document WHERE id = ?").param(second).query(String.class).single()).isEqualTo(first);
    }

    private String status(String id) {
        return jdbc.sql("SELECT status FROM document WHERE id = ?").param(id).query(String.class).single();
    }

    private static void type(WebDriver browser, CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }
}
