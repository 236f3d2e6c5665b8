-- An event's detail is the server's own prefix ("round 2, CLOSED -> ASSESSING; awareAt ... -> ...: ") followed
-- by the client's text, which its request already bounds (a reopen reason has at most 4000 characters). With a
-- bounded column, a reason of the full allowed length no longer fit once the prefix was added.
alter table incident_event alter column detail type text;
