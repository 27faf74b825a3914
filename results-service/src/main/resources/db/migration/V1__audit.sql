-- Every state change, written in the transaction of the change itself.
create table audit_record (
    id          uuid         primary key,
    entity_type varchar(40)  not null,
    entity_id   uuid         not null,
    action      varchar(60)  not null,
    actor       varchar(255) not null,
    at          timestamptz  not null,
    before      jsonb,
    after       jsonb
);

create index audit_record_entity on audit_record (entity_id, at);
create index audit_record_type_at on audit_record (entity_type, at desc);
