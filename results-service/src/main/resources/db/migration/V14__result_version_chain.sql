-- Published result versions form a hash chain an observer can check offline (verifier/): each version carries the
-- digest of the version before it (previous_digest, null for version 1), the head hash of the audit chain when it was
-- published (audit_head, null if none was sealed, or for versions published before this migration), and its own
-- digest over its public JSON and those links (kz.elections.verifier.VersionDigest: SHA-256 of the RFC 8785 canonical
-- form). SQL cannot compute the canonical form, so versions published before this migration get their digests from
-- results-service when it starts (VersionChaining), oldest first; a new version is always stored with them.
alter table result_version
    add column previous_digest char(64),
    add column audit_head      char(64),
    add column digest          char(64);

-- A published version is immutable: no DELETE, no TRUNCATE, and an UPDATE only if it changes nothing but filling the
-- chain columns of a version that has no digest yet (the linking of versions published before this migration).
-- Whoever gets past this (a superuser, a replica with triggers off) still breaks the chain, and the verification
-- names the version.
create function result_version_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
            and (new.election_code, new.number, new.status, new.as_of, new.published_by, new.certifies, new.reason,
                 new.tally_digest)
                is not distinct from (old.election_code, old.number, old.status, old.as_of, old.published_by,
                 old.certifies, old.reason, old.tally_digest)
            and new.changes is not distinct from old.changes and new.document is not distinct from old.document
            and new.contest_digests is not distinct from old.contest_digests
            and ((new.previous_digest, new.audit_head, new.digest)
                     is not distinct from (old.previous_digest, old.audit_head, old.digest)
                 or old.digest is null and new.digest is not null) then
        return new;
    end if;
    raise exception 'result_version is immutable: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger result_version_immutable before update or delete on result_version
    for each row execute function result_version_immutable();
create trigger result_version_no_truncate before truncate on result_version
    for each statement execute function result_version_immutable();
