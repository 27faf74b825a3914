-- A repeat vote or a repeat election after a tie for first place (CL Art. 95 p.3, 96, 109-1, 110, 113-9 p.2): a new
-- contest (in an election of its own day) linked to the original. A repeat vote carries only the tied candidates,
-- their registrations reused (repeat_candidate), and takes no nominations; a repeat election opens nomination again.
alter table contest add column repeat_of uuid references contest (id);
alter table contest add column repeat_kind varchar(8) check (repeat_kind in ('VOTE', 'ELECTION'));
alter table contest add constraint contest_repeat check ((repeat_of is null) = (repeat_kind is null));

create table repeat_candidate (
    contest_id     uuid  not null references contest (id),
    nomination_id  uuid  not null references nomination (id),
    primary key (contest_id, nomination_id)
);
