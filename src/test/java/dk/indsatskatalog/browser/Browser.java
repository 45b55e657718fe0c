package dk.indsatskatalog.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, driven through Debian's ChromeDriver with both paths given, so that
 * nothing ever looks for or downloads a browser (the build also sets {@code SE_OFFLINE=true}).
 * One instance serves a whole test run; {@link #reset()} puts it back to its defaults: a 1280 px
 * wide window, JavaScript on, no console messages pending.
 * Override the paths with {@code -Dbrowser.binary=…} and {@code -Dbrowser.driver=…}.
 */
public final class Browser implements AutoCloseable {
    public static final int DEFAULT_WIDTH = 1280;
    public static final int DEFAULT_HEIGHT = 900;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        try {
            Path profile = Files.createTempDirectory("ik-chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + DEFAULT_WIDTH + "," + DEFAULT_HEIGHT, "--user-data-dir=" + profile);
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("browser.driver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() { return driver; }

    /**
     * Loads a page and waits for its load event (stylesheets and images in). ChromeDriver's own wait
     * sometimes returns while the document is still "interactive", before its stylesheet has arrived,
     * so the tests wait for "complete" themselves.
     */
    public void open(String url) {
        driver.get(url);
        // Polled with plain scripts: asynchronous ones never finish while page scripts are off.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"complete".equals(script("return document.readyState;"))) {
            if (System.nanoTime() > deadline) throw new IllegalStateException(url + " did not finish loading");
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Runs a script in the page (through DevTools, so the page's CSP does not apply to it). */
    /**
     * Waits until the page's scripts have finished their first work (filters drawn, results shown): no
     * change to the DOM for {@code quietMillis}, at most 10 s. {@link #open} returns at the load event,
     * and a script that fetches the search index draws after it.
     */
    public void settle(long quietMillis) {
        script("""
            window.ikLastMutation = performance.now();
            new MutationObserver(() => { window.ikLastMutation = performance.now(); })
              .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            """);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Number quiet = script("return performance.now() - window.ikLastMutation;");
            if (quiet.longValue() >= quietMillis) return;
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(driver.getCurrentUrl() + " kept changing for 10 s");
    }

    @SuppressWarnings("unchecked")
    public <T> T script(String script, Object... args) { return (T) ((JavascriptExecutor) driver).executeScript(script, args); }

    /** Runs a script that calls its last argument when done, and returns what it passed. */
    @SuppressWarnings("unchecked")
    public <T> T asyncScript(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** A Chrome DevTools Protocol command, through ChromeDriver (no DevTools bindings needed). */
    public Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /**
     * Runs {@code source} in every page loaded from now until the returned handle is closed, before the
     * page's own scripts (sent to the browser once, instead of once per page).
     */
    public AutoCloseable onEveryPage(String source) {
        Object id = cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source)).get("identifier");
        return () -> cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
    }

    /** Console messages, failed loads and CSP reports since the last call, as "LEVEL message". */
    public List<String> takeConsole() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(Browser::describe).toList();
    }

    private static String describe(LogEntry entry) { return entry.getLevel() + " " + entry.getMessage(); }

    /** Emulates a screen {@code width} CSS pixels wide (a phone at 320), without a window resize. */
    public void viewport(int width, int height, boolean mobile) {
        cdp("Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Turns the page's own scripts off or on (DevTools commands from the tests still run). */
    public void javaScript(boolean enabled) {
        cdp("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
    }

    /** Back to defaults: desktop viewport, scripts on, media "screen", console drained. */
    public void reset() {
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        javaScript(true);
        cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        takeConsole();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            // A profile file Chromium still held: the OS cleans temp folders; nothing to fail a test for.
        }
    }
}
