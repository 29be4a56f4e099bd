package dev.praxis.search.indexing;

/** Only one rebuild runs at a time. */
public class RebuildAlreadyRunning extends RuntimeException {

    RebuildAlreadyRunning(IndexRebuild running) {
        super("Index rebuild " + running.id() + " is already running");
    }
}
