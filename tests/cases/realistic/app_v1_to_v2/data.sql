INSERT INTO core.tenants (id, slug, name, billing_email, default_currency) VALUES
    (1, 'acme', 'Acme Corp', 'billing@acme.example', 'USD'),
    (2, 'globex', 'Globex GmbH', 'finance@globex.example', 'EUR');

INSERT INTO core.users (id, email, full_name, password_hash, locale, time_zone) VALUES
    (1, 'wile@acme.example', 'Wile E. Coyote', 'x$1', 'en', 'America/Phoenix'),
    (2, 'road@acme.example', 'Road Runner', NULL, 'en', 'UTC'),
    (3, 'hank@globex.example', 'Hank Scorpio', 'x$2', 'de', 'Europe/Berlin'),
    (4, 'auditor@books.example', 'Ada Auditor', NULL, 'en', 'UTC');

INSERT INTO core.tenant_members (tenant_id, user_id, role) VALUES
    (1, 1, 'owner'), (1, 2, 'member'), (2, 3, 'owner'), (2, 4, 'viewer');

INSERT INTO core.teams (id, tenant_id, name, color) VALUES
    (1, 1, 'Rockets', '#ff6600'), (2, 2, 'World Domination', '#003366');
INSERT INTO core.team_members (team_id, user_id, is_lead) VALUES (1, 1, true), (1, 2, false), (2, 3, true);

INSERT INTO core.clients (id, tenant_id, name, legal_name, vat_number, country, billing_address, currency) VALUES
    (1, 1, 'Desert Supplies', 'Desert Supplies LLC', NULL, 'US',
        ROW('1 Mesa Rd', NULL, 'Tucson', '85701', 'US')::core.address, 'USD'),
    (2, 2, 'Cypress Creek', 'Cypress Creek AG', 'DE123456789', 'DE',
        ROW('Hauptstr. 5', '2. OG', 'Berlin', '10115', 'DE')::core.address, 'EUR');
INSERT INTO core.client_contacts (id, client_id, full_name, email, phone, is_primary) VALUES
    (1, 1, 'Dusty Rhodes', 'dusty@desert.example', '+1 520 555 0100', true),
    (2, 1, 'Sandy Dunes', 'sandy@desert.example', NULL, false),
    (3, 2, 'Frank Grimes', 'frank@cypress.example', NULL, true);

INSERT INTO core.projects (id, tenant_id, client_id, team_id, key, name, description, visibility, hourly_rate, starts_on, ends_on) VALUES
    (1, 1, 1, 1, 'SKATE', 'Rocket skates', 'Faster than a roadrunner', 'team', 120.00, '2024-01-08', '2024-06-28'),
    (2, 1, NULL, 1, 'ANVIL', 'Anvil logistics', NULL, 'private', NULL, '2024-02-01', NULL),
    (3, 2, 2, 2, 'DOOM', 'Doomsday device', 'Phase 1', 'tenant', 250.00, '2024-01-15', '2024-12-20');
INSERT INTO core.project_members (project_id, user_id, role) VALUES
    (1, 1, 'owner'), (1, 2, 'member'), (2, 1, 'owner'), (3, 3, 'owner');
INSERT INTO core.milestones (id, project_id, name, due_on) VALUES
    (1, 1, 'Prototype', '2024-03-01'), (2, 3, 'Laser calibrated', '2024-05-01');

INSERT INTO core.tasks (id, tenant_id, project_id, milestone_id, parent_id, number, title, description, status, priority, reporter_id, due_date, estimate_minutes) VALUES
    (1, 1, 1, 1, NULL, 1, 'Design wheel bearings', NULL, 'done', 'high', 1, '2024-02-01', 480),
    (2, 1, 1, 1, NULL, 2, 'Fuel mixture', 'Less explosive please', 'in_progress', 'urgent', 1, '2024-02-15', 960),
    (3, 1, 1, NULL, 2, 3, 'Order test fuel', NULL, 'todo', 'normal', 2, NULL, 60),
    (4, 1, 2, NULL, NULL, 1, 'Find a bigger anvil', NULL, 'review', 'low', 1, '2024-03-10', NULL),
    (5, 2, 3, 2, NULL, 1, 'Calibrate laser', NULL, 'todo', 'high', 3, '2024-04-30', 240);
