package dev.praxis.registry.outbox;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCursorTests {

    @Test
    void decodesWhatItEncodes() {
        var cursor = new EventCursor(4_294_967_296L + 812, 42);

        assertThat(EventCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a cursor", "MTIz", "LTE6Mg", "YTpi"})
    void refusesTextItDidNotHandOut(String text) {
        assertThatThrownBy(() -> EventCursor.decode(text)).isInstanceOf(MalformedCursor.class);
    }
}
