-- Nominations of candidates: by a party (its agent), a public association, or the person themself.
-- The IIN is kept only as a keyed hash (to find the same person twice and to match party members)
-- and masked for people to read. One active nomination per person per election, enforced here so
-- that two concurrent nominations of one person cannot both succeed.
create table party_list (
    id               uuid          primary key,
    election_id      uuid          not null references election (id),
    contest_id       uuid          not null references contest (id),
    party_id         uuid          not null references party (id),
    status           varchar(12)   not null check (status in ('PENDING', 'REGISTERED', 'REFUSED', 'CANCELLED', 'WITHDRAWN')),
    submitted_at     timestamptz   not null,
    submitted_by     varchar(255)  not null,
    deposit_due      bigint        not null,
    deposit_paid     bigint,
    deposit_paid_at  timestamptz,
    decided_at       timestamptz,
    decided_by       varchar(255),
    grounds          text,
    version          integer       not null default 0
);

create unique index uq_partylist_party on party_list (contest_id, party_id) where status in ('PENDING', 'REGISTERED');

create table nomination (
    id                    uuid          primary key,
    election_id           uuid          not null references election (id),
    contest_id            uuid          not null references contest (id),
    route                 varchar(20)   not null check (route in ('PARTY', 'PUBLIC_ASSOCIATION', 'SELF')),
    party_id              uuid          references party (id),
    association_name      varchar(300),
    party_list_id         uuid          references party_list (id),
    list_position         integer,
    status                varchar(12)   not null check (status in ('PENDING', 'REGISTERED', 'REFUSED', 'CANCELLED', 'WITHDRAWN')),
    iin_hash              bytea         not null,
    iin_masked            varchar(12)   not null,
    surname_kk            varchar(100)  not null,
    name_kk               varchar(100)  not null,
    patronymic_kk         varchar(100),
    surname_ru            varchar(100)  not null,
    name_ru               varchar(100)  not null,
    patronymic_ru         varchar(100),
    birth_date            date          not null,
    sex                   varchar(6)    not null check (sex in ('FEMALE', 'MALE')),
    residence_years       integer       not null,
    quota_category        varchar(12)   check (quota_category in ('WOMAN', 'YOUTH', 'DISABILITY')),
    occupation            varchar(300)  not null,
    residence             varchar(300)  not null,
    education             varchar(300)  not null,
    no_criminal_record    boolean       not null,
    legally_capable       boolean       not null,
    signatures            integer,
    signature_settlements integer,
    deposit_due           bigint        not null,
    deposit_paid          bigint,
    deposit_paid_at       timestamptz,
    submitted_at          timestamptz   not null,
    submitted_by          varchar(255)  not null,
    idempotency_key       varchar(100),
    decided_at            timestamptz,
    decided_by            varchar(255),
    grounds               text,
    version               integer       not null default 0
);

create unique index uq_nomination_person on nomination (election_id, iin_hash) where status in ('PENDING', 'REGISTERED');
create unique index uq_nomination_idempotency on nomination (submitted_by, idempotency_key) where idempotency_key is not null;
create index nomination_contest_status on nomination (contest_id, status);
create index nomination_submitted_by on nomination (submitted_by);
create index nomination_iin_hash on nomination (iin_hash);
create index nomination_party_list on nomination (party_list_id, list_position);
