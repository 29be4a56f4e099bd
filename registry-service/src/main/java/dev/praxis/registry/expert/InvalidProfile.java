package dev.praxis.registry.expert;

import dev.praxis.registry.common.InvalidInput;

/** A profile field the reference data or the load range refuses: an unknown region or direction code, a load out of range. */
class InvalidProfile extends InvalidInput {

    InvalidProfile(String field, String rule, String message) {
        super(field, rule, message);
    }
}
