-- Form-login sessions, so that logging out ends a session on every replica: the login cookie alone no longer
-- suffices, its companion cookie must name a session that has not ended. Only the SHA-256 of the random session
-- token is kept, so a copy of this table lets nobody in. Rows are deleted once idle past the login timeout.
create table login_session (
    token_hash   varchar(64)  primary key,
    subject      varchar(320) not null,
    created_at   timestamptz  not null,
    last_seen_at timestamptz  not null,
    ended_at     timestamptz
);
create index login_session_last_seen on login_session (last_seen_at);

-- Failed logins per user name and per address (kind USER or ADDRESS), counted within a window; at the limit the key
-- is locked until locked_until, even for the right password. One row per key, updated in one statement, so replicas
-- counting at once never lose a failure.
create table login_throttle (
    kind         varchar(10)  not null check (kind in ('USER', 'ADDRESS')),
    key          varchar(320) not null,
    failures     integer      not null,
    window_start timestamptz  not null,
    locked_until timestamptz,
    primary key (kind, key)
);
create index login_throttle_window on login_throttle (window_start);

-- Code-flow (OIDC) sessions ended by logout. The session cookie itself holds the tokens, encrypted, and stays valid
-- until they expire; a session listed here is refused on every replica from its logout on. Keyed by the ID token's
-- sid (the provider's session, the same across token refreshes), else the SHA-256 of the ID token. Deleted once no
-- cookie of that session can still be valid.
create table ended_oidc_session (
    session_key varchar(200) primary key,
    ended_at    timestamptz  not null
);
create index ended_oidc_session_ended on ended_oidc_session (ended_at);
