INSERT INTO organizations (id, name, slug, plan) VALUES
    (1, 'Acme Corp', 'acme', 'team'),
    (2, 'Globex', 'globex', 'free');

INSERT INTO users (id, email, display_name) VALUES
    (1, 'Wile@Acme.example', 'Wile E.'),
    (2, 'road@acme.example', 'Road Runner'),
    (3, 'hank@globex.example', 'Hank Scorpio');

INSERT INTO memberships (org_id, user_id, role) VALUES
    (1, 1, 'owner'), (1, 2, 'member'), (2, 3, 'owner');

INSERT INTO teams (id, org_id, name) VALUES (1, 1, 'Rockets'), (2, 2, 'World Domination');
INSERT INTO team_members (team_id, user_id) VALUES (1, 1), (1, 2), (2, 3);

INSERT INTO projects (id, org_id, team_id, key, name) VALUES
    (1, 1, 1, 'ROCK', 'Rocket skates'),
    (2, 2, 2, 'DOOM', 'Doomsday device');

INSERT INTO issues (id, project_id, number, title, description, status, priority, assignee_id, reporter_id, due_date) VALUES
    (1, 1, 1, 'Skates explode early', 'Timer is off by one', 'in_progress', 1, 1, 2, '2024-06-01'),
    (2, 1, 2, 'Add brakes', NULL, 'todo', 3, NULL, 1, NULL),
    (3, 2, 1, 'Laser alignment', NULL, 'done', 0, 3, 3, NULL);

INSERT INTO labels (id, project_id, name, color) VALUES (1, 1, 'bug', '#ff0000'), (2, 1, 'safety', '#00aa00');
INSERT INTO issue_labels (issue_id, label_id) VALUES (1, 1), (1, 2), (2, 2);

INSERT INTO comments (issue_id, author_id, body) VALUES (1, 2, 'Meep meep'), (1, 1, 'Working on it');
INSERT INTO attachments (issue_id, file_name, content_type, size_bytes) VALUES (1, 'crash.log', 'text/plain', 2048);

INSERT INTO sprints (id, project_id, name, starts_on, ends_on) VALUES (1, 1, 'Sprint 1', '2024-05-01', '2024-05-14');
INSERT INTO sprint_issues (sprint_id, issue_id) VALUES (1, 1), (1, 2);

INSERT INTO api_tokens (user_id, token_hash, expires_at) VALUES (1, '\x0123456789abcdef', NULL);
INSERT INTO audit_log (org_id, actor_id, action, payload) VALUES (1, 1, 'issue.create', '{"issue": 1}'), (2, 3, 'login', NULL);
INSERT INTO notifications (user_id, kind, payload) VALUES (1, 'mention', '{"comment": 1}'), (2, 'assign', '{}');
