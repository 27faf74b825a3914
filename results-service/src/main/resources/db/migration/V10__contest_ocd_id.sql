-- The Open Civic Data id of the division a contest is held in, as the registry gives it (ocd-division/country:kz/...):
-- the results' ERR export names divisions by it. Null for contests stored before the registry gave it.
alter table contest add column ocd_id varchar(200);
