package dev.praxis.registry.practice.web;

import dev.praxis.registry.practice.ExpectedVersion;

import java.util.regex.Pattern;

/**
 * The {@code If-Match} header every edit and move of a practice carries (RFC 9110, 13.1.1): the
 * strong ETag {@code "<version>"} of the copy the change was made from, or {@code *}.
 */
public final class IfMatch {

    private static final Pattern STRONG_VERSION_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private IfMatch() {
    }

    /** The ETag of a practice at {@code version}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @throws Missing when the header is absent: a change must say which copy it was made from
     * @throws Malformed when it is not one strong version tag or {@code *}
     */
    public static ExpectedVersion parse(String header) {
        if (header == null || header.isBlank()) {
            throw new Missing();
        }
        var value = header.strip();
        if (value.equals("*")) {
            return ExpectedVersion.ANY;
        }
        var tag = STRONG_VERSION_TAG.matcher(value);
        if (!tag.matches()) {
            throw new Malformed();
        }
        return ExpectedVersion.of(Long.parseLong(tag.group(1)));
    }

    /** Becomes a 428 Precondition Required. */
    public static final class Missing extends RuntimeException {
        Missing() {
            super("Changes need an If-Match header with the practice's ETag, e.g. If-Match: \"3\"");
        }
    }

    /** Becomes a 400 naming the header. */
    public static final class Malformed extends RuntimeException {
        Malformed() {
            super("must be the practice's ETag as answered, e.g. \"3\", or *");
        }
    }
}
