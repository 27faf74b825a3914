-- Precincts (polling stations): number within the unit, address, voters on the list, and the codes of
-- the contests voted in there (its single-mandate district, maslikhat district, akim district, lists).
create table precinct (
    id           uuid          primary key,
    unit_code    varchar(5)    not null,
    number       integer       not null,
    address      varchar(500)  not null,
    voters       integer       not null check (voters >= 0),
    contests     jsonb         not null,
    imported_at  timestamptz   not null,
    imported_by  varchar(255)  not null,
    unique (unit_code, number)
);

-- Which precincts vote in a contest: one row a (contest, precinct), for the lookups by contest.
create table precinct_contest (
    contest_code  varchar(80)  not null,
    precinct_id   uuid         not null references precinct (id) on delete cascade,
    primary key (contest_code, precinct_id)
);
