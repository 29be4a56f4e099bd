package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The author's practice form in Chromium: the whole card typed in, steps added, moved and removed
 * (swapped in place by htmx, and as plain form posts without JavaScript), saved and read back; and
 * a refused save that keeps everything typed and leads from its error summary to the field.
 */
class PracticeEditorBrowserIntegrationTests {

    private static final By STEP_ROWS = By.cssSelector("#practice-form fieldset[id^=step-]");

    private static LocalStack stack;

    @BeforeAll
    static void startPlatform() {
        stack = LocalStack.get();
    }

    @Test
    void anAuthorFillsInTheWholeCardMovesAndRemovesStepsInPlaceAndEverythingIsSavedInItsOrder() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> card = wholeCard(marker);
        Map<String, String> a = step("A", marker, "5");
        Map<String, String> b = step("B", marker, "10");
        Map<String, String> c = step("C", marker, "15");
        Map<String, String> d = step("D", marker, "20");

        try (Browser author = new Browser()) {
            author.signIn(stack.webUrl, "author");
            // The form's autosave would create the practice in the background at a moment the test does
            // not choose; this test is about the form's own buttons, so its background saves fail.
            author.blockRequestsTo("*/autosave");
            author.open(stack.webUrl + "/my/practices/new");
            // A mark on this page's window: a button that posted the whole page would wipe it.
            ((JavascriptExecutor) author.driver).executeScript("window.swappedInPlace = true");
            fill(author, card);

            // The rows of the lists that start empty come with their buttons.
            addRow(author, "add-member", "team[0].name");
            fill(author, Map.of("team[0].name", "Ирина Соколова " + marker, "team[0].jobTitle", "Начальник отдела",
                    "team[0].jobTitleEn", "Head of unit", "team[0].email", "sokolova@example.org",
                    "team[0].phone", "+7 (4012) 55-01-02"));
            addRow(author, "add-source", "fundingSources[0].kind");
            fill(author, Map.of("fundingSources[0].kind", "REGIONAL", "fundingSources[0].sharePercent", "60"));
            addRow(author, "add-source", "fundingSources[1].kind");
            fill(author, Map.of("fundingSources[1].kind", "MUNICIPAL", "fundingSources[1].sharePercent", "40"));
            addRow(author, "add-partner", "partners[0].name");
            fill(author, Map.of("partners[0].name", "Фонд поддержки фермеров", "partners[0].nameEn", "Farmers' fund",
                    "partners[0].role", "Консультации", "partners[0].roleEn", "Advice"));
            fill(author, effect(marker));

            List<Map<String, String>> saved = editSteps(author, a, b, c, d);
            assertThat(((JavascriptExecutor) author.driver).executeScript("return window.swappedInPlace === true"))
                    .as("htmx swapped the form in place, the page never reloaded").isEqualTo(true);
            // The rows' buttons posted the whole form: nothing typed above them was lost.
            assertSameValues(values(author), card);

            author.click(By.id("save-draft"));
            author.waitUntil(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "DRAFT"));
            assertThat(cardStepTitles(author)).containsExactly(b.get("title"), a.get("title"), d.get("title"));
            assertThat(author.find(By.id("budget")).getText()).contains("EUR");
            assertThat(author.find(By.id("funding")).getText()).contains("60", "40");
            assertThat(author.find(By.id("team")).getText()).contains("Ирина Соколова " + marker, "sokolova@example.org");
            assertThat(author.find(By.id("effects")).getText()).contains("Время ожидания " + marker, "90", "15");
            author.screenshot("editor-saved-card");

