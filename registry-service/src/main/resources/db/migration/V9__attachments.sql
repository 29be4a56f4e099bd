-- Files attached to a practice (regulations, templates, photos). The bytes live in the attachment
-- store (a local directory or an S3 bucket) under storage_key; the database keeps what is known of them.
create table attachments (
    id             uuid          primary key,
    practice_id    uuid          not null references practices (id) on delete cascade,
    name           varchar(200)  not null,
    media_type     varchar(100)  not null,
    size_bytes     bigint        not null check (size_bytes >= 0),
    sha256         varchar(64)   not null check (length(sha256) = 64),
    storage_key    varchar(300)  not null unique,
    thumbnail_key  varchar(300),
    thumbnail_size bigint,
    uploaded_by    varchar(100)  not null,
    uploaded_at    timestamptz   not null
);

create index attachments_practice_idx on attachments (practice_id, uploaded_at, id);
