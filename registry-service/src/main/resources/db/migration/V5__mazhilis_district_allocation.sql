-- How the 29 single-mandate Mazhilis districts of 2023 are spread over the units: the template of a
-- new Mazhilis election.
create table mazhilis_district_allocation (
    unit_code  varchar(5) primary key references region (code),
    districts  integer    not null check (districts > 0)
);

insert into mazhilis_district_allocation (unit_code, districts) values
    ('KZ-10', 1),
    ('KZ-11', 1),
    ('KZ-15', 1),
    ('KZ-19', 2),
    ('KZ-23', 1),
    ('KZ-27', 1),
    ('KZ-31', 2),
    ('KZ-33', 1),
    ('KZ-35', 2),
    ('KZ-39', 1),
    ('KZ-43', 1),
    ('KZ-47', 1),
    ('KZ-55', 1),
    ('KZ-59', 1),
    ('KZ-61', 3),
    ('KZ-62', 1),
    ('KZ-63', 1),
    ('KZ-71', 2),
    ('KZ-75', 3),
    ('KZ-79', 2);
