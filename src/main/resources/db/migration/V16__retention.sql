-- Retention: a closed incident's personal data is replaced some years after closing; the register's facts stay.
alter table incident add column pseudonymised_at timestamptz;
-- The daily retention run looks for closed incidents not yet pseudonymised, oldest closing first.
create index incident_closed_for_retention on incident (closed_at) where status = 'CLOSED' and pseudonymised_at is null;
