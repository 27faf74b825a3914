-- What results are counted against: each contest's approved ballot (hash, version, options in ballot
-- order with the registry's registration order of lists) and its precincts, as fetched from
-- ballot-service and registry-service.
create table contest (
    code            varchar(80)   primary key,
    id              uuid          not null unique,
    election_id     uuid          not null,
    election_code   varchar(60)   not null,
    kind            varchar(16)   not null,
    unit_code       varchar(5),
    seats           integer       not null,
    threshold       numeric(5, 2),
    ballot_hash     char(64)      not null,
    ballot_version  integer       not null,
    options         jsonb         not null,
    precincts       integer       not null,
    voters          bigint        not null,
    synced_at       timestamptz   not null
);

create index contest_election on contest (election_code);
create index contest_election_id on contest (election_id);

create table contest_precinct (
    contest_code  varchar(80)  not null references contest (code),
    precinct_id   uuid         not null,
    unit_code     varchar(5)   not null,
    number        integer      not null,
    voters        integer      not null,
    primary key (contest_code, precinct_id)
);

-- Precinct protocols: one current version per precinct and contest; corrections add versions.
create table protocol (
    id                 uuid          primary key,
    contest_code       varchar(80)   not null references contest (code),
    precinct_id        uuid          not null,
    unit_code          varchar(5)    not null,
    version            integer       not null,
    current            boolean       not null,
    ballot_hash        char(64)      not null,
    voters_on_list     bigint        not null,
    voters_added       bigint        not null,
    ballots_received   bigint        not null,
    ballots_issued     bigint        not null,
    ballots_cancelled  bigint        not null,
    took_part          bigint        not null,
    invalid            bigint        not null,
    against_all        bigint        not null,
    votes              jsonb         not null,
    idempotency_key    varchar(100),
    submitted_by       varchar(255)  not null,
    submitted_at       timestamptz   not null,
    reason             text,
    unique (contest_code, precinct_id, version)
);

create unique index uq_protocol_current on protocol (contest_code, precinct_id) where current;
create unique index uq_protocol_idempotency on protocol (submitted_by, idempotency_key) where idempotency_key is not null;

-- Running totals per contest and unit, updated with each protocol in its own transaction, so that a
-- tabulation reads a few hundred rows, not every protocol. Each unit's totals are split over shards
-- (by precinct) so that concurrent protocols of one unit rarely wait for the same row lock.
create table tally (
    contest_code        varchar(80)  not null references contest (code),
    unit_code           varchar(5)   not null,
    shard               smallint     not null,
    precincts_reported  integer      not null,
    voters_on_list      bigint       not null,
    ballots_issued      bigint       not null,
    took_part           bigint       not null,
    invalid             bigint       not null,
    against_all         bigint       not null,
    votes               bigint[]     not null,
    primary key (contest_code, unit_code, shard)
);
