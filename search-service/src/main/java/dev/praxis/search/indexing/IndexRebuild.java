package dev.praxis.search.indexing;

import java.time.Instant;

/** Progress of one rebuild, as {@code GET /api/v1/admin/index-rebuilds/latest} shows it. */
public record IndexRebuild(String id, State state, String targetIndex, String previousIndex, long total,
                           long indexed, Instant startedAt, Instant finishedAt, String error) {

    public enum State { RUNNING, SUCCEEDED, FAILED }

    IndexRebuild progressed(long indexedNow, long totalNow) {
        return new IndexRebuild(id, state, targetIndex, previousIndex, Math.max(totalNow, indexedNow), indexedNow,
                startedAt, null, null);
    }

    IndexRebuild succeeded(Instant at) {
        return new IndexRebuild(id, State.SUCCEEDED, targetIndex, previousIndex, indexed, indexed, startedAt, at, null);
    }

    IndexRebuild failed(Instant at, String why) {
        return new IndexRebuild(id, State.FAILED, targetIndex, previousIndex, total, indexed, startedAt, at, why);
    }

    boolean running() {
        return state == State.RUNNING;
    }
}
