-- A contest the commission declares not held (no candidates, no ballot, voting did not take place …),
-- with its reason: certification does not wait for its protocols, and the published version says so.
create table contest_not_held (
    contest_code   varchar(80)   primary key,
    election_code  varchar(60)   not null,
    reason         text          not null,
    marked_by      varchar(255)  not null,
    marked_at      timestamptz   not null
);

create index contest_not_held_election on contest_not_held (election_code);
