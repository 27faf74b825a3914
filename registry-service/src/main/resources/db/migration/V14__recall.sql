-- Recall of a single-mandate deputy (CL chapter 13-2, Art. 113-12…16): a voter's application, the commission's
-- decision, the signatures of the district's voters, their check and the recall vote, whose contest is a RECALL contest.
alter table contest drop constraint contest_kind_check;
alter table contest add constraint contest_kind_check check (kind in ('PARTY_LIST', 'SINGLE_MANDATE', 'AKIM', 'RECALL'));

create table recall_petition (
    id                    uuid          primary key,
    mandate_id            uuid          not null,
    deputy_nomination_id  uuid          not null,
    deputy_name_kk        varchar(300)  not null,
    deputy_name_ru        varchar(300)  not null,
    district_contest_id   uuid          not null references contest (id),
    unit_code             varchar(5)    not null references region (code),
    body                  varchar(20)   not null,
    term_start            date          not null,
    planned_end           date          not null,
    ground                text          not null,
    applicant             varchar(255)  not null,
    applicant_name        varchar(300)  not null,
    applicant_address     varchar(500)  not null,
    applied_at            timestamptz   not null,
    applied_on            date          not null,
    status                varchar(20)   not null check (status in ('APPLIED', 'REFUSED', 'COLLECTING', 'INSUFFICIENT',
                                                                    'VOTE_CALLED', 'RECALLED', 'NOT_RECALLED', 'INVALID')),
    decided_on            date,
    decided_at            timestamptz,
    decided_by            varchar(255),
    decided_late          boolean,
    refusal               text,
    collection_ends_on    date,
    district_voters       bigint,
    voters_source         varchar(500),
    valid_signatures      bigint,
    required_signatures   bigint,
    checked_at            timestamptz,
    checked_by            varchar(255),
    called_on             date,
    vote_day              date,
    recall_contest_id     uuid          references contest (id),
    outcome_rule          text,
    outcome_at            timestamptz,
    result_version        integer,
    version               integer       not null default 0
);

create index recall_petition_district on recall_petition (district_contest_id);
create index recall_petition_mandate on recall_petition (mandate_id);
create unique index recall_petition_contest on recall_petition (recall_contest_id) where recall_contest_id is not null;
-- One recall under way per mandate at a time.
create unique index recall_petition_open on recall_petition (mandate_id)
    where status in ('APPLIED', 'COLLECTING', 'VOTE_CALLED');

-- A signature: one per voter (by the keyed hash of their IIN, as party members are kept) and petition. Name and address
-- are kept for the commission's check and never published.
create table recall_signature (
    petition_id  uuid          not null references recall_petition (id),
    iin_hash     bytea         not null,
    full_name    varchar(300)  not null,
    address      varchar(500)  not null,
    signed_on    date          not null,
    entered_at   timestamptz   not null,
    entered_by   varchar(255)  not null,
    primary key (petition_id, iin_hash)
);
