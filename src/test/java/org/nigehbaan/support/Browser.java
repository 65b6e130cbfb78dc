package org.nigehbaan.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium. Tests using it are skipped with a clear message where
 * Chromium or its driver is not installed; {@code .ci/run} installs both, so CI always runs them.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("nigehbaan.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("nigehbaan.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Browser(WebDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    /** Starts a fresh headless Chromium, or skips the calling test when there is none. */
    public static Browser open(String baseUrl) {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Browser test skipped: no Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
                        + " (install Debian's chromium and chromium-driver; .ci/run does)");
        try {
            Path profile = Files.createTempDirectory("nigehbaan-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,1600",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            return new Browser(driver, baseUrl, profile);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /**
     * Signs in as a person does: the password, then the second factor. A user without one is enrolled on the way
     * (the secret is read from the enrolment page and remembered); otherwise the code is computed from the secret
     * enrolled earlier in this run, or from {@link TestUsers#totpSecret} for users {@link TestUsers} made.
     */
    public Browser signIn(String username, String password) {
        go("/login");
        type("username", username);
        type("password", password);
        submit("sign-in");
        for (int step = 0; step < 4; step++) {
            String path = java.net.URI.create(driver.getCurrentUrl()).getPath();
            if (path.equals("/login/enrol")) {
                String secret = text("totp-secret").replace(" ", "");
                TotpCodes.remember(username, secret);
                type("code", nextCode(username, secret));
                submit("confirm-enrolment");
            } else if (path.equals("/login/recovery-codes")) {
                submit("recovery-codes-saved");
            } else if (path.equals("/login/second-factor") && !driver.findElements(By.id("verify-code")).isEmpty()) {
                type("code", TotpCodes.next(username));
                submit("verify-code");
            } else {
                break;
            }
        }
        waitFor(By.id("sign-out"));
        return this;
    }

    /** Proves the second factor again (before an approval, a role grant...), when the page asks for it. */
    public Browser reauthenticate(String username) {
        type("code", TotpCodes.next(username));
        return submit("verify-code");
    }

    private static String nextCode(String username, String secret) {
        return TotpCodes.next(username, secret);
    }

    public Browser signOut() {
        return submit("sign-out");
    }

    public Browser type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
        return this;
    }

    /** Chooses the option with {@code value} in the select list {@code id}. */
    public Browser select(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Clicks something that stays on the page (a checkbox, a radio button). */
    public Browser click(String id) {
        driver.findElement(By.id(id)).click();
        return this;
    }

    /**
     * Clicks a button or link that loads another page, and returns once that page has replaced this one, so
     * what the test reads next comes from the new page and never from the old one (which may hold the same ids).
     */
    public Browser submit(String id) {
        return submit(driver.findElement(By.id(id)));
    }

    public Browser submit(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /** Saves the page as target/screenshots/{name}.png, for people reviewing the UI. */
    public Browser screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
