package dev.praxis.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through its own chromedriver; one fresh profile per user. */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("praxis.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("praxis.chromedriver", "/usr/bin/chromedriver");

    final WebDriver driver;
    private final WebDriverWait wait;

    Browser() {
        this(true);
    }

    /** A browser whose pages run no script at all, as some users' browsers and many screen setups do. */
    static Browser withoutJavaScript() {
        return new Browser(false);
    }

    private Browser(boolean javaScript) {
        ChromeOptions options = new ChromeOptions();
        if (!javaScript) {
            // The page's own scripts (htmx, the form's script) are blocked; the driver's commands still run.
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,1024", "--lang=ru");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        // A form post redirects to a new page: an element found on the old one goes stale while
        // the condition reads it, which only means "not yet", so the wait looks again.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    void open(String url) {
        driver.get(url);
    }

    /** Signs in on Keycloak's own login page, starting from the web app's sign-in link. */
    void signIn(String webUrl, String username) {
        open(webUrl + "/");
        click(By.id("login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("praxis");
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    WebElement find(By by) {
        try {
            return wait.until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw explained(e);
        }
    }

    void click(By by) {
        try {
            wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        } catch (org.openqa.selenium.TimeoutException e) {
            throw explained(e);
        }
    }

    void type(String name, String text) {
        WebElement field = find(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field's value as the page would receive it; date inputs type differently per locale. */
    void setValue(String name, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(By.name(name)), value);
    }

    /**
     * Requests to URLs matching the pattern ({@code *\/autosave}) fail as if the network were down:
     * a test of something else is not raced by the page's background saves.
     */
    void blockRequestsTo(String urlPattern) {
        var chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(urlPattern)));
    }

    void select(String name, String value) {
        new Select(find(By.name(name))).selectByValue(value);
    }

    String attribute(By by, String attribute) {
        return find(by).getDomAttribute(attribute);
    }

    /** Waits until the condition answers something other than null or false, and returns that answer. */
    <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw explained(e);
        }
    }

    /** A timeout that says where the browser was and what the page said, with a screenshot. */
    private RuntimeException explained(org.openqa.selenium.TimeoutException e) {
        screenshot("failure-" + System.currentTimeMillis());
        String text = driver.findElement(By.tagName("body")).getText();
        return new IllegalStateException(e.getMessage() + "\nat " + driver.getCurrentUrl() + "\npage text:\n"
                + text.substring(0, Math.min(text.length(), 2000)), e);
    }

    /** Keeps a picture of the page next to the test reports, for a human to look at. */
    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            System.err.println("No screenshot " + name + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
