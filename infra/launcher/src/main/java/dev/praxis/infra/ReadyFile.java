package dev.praxis.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * The file a command writes once everything it started answers. Whoever polls for it must
 * never see half of it, so it is written next to its final name and then moved into place.
 */
public final class ReadyFile {

    private ReadyFile() {
    }

    /** Writes Java properties, readable with {@link java.util.Properties#load(java.io.Reader)} and by a shell. */
    public static void write(Path file, Map<String, String> properties) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        var text = new StringBuilder();
        new TreeMap<>(properties).forEach((key, value) -> text.append(key).append('=').append(escape(value)).append('\n'));
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A ready file left by an earlier run must not announce this one, nor outlive it. */
    public static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
