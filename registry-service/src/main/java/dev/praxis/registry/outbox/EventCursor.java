package dev.praxis.registry.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Position in the feed: the writing transaction's id and the row id, the order in which the
 * feed hands events out. Opaque to consumers: base64url of {@code txId:id}.
 */
record EventCursor(long txId, long id) {

    static final EventCursor START = new EventCursor(0, 0);

    String encode() {
        var plain = txId + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws MalformedCursor when the text is not a cursor this feed handed out */
    static EventCursor decode(String text) {
        try {
            var plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
            var parts = plain.split(":");
            if (parts.length != 2) {
                throw new MalformedCursor(text);
            }
            var cursor = new EventCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            if (cursor.txId < 0 || cursor.id < 0) {
                throw new MalformedCursor(text);
            }
            return cursor;
        } catch (IllegalArgumentException e) {
            throw new MalformedCursor(text);
        }
    }
}
