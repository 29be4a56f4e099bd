package dev.praxis.registry.attachment;

import com.jayway.jsonpath.JsonPath;
import dev.praxis.registry.support.PracticeApi;
import dev.praxis.registry.support.RegistryIntegrationTest;
import dev.praxis.registry.support.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.praxis.registry.support.Problems.invalid;
import static dev.praxis.registry.support.Problems.notFound;
import static dev.praxis.registry.support.Problems.problem;
import static dev.praxis.registry.support.Problems.ruleViolated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RegistryIntegrationTest
class AttachmentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeApi api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AttachmentProperties properties;

    @Test
    void roundTripsAFileByteForByteWithDownloadHeaders() throws Exception {
        var author = Users.author();
        var practice = api.draftBy(author, 1);
        var pdf = SampleFiles.pdfOfSize(300_000);

        var created = upload(practice, author, "Регламент МФЦ.pdf", pdf)
                .andExpect(status().isCreated())
                .andExpect(header().exists(HttpHeaders.LOCATION))
                .andExpect(jsonPath("$.name").value("Регламент МФЦ.pdf"))
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(pdf.length))
                .andExpect(jsonPath("$.sha256").value(sha256(pdf)))
                .andExpect(jsonPath("$.thumbnail").value(false))
                .andExpect(jsonPath("$.uploadedBy").value(author.username()))
                .andReturn().getResponse().getContentAsString();
        var id = JsonPath.<String>read(created, "$.id");

        var download = mvc.perform(get("/api/v1/practices/{p}/attachments/{a}", practice, id).with(author.token()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
                .andExpect(header().string(HttpHeaders.CONTENT_LENGTH, String.valueOf(pdf.length)))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        var disposition = download.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment;")
                .contains("filename*=UTF-8''%D0%A0%D0%B5%D0%B3%D0%BB%D0%B0%D0%BC%D0%B5%D0%BD%D1%82%20%D0%9C%D0%A4%D0%A6.pdf");

        mvc.perform(get("/api/v1/practices/{p}/attachments", practice).with(author.token()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void acceptsAPdfNamedExeAsAPdf() throws Exception {
        var author = Users.author();
        var practice = api.draftBy(author, 1);

        upload(practice, author, "report.exe", SampleFiles.pdf())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("report.exe.pdf"))
                .andExpect(jsonPath("$.mediaType").value("application/pdf"));
    }

    @Test
    void refusesAnExecutableNamedPdfAndStoresNothing() throws Exception {
        var author = Users.author();
        var practice = api.draftBy(author, 1);

        upload(practice, author, "regulation.pdf", SampleFiles.elf()).andExpect(invalid("file", "AllowedType"));
        upload(practice, author, "regulation.pdf", SampleFiles.windowsExecutable()).andExpect(invalid("file", "AllowedType"));
        upload(practice, author, "archive.docx", SampleFiles.plainZip()).andExpect(invalid("file", "AllowedType"));

        assertNothingStored(practice);
    }

    @Test
    void refusesA21MegabyteFileAndStoresNothing() throws Exception {
        var author = Users.author();
        var practice = api.draftBy(author, 1);

        upload(practice, author, "big.pdf", SampleFiles.pdfOfSize(21 * 1024 * 1024))
                .andExpect(problem(413, "validation"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].rule").value("MaxFileSize"));

        assertNothingStored(practice);
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        var author = Users.author();
        var practice = api.draftBy(author, 1);

        upload(practice, author, "empty.pdf", new byte[0]).andExpect(invalid("file", "NotEmpty"));
        mvc.perform(multipart("/api/v1/practices/{id}/attachments", practice).with(author.token()))
                .andExpect(invalid("file", "Required"));
        assertNothingStored(practice);
    }

    @Test
    void storesDangerousNamesMadeSafeAndTheBytesOnlyUnderTheirOwnKey() throws Exception {
        var author = Users.author();
        var practice = api.draftBy(author, 1);

        upload(practice, author, "../../../../tmp/evil.pdf", SampleFiles.pdf())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("evil.pdf"));
        upload(practice, author, "nul\u0000byte.pdf", SampleFiles.pdf())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("nulbyte.pdf"));
        upload(practice, author, "photo\u202Egnp.exe", SampleFiles.png(10, 10))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("photognp.exe.png"));

        assertThat(names(practice)).containsExactly("evil.pdf", "nulbyte.pdf", "photognp.exe.png");
        // the bytes live under keys the service made, none named after the upload
        try (var files = Files.walk(practiceDirectory(practice))) {
            assertThat(files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()))
                    .hasSize(4) // three files and the PNG's thumbnail
                    .allMatch(AttachmentIntegrationTests::isUuidPrefixed);
        }
        assertThat(Path.of("/tmp/evil.pdf")).doesNotExist();
    }

    @Test
    void makesA320PixelThumbnailOfAPhoto() throws Exception {
        var author = Users.author();
        var draft = api.draftBy(author, 1);
        var created = upload(draft, author, "фото.jpg", SampleFiles.jpeg(1600, 1200))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/jpeg"))
                .andExpect(jsonPath("$.thumbnail").value(true))
                .andReturn().getResponse().getContentAsString();
        var id = JsonPath.<String>read(created, "$.id");

        var thumbnail = mvc.perform(get("/api/v1/practices/{p}/attachments/{a}/thumbnail", draft, id).with(author.token()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        var image = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(240);

        var pdf = JsonPath.<String>read(upload(draft, author, "a.pdf", SampleFiles.pdf())
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/practices/{p}/attachments/{a}/thumbnail", draft, pdf).with(author.token()))
                .andExpect(notFound());
    }

    @Test
    void refusesTheTwentyFirstFileNamingTheRule() throws Exception {
        var author = Users.author();
        var practice = api.draftBy(author, 1);
        for (int i = 0; i < properties.maxPerPractice(); i++) {
            upload(practice, author, "file-" + i + ".pdf", SampleFiles.pdf()).andExpect(status().isCreated());
        }

        upload(practice, author, "one-too-many.pdf", SampleFiles.pdf()).andExpect(ruleViolated("attachments-per-practice"));

        assertThat(names(practice)).hasSize(properties.maxPerPractice()).doesNotContain("one-too-many.pdf");
    }

    @Test
    void hidesADraftsFilesFromOtherAuthorsAndAnonymousReaders() throws Exception {
        var author = Users.author();
        var other = Users.author();
        var practice = api.draftBy(author, 1);
        var id = uploaded(practice, author);

        mvc.perform(get("/api/v1/practices/{p}/attachments", practice).with(other.token())).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{p}/attachments/{a}", practice, id).with(other.token())).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{p}/attachments", practice)).andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{p}/attachments/{a}", practice, id)).andExpect(notFound());
        upload(practice, other, "mine.pdf", SampleFiles.pdf()).andExpect(notFound());
        mvc.perform(delete("/api/v1/practices/{p}/attachments/{a}", practice, id).with(other.token()))
                .andExpect(notFound());

        assertThat(names(practice)).hasSize(1);
    }

    @Test
    void letsAnyoneReadThePublishedPracticesFilesButNoOneChangeThem() throws Exception {
        var author = Users.author();
        var coordinator = Users.coordinator();
        var practice = api.draftBy(author, 2);
        var id = uploaded(practice, author);
        api.move(practice, "submit", author);

        upload(practice, author, "late.pdf", SampleFiles.pdf()).andExpect(ruleViolated("attachments-only-while-editable"));
        mvc.perform(delete("/api/v1/practices/{p}/attachments/{a}", practice, id).with(author.token()))
                .andExpect(ruleViolated("attachments-only-while-editable"));

        api.toReview(practice, coordinator);
        api.move(practice, "approve", coordinator);
        mvc.perform(get("/api/v1/practices/{p}/attachments/{a}", practice, id)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/practices/{p}/attachments", practice)).andExpect(jsonPath("$.length()").value(1));
        upload(practice, Users.author(), "other.pdf", SampleFiles.pdf()).andExpect(problem(403, "forbidden"));
        upload(practice, null, "anonymous.pdf", SampleFiles.pdf()).andExpect(problem(401, "unauthorized"));

        assertThat(names(practice)).hasSize(1);
    }

    @Test
    void deletesTheRowAndTheBytes() throws Exception {
        var author = Users.author();
        var practice = api.draftBy(author, 1);
        var id = JsonPath.<String>read(upload(practice, author, "photo.png", SampleFiles.png(800, 600))
                .andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(delete("/api/v1/practices/{p}/attachments/{a}", practice, id).with(author.token()))
                .andExpect(status().isNoContent());

        assertNothingStored(practice);
        mvc.perform(get("/api/v1/practices/{p}/attachments/{a}", practice, id).with(author.token())).andExpect(notFound());
        mvc.perform(delete("/api/v1/practices/{p}/attachments/{a}", practice, id).with(author.token()))
                .andExpect(notFound());
    }

    @Test
    void answersAnUnknownAttachmentWith404() throws Exception {
        var author = Users.author();
        var practice = api.draftBy(author, 1);
        mvc.perform(get("/api/v1/practices/{p}/attachments/{a}", practice, UUID.randomUUID()).with(author.token()))
                .andExpect(notFound());
        mvc.perform(get("/api/v1/practices/{p}/attachments", UUID.randomUUID()).with(author.token()))
                .andExpect(notFound());
    }

    private String uploaded(UUID practice, Users author) throws Exception {
        return JsonPath.read(upload(practice, author, "regulation.pdf", SampleFiles.pdf())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private ResultActions upload(UUID practice, Users user, String name, byte[] bytes) throws Exception {
        var request = multipart("/api/v1/practices/{id}/attachments", practice)
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
        return mvc.perform(user == null ? request : request.with(user.token()));
    }

    private List<String> names(UUID practice) {
        return jdbc.sql("select name from attachments where practice_id = :id order by uploaded_at, id")
                .param("id", practice).query(String.class).list();
    }

    private void assertNothingStored(UUID practice) throws IOException {
        assertThat(names(practice)).isEmpty();
        var directory = practiceDirectory(practice);
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
        }
    }

    private Path practiceDirectory(UUID practice) {
        return properties.local().directory().resolve("practices").resolve(practice.toString());
    }

    private static boolean isUuidPrefixed(String fileName) {
        try {
            UUID.fromString(fileName.substring(0, 36));
            return true;
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
