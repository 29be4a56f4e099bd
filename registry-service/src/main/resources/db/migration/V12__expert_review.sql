-- Expert review (docs/review.md): expert profiles, the versioned rubric, review rounds per
-- submitted version, invitations and the reviews experts write on them. Depends on V10
-- (practice_versions) and nothing later.

-- An expert's profile: what the conflict-of-interest policy and the load rule read. Roles stay in
-- Keycloak; a profile is keyed by the Keycloak username.
create table expert_profiles (
    username               varchar(100)  primary key,
    display_name           varchar(200)  not null,
    email                  varchar(320),
    region_code            varchar(10)   not null references regions (code),
    organisation           varchar(300)  not null,
    directions             text[]        not null default '{}',
    keywords               text[]        not null default '{}',
    max_open_reviews       integer       not null default 3 check (max_open_reviews between 1 and 20),
    conflict_organisations text[]        not null default '{}',
    conflict_regions       text[]        not null default '{}',
    conflict_practices     uuid[]        not null default '{}',
    version                bigint        not null,
    updated_at             timestamptz   not null
);

-- The rubric is versioned: a change makes a new version; a round keeps the version it started with.
create table rubric_versions (
    version    integer      primary key check (version >= 1),
    created_at timestamptz  not null,
    created_by varchar(100) not null
);

create table rubric_criteria (
    rubric_version integer       not null references rubric_versions (version),
    position       integer       not null check (position >= 1),
    code           varchar(50)   not null,
    name_ru        varchar(200)  not null,
    name_en        varchar(200)  not null,
    description_ru varchar(2000) not null,
    description_en varchar(2000) not null,
    weight         integer       not null check (weight between 1 and 100),
    primary key (rubric_version, position),
    unique (rubric_version, code)
);

insert into rubric_versions (version, created_at, created_by) values (1, now(), 'system');

insert into rubric_criteria (rubric_version, position, code, name_ru, name_en, description_ru, description_en, weight) values
(1, 1, 'evidence', 'Доказанный эффект',
    'Proven effect',
    'Результаты измерены до и после внедрения и подтверждены документами, данными или независимой оценкой.',
    'Results were measured before and after the practice and are backed by documents, data or an independent evaluation.', 25),
(1, 2, 'replicability', 'Тиражируемость',
    'Replicability',
    'Алгоритм понятен по шагам, а нужные ресурсы, документы и компетенции найдутся в другом регионе.',
    'The algorithm is clear step by step, and the resources, documents and skills it needs exist in other regions.', 20),
(1, 3, 'relevance', 'Актуальность проблемы',
    'Relevance of the problem',
    'Практика решает проблему, важную для многих регионов и жителей.',
    'The practice solves a problem that matters to many regions and residents.', 15),
(1, 4, 'resources', 'Ресурсоёмкость',
    'Resource intensity',
    'Затраты денег, людей и времени соразмерны результату; чем скромнее ресурсы, тем выше оценка.',
    'The money, staff and time it takes are in proportion to the result; the leaner, the higher the score.', 10),
(1, 5, 'sustainability', 'Устойчивость',
    'Sustainability',
    'Практика работает без разового финансирования и переживает смену команды.',
    'The practice keeps working without one-off funding and survives a change of team.', 10),
(1, 6, 'innovation', 'Новизна',
    'Innovation',
    'Подход нов для государственного управления или заметно улучшает известные решения.',
    'The approach is new to public administration or clearly improves known solutions.', 10),
(1, 7, 'equity', 'Равенство и доступность',
    'Equity and accessibility',
    'Результат доступен всем группам жителей, в том числе маломобильным, сельским и пожилым.',
    'Everyone benefits, including people with reduced mobility, rural and elderly residents.', 10);

-- A round reviews one submitted version of a practice with one rubric version.
create table review_rounds (
    id               uuid        primary key,
    practice_id      uuid        not null references practices (id),
    number           integer     not null check (number >= 1),
    practice_version integer     not null,
    rubric_version   integer     not null references rubric_versions (version),
    quorum           integer     not null check (quorum >= 1),
    due_date         date        not null,
    status           varchar(20) not null,
    closed_because   varchar(20),
    opened_at        timestamptz not null,
    closed_at        timestamptz,
    version          bigint      not null,
    unique (practice_id, number),
    foreign key (practice_id, practice_version) references practice_versions (practice_id, number),
    check ((status = 'OPEN') = (closed_because is null))
);

-- At most one open round per practice, whatever the code above does.
create unique index review_rounds_one_open on review_rounds (practice_id) where status = 'OPEN';

-- An invitation of one expert to one round, and the review the expert writes on it.
create table review_invitations (
    id                  uuid          primary key,
    round_id            uuid          not null references review_rounds (id),
    practice_id         uuid          not null references practices (id),
    expert_username     varchar(100)  not null,
    status              varchar(20)   not null,
    due_date            date          not null,
    invited_by          varchar(100)  not null,
    invited_at          timestamptz   not null,
    answered_at         timestamptz,
    decline_reason      varchar(2000),
    recommendation      varchar(20),
    review_comment      varchar(4000),
    review_updated_at   timestamptz,
    review_submitted_at timestamptz,
    version             bigint        not null,
    unique (round_id, expert_username)
);

create index review_invitations_by_expert on review_invitations (expert_username, status);
create index review_invitations_by_practice on review_invitations (practice_id);

create table review_scores (
    invitation_id  uuid          not null references review_invitations (id) on delete cascade,
    criterion_code varchar(50)   not null,
    score          integer       not null check (score between 1 and 5),
    comment        varchar(4000),
    primary key (invitation_id, criterion_code)
);
