-- One counter row per year hands out the human references DL-<year>-<nnnn>.
create table reference_counter (
    year       integer primary key,
    last_value integer not null
);

create table incident (
    id                         uuid primary key,
    reference                  varchar(20)  not null unique,
    kind                       varchar(20)  not null,
    status                     varchar(20)  not null,
    school_id                  bigint       not null references school (id),
    summary                    varchar(200) not null,
    description                text         not null,
    what_happened              varchar(40)  not null,
    how_discovered             varchar(2000),
    -- the moments, each kept apart: the 72 hours run from aware_at
    occurred_from              timestamptz,
    occurred_to                timestamptz,
    discovered_at              timestamptz  not null,
    reported_at                timestamptz  not null,
    aware_at                   timestamptz  not null,
    deadline                   timestamptz  not null,
    notified_ap_at             timestamptz,
    closed_at                  timestamptz,
    device_type                varchar(20),
    device_school_issued       boolean,
    device_asset_tag           varchar(100),
    device_serial_number       varchar(100),
    device_encrypted           varchar(10),
    device_screen_lock         varchar(10),
    device_remote_wipe         varchar(20),
    device_last_known_location varchar(300),
    police_report_number       varchar(100),
    data_categories            text[]       not null default '{}',
    affected_groups            text[]       not null default '{}',
    approximate_people         integer,
    measures_taken             varchar(4000),
    reporter                   varchar(200) not null,
    version                    bigint       not null default 0,
    constraint incident_deadline_is_72h check (deadline = aware_at + interval '72 hours'),
    constraint incident_occurred_order check (occurred_to is null or occurred_from is null or occurred_from <= occurred_to)
);
create index incident_open_by_deadline on incident (deadline) where status <> 'CLOSED';
create index incident_reporter on incident (reporter, deadline);
create index incident_school on incident (school_id, deadline);

-- Append-only history of an incident: what changed, when, by whom and why.
create table incident_event (
    id          bigint generated always as identity primary key,
    incident_id uuid         not null references incident (id),
    at          timestamptz  not null,
    actor       varchar(200) not null,
    type        varchar(40)  not null,
    detail      varchar(4000)
);
create index incident_event_incident on incident_event (incident_id, at);
