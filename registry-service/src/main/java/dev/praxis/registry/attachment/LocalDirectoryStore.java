package dev.praxis.registry.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Attachments as files under one directory; a key's slashes become subdirectories. */
class LocalDirectoryStore implements AttachmentStore {

    private final Path root;

    LocalDirectoryStore(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
    }

    @Override
    public void put(String key, InputStream content, long length) throws IOException {
        var target = resolve(key);
        Files.createDirectories(target.getParent());
        // Written beside the target and moved into place, so a failed copy never leaves half a file under the key.
        var partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
        try {
            var copied = Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
            if (copied != length) {
                throw new IOException("Expected %d bytes for %s, got %d".formatted(length, key, copied));
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /** Keys are made by the service, but a key that points outside the root is refused all the same. */
    private Path resolve(String key) {
        var path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Storage key outside the store: " + key);
        }
        return path;
    }
}
