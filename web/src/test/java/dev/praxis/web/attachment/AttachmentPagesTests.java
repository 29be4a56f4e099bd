package dev.praxis.web.attachment;

import dev.praxis.web.downstream.Problem;
import dev.praxis.web.downstream.ServiceException;
import dev.praxis.web.security.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AttachmentController.class)
@Import({SecurityConfiguration.class, AttachmentPagesTests.Harness.class})
class AttachmentPagesTests {

    private static final UUID PRACTICE = UUID.fromString("0b7c7f0e-1d6a-4a4e-9a55-3d7c2f1b9e10");
    private static final UUID PDF = UUID.fromString("5a1e4c43-8f0b-4a53-9d1e-6f1f3a9c2b01");
    private static final UUID PHOTO = UUID.fromString("6b2f5d54-9a1c-4b64-8e2f-7a2a4b0d3c12");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AttachmentRegistry registry;

    @Test
    void showsTheAuthorAnUploadFormThatNeedsNoJavaScriptAndTheFilesWithDeleteButtons() throws Exception {
        given(registry.list(PRACTICE)).willReturn(List.of(regulation(), photo()));

        mvc.perform(get("/test/attachments").param("editor", "true").with(author()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("enctype=\"multipart/form-data\""),
                        containsString("action=\"/my/practices/" + PRACTICE + "/attachments\""),
                        containsString("type=\"file\" id=\"attachment-file\" name=\"file\""),
                        containsString("name=\"_csrf\""),
                        containsString("Регламент МФЦ.pdf"),
                        containsString("1,5 МБ"),
                        containsString("action=\"/my/practices/" + PRACTICE + "/attachments/" + PDF + "/delete\""),
                        containsString("aria-label=\"Удалить файл Регламент МФЦ.pdf\""),
                        containsString("PDF, DOCX, XLSX, ODT, ODS, JPEG или PNG, до 20 МБ"))));
    }

    @Test
    void speaksEnglishOnTheEnglishPage() throws Exception {
        given(registry.list(PRACTICE)).willReturn(List.of());

        mvc.perform(get("/test/attachments").param("editor", "true").param("lang", "en").with(author()))
                .andExpect(content().string(allOf(containsString("No files yet."), containsString(">Upload<"))));
    }

    @Test
    void listsTheFilesOnTheCardWithDownloadLinksAndThumbnailsOfPhotos() throws Exception {
        given(registry.list(PRACTICE)).willReturn(List.of(regulation(), photo()));

        mvc.perform(get("/test/attachments").param("editor", "false").with(author()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/practices/" + PRACTICE + "/attachments/" + PDF + "\""),
                        containsString("src=\"/practices/" + PRACTICE + "/attachments/" + PHOTO + "/thumbnail\""),
                        not(containsString("/attachments/" + PDF + "/thumbnail")),
                        not(containsString("type=\"file\"")))));
    }

    @Test
    void leavesTheCardWithoutTheSectionWhenThereAreNoFiles() throws Exception {
        given(registry.list(PRACTICE)).willReturn(List.of());

        mvc.perform(get("/test/attachments").param("editor", "false").with(author()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<main>"), not(containsString("id=\"attachments\"")))));
    }

    @Test
    void keepsThePageWhenTheRegistryCannotListTheFiles() throws Exception {
        given(registry.list(PRACTICE)).willThrow(new ServiceException.Unavailable(503, problem(null, List.of())));

        mvc.perform(get("/test/attachments").param("editor", "false").with(author()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Список файлов сейчас недоступен")));
    }

    @Test
    void passesAnUploadOnToTheRegistryAndReturnsToTheEditPage() throws Exception {
        var file = new MockMultipartFile("file", "Регламент.pdf", "application/pdf", "%PDF-1.4".getBytes());

        mvc.perform(multipart("/my/practices/{id}/attachments", PRACTICE).file(file).with(author()).with(csrf()))
                .andExpect(redirectedUrl("/my/practices/" + PRACTICE + "/edit#attachments"))
                .andExpect(flash().attributeExists("attachmentSuccess"));

        then(registry).should().upload(eq(PRACTICE), any(MultipartFile.class));
    }

    @Test
    void explainsWhyTheRegistryRefusedAFile() throws Exception {
        willThrow(new ServiceException.InputRejected(problem(null,
                List.of(new Problem.FieldProblem("file", "AllowedType", "must be a PDF...")))))
                .given(registry).upload(eq(PRACTICE), any(MultipartFile.class));
        var file = new MockMultipartFile("file", "virus.pdf", "application/pdf", new byte[] {0x7f, 'E', 'L', 'F'});

        var flash = mvc.perform(multipart("/my/practices/{id}/attachments", PRACTICE).file(file).with(author()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap();

        assertThat(flash.get("attachmentError")).hasToString(containsCode("attachment.error.type"));
    }

    @Test
    void explainsTheCountRule() throws Exception {
        willThrow(new ServiceException.RuleViolated(problem("attachments-per-practice", List.of())))
                .given(registry).upload(eq(PRACTICE), any(MultipartFile.class));
        var file = new MockMultipartFile("file", "21st.pdf", "application/pdf", "%PDF-1.4".getBytes());

        var flash = mvc.perform(multipart("/my/practices/{id}/attachments", PRACTICE).file(file).with(author()).with(csrf()))
                .andReturn().getFlashMap();

        assertThat(flash.get("attachmentError")).hasToString(containsCode("attachment.error.too-many"));
    }

    @Test
    void doesNotSendAFileOver20Megabytes() throws Exception {
        var file = new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[21 * 1024 * 1024]);

        var flash = mvc.perform(multipart("/my/practices/{id}/attachments", PRACTICE).file(file).with(author()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap();

        assertThat(flash.get("attachmentError")).hasToString(containsCode("attachment.error.too-large"));
        then(registry).should(never()).upload(any(), any());
    }

    @Test
    void refusesUploadsFromVisitorsWhoAreNotAuthors() throws Exception {
        var file = new MockMultipartFile("file", "a.pdf", "application/pdf", "%PDF-1.4".getBytes());

        mvc.perform(multipart("/my/practices/{id}/attachments", PRACTICE).file(file).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/my/practices/{id}/attachments", PRACTICE).file(file).with(author()))
                .andExpect(status().isForbidden()); // no CSRF token
        then(registry).should(never()).upload(any(), any());
    }

    @Test
    void deletesThroughTheRegistry() throws Exception {
        mvc.perform(post("/my/practices/{p}/attachments/{a}/delete", PRACTICE, PDF).with(author()).with(csrf()))
                .andExpect(redirectedUrl("/my/practices/" + PRACTICE + "/edit#attachments"));

        then(registry).should().delete(PRACTICE, PDF);
    }

    @Test
    void relaysADownloadWithTheRegistrysHeaders() throws Exception {
        var bytes = "%PDF-1.4 content".getBytes();
        var disposition = "attachment; filename=\"=?UTF-8?Q?=D0=A0.pdf?=\"; filename*=UTF-8''%D0%A0.pdf";
        given(registry.download(PRACTICE, PDF, false))
                .willReturn(new Download(disposition, "application/pdf", bytes.length, new ByteArrayInputStream(bytes)));

        mvc.perform(get("/practices/{p}/attachments/{a}", PRACTICE, PDF))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", disposition))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Length", String.valueOf(bytes.length)))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(bytes));
    }

    @Test
    void answersAFileTheVisitorMayNotSeeWithNotFound() throws Exception {
        given(registry.download(PRACTICE, PDF, false))
                .willThrow(new ServiceException.Refused(404, problem(null, List.of())));

        mvc.perform(get("/practices/{p}/attachments/{a}", PRACTICE, PDF)).andExpect(status().isNotFound());
    }

    @Test
    void thePracticePagesIncludeTheFragments() throws Exception {
        var templates = Path.of("src/main/resources/templates/practices");
        assertThat(Files.readString(templates.resolve("form.html"))).contains("~{attachments/list :: editor(");
        assertThat(Files.readString(templates.resolve("card.html"))).contains("~{attachments/list :: card(");
    }

    private static String containsCode(String code) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(code).toString();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor author() {
        return oidcLogin().idToken(token -> token.claim("preferred_username", "author"))
                .authorities(new SimpleGrantedAuthority("ROLE_author"));
    }

    private static Problem problem(String rule, List<Problem.FieldProblem> errors) {
        return new Problem(null, null, null, rule, null, null, errors);
    }

    private static Attachment regulation() {
        return new Attachment(PDF, PRACTICE, "Регламент МФЦ.pdf", "application/pdf", 1_572_864, false,
                OffsetDateTime.parse("2026-03-01T10:00:00Z"));
    }

    private static Attachment photo() {
        return new Attachment(PHOTO, PRACTICE, "Фото центра.jpg", "image/jpeg", 204_800, true,
                OffsetDateTime.parse("2026-03-01T10:05:00Z"));
    }

    /** Renders the fragments the way the practice pages include them, without the practice pages' own data. */
    @TestConfiguration
    @Controller
    static class Harness {

        @GetMapping("/test/attachments")
        String page(@RequestParam boolean editor, org.springframework.ui.Model model) {
            model.addAttribute("editor", editor);
            model.addAttribute("practiceId", PRACTICE);
            return "attachments-test/page";
        }
    }
}
