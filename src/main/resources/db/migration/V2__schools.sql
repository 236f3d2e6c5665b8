-- Schools of the foundation and the people Lekwacht must reach for each of them.
create table school (
    id         bigint generated always as identity primary key,
    code       varchar(32)  not null unique,
    name       varchar(200) not null,
    foundation varchar(200) not null
);

create table school_contact (
    id        bigint generated always as identity primary key,
    school_id bigint       not null references school (id),
    role      varchar(32)  not null check (role in ('MANAGER', 'PRIVACY_OFFICER', 'DPO', 'MANAGEMENT')),
    name      varchar(200) not null,
    email     varchar(320) not null,
    -- deputies get every message too: holidays are no excuse for a missed deadline
    deputy    boolean      not null default false
);
create index school_contact_school on school_contact (school_id, role);

insert into school (code, name, foundation)
values ('SSGN', 'Stedelijke Scholengemeenschap Nijmegen', 'Stichting voCampus');

-- Placeholder addresses; the privacy officer replaces them through PUT /api/schools/SSGN/contacts.
insert into school_contact (school_id, role, name, email, deputy)
select id, c.role, c.name, c.email, c.deputy
from school,
     (values ('MANAGER', 'Teamleider SSgN', 'leidinggevende@ssgn.example', false),
             ('PRIVACY_OFFICER', 'Privacy verantwoordelijke SSgN', 'privacy@ssgn.example', false),
             ('PRIVACY_OFFICER', 'Plaatsvervangend privacy verantwoordelijke', 'privacy-plv@ssgn.example', true),
             ('DPO', 'Functionaris gegevensbescherming voCampus', 'fg@vocampus.example', false),
             ('MANAGEMENT', 'Directie SSgN', 'directie@ssgn.example', false))
         as c(role, name, email, deputy)
where code = 'SSGN';
