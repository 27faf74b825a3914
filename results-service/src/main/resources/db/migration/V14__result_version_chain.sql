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
