-- The directory of people per school: who Lekwacht mails, and whose sign-in gives which role where.
-- A person is known by the identity provider's stable id (Entra's oid, or sub); the sign-in name is only shown.
create table person (
    id              bigint generated always as identity primary key,
    school_id       bigint       not null references school (id),
    -- null until the person's stable id is known; they are mailed but cannot sign in with a school role
    subject         varchar(200),
    sign_in_name    varchar(320),
    name            varchar(200) not null,
    email           varchar(320) not null,
    roles           varchar(32)[] not null default '{}'
        check (roles <@ array ['staff', 'manager', 'management', 'privacy-officer', 'dpo']::varchar(32)[]),
    -- told when a report names no leidinggevende
    default_manager boolean      not null default false,
    -- receives what this person would while they are away
    deputy_id       bigint references person (id) on delete set null,
    -- a person taken off the list stays, inactive, so the reports that named them keep their name
    active          boolean      not null default true,
    check (deputy_id is null or deputy_id <> id),
    check (not default_manager or 'manager' = any (roles))
);
create unique index person_email on person (school_id, lower(email));
create unique index person_subject on person (school_id, subject) where subject is not null;
create index person_by_subject on person (subject) where subject is not null;
create index person_deputy on person (deputy_id) where deputy_id is not null;

create table absence (
    id        bigint generated always as identity primary key,
    person_id bigint      not null references person (id) on delete cascade,
    starts_at timestamptz not null,
    ends_at   timestamptz not null,
    check (ends_at > starts_at)
);
create index absence_person on absence (person_id, ends_at);

-- The leidinggevende(n) a report goes to: the one the reporter chose, or the school's default ones.
create table incident_manager (
    incident_id uuid   not null references incident (id) on delete cascade,
    person_id   bigint not null references person (id),
    primary key (incident_id, person_id)
);
create index incident_manager_person on incident_manager (person_id);

alter table incident add column reporter_subject varchar(200);
alter table incident add column manager_chosen boolean not null default false;
-- Until now a reporter was known by sign-in name only; that is the best stable id the old reports have.
update incident set reporter_subject = reporter;
alter table incident alter column reporter_subject set not null;
create index incident_reporter_subject on incident (reporter_subject);

-- Today's contacts become people of their school with the matching role.
insert into person (school_id, name, email, roles, default_manager)
select c.school_id, min(c.name), min(c.email),
       array_agg(distinct case c.role when 'MANAGER' then 'manager' when 'PRIVACY_OFFICER' then 'privacy-officer'
                                      when 'DPO' then 'dpo' else 'management' end)::varchar(32)[],
       bool_or(c.role = 'MANAGER')
from school_contact c
group by c.school_id, lower(c.email)
order by min(c.id);

-- A deputy privacy officer was someone who got every message too; now they are the deputy of the school's
-- (first) privacy officer, and a privacy officer themselves, so they still get every message.
update person p
set deputy_id = (select d.id from person d
                 join school_contact dc on dc.school_id = d.school_id and lower(dc.email) = lower(d.email)
                 where d.school_id = p.school_id and dc.deputy and dc.role = 'PRIVACY_OFFICER'
                 order by d.id limit 1)
where p.id in (select min(pp.id) from person pp
               join school_contact pc on pc.school_id = pp.school_id and lower(pc.email) = lower(pp.email)
               where pc.role = 'PRIVACY_OFFICER' and not pc.deputy
               group by pp.school_id);

insert into incident_manager (incident_id, person_id)
select i.id, p.id from incident i join person p on p.school_id = i.school_id and p.default_manager;

drop table school_contact;

create constraint trigger person_changed after insert or update or delete on person
    deferrable initially deferred for each row execute function bump_change_version();
create constraint trigger absence_changed after insert or update or delete on absence
    deferrable initially deferred for each row execute function bump_change_version();
create constraint trigger incident_manager_changed after insert or update or delete on incident_manager
    deferrable initially deferred for each row execute function bump_change_version();
