-- The audit trail becomes tamper-evident: append-only, and linked into a hash chain by the sealer
-- (kz.elections.common.audit.AuditChain). Writers insert as before, with no lock: the database numbers each
-- record (sequence); the sealer then sets, once, its content hash, its position in the chain (link) and its
-- chain hash. Records written before this migration are sealed like new ones, on the first run.
alter table audit_record
    add column sequence     bigserial,
    add column content_hash char(64),
    add column link         bigint,
    add column chain_hash   char(64);

alter table audit_record add constraint uq_audit_record_sequence unique (sequence);
alter table audit_record add constraint uq_audit_record_link unique (link);
create index audit_record_unsealed on audit_record (sequence) where link is null;

-- Nothing is changed or removed, except the sealer filling the three chain columns of an unsealed record.
create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.link is null and old.content_hash is null and old.chain_hash is null
            and new.link is not null and new.content_hash is not null and new.chain_hash is not null
            and (new.id, new.sequence, new.entity_type, new.entity_id, new.action, new.actor, new.at)
                is not distinct from (old.id, old.sequence, old.entity_type, old.entity_id, old.action, old.actor, old.at)
            and new.before is not distinct from old.before and new.after is not distinct from old.after then
        return new;
    end if;
    raise exception 'audit_record is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function audit_record_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_append_only();
