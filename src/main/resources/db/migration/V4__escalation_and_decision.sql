-- Who gets the receipt, and when the 72-hour mark passed without a decision.
alter table incident add column reporter_email varchar(320);
alter table incident add column overdue_marked_at timestamptz;

-- The escalation plan of each school: hours after awareness, what is sent, to whom (contact roles).
create table escalation_plan_step (
    id            bigint generated always as identity primary key,
    school_id     bigint      not null references school (id),
    after_minutes integer     not null check (after_minutes >= 0),
    kind          varchar(30) not null,
    audience      text[]      not null,
    unique (school_id, after_minutes)
);

insert into escalation_plan_step (school_id, after_minutes, kind, audience)
select s.id, p.after_minutes, p.kind, p.audience
from school s,
     (values (24 * 60, 'REMINDER', array ['PRIVACY_OFFICER']),
             (48 * 60, 'ADVISE_NOTIFY_NOW', array ['PRIVACY_OFFICER', 'MANAGER']),
             (60 * 60, 'ESCALATION', array ['PRIVACY_OFFICER', 'MANAGER', 'DPO', 'MANAGEMENT']),
             (70 * 60, 'FINAL_WARNING', array ['PRIVACY_OFFICER', 'MANAGER', 'DPO', 'MANAGEMENT']),
             (72 * 60, 'OVERDUE', array ['PRIVACY_OFFICER', 'MANAGER', 'DPO', 'MANAGEMENT']))
         as p(after_minutes, kind, audience);

-- Every message Lekwacht owes for an incident. This table is the single source of truth: a step is
-- written in the transaction that stores the report, and leaves PENDING only as SENT, CANCELLED or FAILED.
create table escalation_step (
    id              bigint generated always as identity primary key,
    incident_id     uuid          not null references incident (id),
    step            varchar(30)   not null,
    kind            varchar(30)   not null,
    -- offset from aware_at; null for the messages tied to the moment of reporting
    after_minutes   integer,
    -- contact roles (and REPORTER), resolved to addresses only when the step is sent
    recipients      text[]        not null,
    due_at          timestamptz   not null,
    status          varchar(12)   not null default 'PENDING' check (status in ('PENDING', 'SENT', 'CANCELLED', 'FAILED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz,
    -- a claim: the instance sending it and until when others keep off
    claimed_by      varchar(200),
    lease_until     timestamptz,
    sent_at         timestamptz,
    sent_to         varchar(4000),
    note            varchar(300),
    last_error      varchar(1000),
    unique (incident_id, step)
);
create index escalation_step_pending on escalation_step (due_at) where status = 'PENDING';
create index escalation_step_incident on escalation_step (incident_id);

-- The privacy officer's decision on notifying the AP; later decisions follow a reopen.
create table decision (
    id           bigint generated always as identity primary key,
    incident_id  uuid          not null references incident (id),
    notify_ap    boolean       not null,
    reasoning    varchar(8000) not null,
    ap_reference varchar(100),
    notified_at  timestamptz,
    delay_reason varchar(4000),
    decided_by   varchar(200)  not null,
    decided_at   timestamptz   not null,
    constraint decision_filing_only_when_notified check (notify_ap or (ap_reference is null and notified_at is null))
);
create index decision_incident on decision (incident_id, decided_at);