INSERT INTO core.task_dependencies (task_id, depends_on_task_id) VALUES (3, 2), (2, 1);
INSERT INTO core.task_assignees (task_id, user_id) VALUES (1, 1), (2, 1), (3, 2), (5, 3);
INSERT INTO core.task_comments (id, task_id, author_id, body) VALUES
    (1, 2, 2, 'Meep meep'), (2, 2, 1, 'Working on it'), (3, 5, 3, 'Needs a bigger lens');
INSERT INTO core.task_attachments (id, task_id, uploaded_by, file_name, content_type, size_bytes, storage_key) VALUES
    (1, 2, 1, 'mixture.pdf', 'application/pdf', 48211, 'acme/2/mixture.pdf');
INSERT INTO core.labels (id, tenant_id, name, color) VALUES
    (1, 1, 'bug', '#ff0000'), (2, 1, 'safety', '#00aa00'), (3, 2, 'evil', '#660066');
INSERT INTO core.task_labels (task_id, label_id) VALUES (2, 1), (2, 2), (5, 3);

INSERT INTO core.timesheets (id, tenant_id, user_id, week_start, submitted_at) VALUES
    (1, 1, 1, '2024-03-04', '2024-03-08 17:00:00+00');
INSERT INTO core.holidays (id, tenant_id, day, name) VALUES
    (1, 1, '2024-07-04', 'Independence Day'), (2, 2, '2024-10-03', 'Tag der Deutschen Einheit');
INSERT INTO core.notifications (id, user_id, kind, payload, read_at) VALUES
    (1, 1, 'task.assigned', '{"task_id": 2}', NULL),
    (2, 2, 'comment.created', '{"comment_id": 2}', '2024-03-05 10:00:00+00');
INSERT INTO core.notification_preferences (user_id, kind, email_enabled, push_enabled) VALUES
    (1, 'task.assigned', true, false);
INSERT INTO core.api_keys (id, tenant_id, created_by, name, key_hash, scopes) VALUES
    (1, 1, 1, 'CI', 'sha256:0a1b2c', '{tasks:read,tasks:write}');
INSERT INTO core.webhooks (id, tenant_id, url, secret, events) VALUES
    (1, 2, 'https://hooks.globex.example/tasklane', 's3cr3t', '{task.created,invoice.paid}');
INSERT INTO core.webhook_deliveries (id, webhook_id, event, payload, status_code, succeeded) VALUES
    (1, 1, 'task.created', '{"task_id": 5}', 200, true);
INSERT INTO core.custom_fields (id, tenant_id, name, field_type, options) VALUES
    (1, 1, 'Customer impact', 'select', '["low", "high"]');
INSERT INTO core.custom_field_values (task_id, field_id, value) VALUES (2, 1, '"high"');
INSERT INTO core.saved_filters (id, user_id, name, query) VALUES
    (1, 1, 'My urgent', '{"priority": "urgent", "assignee": "me"}');
INSERT INTO core.invitations (id, tenant_id, email, role, token, invited_by, expires_at) VALUES
    (1, 1, 'marvin@mars.example', 'member', 'tok-7f3a', 1, '2030-01-01 00:00:00+00');
INSERT INTO core.user_sessions (id, user_id, ip, user_agent, expires_at) VALUES
    ('7d0c6a2e-3f43-4c4b-9d35-9d6f3f0c1a01', 1, '203.0.113.7', 'Mozilla/5.0', '2030-01-01 00:00:00+00');
INSERT INTO core.documents (id, tenant_id, project_id, title, created_by) VALUES
    (1, 1, 1, 'Skate spec', 1);
INSERT INTO core.document_versions (document_id, version, body, author_id) VALUES
    (1, 1, 'Two wheels, one rocket.', 1), (1, 2, 'Four wheels, two rockets.', 2);

