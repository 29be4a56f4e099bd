create table replications (
    id                  uuid          primary key,
    practice_id         uuid          not null references practices (id),
    practice_title      varchar(200)  not null,
    region_code         varchar(10)   not null references regions (code),
    target_municipality varchar(200),
    reason              varchar(4000) not null,
    planned_start       date          not null,
    requested_by        varchar(100)  not null,
    requested_by_name   varchar(300)  not null,
    mentor_username     varchar(100)  not null,
    mentor_name         varchar(300)  not null,
    status              varchar(20)   not null check (status in ('REQUESTED')),
    created_at          timestamptz   not null
);

create index replications_requested_by_idx on replications (requested_by, created_at desc);
create index replications_mentor_idx on replications (mentor_username, created_at desc);
