package dev.praxis.registry.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** What is known of a stored file: its bytes are in the {@link AttachmentStore} under {@link #getStorageKey()}. */
@Entity
@Table(name = "attachments")
public class Attachment {

    @Id
    private UUID id;

    @Column(name = "practice_id")
    private UUID practiceId;

    private String name;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "thumbnail_key")
    private String thumbnailKey;

    @Column(name = "thumbnail_size")
    private Long thumbnailSize;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Attachment() {
        // for JPA
    }

    Attachment(UUID id, UUID practiceId, AttachmentName name, AllowedType type, long size, String sha256,
               String storageKey, Thumbnail thumbnail, String uploadedBy, Instant uploadedAt) {
        this.id = id;
        this.practiceId = practiceId;
        this.name = name.value();
        this.mediaType = type.mediaType();
        this.size = size;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.thumbnailKey = thumbnail == null ? null : thumbnail.key();
        this.thumbnailSize = thumbnail == null ? null : thumbnail.size();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPracticeId() {
        return practiceId;
    }

    public String getName() {
        return name;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    String getStorageKey() {
        return storageKey;
    }

    String getThumbnailKey() {
        return thumbnailKey;
    }

    Long getThumbnailSize() {
        return thumbnailSize;
    }

    public boolean hasThumbnail() {
        return thumbnailKey != null;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    /** A stored thumbnail of an image: its key and size in bytes. */
    record Thumbnail(String key, long size) {
    }
}