INSERT INTO billing.currencies (code, name, minor_units) VALUES
    ('USD', 'US dollar', 2), ('EUR', 'Euro', 2), ('JPY', 'Japanese yen', 0);
INSERT INTO billing.exchange_rates (base, quote, rate_date, rate) VALUES
    ('EUR', 'USD', '2024-03-01', 1.08410000), ('USD', 'JPY', '2024-03-01', 150.12000000);
INSERT INTO billing.plans (id, code, name, monthly_price, currency) VALUES
    (1, 'team', 'Team', 49.00, 'USD'), (2, 'business', 'Business', 199.00, 'USD');
INSERT INTO billing.plan_features (plan_id, feature, limit_value) VALUES
    (1, 'projects', 20), (1, 'seats', 10), (2, 'projects', NULL), (2, 'seats', 100);
INSERT INTO billing.subscriptions (id, tenant_id, plan_id, status, current_period_start, current_period_end) VALUES
    (1, 1, 1, 'active', '2024-03-01', '2024-04-01'),
    (2, 2, 2, 'trialing', '2024-03-10', '2024-04-10');
INSERT INTO billing.subscription_items (id, subscription_id, description, quantity, unit_amount) VALUES
    (1, 1, 'Team seats', 2, 49.00), (2, 2, 'Business seats', 1, 199.00);
INSERT INTO billing.usage_records (id, subscription_item_id, quantity, idempotency_key) VALUES
    (1, 1, 2, 'acme-2024-03-seats');
INSERT INTO billing.tax_rates (id, tenant_id, name, rate, country, is_default) VALUES
    (1, 1, 'AZ sales tax', 5.60, 'US', true), (2, 2, 'MwSt', 19.00, 'DE', true), (3, 2, 'MwSt reduced', 7.00, 'DE', false);
INSERT INTO billing.products (id, tenant_id, sku, name, unit, default_price, tax_rate_id) VALUES
    (1, 1, 'CONSULT', 'Consulting', 'hour', 120.00, 1),
    (2, 2, 'EVIL-HR', 'Evil consulting', 'hour', 250.00, 2);
INSERT INTO billing.rate_cards (id, tenant_id, project_id, user_id, hourly_rate, valid_from) VALUES
    (1, 1, 1, NULL, 120.00, '2024-01-01'), (2, 1, 1, 2, 95.00, '2024-01-01');

INSERT INTO billing.invoices (id, tenant_id, client_id, number, status, currency, issue_date, due_date, bill_to, notes) VALUES
    (1, 1, 1, 'INV-00001', 'paid', 'USD', '2024-02-01', '2024-03-02',
        ROW('1 Mesa Rd', NULL, 'Tucson', '85701', 'US')::core.address, NULL),
    (2, 1, 1, 'INV-00002', 'open', 'USD', '2024-03-01', '2024-03-31',
        ROW('1 Mesa Rd', NULL, 'Tucson', '85701', 'US')::core.address, 'Net 30'),
    (3, 2, 2, 'INV-00001', 'open', 'EUR', '2024-03-05', '2024-04-04',
        ROW('Hauptstr. 5', '2. OG', 'Berlin', '10115', 'DE')::core.address, NULL),
    (4, 2, 2, 'INV-00002', 'draft', 'EUR', NULL, NULL, NULL, NULL);
INSERT INTO billing.invoice_lines (id, invoice_id, position, product_id, description, quantity, unit_price, discount_pct, tax_rate_id) VALUES
    (1, 1, 1, 1, 'Consulting, January', 10.000, 120.00, 0, 1),
    (2, 2, 1, 1, 'Consulting, February', 12.500, 120.00, 10.00, 1),
    (3, 2, 2, NULL, 'Rocket fuel (pass-through)', 3.000, 89999.99, 0, NULL),
    (4, 3, 1, 2, 'Evil consulting', 8.000, 250.00, 0, 2),
    (5, 4, 1, 2, 'Evil consulting (draft)', 1.000, 250.00, 0, 2);

