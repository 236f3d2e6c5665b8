-- The audit trail: who did or read what, when and from where. Ids and actions only, never incident content.
-- Each record carries a SHA-256 over its fields and the previous record's hash (see audit.AuditHash), so a record
-- changed or removed behind the application's back breaks the chain at that position.
create table audit_record (
    position        bigint       primary key,
    at              timestamptz  not null,
    -- null for a failed login (nobody was signed in) and for the system (the retention job)
    actor_subject   varchar(200),
    actor_name      varchar(200) not null,
    -- the Lekwacht roles held, sorted, comma-separated
    actor_roles     varchar(200) not null,
    action          varchar(40)  not null,
    incident_id     uuid,
    school_code     varchar(20),
    remote_address  varchar(64),
    -- AUDIT_PURGE only: the last position the purge removed, which explains where the chain now starts
    purged_through  bigint,
    prev_hash       char(64),
    hash            char(64)     not null,
    check (position > 0)
);
create index audit_record_at on audit_record (at);
create index audit_record_incident on audit_record (incident_id) where incident_id is not null;
create index audit_record_school on audit_record (school_code, position);
create index audit_record_actor on audit_record (actor_subject);

-- Append-only: UPDATE, DELETE and TRUNCATE are refused. The one way out is audit_purge() below, which sets a
-- transaction-local flag this trigger honours for DELETE only.
create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('lekwacht.audit_purge', true) = 'on' then
        return old;
    end if;
    raise exception 'audit_record is append-only: % refused', tg_op using errcode = '42501';
end;
$$;

create trigger audit_record_no_change before update or delete on audit_record
    for each row execute function audit_record_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_append_only();

-- Removes the records older than the retention period (lekwacht.audit.keep) and answers the last position it
-- removed (null when none). The caller appends an AUDIT_PURGE record in the same transaction, naming that position.
create function audit_purge(older_than timestamptz) returns bigint language plpgsql security definer
    set search_path = public, pg_temp as $$
declare
    last_removed bigint;
begin
    -- the newest record always stays: the chain's positions continue from it
    select max(position) into last_removed from audit_record
    where at < older_than and position < (select max(position) from audit_record);
    if last_removed is null then
        return null;
    end if;
    perform set_config('lekwacht.audit_purge', 'on', true);
    -- by position, not by time: the chain must stay one unbroken run from its new start
    delete from audit_record where position <= last_removed;
    perform set_config('lekwacht.audit_purge', 'off', true);
    return last_removed;
end;
$$;
