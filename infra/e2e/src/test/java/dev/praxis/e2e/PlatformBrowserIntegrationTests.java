package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The main path in headless Chromium: each role signs in on Keycloak's page and uses the web UI. */
class PlatformBrowserIntegrationTests {

    private static LocalStack stack;

    @BeforeAll
    static void startPlatform() {
        stack = LocalStack.get();
    }

    @Test
    void authorSubmitsCoordinatorApprovesPublicFindsOfficialRequestsReplication() {
        String marker = "Зеленоградск" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Центр предоставления услуг для фермеров " + marker;
        String practiceUrl;

        try (Browser author = new Browser()) {
            author.signIn(stack.webUrl, "author");
            author.open(stack.webUrl + "/my/practices");
            author.click(By.id("new-practice"));
            author.type("title", title);
            author.select("regionCode", "RU-KGD");
            author.select("directionCode", "business-support");
            author.type("problem", "Фермерам приходилось обходить пять ведомств, чтобы получить субсидию.");
            author.type("solution", "Открыт центр предоставления услуг, где заявку принимают в одном окне.");
            author.type("steps[0].title", "Собрать перечень документов для субсидии");
            author.type("steps[0].responsible", "Отдел сельского хозяйства");
            author.type("steps[1].title", "Обучить специалистов центра");
            author.click(By.id("save-draft"));
            author.waitUntil(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "DRAFT"));
            author.click(By.id("edit-practice"));
            author.type("steps[2].title", "Провести приём первых заявок");
            author.click(By.id("save-draft"));
            author.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#steps > li"), 3));
            author.click(By.id("action-submit"));
            author.waitUntil(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "SUBMITTED"));
            author.screenshot("author-submitted");
            practiceUrl = author.driver.getCurrentUrl();
        }
        String practiceId = practiceUrl.replaceAll(".*/practices/([0-9a-f-]{36}).*", "$1");
        assertThat(practiceId).hasSize(36);

        try (Browser coordinator = new Browser()) {
            coordinator.signIn(stack.webUrl, "coordinator");
            coordinator.open(stack.webUrl + "/coordination/queue");
            coordinator.click(By.xpath("//table[@id='queue']//a[contains(., '" + marker + "')]"));
            // The buttons are the moves the registry offers now: screening, then review, then the decision.
            coordinator.click(By.id("action-start-screening"));
            coordinator.waitUntil(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "SCREENING"));
            coordinator.click(By.id("action-start-review"));
            coordinator.waitUntil(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "UNDER_REVIEW"));
            assertThat(coordinator.driver.findElements(By.id("action-start-screening"))).isEmpty();
            coordinator.click(By.id("action-approve"));
            coordinator.waitUntil(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "APPROVED"));
        }

        try (Browser visitor = new Browser()) {
            visitor.open(stack.webUrl + "/");
            // Other word forms than the title: «центров предоставления услуг» finds «центр предоставления услуг».
            visitor.find(By.id("q")).sendKeys("центров предоставления услуг " + marker, Keys.ENTER);
            visitor.waitUntil(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//ol[@id='results']//a[@class='hit-title' and contains(., '" + marker + "')]")));
            assertThat(visitor.find(By.cssSelector("#results .hit em")).getText()).isNotBlank();
            visitor.screenshot("catalogue-search");
        }

        try (Browser official = new Browser()) {
            official.signIn(stack.webUrl, "official");
            official.open(stack.webUrl + "/practices/" + practiceId);
            official.click(By.id("request-replication"));
            official.select("regionCode", "RU-TA");
            official.type("targetMunicipality", "Елабуга");
            official.type("reason", "Фермеры района ждут субсидий месяцами.");
            official.setValue("plannedStart", LocalDate.now().plusMonths(2).toString());
            official.click(By.id("send-replication"));
            official.waitUntil(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//table[@id='my-replications']//tr[contains(., '" + marker + "')]")));
            String mentor = official.find(By.xpath(
                    "//table[@id='my-replications']//tr[contains(., '" + marker + "')]//*[@class='mentor']")).getText();
            assertThat(mentor).contains("Анна");
            official.screenshot("official-replications");
        }

        try (Browser author = new Browser()) {
            author.signIn(stack.webUrl, "author");
            author.open(stack.webUrl + "/replications");
            author.waitUntil(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//table[@id='mentoring']//tr[contains(., '" + marker + "')]")));
        }
    }

    @Test
    void aCoordinatorSendsAPracticeBackAndItsAuthorSeesWhyFirstAndResubmits() {
        Api api = new Api(stack);
        String author = api.tokenFor("author");
        String marker = "Пионерский" + UUID.randomUUID().toString().substring(0, 6);
        String id = api.post(stack.registryUrl + "/api/v1/practices", author, PlatformThreadIntegrationTests.draft(
                        "Электронная запись в секции " + marker,
                        List.of(PlatformThreadIntegrationTests.step("Собрать расписание секций"))))
                .body().get("id").asText();
        String practice = stack.registryUrl + "/api/v1/practices/" + id;
        assertThat(api.move(practice, "submit", author, "{}").status()).isEqualTo(200);
        assertThat(api.move(practice, "start-screening", api.tokenFor("coordinator"), "{}").status()).isEqualTo(200);
        String reason = "Укажите, сколько дней занимает каждый шаг " + marker;

        try (Browser coordinator = new Browser()) {
            coordinator.signIn(stack.webUrl, "coordinator");
            coordinator.open(stack.webUrl + "/practices/" + id);
            coordinator.find(By.id("request-revision-comment")).sendKeys(reason);
            coordinator.click(By.id("action-request-revision"));
            coordinator.waitUntil(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "REVISION_REQUESTED"));
            assertThat(coordinator.driver.findElements(By.id("moves"))).as("nothing left for the coordinator").isEmpty();
        }

        try (Browser writer = new Browser()) {
            writer.signIn(stack.webUrl, "author");
            writer.open(stack.webUrl + "/my/practices/" + id);
            writer.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("decisions"), reason));
            assertThat(writer.find(By.id("next-step")).getText()).contains("отправьте её снова");
            writer.screenshot("author-revision-requested");
            writer.click(By.id("action-submit"));
            writer.waitUntil(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "SUBMITTED"));
            assertThat(writer.find(By.id("decisions")).getText()).as("the earlier decision stays on the card").contains(reason);
        }
    }
}
