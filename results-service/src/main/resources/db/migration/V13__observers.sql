-- Observers on election day: their accreditations (who may see the protocols of which territory, when) and the
-- reports they file about precincts, which the precinct's territorial commission answers.
create table observer_accreditation (
    id                  uuid          primary key,
    -- the observer's Keycloak user name (the token's preferred_username)
    username            varchar(255)  not null,
    kind                varchar(20)   not null,
    organisation        varchar(300)  not null,
    organisation_kind   varchar(30),
    -- ISO 3166-1 alpha-2 country of an international observer's organisation
    country             varchar(2),
    territory           varchar(10)   not null,
    valid_from          timestamptz   not null,
    valid_to            timestamptz   not null,
    accredited_by       varchar(255)  not null,
    accredited_at       timestamptz   not null,
    revoked_by          varchar(255),
    revoked_at          timestamptz,
    revocation_grounds  text,
    version             integer       not null default 0,
    constraint observer_accreditation_period check (valid_to > valid_from)
);

create index observer_accreditation_username on observer_accreditation (username);

create table observer_report (
    id                uuid          primary key,
    accreditation_id  uuid          not null references observer_accreditation (id),
    observer          varchar(255)  not null,
    election_code     varchar(60)   not null,
    contest_code      varchar(80)   not null,
    precinct_id       uuid          not null,
    unit_code         varchar(10)   not null,
    observed_at       timestamptz   not null,
    category          varchar(40)   not null,
    language          varchar(2)    not null,
    text              text          not null,
    protocol_id       uuid,
    state             varchar(20)   not null,
    filed_at          timestamptz   not null,
    -- each answer of the commission: state, reason, when (who is in the audit trail)
    answers           jsonb         not null default '[]',
    version           integer       not null default 0
);

create index observer_report_observer on observer_report (observer, filed_at);
create index observer_report_queue on observer_report (unit_code, state, filed_at);
create index observer_report_election on observer_report (election_code);
