-- Elections and their contests. Codes are stable, human-readable ids other systems keep
-- (mazhilis-2023, mazhilis-2023.list, mazhilis-2023.smd-75-03).
create table election (
    id                   uuid          primary key,
    code                 varchar(60)   not null unique,
    kind                 varchar(12)   not null check (kind in ('MAZHILIS', 'MASLIKHAT', 'AKIM')),
    name                 varchar(300)  not null,
    territory            varchar(5)    not null,
    election_day         date          not null,
    time_zone            varchar(60)   not null,
    called_on            date          not null,
    nomination_opens     timestamptz   not null,
    nomination_closes    timestamptz   not null,
    registration_closes  timestamptz   not null,
    appeal_days          integer       not null,
    calendar_source      varchar(20)   not null check (calendar_source in ('LAW', 'CALLING_DECISION')),
    previous_shares      jsonb         not null default '{}',
    created_at           timestamptz   not null,
    created_by           varchar(255)  not null,
    version              integer       not null default 0
);

create table contest (
    id                 uuid          primary key,
    code               varchar(80)   not null unique,
    election_id        uuid          not null references election (id),
    kind               varchar(16)   not null check (kind in ('PARTY_LIST', 'SINGLE_MANDATE', 'AKIM')),
    unit_code          varchar(5)    references region (code),
    district_number    integer,
    name               varchar(300),
    seats              integer       not null check (seats > 0),
    threshold_percent  numeric(5, 2),
    voters             integer,
    settlements        integer,
    version            integer       not null default 0
);

create index contest_election on contest (election_id);
