package dev.praxis.registry.attachment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of file a practice may carry, by the media type detected from their content. */
enum AllowedType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    private final String mediaType;
    private final List<String> extensions;

    AllowedType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    static Optional<AllowedType> of(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    static String describeAll() {
        return "PDF, DOCX, XLSX, ODT, ODS, JPEG or PNG";
    }

    String mediaType() {
        return mediaType;
    }

    /** The extension a name gets when it has none of this type's. */
    String extension() {
        return extensions.getFirst();
    }

    boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }

    boolean isImage() {
        return this == JPEG || this == PNG;
    }
}
