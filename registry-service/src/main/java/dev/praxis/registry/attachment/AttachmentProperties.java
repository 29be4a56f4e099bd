package dev.praxis.registry.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.nio.file.Path;

/**
 * {@code praxis.attachments.*}: where attachments are stored and how many of what size a practice may
 * carry. Local defaults; production sets {@code store=s3} and the bucket's coordinates.
 */
@ConfigurationProperties("praxis.attachments")
record AttachmentProperties(
        @DefaultValue("local") StoreKind store,
        @DefaultValue("20MB") DataSize maxFileSize,
        @DefaultValue("20") int maxPerPractice,
        @DefaultValue Local local,
        @DefaultValue S3 s3) {

    enum StoreKind { LOCAL, S3 }

    /** A directory on the service's disk; fine for one instance and for development. */
    record Local(@DefaultValue(".praxis-local/attachments") Path directory) {
    }

    /**
     * An S3-compatible bucket. Without keys the SDK's default chain (environment, profile, instance role)
     * is used; {@code pathStyle} for servers that do not route by host name (MinIO, Ceph, S3Proxy).
     */
    record S3(URI endpoint, @DefaultValue("praxis-attachments") String bucket,
              @DefaultValue("us-east-1") String region, String accessKey, String secretKey,
              @DefaultValue("false") boolean pathStyle) {
    }
}
