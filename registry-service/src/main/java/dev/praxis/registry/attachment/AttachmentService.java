package dev.praxis.registry.attachment;

import dev.praxis.registry.common.Actor;
import dev.praxis.registry.practice.Practice;
import dev.praxis.registry.practice.PracticeAction;
import dev.praxis.registry.practice.PracticeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The attachment feature's public face. Reading follows the practice's visibility
 * ({@link PracticeService#find}); adding and removing files is for the practice's author while its
 * status allows editing. Uploads stream: the content goes once through a 64 KB window (for the type),
 * a SHA-256 digest and the store, never into memory whole; no database transaction is held meanwhile.
 */
@Service
public class AttachmentService {

    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

    private final PracticeService practices;
    private final Attachments attachments;
    private final AttachmentStore store;
    private final TypeDetector types;
    private final Thumbnails thumbnails;
    private final AttachmentProperties limits;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    AttachmentService(PracticeService practices, Attachments attachments, AttachmentStore store, TypeDetector types,
                      Thumbnails thumbnails, AttachmentProperties limits, PlatformTransactionManager transactions) {
        this.practices = practices;
        this.attachments = attachments;
        this.store = store;
        this.types = types;
        this.thumbnails = thumbnails;
        this.limits = limits;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Stores {@code size} bytes of {@code content} as a file of the practice, or refuses it with nothing
     * stored: {@link FileRefused} for its type or size, {@link TooManyAttachments}, {@link PracticeNotEditable},
     * a 403 for someone else's visible practice and a 404 for one the uploader may not see.
     */
    public Attachment upload(UUID practiceId, String originalName, InputStream content, long size, Actor uploader)
            throws IOException {
        // Everything that can be refused before reading the body is refused before reading it.
        mayChange(practices.find(practiceId, uploader), uploader);
        var maxBytes = limits.maxFileSize().toBytes();
        if (size > maxBytes) {
            throw FileRefused.tooLarge(maxBytes);
        }
        if (size <= 0) {
            throw FileRefused.empty();
        }
        ensureRoomOn(practiceId);

        var buffered = new BufferedInputStream(content, TypeDetector.PREFIX_BYTES);
        buffered.mark(TypeDetector.PREFIX_BYTES);
        var prefix = buffered.readNBytes(TypeDetector.PREFIX_BYTES);
        buffered.reset();
        var type = types.detect(prefix).orElseThrow(FileRefused::typeNotAllowed);
        var name = AttachmentName.of(originalName, type);

        var id = UUID.randomUUID();
        var key = "practices/%s/%s".formatted(practiceId, id);
        var written = new ArrayList<String>();
        try {
            var digest = new DigestInputStream(buffered, sha256());
            put(key, digest, size, written);
            var thumbnail = type.isImage() ? thumbnailOf(key, written) : null;
            var attachment = new Attachment(id, practiceId, name, type, size,
                    HexFormat.of().formatHex(digest.getMessageDigest().digest()), key, thumbnail,
                    uploader.username(), clock.instant());
            return transaction.execute(status -> {
                attachments.lockPractice(practiceId);
                mayChange(practices.find(practiceId, uploader), uploader);
                ensureRoomOn(practiceId);
                return attachments.saveAndFlush(attachment);
            });
        } catch (IOException | RuntimeException e) {
            forget(written);
            throw e;
        }
    }

    /** The practice's files, oldest first, for anyone who may see the practice. */
    public List<Attachment> list(UUID practiceId, Actor viewer) {
        practices.find(practiceId, viewer);
        return attachments.findByPracticeIdOrderByUploadedAtAscIdAsc(practiceId);
    }

    public StoredFile download(UUID practiceId, UUID attachmentId, Actor viewer) {
        var attachment = visibleAttachment(practiceId, attachmentId, viewer);
        return new StoredFile(attachment.getName(), attachment.getMediaType(), attachment.getSize(),
                open(attachment.getStorageKey()));
    }

    public StoredFile thumbnail(UUID practiceId, UUID attachmentId, Actor viewer) {
        var attachment = visibleAttachment(practiceId, attachmentId, viewer);
        if (!attachment.hasThumbnail()) {
            throw new AttachmentNotFound(practiceId, attachmentId);
        }
        var name = attachment.getName().replaceFirst("\\.[^.]+$", "") + "-thumbnail.png";
        return new StoredFile(name, "image/png", attachment.getThumbnailSize(), open(attachment.getThumbnailKey()));
    }

    /** Removes the row first; the bytes go after the commit (a failure there leaves an orphan, never a dangling row). */
    public void delete(UUID practiceId, UUID attachmentId, Actor actor) {
        var removed = transaction.execute(status -> {
            attachments.lockPractice(practiceId);
            mayChange(practices.find(practiceId, actor), actor);
            var attachment = attachments.findByIdAndPracticeId(attachmentId, practiceId)
                    .orElseThrow(() -> new AttachmentNotFound(practiceId, attachmentId));
            attachments.delete(attachment);
            return attachment;
        });
        var keys = new ArrayList<String>();
        keys.add(removed.getStorageKey());
        if (removed.hasThumbnail()) {
            keys.add(removed.getThumbnailKey());
        }
        forget(keys);
    }

    private Attachment visibleAttachment(UUID practiceId, UUID attachmentId, Actor viewer) {
        practices.find(practiceId, viewer);
        return attachments.findByIdAndPracticeId(attachmentId, practiceId)
                .orElseThrow(() -> new AttachmentNotFound(practiceId, attachmentId));
    }

    private static void mayChange(Practice practice, Actor actor) {
        if (!actor.is(practice.getAuthorUsername())) {
            throw new NotAttachmentsAuthor();
        }
        if (!practice.getStatus().allows(PracticeAction.EDIT)) {
            throw new PracticeNotEditable(practice.getStatus());
        }
    }

    private void ensureRoomOn(UUID practiceId) {
        if (attachments.countByPracticeId(practiceId) >= limits.maxPerPractice()) {
            throw new TooManyAttachments(limits.maxPerPractice());
        }
    }

    private Attachment.Thumbnail thumbnailOf(String key, List<String> written) throws IOException {
        byte[] png;
        try (var original = store.open(key)) {
            png = thumbnails.of(original).orElse(null);
        }
        if (png == null) {
            return null;
        }
        var thumbnailKey = key + ".thumbnail.png";
        put(thumbnailKey, new ByteArrayInputStream(png), png.length, written);
        return new Attachment.Thumbnail(thumbnailKey, png.length);
    }

    private void put(String key, InputStream content, long length, List<String> written) {
        written.add(key); // before the call: a failed put may still have left something behind
        try {
            store.put(key, content, length);
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailable("The attachment store could not take the file", e);
        }
    }

    private InputStream open(String key) {
        try {
            return store.open(key);
        } catch (IOException | RuntimeException e) {
            throw new StoreUnavailable("The attachment store could not give the file back", e);
        }
    }

    private void forget(List<String> keys) {
        for (var key : keys) {
            try {
                store.delete(key);
            } catch (IOException | RuntimeException e) {
                log.warn("Could not delete {} from the attachment store; it is left as an orphan", key, e);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
