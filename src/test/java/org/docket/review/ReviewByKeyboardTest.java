package org.docket.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.docket.TestPaths;
import org.docket.intake.IntakeRunner;
import org.docket.intake.IntakeSummary;
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
 * A mailroom clerk signs in and clears three documents of the review queue in headless Chromium with
 * the keyboard alone: two accepted, one sent to another category with a reason. Each decision reaches
 * the outbox once and appears in the document's history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "docket.home=./target/test-homes/review-keyboard")
class ReviewByKeyboardTest {

    static {
        TestPaths.freshHome("review-keyboard");
    }

    @LocalServerPort
    int port;
    @Autowired
    IntakeRunner runner;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aClerkClearsThreeItemsWithTheKeyboardAlone() throws Exception {
        Path inbox = Files.createDirectories(TestPaths.project().resolve("target/test-homes/review-keyboard/inbox"));
        Files.writeString(inbox.resolve("a-question.txt"), "Hello, can someone ring me back about the letter I got last week. Thanks, Pat");
        Files.writeString(inbox.resolve("b-urgent.txt"), "Dear Housing, the bailiffs are evicting us today and we have nowhere to sleep tonight. "
                + "My son is two. Please help, I have rung the homeless line and nobody answers.");
        Files.writeString(inbox.resolve("c-note.txt"), "Please see the attached. I sent this before but heard nothing. Regards, J. Evans");
        IntakeSummary summary = runner.start(List.of(inbox));
        assertThat(summary.review()).isEqualTo(3);
        users.save("clerk", Role.MAILROOM, Set.of(), "clerk-password");

        String correctedTo;
        ChromeDriver browser = Browser.open();
        try {
            browser.get("http://localhost:" + port + "/");
            type(browser, "clerk", Keys.TAB, "clerk-password", Keys.ENTER);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.titleContains("Review queue"));
            type(browser, Keys.ENTER);   // "Start reviewing" has the focus

            wait.until(ExpectedConditions.titleContains("b-urgent.txt"));    // the safeguarding concern comes first
            type(browser, "a");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Accepted as"));

            String second = browser.getTitle();
            // Home picks the first service, Council Tax; when the machine already said that, one step
            // down picks Business Rates, which goes to the same revenues system
            boolean machineSaidCouncilTax = browser.findElement(By.cssSelector("#accept input[name=category]"))
                    .getAttribute("value").equals("council-tax");
            type(browser, "c");
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("category");
            type(browser, Keys.HOME);
            if (machineSaidCouncilTax) {
                type(browser, Keys.ARROW_DOWN);
            }
            type(browser, Keys.TAB, "It is about a bill from the revenues office", Keys.ENTER);
            wait.until(ExpectedConditions.not(ExpectedConditions.titleIs(second)));
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                    .contains(machineSaidCouncilTax ? "Corrected to Business Rates" : "Corrected to Council Tax");
            correctedTo = machineSaidCouncilTax ? "business-rates" : "council-tax";

            type(browser, "a");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "The review queue is clear."));

            browser.get("http://localhost:" + port + "/dashboard");
            String dashboard = browser.findElement(By.tagName("main")).getText();
            assertThat(dashboard).contains("0 waiting", "3 sent to review", "Corrections by reviewers");
            assertThat(browser.findElements(By.cssSelector("#corrections ~ table tbody tr")).stream()
                    .mapToLong(row -> Long.parseLong(row.findElements(By.tagName("td")).get(1).getText())).sum()).isEqualTo(3);
        } catch (RuntimeException failed) {
            throw new AssertionError("the browser was on \"" + browser.getTitle() + "\" showing: " + browser.findElement(By.tagName("body")).getText(), failed);
        } finally {
            browser.quit();
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM document WHERE status = 'REVIEW'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_delivery").query(Long.class).single()).isEqualTo(summary.autoRouted() + 3);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT document_id) FROM decision_record WHERE kind = 'review' AND actor = 'clerk'")
                .query(Long.class).single()).isEqualTo(3);
        String corrected = jdbc.sql("SELECT document_id FROM correction WHERE category = ? AND reviewer = 'clerk'")
                .param(correctedTo).query(String.class).single();
        Path delivery = TestPaths.project().resolve("target/test-homes/review-keyboard/outbox/revenues-system").resolve(corrected + ".json");
        assertThat(delivery).isRegularFile();
        assertThat(Files.readString(delivery)).contains("\"decidedBy\" : \"clerk\"");
    }

    private static void type(WebDriver browser, CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }
}
