package nl.vocampus.lekwacht.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.restassured.RestAssured;
import nl.vocampus.lekwacht.security.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) for page tests, with an axe-core
 * accessibility check and screenshots. Selenium is pointed at the installed binaries, so Selenium
 * Manager downloads nothing. One fresh profile per browser; close() quits it and removes the profile.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** WCAG 2.1 level A and AA. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
    }

    /** A browser for the application under test (the @QuarkusTest's port). */
    public static Browser start() {
        return start(RestAssured.baseURI + ":" + RestAssured.port);
    }

    public static Browser start(String baseUrl) {
        return start(baseUrl, "nl-NL,nl");
    }

    /** A browser for the application under test whose Accept-Language is {@code languages} (a Dutch browser by default). */
    public static Browser startIn(String languages) {
        return start(RestAssured.baseURI + ":" + RestAssured.port, languages);
    }

    private static Browser start(String baseUrl, String languages) {
        System.setProperty("SE_AVOID_STATS", "true");
        assertTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver); .ci/run does");
        try {
            Path profile = Files.createTempDirectory("lekwacht-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + profile.toAbsolutePath(), "--lang=" + languages.split(",")[0]);
            // Chromium's own default (en-US) would show the English pages; the school's browsers are Dutch.
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", languages));
            // The console, for the Content-Security-Policy violations close() looks for.
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1280, 1000));
            return new Browser(driver, profile, baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    public void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a radio button or checkbox through its label, as a person would. */
    public void choose(String id) {
        driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    /** Submits the form (CSS selector) with its submit button and waits until the next page has replaced this one. */
    public void submit(String form) {
        follow(find(form + " button[type=submit]"));
    }

    /** Clicks a link or button and waits until the next page has replaced this one (a click does not always wait). */
    public void follow(WebElement element) {
        element.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(d -> gone(element));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** The element left the document; mid-navigation Chromium may also answer "node does not belong to the document". */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    /** Logs in through the login page as a demo user; the browser ends on {@code path}. */
    public void loginAndOpen(String user, String path) {
        open(path);
        assertTrue(path().startsWith("/login"), "an anonymous visit goes to the login page, not " + path());
        type("j_username", user);
        type("j_password", DemoUsers.PASSWORD);
        submit("form.login-form");
        assertTrue(path().startsWith(path), "after login back on " + path + ", not " + path());
    }

    /** Runs axe-core on the current page and fails with every WCAG 2.1 A/AA violation it finds. */
    public void assertAccessible(String pageName) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertFalse(results.isErrored(), () -> pageName + ": axe-core failed: " + results.getErrorMessage());
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), () -> pageName + " has " + violations.size() + " accessibility violation(s):\n"
                + violations.stream().map(Browser::describe).collect(Collectors.joining("\n")));
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().map(CheckedNode::getHtml).map(html -> "    " + html).collect(Collectors.joining("\n"));
    }

    /** A screenshot of the whole page in target/screenshots/NAME.png. */
    public Path screenshot(String name) {
        Dimension size = driver.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        try {
            driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 150, 8000)));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /**
     * What Chromium's console said about the Content-Security-Policy since the last call: a blocked script, style or
     * frame. (Chromium names no page in these messages, so an identity provider's login page counts too.)
     */
    public List<String> cspViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    /** Ends the browser; fails when any page it showed broke the Content-Security-Policy (a page that relies on inline code). */
    @Override
    public void close() {
        List<String> violations = cspViolations();
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a left-over temp profile is harmless
            }
            List<String> found = violations;
            assertTrue(found.isEmpty(), () -> "Content-Security-Policy violations:\n" + String.join("\n", found));
        }
    }
}
