-- The body a contest fills (MAZHILIS, REGIONAL_MASLIKHAT, CITY_MASLIKHAT, DISTRICT_MASLIKHAT, AKIM), as the registry
-- gives it: it decides the list rules (CL Art. 97-1, Art. 9 p.2). Null for contests stored before the registry gave it.
alter table contest add column body varchar(20);
