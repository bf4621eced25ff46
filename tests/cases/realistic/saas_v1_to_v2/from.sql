CREATE EXTENSION IF NOT EXISTS citext;

CREATE TYPE plan_tier AS ENUM ('free', 'team', 'enterprise');
CREATE TYPE member_role AS ENUM ('owner', 'admin', 'member', 'guest');
CREATE TYPE issue_status AS ENUM ('backlog', 'todo', 'in_progress', 'done', 'wont_do');

CREATE TABLE organizations (
    id bigserial PRIMARY KEY,
    name varchar(100) NOT NULL,
    slug varchar(40) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    plan plan_tier NOT NULL DEFAULT 'free',
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    display_name varchar(80) NOT NULL,
    last_login_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
    org_id bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role member_role NOT NULL DEFAULT 'member',
    joined_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (org_id, user_id)
);

CREATE INDEX memberships_user_id_idx ON memberships (user_id);

CREATE TABLE invitations (
    id serial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    email citext NOT NULL,
    token char(32) NOT NULL UNIQUE,
    expires_at timestamptz NOT NULL
);

CREATE TABLE teams (
    id serial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name varchar(60) NOT NULL,
    UNIQUE (org_id, name)
);

CREATE TABLE team_members (
    team_id integer NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, user_id)
);

CREATE TABLE projects (
    id serial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    team_id integer REFERENCES teams (id) ON DELETE SET NULL,
    key varchar(10) NOT NULL,
    name varchar(100) NOT NULL,
    archived boolean NOT NULL DEFAULT false,
    CONSTRAINT projects_org_key UNIQUE (org_id, key),
    CONSTRAINT projects_key_format CHECK (key ~ '^[A-Z]+$')
);

CREATE TABLE issues (
    id bigserial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    number integer NOT NULL,
    title varchar(200) NOT NULL,
    description text,
    status issue_status NOT NULL DEFAULT 'backlog',
    priority smallint NOT NULL DEFAULT 2 CHECK (priority BETWEEN 0 AND 4),
    assignee_id bigint REFERENCES users (id) ON DELETE SET NULL,
    reporter_id bigint NOT NULL REFERENCES users (id),
    due_date date,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (project_id, number)
);

CREATE INDEX issues_status_idx ON issues (project_id, status);
CREATE INDEX issues_title_idx ON issues (lower(title));

CREATE TABLE labels (
    id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name varchar(40) NOT NULL,
    color char(7) NOT NULL DEFAULT '#cccccc' CHECK (color ~ '^#[0-9a-f]{6}$')
);

CREATE TABLE issue_labels (
    issue_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    label_id integer NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    PRIMARY KEY (issue_id, label_id)
);

CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    issue_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    author_id bigint NOT NULL REFERENCES users (id),
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX comments_issue_id_idx ON comments (issue_id, created_at);

CREATE TABLE attachments (
    id bigserial PRIMARY KEY,
    issue_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    file_name varchar(255) NOT NULL,
    content_type varchar(100),
    size_bytes integer NOT NULL CHECK (size_bytes >= 0)
);

CREATE TABLE sprints (
    id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name varchar(60) NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    CHECK (ends_on > starts_on)
);

CREATE TABLE sprint_issues (
    sprint_id integer NOT NULL REFERENCES sprints (id) ON DELETE CASCADE,
    issue_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    PRIMARY KEY (sprint_id, issue_id)
);

CREATE TABLE api_tokens (
    id serial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash bytea NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz
);

CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    org_id bigint REFERENCES organizations (id) ON DELETE SET NULL,
    actor_id bigint REFERENCES users (id) ON DELETE SET NULL,
    action varchar(50) NOT NULL,
    payload json,
    at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX audit_log_at_idx ON audit_log USING brin (at);

CREATE TABLE notifications (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind varchar(30) NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}',
    read_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;

COMMENT ON TABLE organizations IS 'Tenants';
COMMENT ON TABLE issues IS 'Work items';
COMMENT ON COLUMN issues.number IS 'Per-project sequential number';
COMMENT ON TABLE invitations IS 'Pending invitations to join an organization';
