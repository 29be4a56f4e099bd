-- The full lifecycle (docs/lifecycle.md): screening, review, revision, withdrawal and the
-- recommendation for mass replication; the audit trail names the action of each line.

alter table practices drop constraint practices_status_check;
alter table practices add constraint practices_status_check
    check (status in ('DRAFT', 'SUBMITTED', 'SCREENING', 'UNDER_REVIEW', 'REVISION_REQUESTED', 'WITHDRAWN',
                      'APPROVED', 'RECOMMENDED', 'REJECTED', 'ARCHIVED'));

alter table practices add column recommended_year integer check (recommended_year >= 2000);

-- Null for the line that records the creation of the draft.
alter table practice_status_changes add column action varchar(30);
update practice_status_changes set action = case to_status
        when 'SUBMITTED' then 'SUBMIT' when 'APPROVED' then 'APPROVE'
        when 'REJECTED' then 'REJECT' when 'ARCHIVED' then 'ARCHIVE' end
    where from_status is not null;

create index practices_author_status_idx on practices (author_username, status);
