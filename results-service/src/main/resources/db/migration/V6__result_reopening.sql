-- A final version freezes the election's protocols until a commission member reopens the results,
-- with a reason; the next version published after a reopening is provisional again.
create table result_reopening (
    election_code  varchar(60)   not null,
    version        integer       not null,
    reason         text          not null,
    reopened_by    varchar(255)  not null,
    reopened_at    timestamptz   not null,
    primary key (election_code, version),
    foreign key (election_code, version) references result_version (election_code, number)
);

-- The final version that freezes an election's results (its latest version, final and not reopened),
-- or null. Called by every protocol submission, in the submission's own statement or transaction: it
-- first takes the election's lock in shared mode, which a certification or a reopening takes
-- exclusively, and only then reads (a volatile function reads with a fresh snapshot, so it sees a
-- certification that committed while it waited). A protocol is thus either in the tallies a
-- certification compares, or refused.
create function certified_results_version(election varchar) returns integer
language plpgsql volatile as $$
declare
    certified integer;
begin
    perform pg_advisory_xact_lock_shared(hashtext('results ' || election));
    select v.number into certified
      from result_version v
     where v.election_code = election
       and v.status = 'FINAL'
       and v.number = (select max(w.number) from result_version w where w.election_code = election)
       and not exists (select from result_reopening r where r.election_code = election and r.version = v.number);
    return certified;
end
$$;
