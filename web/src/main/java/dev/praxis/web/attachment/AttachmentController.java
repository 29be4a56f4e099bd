package dev.praxis.web.attachment;

import dev.praxis.web.downstream.ServiceException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.UUID;

/**
 * The author's upload and delete buttons (plain forms, no JavaScript needed) and the downloads of
 * the card, all relayed to the registry, which decides who may do what.
 */
@Controller
@RequestMapping
class AttachmentController {

    /** The registry's limit, checked here too so that a too large file is not sent at all. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final AttachmentRegistry registry;

    AttachmentController(AttachmentRegistry registry) {
        this.registry = registry;
    }

    @PostMapping("/my/practices/{id}/attachments")
    String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            error(redirect, "attachment.error.empty");
        } else if (file.getSize() > MAX_FILE_BYTES) {
            error(redirect, "attachment.error.too-large");
        } else {
            try {
                registry.upload(id, file);
                success(redirect, "attachment.uploaded");
            } catch (ServiceException refused) {
                error(redirect, AttachmentErrors.messageCode(refused));
            }
        }
        return editPage(id);
    }

    @PostMapping("/my/practices/{id}/attachments/{attachmentId}/delete")
    String delete(@PathVariable UUID id, @PathVariable UUID attachmentId, RedirectAttributes redirect) {
        try {
            registry.delete(id, attachmentId);
            success(redirect, "attachment.deleted");
        } catch (ServiceException refused) {
            error(redirect, AttachmentErrors.messageCode(refused));
        }
        return editPage(id);
    }

    @GetMapping("/practices/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return send(registry.download(id, attachmentId, false));
    }

    @GetMapping("/practices/{id}/attachments/{attachmentId}/thumbnail")
    ResponseEntity<Resource> thumbnail(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return send(registry.download(id, attachmentId, true));
    }

    /** The registry's own headers, passed on: always a download, its detected type, never sniffed. */
    private static ResponseEntity<Resource> send(Download file) {
        var response = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                        : MediaType.parseMediaType(file.contentType()));
        if (file.contentLength() >= 0) {
            response.contentLength(file.contentLength());
        }
        return response.body(new InputStreamResource(file.content()));
    }

    /** Notices of their own, shown inside the attachments section: the edit page shows no general ones. */
    private static void success(RedirectAttributes redirect, String messageCode) {
        redirect.addFlashAttribute("attachmentSuccess", new DefaultMessageSourceResolvable(messageCode));
    }

    private static void error(RedirectAttributes redirect, String messageCode) {
        redirect.addFlashAttribute("attachmentError", new DefaultMessageSourceResolvable(messageCode));
    }

    private static String editPage(UUID id) {
        return "redirect:/my/practices/" + id + "/edit#attachments";
    }
}
