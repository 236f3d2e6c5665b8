-- The privacy officer's workflow: assessment, decisions with Lekwacht's suggestion, AP filings,
-- informing the people affected, the controller data of the AP form, and the change counter behind
-- the ETag of GET /api/deadlines.

-- A reopen starts round 2, 3, ...; escalation steps of later rounds are named R2-H24, R3-H24, ...
alter table incident add column round integer not null default 1 check (round >= 1);

-- One current assessment per incident (replaced as facts come in; each change is in incident_event).
-- A null column means "not known (yet)", never "no".
create table assessment (
    incident_id                 uuid primary key references incident (id),
    confidentiality             boolean       not null,
    integrity                   boolean       not null,
    availability                boolean       not null,
    what_happened               varchar(40),
    data_categories             text[],
    number_of_people            integer check (number_of_people >= 0),
    number_of_records           integer check (number_of_records >= 0),
    people_description          varchar(2000),
    children_involved           boolean,
    encrypted                   varchar(10),
    key_compromised             varchar(10),
    encryption_description      varchar(2000),
    backup_available            varchar(10),
    remote_wipe                 varchar(20),
    recipient_known_and_trusted varchar(10),
    deletion_confirmed          varchar(10),
    exfiltration                varchar(10),
    unavailability_hours        integer check (unavailability_hours >= 0),
    exam_results_involved       boolean,
    theft                       boolean,
    account_misuse              boolean,
    ransomware                  boolean,
    people_in_other_countries   varchar(10),
    foreign_authorities         varchar(1000),
    other_regulators            varchar(1000),
    other_organisations         varchar(2000),
    severity                    varchar(20),
    consequences                varchar(4000),
    cause                       varchar(4000),
    measures_taken              varchar(4000),
    notes                       varchar(8000),
    assessed_by                 varchar(200)  not null,
    assessed_at                 timestamptz   not null
);

-- What Lekwacht suggested when the decision was taken, so the register shows suggestion and decision side by side.
-- Decisions recorded before this migration have no suggestion (null).
alter table decision add column round integer not null default 1;
alter table decision add column inform_people boolean not null default false;
alter table decision add column suggested_outcome varchar(40);
alter table decision add column suggested_severity varchar(20);
alter table decision add column suggested_rules text[] not null default '{}';

-- What was sent to the AP. Follow-ups quote the meldnummer of the INITIAL filing they belong to.
create table filing (
    id           bigint generated always as identity primary key,
    incident_id  uuid          not null references incident (id),
    type         varchar(20)   not null check (type in ('INITIAL', 'SUPPLEMENT', 'CORRECTION', 'WITHDRAWAL')),
    filed_at     timestamptz   not null,
    meldnummer   varchar(100)  not null,
    initial_id   bigint references filing (id),
    delay_reason varchar(4000),
    note         varchar(4000),
    decision_id  bigint references decision (id),
    recorded_by  varchar(200)  not null,
    recorded_at  timestamptz   not null,
    constraint filing_follow_up_names_initial check ((type = 'INITIAL') = (initial_id is null))
);
create index filing_incident on filing (incident_id, filed_at);
create unique index filing_one_withdrawal_per_initial on filing (initial_id) where type = 'WITHDRAWAL';

-- Art. 34: when and how the people affected were told.
create table informing (
    id           bigint generated always as identity primary key,
    incident_id  uuid         not null references incident (id),
    informed_at  timestamptz  not null,
    methods      text[]       not null check (cardinality(methods) > 0),
    people_count integer      not null check (people_count > 0),
    note         varchar(4000),
    recorded_by  varchar(200) not null,
    recorded_at  timestamptz  not null
);
create index informing_incident on informing (incident_id, informed_at);

-- Chapter 3 of the AP form: the controller. The organisation is the school's foundation (bevoegd gezag).
alter table school add column address varchar(300);
alter table school add column kvk_number varchar(20);
alter table school add column sector varchar(100);
alter table school add column contact_name varchar(200);
alter table school add column contact_job_title varchar(200);
alter table school add column contact_phone varchar(50);
update school set sector = 'Onderwijs' where sector is null;

-- The deadline dashboard's list: the next pending step and the failed ones of each open incident.
create index escalation_step_pending_by_incident on escalation_step (incident_id, due_at, id) where status = 'PENDING';
create index escalation_step_failed_by_incident on escalation_step (incident_id) where status = 'FAILED';

-- One counter for the whole database, raised by every committed change to what the dashboards show.
-- GET /api/deadlines builds its ETag from it, so every instance of a cluster sees a change made on
-- any other one, and the counter becomes visible exactly when the change does (same commit).
create table change_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
insert into change_version (id, version) values (true, 1);

-- Raised at most once per transaction. The triggers are deferred to commit so the counter's row lock is
-- taken last and held only for the moment of committing: taken at the first statement instead, it would
-- serialise every writer for its whole transaction and could deadlock with row locks taken later.
create function bump_change_version() returns trigger
    language plpgsql as
$$
begin
    if current_setting('lekwacht.change_version_bumped', true) = 'on' then
        return null;
    end if;
    perform set_config('lekwacht.change_version_bumped', 'on', true);
    update change_version set version = version + 1;
    return null;
end
$$;

create constraint trigger incident_changed after insert or update or delete on incident
    deferrable initially deferred for each row execute function bump_change_version();
create constraint trigger escalation_step_changed after insert or update or delete on escalation_step
    deferrable initially deferred for each row execute function bump_change_version();
create constraint trigger decision_changed after insert or update or delete on decision
    deferrable initially deferred for each row execute function bump_change_version();
create constraint trigger assessment_changed after insert or update or delete on assessment
    deferrable initially deferred for each row execute function bump_change_version();
create constraint trigger filing_changed after insert or update or delete on filing
    deferrable initially deferred for each row execute function bump_change_version();
create constraint trigger informing_changed after insert or update or delete on informing
    deferrable initially deferred for each row execute function bump_change_version();
create constraint trigger school_changed after insert or update or delete on school
    deferrable initially deferred for each row execute function bump_change_version();
