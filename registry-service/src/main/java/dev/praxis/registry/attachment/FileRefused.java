package dev.praxis.registry.attachment;

/**
 * An uploaded file was refused for what it is (its type or size); nothing of it was stored.
 * Becomes a 400, or a 413 when it is too large, naming the field and the rule.
 */
public class FileRefused extends RuntimeException {

    private final String rule;
    private final boolean tooLarge;

    private FileRefused(String rule, String message, boolean tooLarge) {
        super(message);
        this.rule = rule;
        this.tooLarge = tooLarge;
    }

    static FileRefused typeNotAllowed() {
        return new FileRefused("AllowedType",
                "must be a " + AllowedType.describeAll() + " file (judged by its content, not its name)", false);
    }

    static FileRefused tooLarge(long maxBytes) {
        return new FileRefused("MaxFileSize", "must be at most %d MB".formatted(maxBytes / (1024 * 1024)), true);
    }

    static FileRefused empty() {
        return new FileRefused("NotEmpty", "must not be empty", false);
    }

    /** The request part that carried the file. */
    public String field() {
        return "file";
    }

    public String rule() {
        return rule;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
