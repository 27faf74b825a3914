-- The candidate's public record holds the place of work (CL Art. 37, 44), filed with the nomination.
alter table nomination add column place_of_work varchar(300);

-- A registered candidate's election programme, or a party's for its registered list: plain text in Kazakh and
-- Russian, which voters read on the candidate's public page. Exactly one of the two owners.
create table election_programme (
    id             uuid         primary key,
    nomination_id  uuid         unique references nomination (id),
    party_list_id  uuid         unique references party_list (id),
    text_kk        text         not null,
    text_ru        text         not null,
    published_at   timestamptz  not null,
    published_by   varchar(255) not null,
    version        integer      not null default 0,
    check ((nomination_id is null) <> (party_list_id is null))
);

-- Appeals against a refusal to register (CL Art. 87, 103, 113-1): within 7 days (Mazhilis, maslikhat) or 3 (akim),
-- decided by the central commission; an upheld appeal registers the nomination or list.
create table appeal (
    id             uuid          primary key,
    contest_id     uuid          not null references contest (id),
    nomination_id  uuid          references nomination (id),
    party_list_id  uuid          references party_list (id),
    party_id       uuid,
    status         varchar(10)   not null check (status in ('FILED', 'UPHELD', 'DISMISSED')),
    grounds        text          not null,
    refused_at     timestamptz   not null,
    deadline       timestamptz   not null,
    filed_at       timestamptz   not null,
    filed_by       varchar(255)  not null,
    decided_at     timestamptz,
    decided_by     varchar(255),
    reason         text,
    version        integer       not null default 0,
    check ((nomination_id is null) <> (party_list_id is null))
);

-- One open appeal per refusal, so two concurrent filings cannot both stand.
create unique index uq_appeal_open_nomination on appeal (nomination_id) where status = 'FILED';
create unique index uq_appeal_open_list on appeal (party_list_id) where status = 'FILED';

-- The appeal that registered a refused candidate, recorded with the nomination.
alter table nomination add column registered_on_appeal uuid references appeal (id);
