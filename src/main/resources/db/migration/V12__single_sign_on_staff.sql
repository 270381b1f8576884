-- The people who have signed in through the council's identity provider (single sign-on), with the roles and teams
-- its groups gave them at their latest sign-in. Staff from settings are not here. Kept so that they are known to
-- every node and after a restart as the configured staff are: a manager can give a case to an SSO caseworker who is
-- not signed in just now, and a team's unassigned tasks reach its members (ADR 18).
create table sso_account (
    username        varchar(100)  not null primary key,
    -- Role names (CASEWORKER, MANAGER, PERFORMANCE, ADMIN), separated by commas.
    roles           varchar(200)  not null,
    -- Team names exactly as the groups map them, one per line (a team name never holds a line break).
    teams           varchar(4000) not null,
    last_signed_in  timestamp     not null
);
