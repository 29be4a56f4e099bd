package dev.praxis.registry.attachment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.util.StringUtils;

import java.io.IOException;

/** The store chosen by {@code praxis.attachments.store}: {@code local} (default) or {@code s3}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentStoreConfiguration {

    @Bean
    AttachmentStore attachmentStore(AttachmentProperties properties) throws IOException {
        return switch (properties.store()) {
            case LOCAL -> new LocalDirectoryStore(properties.local().directory());
            case S3 -> new S3Store(s3Client(properties.s3()), properties.s3().bucket());
        };
    }

    static S3Client s3Client(AttachmentProperties.S3 s3) {
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                // Checksums only where S3 requires them: many S3-compatible servers refuse the newer
                // trailing-checksum uploads; the service keeps its own SHA-256 of every file.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(!StringUtils.hasText(s3.accessKey())
                        ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        if (s3.endpoint() != null && !s3.endpoint().toString().isBlank()) {
            builder.endpointOverride(s3.endpoint());
        }
        return builder.build();
    }
}
