package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * An author's files on a draft, through the web form without JavaScript's help: a PDF and a photo
 * are listed, the photo's thumbnail shows on the card, the PDF downloads as an attachment that is
 * never sniffed, and an executable named {@code .pdf} is refused with a message and not listed.
 */
class AttachmentBrowserIntegrationTests {

    private static final By LISTED = By.cssSelector("#attachments .attachment-list .attachment-name");

    private static LocalStack stack;

    @TempDir
    Path files;

    @BeforeAll
    static void startPlatform() {
        stack = LocalStack.get();
    }

    @Test
    void anAuthorAttachesAPdfAndAPhotoSeesTheThumbnailDownloadsThePdfAndAnExecutableIsRefused() throws Exception {
        Api api = new Api(stack);
        String token = api.tokenFor("author");
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String id = api.post(stack.registryUrl + "/api/v1/practices", token, PlatformThreadIntegrationTests.draft(
                        "Приложения к практике " + marker,
                        List.of(PlatformThreadIntegrationTests.step("Подготовить регламент"))))
                .body().get("id").asText();
        byte[] pdfContent = pdf();
        Path pdf = Files.write(files.resolve("регламент-" + marker + ".pdf"), pdfContent);
        Path png = files.resolve("схема-" + marker + ".png");
        ImageIO.write(image(640, 480), "png", png.toFile());
        // An ELF executable's first bytes under a document's name: the type comes from the content.
        Path executable = Files.write(files.resolve("setup-" + marker + ".pdf"),
                concat(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, new byte[1024]));

        try (Browser author = new Browser()) {
            author.signIn(stack.webUrl, "author");
            author.open(stack.webUrl + "/my/practices/" + id + "/edit");
            assertThat(author.find(By.id("attachments")).getText()).contains("Файлов пока нет.");

            upload(author, pdf);
            author.waitUntil(listedAre(pdf.getFileName().toString()));
            assertThat(author.find(By.cssSelector("#attachments .notice.success")).getText()).isEqualTo("Файл загружен.");
            upload(author, png);
            author.waitUntil(listedAre(pdf.getFileName().toString(), png.getFileName().toString()));

            upload(author, executable);
            WebElement refusal = author.find(By.cssSelector("#attachments .notice.error"));
            assertThat(refusal.getText()).startsWith("Такой файл нельзя приложить")
                    .contains("тип определяется по содержимому файла");
            assertThat(listed(author.driver)).as("nothing more is listed")
                    .containsExactlyInAnyOrder(pdf.getFileName().toString(), png.getFileName().toString());
            author.screenshot("attachments-refused");
            assertThat(api.get(stack.registryUrl + "/api/v1/practices/" + id + "/attachments", token).body())
                    .as("the registry keeps two files").hasSize(2);

            author.open(stack.webUrl + "/my/practices/" + id);
            WebElement thumbnail = author.find(By.cssSelector("#attachments img.attachment-thumbnail"));
            assertThat(author.driver.findElements(By.cssSelector("#attachments img"))).as("a PDF has no thumbnail").hasSize(1);
            // Lazy images load once they are near the view.
            ((JavascriptExecutor) author.driver).executeScript("arguments[0].scrollIntoView()", thumbnail);
            Long width = author.waitUntil(loadedWidth(By.cssSelector("#attachments img.attachment-thumbnail")));
            assertThat(width).as("the thumbnail's own width").isEqualTo(320L);
            author.screenshot("attachments-card");

            String download = author.find(By.xpath("//section[@id='attachments']//a[contains(., '"
                    + pdf.getFileName() + "')]")).getDomProperty("href");
            HttpResponse<byte[]> response = get(download, cookies(author));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
            assertThat(response.body()).isEqualTo(pdfContent);
        }
    }

    private static void upload(Browser author, Path file) {
        author.find(By.id("attachment-file")).sendKeys(file.toAbsolutePath().toString());
        author.click(By.cssSelector("#attachment-upload button[type=submit]"));
    }

    /** The files listed are exactly these, read once per look while the page reloads. */
    private static ExpectedCondition<Boolean> listedAre(String... names) {
        return driver -> {
            Set<String> shown = listedOrNull(driver);
            return shown != null && shown.equals(Set.of(names));
        };
    }

    private static Set<String> listed(WebDriver driver) {
        return driver.findElements(LISTED).stream().map(WebElement::getText).collect(Collectors.toSet());
    }

    private static Set<String> listedOrNull(WebDriver driver) {
        try {
            return listed(driver);
        } catch (StaleElementReferenceException reloading) {
            return null;
        }
    }

    /** The image's natural width once it has loaded, or null until then. */
    private static ExpectedCondition<Long> loadedWidth(By image) {
        return driver -> {
            Object width = ((JavascriptExecutor) driver).executeScript(
                    "const image = document.querySelector(arguments[0]);"
                            + " return image && image.complete && image.naturalWidth > 0 ? image.naturalWidth : null;",
                    "#attachments img.attachment-thumbnail");
            return width == null ? null : ((Number) width).longValue();
        };
    }

    /** The browser's session with the web app, for a plain HTTP client to download as the author. */
    private static String cookies(Browser browser) {
        return browser.driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    private static HttpResponse<byte[]> get(String url, String cookies) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj
                2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj
                trailer <</Root 1 0 R>>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    private static BufferedImage image(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            graphics.setColor(new Color(0x1d70b8));
            graphics.fillRect(0, 0, width, height);
            graphics.setColor(Color.WHITE);
            graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