            author.click(By.id("edit-practice"));
            author.find(By.id("practice-form"));
            Map<String, String> reloaded = values(author);
            assertSameValues(reloaded, card);
            assertSameValues(reloaded, Map.of("team[0].name", "Ирина Соколова " + marker, "team[0].jobTitle",
                    "Начальник отдела", "team[0].jobTitleEn", "Head of unit", "team[0].email", "sokolova@example.org",
                    "team[0].phone", "+7 (4012) 55-01-02"));
            assertSameValues(reloaded, Map.of("fundingSources[0].kind", "REGIONAL", "fundingSources[0].sharePercent", "60",
                    "fundingSources[1].kind", "MUNICIPAL", "fundingSources[1].sharePercent", "40"));
            assertSameValues(reloaded, Map.of("partners[0].name", "Фонд поддержки фермеров",
                    "partners[0].nameEn", "Farmers' fund", "partners[0].role", "Консультации", "partners[0].roleEn", "Advice"));
            assertSameValues(reloaded, effect(marker));
            for (int row = 0; row < saved.size(); row++) {
                assertSameValues(reloaded, rowValues("steps[" + row + "].", saved.get(row)));
            }
            assertThat(reloaded).as("no fourth step was saved").doesNotContainEntry("steps[3].title", c.get("title"));
            assertThat(reloaded.get("steps[3].title")).as("a blank row offered after the saved ones").isEmpty();
        }
    }

    @Test
    void withoutJavaScriptTheRowButtonsPostTheFormAndTheStepsAreAddedMovedRemovedAndSaved() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> a = step("A", marker, "1");
        Map<String, String> b = step("B", marker, "2");
        Map<String, String> c = step("C", marker, "3");
        Map<String, String> d = step("D", marker, "4");

        try (Browser author = Browser.withoutJavaScript()) {
            author.signIn(stack.webUrl, "author");
            author.open(stack.webUrl + "/my/practices/new");
            assertThat(((JavascriptExecutor) author.driver).executeScript("return typeof window.htmx"))
                    .as("the page's scripts did not run").isEqualTo("undefined");
            fill(author, required("Запись без скриптов " + marker));

            List<Map<String, String>> saved = editSteps(author, a, b, c, d);
            // Each button posted the whole form and the page came back at the row it changed.
            assertThat(author.driver.getCurrentUrl()).contains("/my/practices/new#step-");

            author.click(By.id("save-draft"));
            author.waitUntil(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "DRAFT"));
            assertThat(cardStepTitles(author)).containsExactly(b.get("title"), a.get("title"), d.get("title"));
            author.click(By.id("edit-practice"));
            author.find(By.id("practice-form"));
            Map<String, String> reloaded = values(author);
            for (int row = 0; row < saved.size(); row++) {
                assertSameValues(reloaded, rowValues("steps[" + row + "].", saved.get(row)));
            }
        }
    }

    @Test
    void aRefusedSaveKeepsEverythingTypedAndTheErrorSummaryLeadsToTheField() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> typed = new LinkedHashMap<>(required("Ошибка в валюте " + marker));
        typed.put("budget", "500000");
        typed.put("currency", "ZZZ");
        typed.put("goal", "Сократить срок до одного дня");
        typed.putAll(rowValues("steps[0].", step("A", marker, "7")));
        typed.putAll(rowValues("steps[1].", step("B", marker, "8")));

        try (Browser author = new Browser()) {
            author.signIn(stack.webUrl, "author");
            author.blockRequestsTo("*/autosave");
            author.open(stack.webUrl + "/my/practices/new");
            fill(author, typed);
            author.click(By.id("save-draft"));

            author.find(By.id("error-summary"));
            assertThat(author.driver.getCurrentUrl()).as("nothing was saved").endsWith("/my/practices/new");
            assertSameValues(values(author), typed);
            assertThat(activeId(author.driver)).as("the summary is read first").isEqualTo("error-summary");

            WebElement link = author.find(By.cssSelector("#error-summary a[href='#currency']"));
            assertThat(link.getText()).contains("Валюта", "ISO 4217");
            assertThat(author.find(By.id("currency-error")).getText()).contains("ISO 4217");
            link.click();
            author.waitUntil(driver -> "currency".equals(activeId(driver)));
            author.screenshot("editor-error-summary");
        }
    }

    @Test
    void aRowAddedAfterTheFormSavedItselfAndTheSaveGoToThePracticeTheAutosaveCreated() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> a = step("A", marker, "3");
        Map<String, String> b = step("B", marker, "6");

        try (Browser author = new Browser()) {
            author.signIn(stack.webUrl, "author");
            author.open(stack.webUrl + "/my/practices/new");
            fill(author, required("Автосохранение " + marker));
            fill(author, rowValues("steps[0].", a));
            // A few seconds after the typing stops the form saves itself and creates the practice.
            author.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave-status"), "Черновик сохранён"));
            String autosaved = author.driver.getCurrentUrl().replaceAll(".*/my/practices/([0-9a-f-]{36})/edit$", "$1");
            assertThat(autosaved).as("the address of the practice the autosave created").hasSize(36);

            addRow(author, "add-step", "steps[3].title");
            fill(author, rowValues("steps[3].", b));
            author.click(By.id("save-draft"));
            author.waitUntil(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "DRAFT"));

            assertThat(author.driver.getCurrentUrl()).as("the save updated the autosaved practice")
                    .endsWith("/my/practices/" + autosaved);
            assertThat(cardStepTitles(author)).containsExactly(a.get("title"), b.get("title"));
            author.open(stack.webUrl + "/my/practices?q=" + Api.encode(marker));
            assertThat(author.find(By.id("my-practices")).findElements(By.cssSelector("tbody tr")))
                    .as("practices with the marker in the author's list").hasSize(1);
        }
    }

    /** Adds D below three typed rows, moves A down and D up, removes C; answers the rows expected: B, A, D. */
    private static List<Map<String, String>> editSteps(Browser author, Map<String, String> a, Map<String, String> b,
            Map<String, String> c, Map<String, String> d) {
        assertThat(author.driver.findElements(STEP_ROWS)).as("a new form offers three step rows").hasSize(3);
        fill(author, rowValues("steps[0].", a));
        fill(author, rowValues("steps[1].", b));
        fill(author, rowValues("steps[2].", c));
        addRow(author, "add-step", "steps[3].title");
        fill(author, rowValues("steps[3].", d));
        author.waitUntil(stepsAre(a, b, c, d));

        author.click(By.cssSelector("#step-1 button[value='move-step-down:0']"));
        author.waitUntil(stepsAre(b, a, c, d));
        author.click(By.cssSelector("#step-4 button[value='move-step-up:3']"));
        author.waitUntil(stepsAre(b, a, d, c));
        author.click(By.cssSelector("#step-4 button[value='remove-step:3']"));
        author.waitUntil(stepsAre(b, a, d));
        // Every field of each row moved with it, not only its title.
        Map<String, String> shown = values(author);
        assertSameValues(shown, rowValues("steps[0].", b));
        assertSameValues(shown, rowValues("steps[1].", a));
        assertSameValues(shown, rowValues("steps[2].", d));
        assertThat(author.driver.findElements(By.cssSelector("#step-1 button[value^='move-step-up']")))
                .as("the first row cannot move up").isEmpty();
        return List.of(b, a, d);
    }

    private static void addRow(Browser author, String button, String newField) {
        author.click(By.id(button));
        author.waitUntil(driver -> {
            Map<String, String> shown = values(driver);
            return shown != null && shown.containsKey(newField);
        });
    }

    /** The step rows on the form are exactly these, in this order (every field of each row compared). */
    @SafeVarargs
    private static ExpectedCondition<Boolean> stepsAre(Map<String, String>... steps) {
        return driver -> {
            Map<String, String> shown = values(driver);
            if (shown == null) {
                return false;
            }
            for (int row = 0; row < steps.length; row++) {
                for (var field : rowValues("steps[" + row + "].", steps[row]).entrySet()) {
                    if (!field.getValue().equals(shown.get(field.getKey()))) {
                        return false;
                    }
                }
            }
            String after = shown.get("steps[" + steps.length + "].title");
            return after == null || after.isEmpty();
        };
    }

    /** Every named field of the form and its value, read in one look (so nothing goes stale in between). */
    private static Map<String, String> values(Browser browser) {
        return values(browser.driver);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> values(WebDriver driver) {
        return (Map<String, String>) ((JavascriptExecutor) driver).executeScript("""
                const form = document.getElementById('practice-form');
                if (!form) return null;
                const values = {};
                for (const field of form.elements) {
                  if (field.name && field.type !== 'submit') values[field.name] = field.value;
                }
                return values;
                """);
    }

    private static String activeId(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.activeElement && document.activeElement.id");
    }

    private static List<String> cardStepTitles(Browser browser) {
        browser.find(By.cssSelector("#steps > li h3"));
        return browser.driver.findElements(By.cssSelector("#steps > li h3")).stream().map(WebElement::getText).toList();
    }

    /** Types each value as a user would: a choice is picked, a date set as the page receives it. */
    private static void fill(Browser browser, Map<String, String> fields) {
        fields.forEach((name, value) -> {
            WebElement field = browser.find(By.name(name));
            if ("select".equals(field.getTagName())) {
                new Select(field).selectByValue(value);
            } else if ("date".equals(field.getDomAttribute("type"))) {
                browser.setValue(name, value);
            } else {
                field.clear();
                field.sendKeys(value);
            }
        });
    }

    /** Each expected value is shown; numbers may come back with another scale (60 as 60.00). */
    private static void assertSameValues(Map<String, String> shown, Map<String, String> expected) {
        assertThat(shown).as("the form's fields").isNotNull();
        List<String> different = new ArrayList<>();
        expected.forEach((name, value) -> {
            String actual = shown.get(name);
            if (!value.equals(actual) && !sameNumber(value, actual)) {
                different.add(name + ": expected «" + value + "» but was «" + actual + "»");
            }
        });
        assertThat(different).as("fields whose value changed").isEmpty();
    }

    private static boolean sameNumber(String expected, String actual) {
        try {
            return actual != null && new BigDecimal(expected).compareTo(new BigDecimal(actual)) == 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static Map<String, String> rowValues(String prefix, Map<String, String> row) {
        Map<String, String> named = new LinkedHashMap<>();
        row.forEach((field, value) -> named.put(prefix + field, value));
        return named;
    }

    /** A step with every field filled in, each value naming the step. */
    private static Map<String, String> step(String name, String marker, String days) {
        Map<String, String> step = new LinkedHashMap<>();
        step.put("title", "Шаг " + name + " " + marker);
        step.put("titleEn", "Step " + name);
        step.put("description", "Описание шага " + name);
        step.put("descriptionEn", "Description of step " + name);
        step.put("responsible", "Отдел " + name);
        step.put("responsibleEn", "Unit " + name);
        step.put("durationDays", days);
        step.put("resources", "Ресурсы " + name);
        step.put("resourcesEn", "Resources " + name);
        step.put("documents", "Документы " + name);
        step.put("documentsEn", "Documents " + name);
        step.put("kpi", "Показатель " + name);
        step.put("kpiEn", "KPI " + name);
        return step;
    }

    private static Map<String, String> effect(String marker) {
        Map<String, String> effect = new LinkedHashMap<>();
        effect.put("effects[0].indicator", "Время ожидания " + marker);
        effect.put("effects[0].indicatorEn", "Waiting time");
        effect.put("effects[0].unit", "минут");
        effect.put("effects[0].unitEn", "minutes");
        effect.put("effects[0].before", "90");
        effect.put("effects[0].after", "15");
        effect.put("effects[0].period", "2021–2023");
        effect.put("effects[0].periodEn", "2021 to 2023");
        effect.put("effects[0].evidenceUrl", "https://example.org/report-" + marker + ".pdf");
        effect.put("effects[0].evidence", "Отчёт министерства");
        effect.put("effects[0].evidenceEn", "Ministry report");
        return effect;
    }

    private static Map<String, String> required(String title) {
        Map<String, String> card = new LinkedHashMap<>();
        card.put("title", title);
        card.put("regionCode", "RU-KGD");
        card.put("directionCode", "business-support");
        card.put("problem", "Фермерам приходилось обходить пять ведомств.");
        card.put("solution", "Заявку принимают в одном окне.");
        return card;
    }

    /** Every field of the card outside its lists, with the English versions the form offers. */
    private static Map<String, String> wholeCard(String marker) {
        Map<String, String> card = new LinkedHashMap<>();
        card.put("title", "Единое окно для фермеров " + marker);
        card.put("titleEn", "One window for farmers " + marker);
        card.put("summary", "Субсидии оформляют в одном месте.");
        card.put("summaryEn", "Subsidies are applied for in one place.");
        card.put("regionCode", "RU-KGD");
        card.put("directionCode", "business-support");
        card.put("language", "ru");
        card.put("municipality", "Зеленоградск");
        card.put("tags", "субсидии, фермеры, одно окно");
        card.put("authorOrganisation", "Министерство сельского хозяйства");
        card.put("authorOrganisationEn", "Ministry of Agriculture");
        card.put("startYear", "2021");
        card.put("startDate", "2021-03-01");
        card.put("endYear", "2023");
        card.put("endDate", "2023-11-30");
        card.put("budget", "1250000");
        card.put("currency", "EUR");
        card.put("audience", "Фермерские хозяйства района");
        card.put("audienceEn", "Farms of the district");
        card.put("reach", "1200");
        card.put("problem", "Фермерам приходилось обходить пять ведомств, чтобы получить субсидию.");
        card.put("problemEn", "Farmers had to visit five agencies to get a subsidy.");
        card.put("goal", "Сократить срок оформления до одного дня.");
        card.put("goalEn", "Cut the time to one day.");
        card.put("solution", "Открыт центр, где заявку принимают в одном окне.");
        card.put("solutionEn", "A centre takes the application in one window.");
        card.put("resources.money", "Средства регионального бюджета");
        card.put("resources.moneyEn", "Regional budget");
        card.put("resources.staff", "Два специалиста");
        card.put("resources.staffEn", "Two specialists");
        card.put("resources.it", "Электронная очередь");
        card.put("resources.itEn", "Queue system");
        card.put("resources.legalActs", "Приказ министерства");
        card.put("resources.legalActsEn", "Ministry order");
        card.put("risks", "Нехватка специалистов");
        card.put("risksEn", "Too few specialists");
        card.put("dos", "Обучить сотрудников заранее");
        card.put("dosEn", "Train the staff first");
        card.put("donts", "Не открывать без электронной очереди");
        card.put("dontsEn", "Do not open without a queue system");
        return card;
    }
}
