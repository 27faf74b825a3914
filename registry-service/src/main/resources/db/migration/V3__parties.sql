-- Political parties, from application to liquidation. Names and BIN are unique among parties that
-- are not refused or liquidated, so two concurrent applications for one name cannot both succeed.
create sequence party_registration_number;

create table party (
    id                      uuid          primary key,
    status                  varchar(12)   not null check (status in ('APPLIED', 'REGISTERED', 'REFUSED', 'SUSPENDED', 'LIQUIDATED')),
    name_kk                 varchar(300)  not null,
    name_ru                 varchar(300)  not null,
    name_en                 varchar(300)  not null,
    short_name              varchar(60)   not null,
    bin                     char(12)      not null,
    notified_on             date          not null,
    congress_on             date          not null,
    initiative_group_size   integer       not null,
    initiative_group_units  jsonb         not null,
    applied_at              timestamptz   not null,
    applied_by              varchar(255)  not null,
    members_uploaded_at     timestamptz,
    member_rows             integer,
    decided_at              timestamptz,
    decided_by              varchar(255),
    grounds                 text,
    registered_at           timestamptz,
    registration_number     bigint        unique,
    branches_registered_on  date,
    version                 integer       not null default 0
);

create unique index uq_party_bin on party (bin) where status not in ('REFUSED', 'LIQUIDATED');
create unique index uq_party_name_kk on party (lower(name_kk)) where status not in ('REFUSED', 'LIQUIDATED');
create unique index uq_party_name_ru on party (lower(name_ru)) where status not in ('REFUSED', 'LIQUIDATED');
create unique index uq_party_name_en on party (lower(name_en)) where status not in ('REFUSED', 'LIQUIDATED');
create unique index uq_party_short_name on party (lower(short_name)) where status not in ('REFUSED', 'LIQUIDATED');
create index party_status on party (status);
