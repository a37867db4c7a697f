package org.qdl.emit.handbook;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, as every browser test drives it: without the background connections this machine's
 * closed network refuses, with the page's console kept for the test to read. Where Chromium is not installed, the
 * test is skipped — except in CI, where .ci/run installs it and a skipped browser test would hide a failure.
 */
final class HeadlessChromium {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /** Starts Chromium with its profile in {@code profile}; {@code what} names the test in a skip message. */
    static ChromeDriver start(Path profile, String what, String... moreArguments) {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            String why = "headless Chromium is not installed (" + CHROMEDRIVER + ", " + CHROMIUM + ")";
            if (System.getenv("CI") != null) {
                fail(why + ": .ci/run installs Debian's chromium and chromium-driver; " + what + " must run in CI");
            }
            Assumptions.abort(why + "; skipping " + what + ". Install with: apt-get install -y chromium chromium-driver");
        }
        List<String> arguments = new ArrayList<>(List.of("--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + profile.resolve("chromium"),
                "--window-size=1280,1000"));
        arguments.addAll(List.of(moreArguments));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(arguments);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
