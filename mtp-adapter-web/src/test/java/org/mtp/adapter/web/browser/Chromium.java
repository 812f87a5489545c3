package org.mtp.adapter.web.browser;

import java.io.File;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through its chromedriver, both named explicitly ({@code CHROME_BIN},
 * {@code CHROMEDRIVER}, else {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}), so Selenium never downloads
 * a browser or a driver. The build installs them before the tests (src/test/browser/ensure-chromium.sh). Public in the
 * test-jar for bootstrap's browser tests of the pages the REST adapter serves.
 */
public final class Chromium {

    private Chromium() {}

    public static ChromeDriver start() {
        String bin = setting("CHROME_BIN", "/usr/bin/chromium");
        String driver = setting("CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(bin);
        options.addArguments(List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900"));
        return new ChromeDriver(service, options);
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
