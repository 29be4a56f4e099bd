-- The richer practice card (summary, place, tags, start year, budget, measured effects),
-- archiving, the replication counter, and the latest card of every practice for a search rebuild.

alter table practices
    add column summary           varchar(1000),
    add column municipality      varchar(200),
    add column tags              text[]        not null default '{}',
    add column start_year        integer       check (start_year >= 1990),
    add column budget_rub        numeric(15, 2) check (budget_rub >= 0),
    add column replication_count integer       not null default 0 check (replication_count >= 0),
    add column archived_at       timestamptz;

alter table practices drop constraint practices_status_check;
alter table practices add constraint practices_status_check
    check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'ARCHIVED'));

-- Measured effects of a practice: ordered, position is 1-based.
create table practice_effects (
    practice_id  uuid           not null references practices (id) on delete cascade,
    position     integer        not null check (position >= 1),
    indicator    varchar(300)   not null,
    unit         varchar(50),
    value_before numeric(21, 6),
    value_after  numeric(21, 6),
    primary key (practice_id, position)
);

-- The latest PracticeCard of every practice that has left DRAFT, upserted with each event
-- in the same transaction: a snapshot page for a search rebuild is one query.
create table practice_cards (
    practice_id uuid   primary key references practices (id),
    version     bigint not null,
    payload     jsonb  not null
);
