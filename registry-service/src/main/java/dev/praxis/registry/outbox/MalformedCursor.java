package dev.praxis.registry.outbox;

/** The {@code after} parameter is not a cursor the feed handed out. */
public class MalformedCursor extends RuntimeException {

    MalformedCursor(String text) {
        super("'%s' is not a cursor returned by this feed".formatted(text));
    }
}
