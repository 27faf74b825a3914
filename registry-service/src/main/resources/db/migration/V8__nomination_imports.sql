-- Commission bulk imports of nominations from CSV: progress and per-row errors.
create table nomination_import (
    id           uuid          primary key,
    created_by   varchar(255)  not null,
    created_at   timestamptz   not null,
    finished_at  timestamptz,
    status       varchar(10)   not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total        integer       not null,
    processed    integer       not null default 0,
    created      integer       not null default 0,
    failed       integer       not null default 0,
    errors       jsonb         not null default '[]'
);
