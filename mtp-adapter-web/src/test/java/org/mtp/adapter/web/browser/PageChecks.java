package org.mtp.adapter.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page a journey reaches must pass: no WCAG 2 A/AA violation found by axe-core, no horizontal scrolling at
 * 375 px, and a screenshot at phone and desktop width under {@code target/screenshots}. Public in the test-jar, so
 * bootstrap checks the REST adapter's pages by the same measure.
 */
public final class PageChecks {

    public static final Dimension PHONE = new Dimension(375, 812);
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Path SHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    public PageChecks(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Runs {@code action} (a click that loads a page, a Back) and waits for the page it loads: the old document carries
     * a mark the new one lacks (asking a document that is being replaced may fail, so failures are retried).
     */
    public void loads(Runnable action) {
        driver.executeScript("window.mtpOldPage = true;");
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(20))
                .ignoring(WebDriverException.class)
                .until(d -> (Boolean) driver.executeScript(
                        "return window.mtpOldPage === undefined && document.readyState === 'complete';"));
    }

    /** Checks the page now shown and keeps its screenshots as {@code <name>-375.png} and {@code <name>-1280.png}. */
    public void check(String name) {
        Results results =
                new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa")).analyze(driver);
        assertThat(results.getViolations())
                .as("axe-core violations on %s: %s", name, describe(results.getViolations()))
                .isEmpty();
        driver.manage().window().setSize(PHONE);
        long overflow = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal scrolling at 375 px on %s", name).isLessThanOrEqualTo(0L);
        save(name + "-375.png");
        driver.manage().window().setSize(DESKTOP);
        save(name + "-1280.png");
    }

    private void save(String file) {
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(file), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getNodes().size() + "): " + v.getHelp() + " "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
