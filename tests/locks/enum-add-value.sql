-- Probe for enum-add-value: ALTER TYPE ... ADD VALUE locks the type, no table (t.md uses the type).
-- type: mood
-- statement
ALTER TYPE mood ADD VALUE 'meh';
