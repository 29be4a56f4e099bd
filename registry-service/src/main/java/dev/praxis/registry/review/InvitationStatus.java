package dev.praxis.registry.review;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static dev.praxis.registry.review.InvitationAction.ACCEPT;
import static dev.praxis.registry.review.InvitationAction.DECLINE;
import static dev.praxis.registry.review.InvitationAction.EXPIRE;
import static dev.praxis.registry.review.InvitationAction.SAVE_REVIEW;
import static dev.praxis.registry.review.InvitationAction.SUBMIT_REVIEW;

/** An invitation's lifecycle (docs/review.md): the whole table is here; every move goes through {@link #after}. */
public enum InvitationStatus {
    INVITED, ACCEPTED, DECLINED, EXPIRED, SUBMITTED;

    private static final Map<InvitationStatus, Map<InvitationAction, InvitationStatus>> TRANSITIONS = table();

    private static Map<InvitationStatus, Map<InvitationAction, InvitationStatus>> table() {
        var table = new EnumMap<InvitationStatus, Map<InvitationAction, InvitationStatus>>(InvitationStatus.class);
        table.put(INVITED, Map.of(ACCEPT, ACCEPTED, DECLINE, DECLINED, EXPIRE, EXPIRED));
        // A draft review is saved as often as the expert likes; submitting it is final.
        table.put(ACCEPTED, Map.of(SAVE_REVIEW, ACCEPTED, SUBMIT_REVIEW, SUBMITTED));
        table.put(DECLINED, Map.of());
        table.put(EXPIRED, Map.of());
        table.put(SUBMITTED, Map.of());
        return table;
    }

    public boolean allows(InvitationAction action) {
        return TRANSITIONS.get(this).containsKey(action);
    }

    /** The actions the invited expert may take now, in the order of {@link InvitationAction}. */
    public List<InvitationAction> expertActions() {
        return Arrays.stream(InvitationAction.values())
                .filter(action -> action.isTakenByExpert() && allows(action)).toList();
    }

    /** Still the expert's business: answered yes, or not answered yet. Counts towards their load while the round is open. */
    public boolean isOpen() {
        return this == INVITED || this == ACCEPTED;
    }

    /** @throws InvitationTransitionNotAllowed when this status does not allow the action */
    InvitationStatus after(InvitationAction action) {
        var next = TRANSITIONS.get(this).get(action);
        if (next == null) {
            throw new InvitationTransitionNotAllowed(this, action);
        }
        return next;
    }
}
