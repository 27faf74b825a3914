-- A version pins the tallies it was published from: a SHA-256 over a canonical form of each contest's
-- figures (contest_digests, by contest code) and over all of them (tally_digest). A certification
-- compares them with the live tallies, so a protocol accepted after publication cannot slip into a
-- final version unseen. Versions published before this have none and must be published again.
alter table result_version add column tally_digest char(64);
alter table result_version add column contest_digests jsonb;
