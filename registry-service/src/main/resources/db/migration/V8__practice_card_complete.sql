-- The complete practice card of the design: author organisation and team, period, budget in
-- any currency with its funding sources, partners, audience and reach, goal, resources needed,
-- richer steps and effects with stable keys, risks and do's and don'ts — and an optional
-- English version of every text, held in a *_en column beside the text (docs/practice-card.md).

alter table practices rename column budget_rub to budget;

alter table practices
    add column title_en               varchar(200),
    add column summary_en             varchar(1000),
    add column author_organisation    varchar(300),
    add column author_organisation_en varchar(300),
    add column start_date             date,
    add column end_year               integer       check (end_year between 1990 and 2100),
    add column end_date               date,
    add column currency               varchar(3)    not null default 'RUB' check (currency ~ '^[A-Z]{3}$'),
    add column audience               varchar(2000),
    add column audience_en            varchar(2000),
    add column reach                  integer       check (reach >= 0),
    add column problem_en             varchar(10000),
    add column goal                   varchar(10000),
    add column goal_en                varchar(10000),
    add column solution_en            varchar(10000),
    add column resources_money        varchar(4000),
    add column resources_money_en     varchar(4000),
    add column resources_staff        varchar(4000),
    add column resources_staff_en     varchar(4000),
    add column resources_it           varchar(4000),
    add column resources_it_en        varchar(4000),
    add column resources_legal_acts   varchar(4000),
    add column resources_legal_acts_en varchar(4000),
    add column risks                  varchar(4000),
    add column risks_en               varchar(4000),
    add column dos                    varchar(4000),
    add column dos_en                 varchar(4000),
    add column donts                  varchar(4000),
    add column donts_en               varchar(4000),
    add constraint practices_end_not_before_start check (end_year is null or start_year is null or end_year >= start_year),
    add constraint practices_end_date_not_before_start check (end_date is null or start_date is null or end_date >= start_date);

-- A step or effect keeps its key across edits, so two versions of a card can be compared row by row.
alter table practice_steps
    add column key            uuid          not null default gen_random_uuid(),
    add column title_en       varchar(300),
    add column description_en varchar(4000),
    add column responsible_en varchar(300),
    add column resources      varchar(1000),
    add column resources_en   varchar(1000),
    add column documents      varchar(1000),
    add column documents_en   varchar(1000),
    add column kpi            varchar(1000),
    add column kpi_en         varchar(1000);

alter table practice_effects
    add column key          uuid          not null default gen_random_uuid(),
    add column indicator_en varchar(300),
    add column unit_en      varchar(50),
    add column period       varchar(100),
    add column period_en    varchar(100),
    add column evidence_url varchar(2000),
    add column evidence     varchar(1000),
    add column evidence_en  varchar(1000);

-- The author's team: the public sees the organisation; e-mail and phone only signed-in users.
create table practice_team_members (
    practice_id  uuid          not null references practices (id) on delete cascade,
    position     integer       not null check (position >= 1),
    name         varchar(200)  not null,
    job_title    varchar(200),
    job_title_en varchar(200),
    email        varchar(254),
    phone        varchar(30),
    primary key (practice_id, position)
);

create table practice_partners (
    practice_id uuid          not null references practices (id) on delete cascade,
    position    integer       not null check (position >= 1),
    name        varchar(300)  not null,
    name_en     varchar(300),
    role        varchar(300),
    role_en     varchar(300),
    primary key (practice_id, position)
);

create table practice_funding_sources (
    practice_id   uuid          not null references practices (id) on delete cascade,
    position      integer       not null check (position >= 1),
    kind          varchar(20)   not null check (kind in ('FEDERAL', 'REGIONAL', 'MUNICIPAL', 'EXTRA_BUDGETARY')),
    share_percent numeric(5, 2) check (share_percent between 0 and 100),
    primary key (practice_id, position)
);
