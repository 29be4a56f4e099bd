-- Immutable versions of a practice (docs/versions.md): every submission freezes the practice's
-- content as JSON. A version is written once and never changed; the trigger refuses any update
-- so that no later code path can rewrite what reviewers saw.
create table practice_versions (
    practice_id       uuid        not null references practices (id),
    number            integer     not null check (number >= 1),
    submitted_at      timestamptz not null,
    submitted_by_name varchar(200),
    content           jsonb       not null,
    primary key (practice_id, number)
);

create function practice_versions_are_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'practice versions are immutable (practice %, version %)', old.practice_id, old.number;
end;
$$;

create trigger practice_versions_no_update
    before update on practice_versions
    for each row execute function practice_versions_are_immutable();
