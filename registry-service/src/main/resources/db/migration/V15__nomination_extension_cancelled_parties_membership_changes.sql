-- Too few candidates (CL Art. 87, 103 p.8, 113-7): a contest's nomination extended by the commission. Null: the
-- election's own close applies. Days: all extensions of the contest together (the law's maximum is for all).
alter table contest add column nomination_extended_to timestamptz;
alter table contest add column nomination_extension_days integer not null default 0;

-- A party whose regional branches were not registered within a year has its registration cancelled (LPP).
alter table party drop constraint party_status_check;
alter table party add constraint party_status_check
    check (status in ('APPLIED', 'REGISTERED', 'REFUSED', 'SUSPENDED', 'LIQUIDATED', 'CANCELLED'));

-- Membership changes of a registered party: joiners (counted from joined_on) and leavers (members until left_on).
-- Rows of the list the party registered with have neither date: members from the start.
alter table party_member add column joined_on date;
alter table party_member add column left_on date;
-- One person, one party looks up who currently belongs elsewhere: counted and not left.
create index party_member_current_hash on party_member (iin_hash) where counted and left_on is null;
