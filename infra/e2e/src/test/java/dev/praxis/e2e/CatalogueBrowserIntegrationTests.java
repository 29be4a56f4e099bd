package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The public catalogue in headless Chromium against the demo data: Russian word forms with
 * highlights, suggestions while typing, a facet that narrows and widens the results, paging, and
 * all of it by keyboard alone. Shares the stack with the other end-to-end tests
 * ({@link LocalStack#get()} starts it once per JVM).
 */
class CatalogueBrowserIntegrationTests {

    private static final By TOTAL = By.id("total");
    private static final By HITS = By.cssSelector("#results .hit");
    private static final By BUSINESS_SUPPORT =
            By.cssSelector("fieldset#facet-direction input[name=direction][value=business-support]");

    private static LocalStack stack;

    @BeforeAll
    static void startPlatform() {
        stack = LocalStack.get();
    }

    @Test
    void findsAPracticeByAnotherWordFormAndHighlightsTheMatch() {
        try (Browser visitor = new Browser()) {
            visitor.open(stack.webUrl + "/");
            // The demo title says «Сокращение очередей в МФЦ…»: «очередь» is another form of the same word.
            visitor.find(By.id("q")).sendKeys("очередь в МФЦ", Keys.ENTER);
            By title = By.xpath("//ol[@id='results']//a[@class='hit-title' and contains(., 'очередей')]");
            visitor.waitUntil(ExpectedConditions.presenceOfElementLocated(title));

            WebElement hit = visitor.find(By.xpath("//ol[@id='results']/li[@class='hit'][.//a[@class='hit-title'"
                    + " and contains(., 'очередей')]]"));
            List<String> highlighted = hit.findElements(By.tagName("em")).stream().map(WebElement::getText).toList();
            assertThat(highlighted).as("highlighted words in the hit").isNotEmpty()
                    .anySatisfy(word -> assertThat(word.toLowerCase()).containsAnyOf("очеред", "мфц"));
            assertThat(visitor.driver.getCurrentUrl()).as("the query is kept in the URL").contains("q=");
            visitor.screenshot("catalogue-word-forms");
        }
    }

    @Test
    void aMisspeltWordStillFindsThePracticeAndThePageSaysTheResultsAreApproximate() {
        try (Browser visitor = new Browser()) {
            visitor.open(stack.webUrl + "/");
            // «очерреди» is one letter away from «очереди»: no practice has it, so the second, looser try answers.
            visitor.find(By.id("q")).sendKeys("очерреди в МФЦ", Keys.ENTER);
            visitor.waitUntil(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//ol[@id='results']//a[@class='hit-title' and contains(., 'очередей')]")));

            assertThat(visitor.find(By.id("approximate-results")).getText()).contains("Практик со всеми словами запроса нет");
            visitor.screenshot("catalogue-approximate");
        }
    }

    @Test
    void aFacetNarrowsTheResultsAndUntickingItRestoresThem() {
        try (Browser visitor = new Browser()) {
            visitor.open(stack.webUrl + "/");
            long all = total(visitor);
            long expected = Long.parseLong(visitor.find(By.xpath("//fieldset[@id='facet-direction']"
                    + "//input[@value='business-support']/following-sibling::label/span[@class='count']")).getText());
            assertThat(expected).as("approved demo practices in business-support").isGreaterThanOrEqualTo(3)
                    .isLessThan(all);

            visitor.click(BUSINESS_SUPPORT);
            visitor.waitUntil(totalIs(expected));

            assertThat(visitor.find(BUSINESS_SUPPORT).isSelected()).isTrue();
            assertThat(visitor.driver.getCurrentUrl()).contains("direction=business-support");
            List<WebElement> hits = visitor.driver.findElements(HITS);
            assertThat(hits).hasSize((int) Math.min(expected, 10));
            assertThat(hits).allSatisfy(hit -> {
                assertThat(hit.getDomAttribute("data-direction")).isEqualTo("business-support");
                assertThat(hit.findElement(By.className("direction")).getText()).isEqualTo("Поддержка предпринимательства");
            });
            visitor.screenshot("catalogue-facet");

            visitor.click(BUSINESS_SUPPORT);
            visitor.waitUntil(totalIs(all));
            assertThat(visitor.find(BUSINESS_SUPPORT).isSelected()).isFalse();
        }
    }

    @Test
    void switchingToEnglishKeepsTheSearchAndItsFiltersAndNamesThemInEnglish() {
        try (Browser visitor = new Browser()) {
            visitor.open(stack.webUrl + "/");
            long all = total(visitor);
            visitor.click(BUSINESS_SUPPORT);
            visitor.waitUntil(totalBelow(all));
            long narrowed = total(visitor);

            // The results were updated in place: the language link must follow the address htmx pushed.
            visitor.click(By.id("lang-en"));
            visitor.waitUntil(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

            assertThat(visitor.driver.getCurrentUrl()).contains("direction=business-support", "lang=en");
            assertThat(visitor.find(BUSINESS_SUPPORT).isSelected()).isTrue();
            assertThat(total(visitor)).isEqualTo(narrowed);
            assertThat(visitor.driver.findElements(HITS)).isNotEmpty().allSatisfy(hit -> {
                assertThat(hit.findElement(By.className("direction")).getText()).isEqualTo("Business support");
                assertThat(hit.findElement(By.className("region")).getText()).doesNotContainPattern("\\p{IsCyrillic}");
            });
            visitor.screenshot("catalogue-in-english");
        }
    }

    @Test
    void theSecondPageShowsOtherPracticesAndIsMarkedCurrent() {
        try (Browser visitor = new Browser()) {
            visitor.open(stack.webUrl + "/");
            assertThat(total(visitor)).as("enough approved demo practices for two pages").isGreaterThan(10);
            assertThat(currentPage(visitor)).isEqualTo("1");
            List<String> first = hitIds(visitor);
            assertThat(first).hasSize(10);

            visitor.click(By.cssSelector("nav#pagination a[rel=next]"));
            visitor.waitUntil(ExpectedConditions.urlContains("page=2"));
            visitor.waitUntil(driver -> "2".equals(currentPageOrNull(driver)));

            List<String> second = hitIds(visitor);
            assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
            assertThat(visitor.driver.findElements(By.cssSelector("nav#pagination a[rel=prev]"))).hasSize(1);
            visitor.screenshot("catalogue-page-2");
        }
    }

    @Test
    void theKeyboardAloneSearchesFiltersAndPagesWithoutLosingTheFocus() {
        try (Browser visitor = new Browser()) {
            visitor.open(stack.webUrl + "/");
            long all = total(visitor);

            tabTo(visitor, By.id("q"), 20);
            visitor.driver.switchTo().activeElement().sendKeys("МФЦ", Keys.ENTER);
            visitor.waitUntil(ExpectedConditions.urlContains("q="));
            visitor.waitUntil(totalBelow(all));

            // Ticking a facet replaces the results and the facets themselves: the focus must come back
            // to the same box, or a keyboard or screen-reader user starts again from the top.
            By facet = By.cssSelector("fieldset#facet-direction input[name=direction]");
            String facetId = visitor.find(facet).getDomAttribute("id");
            long count = Long.parseLong(visitor.find(By.cssSelector("label[for='" + facetId + "'] .count")).getText());
            tabTo(visitor, By.id(facetId), 100);
            new Actions(visitor.driver).sendKeys(Keys.SPACE).perform();
            visitor.waitUntil(totalIs(count));
            assertThat(visitor.find(By.id(facetId)).isSelected()).isTrue();
            assertThat(visitor.driver.switchTo().activeElement().getDomAttribute("id"))
                    .as("the focus after the results were replaced").isEqualTo(facetId);
            assertThat(visitor.find(By.id("search-announcement")).getDomProperty("textContent"))
                    .as("what a screen reader hears").isEqualTo("Найдено практик: " + count);

            visitor.open(stack.webUrl + "/");
            tabTo(visitor, By.cssSelector("nav#pagination a[rel=next]"), 250);
            new Actions(visitor.driver).sendKeys(Keys.ENTER).perform();
            visitor.waitUntil(driver -> "2".equals(currentPageOrNull(driver)));
            visitor.screenshot("catalogue-keyboard");
        }
    }

    @Test
    void theSuggestionsShowWhatTheSearchFoundAndTheArrowsAndEnterSearchForOne() {
        try (Browser visitor = new Browser()) {
            visitor.open(stack.webUrl + "/");
            WebElement box = visitor.find(By.id("q"));
            box.sendKeys("мфц");
            // The demo title «Окна поддержки бизнеса в многофункциональных центрах районов» has not got
            // the letters typed: it is found through the abbreviation, and a native datalist hid it.
            By throughTheAbbreviation = By.xpath("//ul[@id='suggestions']/li[@role='option'"
                    + " and contains(., 'многофункциональных центрах')]");
            visitor.waitUntil(ExpectedConditions.visibilityOfElementLocated(throughTheAbbreviation));
            assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("true");
            assertThat(visitor.find(By.id("suggestions-status")).getDomProperty("textContent")).matches("Подсказок: \\d+");

            box.sendKeys(Keys.ARROW_DOWN);
            WebElement first = visitor.find(By.id("suggestion-0"));
            assertThat(box.getDomAttribute("aria-activedescendant")).isEqualTo("suggestion-0");
            assertThat(first.getDomAttribute("aria-selected")).isEqualTo("true");
            assertThat(visitor.driver.switchTo().activeElement()).as("the focus stays in the box").isEqualTo(box);
            visitor.screenshot("catalogue-suggestions");

            String chosen = first.getText();
            box.sendKeys(Keys.ENTER);
            visitor.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("suggestions")));
            visitor.waitUntil(driver -> driver.getCurrentUrl().contains("q="));
            visitor.waitUntil(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//ol[@id='results']/li[1]//a[@class='hit-title' and normalize-space(.)='" + chosen + "']")));
            assertThat(box.getDomProperty("value")).isEqualTo(chosen);
            assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");

            // Escape closes the list and keeps what was typed.
            box.sendKeys(Keys.BACK_SPACE);
            visitor.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li")));
            box.sendKeys(Keys.ESCAPE);
            visitor.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("suggestions")));
            assertThat(box.getDomProperty("value")).isEqualTo(chosen.substring(0, chosen.length() - 1));
        }
    }

    /** Presses Tab until the element has the focus, as someone without a mouse moves through the page. */
    private static void tabTo(Browser browser, By target, int mostPresses) {
        WebElement wanted = browser.find(target);
        for (int presses = 0; presses < mostPresses; presses++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            if (browser.driver.switchTo().activeElement().equals(wanted)) {
                return;
            }
        }
        throw new AssertionError("Tab did not reach " + target + " in " + mostPresses + " presses");
    }

    @Test
    void anAdminRebuildsTheSearchIndexFromTheAdminPage() {
        try (Browser admin = new Browser()) {
            admin.signIn(stack.webUrl, "admin");
            admin.open(stack.webUrl + "/admin/search-index");
            admin.click(By.id("start-rebuild"));

            // The progress section refreshes itself (htmx) until the rebuild is over.
            admin.waitUntil(driver -> {
                try {
                    List<WebElement> state = driver.findElements(By.id("rebuild-state"));
                    return !state.isEmpty() && "SUCCEEDED".equals(state.getFirst().getAttribute("data-state"));
                } catch (StaleElementReferenceException swapping) {
                    return false;
                }
            });
            admin.screenshot("admin-rebuild-done");
            admin.open(stack.webUrl + "/");
            assertThat(total(admin)).isPositive();
        }
    }

    /** The total once one is shown; a look that meets the results being swapped looks again. */
    private static long total(Browser browser) {
        return browser.waitUntil(CatalogueBrowserIntegrationTests::totalOrNull);
    }

    /**
     * The total shown is {@code expected}. The page is read once per look: reading it twice lets
     * htmx swap the results in between, and the second read may find nothing.
     */
    private static ExpectedCondition<Boolean> totalIs(long expected) {
        return driver -> {
            Long shown = totalOrNull(driver);
            return shown != null && shown == expected;
        };
    }

    private static ExpectedCondition<Boolean> totalBelow(long bound) {
        return driver -> {
            Long shown = totalOrNull(driver);
            return shown != null && shown < bound;
        };
    }

    /** The total shown right now, or null while htmx swaps the results. */
    private static Long totalOrNull(WebDriver driver) {
        try {
            List<WebElement> total = driver.findElements(TOTAL);
            return total.isEmpty() ? null : Long.valueOf(total.getFirst().getText().strip());
        } catch (StaleElementReferenceException | NumberFormatException swapping) {
            return null;
        }
    }

    private static String currentPage(Browser browser) {
        return browser.find(By.cssSelector("nav#pagination [aria-current=page]")).getText().strip();
    }

    private static String currentPageOrNull(WebDriver driver) {
        try {
            List<WebElement> current = driver.findElements(By.cssSelector("nav#pagination [aria-current=page]"));
            return current.isEmpty() ? null : current.getFirst().getText().strip();
        } catch (StaleElementReferenceException swapping) {
            return null;
        }
    }

    private static List<String> hitIds(Browser browser) {
        browser.find(HITS);
        return browser.driver.findElements(HITS).stream().map(hit -> hit.getDomAttribute("data-id")).toList();
    }
}
