package dev.praxis.registry.review;

import java.util.EnumMap;
import java.util.Map;

/** A review round's lifecycle: the whole table is here; every move goes through {@link #after}. */
public enum RoundStatus {
    OPEN, CLOSED;

    /** The one thing that happens to a round: it closes, for a {@link RoundClosure} reason. */
    enum Action { CLOSE }

    private static final Map<RoundStatus, Map<Action, RoundStatus>> TRANSITIONS = table();

    private static Map<RoundStatus, Map<Action, RoundStatus>> table() {
        var table = new EnumMap<RoundStatus, Map<Action, RoundStatus>>(RoundStatus.class);
        table.put(OPEN, Map.of(Action.CLOSE, CLOSED));
        table.put(CLOSED, Map.of());
        return table;
    }

    boolean allows(Action action) {
        return TRANSITIONS.get(this).containsKey(action);
    }

    /** @throws RoundAlreadyClosed when the round is closed */
    RoundStatus after(Action action) {
        var next = TRANSITIONS.get(this).get(action);
        if (next == null) {
            throw new RoundAlreadyClosed();
        }
        return next;
    }
}
