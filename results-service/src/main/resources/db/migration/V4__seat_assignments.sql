-- Who takes a party's list seats: named by the party, or assigned by the commission in Kazakh
-- alphabetical order of the registered list when the party does not name them.
create table seat_assignment (
    contest_code   varchar(80)   not null references contest (code),
    party_id       uuid          not null,
    nominations    jsonb         not null,
    by_list_order  boolean       not null,
    assigned_by    varchar(255)  not null,
    assigned_at    timestamptz   not null,
    primary key (contest_code, party_id)
);
