-- A party's member list as uploaded. The IIN is stored only as a keyed hash (HMAC-SHA256 with a
-- server secret). duplicate_of: the earlier line of the same list with the same IIN. counted: set
-- when the party is registered, for the members that counted towards it (one person, one party).
create table party_member (
    party_id      uuid        not null references party (id),
    line          integer     not null,
    iin_hash      bytea       not null,
    unit_code     varchar(5)  not null references region (code),
    duplicate_of  integer,
    counted       boolean     not null default false,
    primary key (party_id, line)
);

create index party_member_counted_hash on party_member (iin_hash) where counted;
