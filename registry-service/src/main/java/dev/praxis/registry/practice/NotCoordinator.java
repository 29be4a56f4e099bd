package dev.praxis.registry.practice;

import dev.praxis.registry.common.AccessRefused;

/** Someone who is not a coordinator tried to take a coordinator's decision on a practice they may see. */
public class NotCoordinator extends AccessRefused {

    NotCoordinator() {
        super("Only a coordinator may take this decision");
    }
}
