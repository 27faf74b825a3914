-- Ballots: drafts composed from the registry, approved versions frozen by the SHA-256 of their
-- canonical document. Versions are numbered per contest; earlier versions stay readable.
create table ballot (
    id            uuid          primary key,
    contest_code  varchar(80)   not null,
    contest_id    uuid          not null,
    status        varchar(12)   not null check (status in ('DRAFT', 'APPROVED', 'SUPERSEDED', 'DISCARDED')),
    version       integer,
    document      jsonb         not null,
    content_hash  char(64)      not null,
    reason        text,
    composed_at   timestamptz   not null,
    composed_by   varchar(255)  not null,
    approved_at   timestamptz,
    approved_by   varchar(255),
    row_version   integer       not null default 0
);

create unique index uq_ballot_version on ballot (contest_code, version) where version is not null;
create unique index uq_ballot_approved on ballot (contest_code) where status = 'APPROVED';
create unique index uq_ballot_draft on ballot (contest_code) where status = 'DRAFT';
create index ballot_contest_id on ballot (contest_id);

-- The order of the party lists on a party-list ballot, as drawn by lot by the commission.
create table lot (
    contest_code  varchar(80)   primary key,
    contest_id    uuid          not null unique,
    party_ids     jsonb         not null,
    drawn_on      date          not null,
    drawn_by      varchar(300)  not null,
    recorded_at   timestamptz   not null,
    recorded_by   varchar(255)  not null,
    row_version   integer       not null default 0
);
