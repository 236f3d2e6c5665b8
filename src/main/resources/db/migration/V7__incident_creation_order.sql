-- The order in which reports were stored, for "newest first" lists: reported_at follows the server
-- clock, which can be stepped back; this counter cannot.
alter table incident add column created_seq bigint generated always as identity;
create index incident_reporter_created on incident (reporter, created_seq desc);
