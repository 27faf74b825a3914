-- Turnout through election day: each precinct commission reports, at each of the election's reporting times, how
-- many voters have voted. One current report per election, precinct and time; a correction adds a version with
-- its reason. The election day comes with the approved ballot, so that a report is not accepted before its time.
alter table contest add column election_day date;

create table turnout_report (
    id                   uuid          primary key,
    election_code        varchar(60)   not null,
    precinct_id          uuid          not null,
    unit_code            varchar(5)    not null,
    precinct_number      integer       not null,
    reporting_time       time          not null,
    version              integer       not null,
    current              boolean       not null,
    voted                bigint        not null,
    voters_on_list       bigint        not null,
    voters_added         bigint        not null,
    reason               text,
    idempotency_key      varchar(100),
    request_fingerprint  char(64),
    submitted_by         varchar(255)  not null,
    submitted_at         timestamptz   not null,
    unique (election_code, precinct_id, reporting_time, version)
);

create unique index uq_turnout_report_current on turnout_report (election_code, precinct_id, reporting_time) where current;
create unique index uq_turnout_report_idempotency on turnout_report (submitted_by, idempotency_key)
    where idempotency_key is not null;
-- The aggregates read the current reports of an election by unit and time.
create index turnout_report_aggregate on turnout_report (election_code, unit_code, reporting_time)
    include (voted, voters_on_list, voters_added) where current;
