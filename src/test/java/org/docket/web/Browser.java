package org.docket.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** A real headless Chromium driven by Debian's chromedriver, for tests that use the pages as a person would. */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver open() {
        Path driver = Path.of("/usr/bin/chromedriver");
        Path chromium = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(driver) || !Files.isExecutable(chromium)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver; ./docket test installs them");
        }
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toString())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000");
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(), options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        return browser;
    }
}
