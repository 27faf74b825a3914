-- Published results of an election: numbered, immutable versions. A version that certifies another
-- (status FINAL) names it; corrections name what changed and why.
create table result_version (
    election_code  varchar(60)   not null,
    number         integer       not null,
    status         varchar(12)   not null check (status in ('PROVISIONAL', 'FINAL')),
    as_of          timestamptz   not null,
    published_by   varchar(255)  not null,
    certifies      integer,
    reason         text,
    changes        jsonb         not null,
    document       jsonb         not null,
    primary key (election_code, number)
);
