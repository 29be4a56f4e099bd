package dev.praxis.web.attachment;

import dev.praxis.web.downstream.ServiceProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The registry's attachments on behalf of the signed-in user. Lists and deletions go through the
 * shared registry client (token relay); files go through a client of their own, without interceptors,
 * so the upload and the download stream instead of being buffered whole.
 */
@Component
class AttachmentRegistry {

    private final RestClient registry;
    private final RestClient files;
    private final RestClient.ResponseSpec.ErrorHandler problems;
    private final BearerToken token;

    AttachmentRegistry(@Qualifier("registry") RestClient registry, RestClient.Builder builder,
            ServiceProperties services, RestClient.ResponseSpec.ErrorHandler problems, BearerToken token) {
        this.registry = registry;
        var streaming = new SimpleClientHttpRequestFactory();
        streaming.setConnectTimeout(2_000);
        streaming.setReadTimeout(60_000);
        this.files = builder.clone()
                .baseUrl(services.registryUrl().toString())
                .requestFactory(streaming)
                .defaultStatusHandler(status -> status.isError(), problems)
                .build();
        this.problems = problems;
        this.token = token;
    }

    List<Attachment> list(UUID practiceId) {
        return registry.get().uri("/api/v1/practices/{id}/attachments", practiceId).retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    /** Streams the uploaded part (on the web app's disk) on to the registry as its own multipart request. */
    void upload(UUID practiceId, MultipartFile file) throws IOException {
        // The part's resource streams from the temporary file; its name goes out as UTF-8, as a browser sends it.
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new HttpEntity<>(file.getResource(), headers));
        files.post().uri("/api/v1/practices/{id}/attachments", practiceId)
                .headers(bearer())
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    void delete(UUID practiceId, UUID attachmentId) {
        registry.delete().uri("/api/v1/practices/{p}/attachments/{a}", practiceId, attachmentId).retrieve()
                .toBodilessEntity();
    }

    /** The file (or its thumbnail) as an open stream; the caller closes it, which closes the connection. */
    Download download(UUID practiceId, UUID attachmentId, boolean thumbnail) {
        var path = thumbnail ? "/api/v1/practices/{p}/attachments/{a}/thumbnail" : "/api/v1/practices/{p}/attachments/{a}";
        return files.get().uri(path, practiceId, attachmentId)
                .headers(bearer())
                .exchange((request, response) -> {
                    if (response.getStatusCode().isError()) {
                        try (response) {
                            problems.handle(request, response);
                        }
                    }
                    var headers = response.getHeaders();
                    return new Download(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION),
                            headers.getFirst(HttpHeaders.CONTENT_TYPE), headers.getContentLength(), response.getBody());
                }, false);
    }

    private Consumer<HttpHeaders> bearer() {
        var value = token.current();
        return headers -> value.ifPresent(headers::setBearerAuth);
    }
}