INSERT INTO core.time_entries (id, tenant_id, task_id, user_id, started_at, minutes, billable, note, invoice_line_id) VALUES
    (1, 1, 1, 1, '2024-01-22 09:00:00+00', 300, true, 'Bearing CAD', 1),
    (2, 1, 2, 1, '2024-02-12 09:00:00+00', 450, true, NULL, 2),
    (3, 1, 3, 2, '2024-03-04 13:00:00+00', 45, false, 'Phone calls', NULL),
    (4, 2, 5, 3, '2024-03-06 08:30:00+00', 480, true, NULL, NULL);

INSERT INTO billing.payment_methods (id, tenant_id, client_id, kind, label, last4, is_default) VALUES
    (1, 1, 1, 'card', 'Corporate Visa', '4242', true),
    (2, 2, 2, 'bank_transfer', 'SEPA', NULL, true);
INSERT INTO billing.payments (id, tenant_id, client_id, payment_method_id, amount, currency, received_at, reference) VALUES
    (1, 1, 1, 1, 1267.20, 'USD', '2024-02-20 12:00:00+00', 'ch_1'),
    (2, 2, 2, 2, 1000.00, 'EUR', '2024-03-20 12:00:00+00', 'SEPA-0001');
INSERT INTO billing.payment_allocations (payment_id, invoice_id, amount) VALUES (1, 1, 1267.20), (2, 3, 1000.00);
INSERT INTO billing.credit_notes (id, tenant_id, invoice_id, number, reason) VALUES
    (1, 1, 2, 'CN-00001', 'Discount agreed by phone');
INSERT INTO billing.credit_note_lines (id, credit_note_id, invoice_line_id, quantity, amount) VALUES
    (1, 1, 2, 1.000, 108.00);
INSERT INTO billing.expense_categories (id, tenant_id, name) VALUES (1, 1, 'Travel'), (2, 1, 'Materials');
INSERT INTO billing.expenses (id, tenant_id, project_id, category_id, user_id, amount, currency, spent_on, billable) VALUES
    (1, 1, 1, 2, 1, 349.95, 'USD', '2024-02-10', true),
    (2, 1, NULL, 1, 2, 80.00, 'USD', '2024-03-02', false);
INSERT INTO billing.coupons (id, code, percent_off, amount_off, valid_until, max_redemptions) VALUES
    (1, 'LAUNCH20', 20.00, NULL, '2024-12-31', 100), (2, 'TENOFF', NULL, 10.00, NULL, NULL);
INSERT INTO billing.coupon_redemptions (coupon_id, tenant_id) VALUES (1, 1);
INSERT INTO billing.dunning_events (id, invoice_id, attempt, outcome) VALUES (1, 2, 1, 'emailed');

INSERT INTO audit.events (occurred_at, tenant_id, actor_id, schema_name, table_name, action, row_data) VALUES
    ('2024-01-10 08:00:00+00', 1, 1, 'core', 'tasks', 'update', '{"id": 1}'),
    ('2024-02-11 09:30:00+00', 1, 2, 'core', 'tasks', 'delete', '{"id": 99}'),
    ('2024-03-12 10:45:00+00', 2, 3, 'billing', 'invoices', 'update', '{"id": 3}');
INSERT INTO audit.task_status_history (id, task_id, old_status, new_status, changed_by, changed_at) VALUES
    (1, 1, 'in_progress', 'done', 1, '2024-02-01 16:00:00+00');
INSERT INTO audit.login_attempts (id, email, succeeded, ip, attempted_at) VALUES
    (1, 'wile@acme.example', true, '203.0.113.7', '2024-03-01 08:00:00+00'),
    (2, 'wile@acme.example', false, '198.51.100.23', '2024-03-01 07:59:00+00');
INSERT INTO audit.data_exports (id, tenant_id, requested_by, kind, status, completed_at, file_key) VALUES
    (1, 2, 3, 'invoices_csv', 'done', '2024-03-15 00:00:00+00', 'exports/2/invoices.csv');
