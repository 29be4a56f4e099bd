-- People the platform has seen (from their access tokens) and their notification preferences;
-- the in-app inbox; the outgoing mail (an outbox the dispatcher sends from); ShedLock's lock table.

create table people (
    username            varchar(255) primary key,
    name                varchar(500),
    email               varchar(320),
    -- the token's locale claim as Keycloak sends it (ru, en, en-GB...)
    token_locale        varchar(35),
    roles               text[]       not null default '{}',
    last_seen_at        timestamptz  not null,
    -- preferences: e-mail on or off, and a language that overrides the token's locale (ru, en or none)
    email_notifications boolean      not null default true,
    language            varchar(2)   check (language in ('ru', 'en'))
);

create index people_by_role on people using gin (roles);

create table notifications (
    id             uuid primary key,
    recipient      varchar(255) not null,
    kind           varchar(40)  not null,
    practice_id    uuid,
    practice_title varchar(500),
    link           varchar(1000) not null,
    params         jsonb        not null default '{}',
    created_at     timestamptz  not null,
    read_at        timestamptz
);

create index notifications_inbox on notifications (recipient, created_at desc, id desc);
create index notifications_unread on notifications (recipient) where read_at is null;

create table outgoing_mail (
    id              uuid primary key,
    notification_id uuid          not null references notifications (id) on delete cascade,
    to_address      varchar(320)  not null,
    subject         varchar(1000) not null,
    body            text          not null,
    -- PENDING (waiting for its next attempt), SENDING (claimed by one dispatcher), SENT, FAILED (gave up)
    status          varchar(10)   not null check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    claimed_by      varchar(255),
    claimed_until   timestamptz,
    sent_at         timestamptz,
    last_error      varchar(2000),
    created_at      timestamptz   not null
);

create index outgoing_mail_due on outgoing_mail (next_attempt_at) where status = 'PENDING';
create index outgoing_mail_claimed on outgoing_mail (claimed_until) where status = 'SENDING';

-- ShedLock's JDBC lock provider (net.javacrumbs.shedlock), with the database's clock.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
