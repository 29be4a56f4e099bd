package dev.praxis.registry.review;

import dev.praxis.registry.common.NotFound;

import java.util.UUID;

/** No such invitation, or not the caller's: someone else's invitation does not exist for them. */
public class InvitationNotFound extends NotFound {

    InvitationNotFound(UUID id) {
        super("No invitation " + id);
    }
}
