-- A school the foundation no longer runs takes no new reports; its incidents, register and people stay readable.
alter table school add column active boolean not null default true;

-- The pages cache on the change counter; a changed ladder shows in them.
create constraint trigger escalation_plan_step_changed after insert or update or delete on escalation_plan_step
    deferrable initially deferred for each row execute function bump_change_version();
