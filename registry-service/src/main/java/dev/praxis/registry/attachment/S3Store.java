package dev.praxis.registry.attachment;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.InputStream;

/** Attachments as objects in one bucket of an S3-compatible store. */
class S3Store implements AttachmentStore {

    private final S3Client s3;
    private final String bucket;

    S3Store(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, InputStream content, long length) {
        s3.putObject(request -> request.bucket(bucket).key(key).contentLength(length),
                RequestBody.fromInputStream(content, length));
    }

    @Override
    public InputStream open(String key) {
        return s3.getObject(request -> request.bucket(bucket).key(key));
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(request -> request.bucket(bucket).key(key));
    }
}
