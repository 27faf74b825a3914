-- Mandates: each person elected holds one for the body's term (Mazhilis and maslikhat 5 years, akim 4), from
-- registration as elected. The commission ends one early (resignation, death, court decision, recall): the end
-- opens a vacancy, filled from the party's list (a list seat) or by a by-election (a district or akim seat).
-- WITHDRAWN: the results named someone else for the seat before the term began in earnest (a party naming its
-- elected again within its period); it opens no vacancy.
create table mandate (
    id              uuid          primary key,
    election_id     uuid          not null references election (id),
    contest_id      uuid          not null references contest (id),
    nomination_id   uuid          not null references nomination (id),
    body            varchar(20)   not null,
    route           varchar(20)   not null check (route in ('PARTY', 'PUBLIC_ASSOCIATION', 'SELF')),
    party_id        uuid          references party (id),
    origin          varchar(16)   not null check (origin in ('ELECTED', 'LIST_SUCCESSOR')),
    fills_vacancy   uuid,
    term_start      date          not null,
    planned_end     date          not null,
    status          varchar(10)   not null check (status in ('CURRENT', 'ENDED', 'WITHDRAWN')),
    ended_on        date,
    end_ground      varchar(16)   check (end_ground in ('RESIGNATION', 'DEATH', 'COURT_DECISION', 'RECALL')),
    end_decision    text,
    ended_at        timestamptz,
    ended_by        varchar(255),
    created_at      timestamptz   not null,
    created_by      varchar(255)  not null,
    version         integer       not null default 0,
    constraint mandate_end check ((status = 'ENDED') = (ended_on is not null and end_ground is not null))
);

create unique index uq_mandate_contest_nomination on mandate (contest_id, nomination_id);
create index mandate_contest on mandate (contest_id, status);
create index mandate_body on mandate (body, status);

create table vacancy (
    id                  uuid          primary key,
    mandate_id          uuid          not null unique references mandate (id),
    contest_id          uuid          not null references contest (id),
    kind                varchar(12)   not null check (kind in ('LIST_SEAT', 'SINGLE_SEAT')),
    party_id            uuid          references party (id),
    opened_on           date          not null,
    naming_last_day     date,
    status              varchar(20)   not null check (status in ('OPEN', 'FILLED', 'LIST_EXHAUSTED', 'BY_ELECTION_CALLED')),
    filled_by           uuid          references mandate (id),
    by_election_id      uuid          references election (id),
    consent_day         date,
    consent_reference   text,
    consent_by          varchar(255),
    closed_at           timestamptz,
    closed_by           varchar(255),
    version             integer       not null default 0
);

create index vacancy_contest on vacancy (contest_id, status);
create unique index uq_vacancy_by_election on vacancy (by_election_id) where by_election_id is not null;

alter table mandate add constraint mandate_fills_vacancy foreign key (fills_vacancy) references vacancy (id);
