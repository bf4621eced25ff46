-- a 17-table project-management schema v1 -> v2: table added/dropped, enum values and new enum, type widening, defaults, NOT NULL, checks, FK actions, index changes, extension added; with data
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TYPE plan_tier AS ENUM ('free', 'team', 'business', 'enterprise');
CREATE TYPE member_role AS ENUM ('owner', 'admin', 'member', 'guest');
CREATE TYPE issue_status AS ENUM ('backlog', 'todo', 'in_progress', 'in_review', 'done', 'wont_do');
CREATE TYPE issue_kind AS ENUM ('bug', 'feature', 'task');

CREATE SEQUENCE webhook_delivery_seq AS bigint;

CREATE TABLE organizations (
    id bigserial PRIMARY KEY,
    name varchar(100) NOT NULL,
    slug varchar(40) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    plan plan_tier NOT NULL DEFAULT 'free',
    billing_email citext,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    display_name varchar(120) NOT NULL,
    avatar_url text,
    timezone text NOT NULL DEFAULT 'UTC',
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

CREATE TABLE teams (
    id serial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name varchar(60) NOT NULL,
    description text,
    UNIQUE (org_id, name)
);

CREATE TABLE team_members (
    team_id integer NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    is_lead boolean NOT NULL DEFAULT false,
    PRIMARY KEY (team_id, user_id)
);

CREATE TABLE projects (
    id serial PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    team_id integer REFERENCES teams (id) ON DELETE SET NULL,
    key varchar(10) NOT NULL,
    name varchar(100) NOT NULL,
    description text,
    archived boolean NOT NULL DEFAULT false,
    CONSTRAINT projects_org_key UNIQUE (org_id, key),
    CONSTRAINT projects_key_format CHECK (key ~ '^[A-Z][A-Z0-9]*$')
);

CREATE TABLE issues (
    id bigserial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    number bigint NOT NULL,
    kind issue_kind NOT NULL DEFAULT 'task',
    title varchar(300) NOT NULL,
    description text,
    status issue_status NOT NULL DEFAULT 'todo',
    priority smallint NOT NULL DEFAULT 2 CHECK (priority BETWEEN 0 AND 4),
    estimate_points numeric(4,1) CHECK (estimate_points >= 0),
    assignee_id bigint REFERENCES users (id) ON DELETE SET NULL,
    reporter_id bigint REFERENCES users (id) ON DELETE SET NULL,
    parent_id bigint REFERENCES issues (id) ON DELETE SET NULL,
    due_date date,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (project_id, number)
);

CREATE INDEX issues_status_idx ON issues (project_id, status) WHERE status <> 'done';
CREATE INDEX issues_assignee_idx ON issues (assignee_id) WHERE assignee_id IS NOT NULL;
CREATE INDEX issues_title_trgm_idx ON issues USING gin (title gin_trgm_ops);

CREATE TABLE labels (
    id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name varchar(40) NOT NULL,
    color char(7) NOT NULL DEFAULT '#888888' CHECK (color ~* '^#[0-9a-f]{6}$'),
    CONSTRAINT labels_project_name_key UNIQUE (project_id, name)
);

CREATE TABLE issue_labels (
    issue_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    label_id integer NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
    PRIMARY KEY (issue_id, label_id)
);

CREATE TABLE watchers (
    issue_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    since timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (issue_id, user_id)
);

CREATE TABLE comments (
    id bigserial PRIMARY KEY,
    issue_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    author_id bigint REFERENCES users (id) ON DELETE SET NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    edited_at timestamptz
);

CREATE INDEX comments_issue_id_idx ON comments (issue_id, created_at DESC);

CREATE TABLE attachments (
    id bigserial PRIMARY KEY,
    issue_id bigint NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    file_name varchar(255) NOT NULL,
    content_type varchar(255),
    size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
    sha256 bytea
);

CREATE TABLE sprints (
    id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name varchar(60) NOT NULL,
    goal text,
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
    name varchar(60) NOT NULL DEFAULT 'default',
    token_hash bytea NOT NULL UNIQUE,
    scopes text[] NOT NULL DEFAULT '{read}',
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz DEFAULT (now() + interval '90 days')
);

CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    org_id bigint REFERENCES organizations (id) ON DELETE SET NULL,
    actor_id bigint REFERENCES users (id) ON DELETE SET NULL,
    action varchar(50) NOT NULL,
    payload jsonb,
    at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX audit_log_at_idx ON audit_log USING brin (at) WITH (pages_per_range = 64);
CREATE INDEX audit_log_org_idx ON audit_log (org_id, at DESC);

CREATE TABLE notifications (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind varchar(30) NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}',
    read_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX notifications_unread_idx ON notifications (user_id, created_at DESC) WHERE read_at IS NULL;

CREATE TABLE webhooks (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id bigint NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    url text NOT NULL CHECK (url LIKE 'https://%'),
    secret text NOT NULL,
    events text[] NOT NULL DEFAULT '{}',
    active boolean NOT NULL DEFAULT true,
    last_delivery_no bigint DEFAULT nextval('webhook_delivery_seq')
);

COMMENT ON TABLE organizations IS 'Tenants (one per customer company)';
COMMENT ON TABLE issues IS 'Work items';
COMMENT ON COLUMN issues.number IS 'Per-project sequential number';
COMMENT ON COLUMN issues.parent_id IS 'Parent issue for sub-tasks';
COMMENT ON TABLE webhooks IS 'Outgoing HTTP callbacks';
