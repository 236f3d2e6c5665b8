-- The daily digest is delivered like an escalation step: planned once per school and day (the unique key keeps
-- a second node from planning it again), sent by the sweep, retried with backoff while SMTP is down, FAILED
-- visibly after the last attempt.
create table digest_delivery (
    id              bigint generated always as identity primary key,
    school_id       bigint       not null references school (id),
    digest_date     date         not null,
    status          varchar(16)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'CANCELLED', 'FAILED')),
    planned_at      timestamptz  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz,
    lease_until     timestamptz,
    last_error      varchar(1000),
    sent_at         timestamptz,
    unique (school_id, digest_date)
);
create index digest_delivery_pending on digest_delivery (next_attempt_at) where status = 'PENDING';
