package dev.praxis.registry.attachment;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipInputStream;

/**
 * Tells what a file is from its first bytes alone, never from its name: an executable named
 * {@code .pdf} is an executable. Tika's magic (tika-core) says "a PDF", "a PNG", "an OpenDocument
 * text" or "an Office Open XML package"; which package, a Word document or an Excel workbook, is
 * written in the package's {@code [Content_Types].xml}, read here from the same prefix (Tika's own
 * OOXML detector would bring Apache POI along: 33 jars, 45 MB).
 */
@Component
class TypeDetector {

    /** How much of the content is looked at; it covers Tika's magic and the usual [Content_Types].xml. */
    static final int PREFIX_BYTES = 64 * 1024;

    private static final String OOXML_PACKAGE = "application/x-tika-ooxml";
    private static final int CONTENT_TYPES_LIMIT = 32 * 1024;

    private final Detector detector = new DefaultDetector();

    /** The allowed type of a file starting with {@code prefix}, or empty when it is none of them. */
    Optional<AllowedType> detect(byte[] prefix) throws IOException {
        String detected;
        try (var content = TikaInputStream.get(prefix)) {
            detected = detector.detect(content, new Metadata()).getBaseType().toString();
        }
        return OOXML_PACKAGE.equals(detected) ? officeDocument(prefix) : AllowedType.of(detected);
    }

    /** A Word document or an Excel workbook by its main part; macro-enabled and template packages are neither. */
    private static Optional<AllowedType> officeDocument(byte[] prefix) {
        var contentTypes = contentTypes(prefix);
        if (contentTypes.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")) {
            return Optional.of(AllowedType.DOCX);
        }
        if (contentTypes.contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")) {
            return Optional.of(AllowedType.XLSX);
        }
        return Optional.empty();
    }

    private static String contentTypes(byte[] prefix) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(prefix))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("[Content_Types].xml".equals(entry.getName())) {
                    return new String(readAtMost(zip, CONTENT_TYPES_LIMIT), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException truncated) {
            // the prefix ended inside the package before its content types: not recognised
        }
        return "";
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }
}
