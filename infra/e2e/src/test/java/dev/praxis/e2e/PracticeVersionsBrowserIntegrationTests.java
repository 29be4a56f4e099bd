package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The versions of a practice in Chromium: each submission is a version, and the diff of two shows
 * what the author changed between them — and nothing else.
 */
class PracticeVersionsBrowserIntegrationTests {

    private static LocalStack stack;

    @BeforeAll
    static void startPlatform() {
        stack = LocalStack.get();
    }

    @Test
    void afterARevisionTheDiffOfTheTwoSubmissionsShowsTheChangedStepAndLeavesTheRestUnmarked() {
        Api api = new Api(stack);
        String marker = "Светлогорск" + UUID.randomUUID().toString().substring(0, 6);
        String first = "Собрать расписание секций " + marker;
        String second = "Обучить специалистов центра";
        String third = "Открыть запись на сайте";
        String id = api.post(stack.registryUrl + "/api/v1/practices", api.tokenFor("author"),
                        PlatformThreadIntegrationTests.draft("Запись в секции " + marker, List.of(
                                PlatformThreadIntegrationTests.step(first),
                                PlatformThreadIntegrationTests.step(second),
                                PlatformThreadIntegrationTests.step(third))))
                .body().get("id").asText();
        String practice = stack.registryUrl + "/api/v1/practices/" + id;
        assertThat(api.move(practice, "submit", api.tokenFor("author"), "{}").status()).isEqualTo(200);
        assertThat(api.move(practice, "start-screening", api.tokenFor("coordinator"), "{}").status()).isEqualTo(200);

        try (Browser coordinator = new Browser()) {
            coordinator.signIn(stack.webUrl, "coordinator");
            coordinator.open(stack.webUrl + "/practices/" + id);
            coordinator.find(By.id("request-revision-comment")).sendKeys("Уточните, кого обучают " + marker);
            coordinator.click(By.id("action-request-revision"));
            coordinator.waitUntil(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "REVISION_REQUESTED"));
        }

        try (Browser author = new Browser()) {
            author.signIn(stack.webUrl, "author");
            author.open(stack.webUrl + "/my/practices/" + id + "/edit");
            assertThat(author.find(By.name("steps[1].title")).getDomProperty("value")).isEqualTo(second);
            author.type("steps[1].title", "Обучить консультантов центра");
            author.click(By.id("save-draft"));
            author.waitUntil(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "REVISION_REQUESTED"));
            author.click(By.id("action-submit"));
            author.waitUntil(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "SUBMITTED"));

            author.click(By.cssSelector("#versions-link a"));
            author.find(By.id("version-2"));
            assertThat(author.driver.findElements(By.cssSelector("#versions tbody tr"))).hasSize(2);
            author.click(By.id("compare-previous-2"));

            assertThat(author.find(By.id("diff-sides")).getText()).isEqualTo("Сравнение: версия 1 → версия 2");
            List<String> changedFields = author.driver.findElements(By.cssSelector("#diff > div[data-field]")).stream()
                    .map(field -> field.getDomAttribute("data-field")).toList();
            assertThat(changedFields).as("the fields marked as changed").containsExactly("steps");

            List<WebElement> rows = author.driver.findElements(By.cssSelector("#diff [data-field=steps] ol.diff-rows > li"));
            assertThat(rows).as("only the edited step is listed").hasSize(1);
            WebElement row = rows.getFirst();
            assertThat(row.getDomAttribute("data-change")).isEqualTo("changed");
            assertThat(row.getDomAttribute("data-moved")).isEqualTo("false");
            assertThat(row.getText()).contains("изменён, № 2");
            assertThat(texts(row, "del")).as("removed text").containsExactly("удалено:специалистов");
            assertThat(texts(row, "ins")).as("added text").containsExactly("добавлено:консультантов");
            assertThat(row.findElements(By.cssSelector("[data-field=title] dd > span")).stream()
                    .map(kept -> kept.getDomProperty("textContent").strip()).toList())
                    .as("the words around the change, kept unmarked").containsExactly("Обучить", "центра");

            String page = author.find(By.id("main")).getText();
            assertThat(page).as("the unchanged steps are not shown as changes").doesNotContain(first, third);
            assertThat(author.driver.findElements(By.cssSelector("#main ins, #main del")))
                    .as("every mark is inside the changed step").hasSize(2)
                    .allSatisfy(mark -> assertThat(row.findElements(By.tagName(mark.getTagName()))).contains(mark));
            author.screenshot("versions-diff");
        }
    }

    /** Each mark's whole text, the hidden word a screen reader hears («удалено:») included. */
    private static List<String> texts(WebElement row, String tag) {
        return row.findElements(By.tagName(tag)).stream().map(mark -> mark.getDomProperty("textContent")).toList();
    }
}
