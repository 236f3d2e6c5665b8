-- The language a person's mails go out in; Dutch unless the directory says otherwise.
alter table person add column language varchar(2) not null default 'nl' check (language in ('nl', 'en'));

-- Demo mode only: what Lekwacht delivered (mails and Teams posts), shown at /demo/postvak. Bounded by the service
-- (the newest lekwacht.demo.inbox-size rows are kept), so a laptop demo does not grow forever.
create table demo_message (
    id          bigint generated always as identity primary key,
    channel     varchar(10)    not null check (channel in ('MAIL', 'TEAMS')),
    sent_at     timestamptz    not null,
    sender      varchar(320)   not null,
    recipients  varchar(320)[] not null,
    subject     varchar(1000)  not null,
    text_body   text,
    html_body   text,
    attachments varchar(300)[] not null default '{}'
);
-- The inbox asks who a message was addressed to, in lower case.
create index demo_message_recipients on demo_message using gin (recipients);
