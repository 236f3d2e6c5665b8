-- How a step reaches people: by mail (as until now) or as a card in the school's Teams channel. A Teams post is a
-- step like a mail, so it is claimed, retried and failed by the same sweep; its step name is the mail's (REPORT,
-- H48, ...), hence a step is unique per incident and channel.
alter table escalation_step add column channel varchar(10) not null default 'MAIL' check (channel in ('MAIL', 'TEAMS'));
alter table escalation_step drop constraint escalation_step_incident_id_step_key;
alter table escalation_step add constraint escalation_step_incident_channel_step_key unique (incident_id, channel, step);

-- A school's Teams channel: the Workflows webhook URL, which carries its own signature and so is a secret. Kept
-- sealed with AES-GCM (nonce, then ciphertext and tag) under lekwacht.secrets.key, the school id as associated data,
-- so a dump of the database alone does not reveal it and a sealed value cannot be moved to another school. The hint
-- (host and the URL's last four characters) is what is shown back.
create table teams_channel (
    school_id bigint       primary key references school (id),
    sealed    bytea        not null,
    hint      varchar(300) not null,
    set_at    timestamptz  not null,
    set_by    varchar(200) not null
);
