package org.docket.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * docs/make-screenshots: signs in to a running Docket in headless Chromium and saves the pages the
 * docs show (the review queue, the dashboard, a review item, a document's history, the outbox, search) as PNG.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path out = Path.of(args[1]);
        ChromeDriver browser = Browser.open();
        try {
            browser.get(base + "/login");
            browser.findElement(By.id("username")).sendKeys(args[2]);
            browser.findElement(By.id("password")).sendKeys(args[3]);
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            save(browser, base + "/", out.resolve("review-queue.png"));
            save(browser, base + "/dashboard", out.resolve("dashboard.png"));
            save(browser, base + "/review/next", out.resolve("review-item.png"));
            String item = browser.getCurrentUrl().replaceAll(".*/review/([^/?]+).*", "$1");
            save(browser, base + "/documents/" + item + "/history", out.resolve("document-history.png"));
            save(browser, base + "/outbox", out.resolve("outbox.png"));
            save(browser, base + "/search?q=" + java.net.URLEncoder.encode(args.length > 4 ? args[4] : "council tax", "UTF-8"),
                    out.resolve("search-page.png"));
        } finally {
            browser.quit();
        }
    }

    private static void save(ChromeDriver browser, String url, Path file) throws Exception {
        browser.get(url);
        Thread.sleep(500);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("saved " + file);
    }
}
