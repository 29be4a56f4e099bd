-- Practice events for the search side, written in the same transaction as the change.
-- tx_id is the writing transaction's id: the feed only hands out rows whose transaction is
-- older than every transaction still running, so a later commit can never land behind a
-- consumer's cursor (see docs/outbox.md).
create table practice_events (
    id               bigint      generated always as identity primary key,
    tx_id            xid8        not null default pg_current_xact_id(),
    type             varchar(40) not null,
    practice_id      uuid        not null references practices (id),
    practice_version bigint      not null,
    occurred_at      timestamptz not null,
    payload          jsonb
);

create index practice_events_feed_idx on practice_events (tx_id, id);
