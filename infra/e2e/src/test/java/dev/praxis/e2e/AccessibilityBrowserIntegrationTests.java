package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page a role works in, checked in Chromium against axe-core's WCAG 2.2 A and AA rules:
 * names for controls, contrast, landmarks, valid ARIA, the language of the page. A screen reader
 * user relies on exactly these; the keyboard paths themselves are driven in
 * {@link CatalogueBrowserIntegrationTests}. Keycloak's own sign-in page is not ours to check.
 */
class AccessibilityBrowserIntegrationTests {

    /** WCAG 2.2 A and AA (which include 2.0 and 2.1) and axe's best practices, such as one main landmark. */
    private static final List<String> RULES =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private static final int PHONE_WIDTH = 320;

    private static LocalStack stack;

    @BeforeAll
    static void startPlatform() {
        stack = LocalStack.get();
    }

    @Test
    void theCatalogueAndAPracticeCardPassInRussianAndInEnglish() {
        try (Browser visitor = new Browser()) {
            visitor.open(stack.webUrl + "/");
            visitor.find(By.cssSelector("#results .hit"));
            assertAccessible(visitor, "the catalogue");

            visitor.open(stack.webUrl + "/?q=МФЦ&direction=business-support");
            visitor.find(By.cssSelector("#results .hit"));
            assertAccessible(visitor, "a search with a filter and highlights");

            visitor.open(stack.webUrl + "/?q=жжжщщщ");
            visitor.find(By.id("empty-results"));
            assertAccessible(visitor, "a search that finds nothing");

            visitor.open(stack.webUrl + "/?q=очередь&lang=en");
            visitor.find(By.cssSelector("#results .hit"));
            assertAccessible(visitor, "the English catalogue");

            visitor.open(firstHit(visitor));
            visitor.find(By.id("steps"));
            assertAccessible(visitor, "an English practice card");

            visitor.open(stack.webUrl + "/?lang=ru");
            visitor.open(firstHit(visitor));
            visitor.find(By.id("steps"));
            assertAccessible(visitor, "a practice card");

            visitor.open(stack.webUrl + "/practices/00000000-0000-0000-0000-000000000000");
            assertAccessible(visitor, "a practice that does not exist");
        }
    }

    @Test
    void theOpenListOfSuggestionsPasses() {
        try (Browser visitor = new Browser()) {
            visitor.open(stack.webUrl + "/");
            visitor.find(By.id("q")).sendKeys("мфц");
            visitor.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions [role=option]")));
            assertAccessible(visitor, "the search box with its suggestions open");
        }
    }

    @Test
    void thePagesOfEachSignedInRolePass() {
        try (Browser author = new Browser()) {
            author.signIn(stack.webUrl, "author");
            author.open(stack.webUrl + "/my/practices");
            author.find(By.tagName("main"));
            assertAccessible(author, "the author's practices");
            author.open(author.find(By.cssSelector("#my-practices a")).getDomProperty("href"));
            author.find(By.id("history-heading"));
            assertAccessible(author, "the author's own practice with its history");
            author.open(stack.webUrl + "/my/practices?status=REVISION_REQUESTED");
            author.open(author.find(By.cssSelector("#my-practices a")).getDomProperty("href"));
            author.find(By.id("decisions"));
            assertAccessible(author, "a practice sent back for revision, its decisions first");
            author.open(stack.webUrl + "/my/practices/new");
            author.find(By.name("title"));
            assertAccessible(author, "the new practice form");
            // The server's own messages, as a browser without form validation would get them.
            ((JavascriptExecutor) author.driver).executeScript("document.getElementById('save-draft').form.noValidate = true");
            author.click(By.id("save-draft"));
            author.find(By.id("title-error"));
            assertAccessible(author, "the practice form with its errors");
        }
        try (Browser coordinator = new Browser()) {
            coordinator.signIn(stack.webUrl, "coordinator");
            coordinator.open(stack.webUrl + "/coordination/queue");
            coordinator.find(By.tagName("main"));
            assertAccessible(coordinator, "the coordinator's queue");
            coordinator.open(stack.webUrl + "/coordination/queue?status=UNDER_REVIEW");
            coordinator.open(coordinator.find(By.cssSelector("#queue a")).getDomProperty("href"));
            coordinator.find(By.id("action-approve"));
            assertAccessible(coordinator, "a practice under review with the coordinator's moves");
        }
        try (Browser official = new Browser()) {
            official.signIn(stack.webUrl, "official");
            official.open(stack.webUrl + "/replications");
            official.find(By.tagName("main"));
            assertAccessible(official, "the official's replications");
            official.open(stack.webUrl + "/");
            official.open(firstHit(official) + "/replicate");
            official.find(By.id("send-replication"));
            assertAccessible(official, "the replication request form");
        }
        try (Browser admin = new Browser()) {
            admin.signIn(stack.webUrl, "admin");
            admin.open(stack.webUrl + "/admin/search-index");
            admin.find(By.id("start-rebuild"));
            assertAccessible(admin, "the search index page");
        }
    }

    private static String firstHit(Browser visitor) {
        return visitor.find(By.cssSelector("#results .hit a.hit-title")).getDomProperty("href");
    }

    private static void assertAccessible(Browser browser, String page) {
        Results results = new AxeBuilder().withTags(RULES).analyze(browser.driver);
        assertThat(results.isErrored()).as("axe-core ran on %s: %s", page, results.getErrorMessage()).isFalse();
        if (!results.violationFree()) {
            browser.screenshot("accessibility-" + page.replace(' ', '-'));
        }
        assertThat(describe(results.getViolations()))
                .as("accessibility violations on %s (%s)", page, browser.driver.getCurrentUrl()).isEmpty();
        assertReflows(browser, page);
    }

    /**
     * WCAG 1.4.10: at 320 CSS pixels wide (a small phone, or 1280 zoomed to 400 %) the page reads
     * without scrolling sideways. axe cannot see this; the browser's own layout can.
     */
    @SuppressWarnings("unchecked")
    private static void assertReflows(Browser browser, String page) {
        Dimension desktop = browser.driver.manage().window().getSize();
        browser.driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 900));
        try {
            Map<String, Object> layout = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeScript("""
                    const width = document.documentElement.clientWidth;
                    const wide = [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > width + 1)
                        .slice(0, 8)
                        .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                            + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                            + ' ends at ' + Math.round(e.getBoundingClientRect().right));
                    return {viewport: window.innerWidth, page: document.documentElement.scrollWidth, width: width, wide: wide};
                    """);
            assertThat(((Number) layout.get("viewport")).intValue()).as("the window narrowed to a phone's width")
                    .isLessThanOrEqualTo(PHONE_WIDTH);
            if (((Number) layout.get("page")).intValue() > ((Number) layout.get("width")).intValue()) {
                browser.screenshot("reflow-" + page.replace(' ', '-'));
            }
            assertThat(((Number) layout.get("page")).intValue())
                    .as("width of %s at %d px (%s), wider elements: %s", page, PHONE_WIDTH,
                            browser.driver.getCurrentUrl(), layout.get("wide"))
                    .isLessThanOrEqualTo(((Number) layout.get("width")).intValue());
        } finally {
            browser.driver.manage().window().setSize(desktop);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + rule.getNodes().stream().limit(5).map(AccessibilityBrowserIntegrationTests::describe)
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        return "\n    " + node.getTarget() + " " + node.getHtml().substring(0, Math.min(node.getHtml().length(), 160));
    }
}
