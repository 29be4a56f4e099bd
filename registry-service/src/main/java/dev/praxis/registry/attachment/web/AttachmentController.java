package dev.praxis.registry.attachment.web;

import dev.praxis.registry.attachment.AttachmentService;
import dev.praxis.registry.attachment.StoredFile;
import dev.praxis.registry.security.CurrentActor;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Files of a practice. The multipart part is on disk before this runs
 * ({@code spring.servlet.multipart.file-size-threshold: 0}) and is streamed on from there;
 * downloads stream from the store.
 */
@RestController
@RequestMapping("/api/v1/practices/{practiceId}/attachments")
class AttachmentController {

    private final AttachmentService attachments;
    private final CurrentActor actor;

    AttachmentController(AttachmentService attachments, CurrentActor actor) {
        this.attachments = attachments;
        this.actor = actor;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentResponse> upload(@PathVariable UUID practiceId, @RequestPart("file") MultipartFile file)
            throws IOException {
        try (var content = file.getInputStream()) {
            var attachment = attachments.upload(practiceId, file.getOriginalFilename(), content, file.getSize(),
                    actor.get());
            var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                    .buildAndExpand(attachment.getId()).toUri();
            return ResponseEntity.created(location).body(AttachmentResponse.of(attachment));
        }
    }

    @GetMapping
    List<AttachmentResponse> list(@PathVariable UUID practiceId) {
        return attachments.list(practiceId, actor.get()).stream().map(AttachmentResponse::of).toList();
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable UUID practiceId, @PathVariable UUID attachmentId) {
        return send(attachments.download(practiceId, attachmentId, actor.get()));
    }

    @GetMapping("/{attachmentId}/thumbnail")
    ResponseEntity<Resource> thumbnail(@PathVariable UUID practiceId, @PathVariable UUID attachmentId) {
        return send(attachments.thumbnail(practiceId, attachmentId, actor.get()));
    }

    @DeleteMapping("/{attachmentId}")
    ResponseEntity<Void> delete(@PathVariable UUID practiceId, @PathVariable UUID attachmentId) {
        attachments.delete(practiceId, attachmentId, actor.get());
        return ResponseEntity.noContent().build();
    }

    /**
     * Always a download, never rendered in the browser: {@code attachment} with the name in RFC 5987 form
     * for non-Latin names, the detected type and {@code nosniff} so that no browser second-guesses it.
     */
    private static ResponseEntity<Resource> send(StoredFile file) {
        var disposition = ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.length())
                .body(new InputStreamResource(file.content()));
    }
}
