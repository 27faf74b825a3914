-- The body an election fills decides its contests' rules: lists only in the Mazhilis and in a regional or
-- republican-city maslikhat; seat caps of 50 / 30 / 25 per maslikhat level. Maslikhat elections created before
-- the level was kept: one with a party-list contest is regional, one without is taken as a district maslikhat.
alter table election add column body varchar(20);

update election e set body = case
    when e.kind = 'MAZHILIS' then 'MAZHILIS'
    when e.kind = 'AKIM' then 'AKIM'
    when exists (select 1 from contest c where c.election_id = e.id and c.kind = 'PARTY_LIST') then 'REGIONAL_MASLIKHAT'
    else 'DISTRICT_MASLIKHAT'
end;

alter table election alter column body set not null;
alter table election add constraint election_body check (
    (kind = 'MAZHILIS' and body = 'MAZHILIS')
    or (kind = 'AKIM' and body = 'AKIM')
    or (kind = 'MASLIKHAT' and body in ('REGIONAL_MASLIKHAT', 'CITY_MASLIKHAT', 'DISTRICT_MASLIKHAT')));
