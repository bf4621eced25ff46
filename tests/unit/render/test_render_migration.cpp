#include <doctest/doctest.h>

#include "schemadiff/render/render.hpp"
#include "unit_support.hpp"

using namespace schemadiff;
using namespace schemadiff::testing;
using namespace schemadiff::model;

namespace {
constexpr const char* kMigrationTemplate = "sql/migration.sql.mustache";

auto info() -> render::MigrationInfo {
    return {"add_mood", "20260102030405", "up", "a.sql", "b.sql", "9.9.9"};
}

/// One step outside the transaction (ADD VALUE) and one inside (ADD COLUMN), with characters HTML would escape.
auto small_plan() -> planner::Plan {
    return planner::make_plan({AddEnumValue{qname("mood"), "<meh>", {}, "ok"},
                               AddColumn{qname("t"), column("note", "text DEFAULT 'a & b'")}});
}

auto contains(const std::string& text, const std::string& part) -> bool {
    return text.find(part) != std::string::npos;
}
}  // namespace

TEST_CASE("render: every shipped template renders a plan") {
    auto templates = render::TemplateSet::embedded();
    auto paths = templates.paths();
    REQUIRE_FALSE(paths.empty());
    for (const auto& path : paths) {
        CAPTURE(path);
        // Every template so far is a migration format; a new kind of template needs its renderer called here.
        auto slash = path.find('/');
        REQUIRE(slash != std::string::npos);
        std::string format = path.substr(0, slash);
        REQUIRE(path == format + "/migration.sql.mustache");
        std::string out = render::render_migration(small_plan(), info(), templates, format);
        CHECK(contains(out, "20260102030405"));
        CHECK(contains(out, "ALTER TABLE public.t ADD COLUMN note text DEFAULT 'a & b'"));
        CHECK_FALSE(contains(out, "{{"));
    }
}

TEST_CASE("render: the SQL migration keeps ADD VALUE outside BEGIN / COMMIT") {
    std::string out = render::render_migration(small_plan(), info(), render::TemplateSet::embedded());
    auto add_value = out.find("ALTER TYPE public.mood ADD VALUE IF NOT EXISTS '<meh>' AFTER 'ok';");
    auto begin = out.find("\nBEGIN;\n");
    auto add_column = out.find("ALTER TABLE public.t ADD COLUMN note text DEFAULT 'a & b';");
    auto commit = out.find("\nCOMMIT;\n");
    REQUIRE(add_value != std::string::npos);
    REQUIRE(begin != std::string::npos);
    REQUIRE(add_column != std::string::npos);
    REQUIRE(commit != std::string::npos);
    CHECK(add_value < begin);
    CHECK(begin < add_column);
    CHECK(add_column < commit);
    CHECK(contains(out,
                   "-- 2 operation(s): 0 dangerous, 0 careful, 2 safe\n"
                   "--   1. SAFE enum-add-value: add_enum_value public.mood '<meh>'\n"
                   "--   2. SAFE column-add-nullable: add_column public.t.note\n"));
}

TEST_CASE("render: an empty plan renders no transaction") {
    std::string out = render::render_migration(planner::Plan{}, info(), render::TemplateSet::embedded());
    CHECK(contains(out, "-- 0 operation(s):"));
    CHECK_FALSE(contains(out, "BEGIN;"));
    CHECK_FALSE(contains(out, "COMMIT;"));
}

TEST_CASE("render: a template folder overrides the embedded template of the same path") {
    TempDir dir;
    dir.write(kMigrationTemplate,
              "-- {{name}} {{direction}} "
              "{{operation_count}}\n{{#groups}}{{#transactional}}{{#steps}}{{#statements}}{{sql}};\n{{/statements}}{{/"
              "steps}}{{/transactional}}{{/groups}}");
    dir.write("sql/ignored.txt", "{{#broken");
    auto templates = render::TemplateSet::with_overrides(dir.path());
    CHECK(render::render_migration(small_plan(), info(), templates) ==
          "-- add_mood up 2\nALTER TABLE public.t ADD COLUMN note text DEFAULT 'a & b';\n");
    CHECK(templates.paths() == render::TemplateSet::embedded().paths());
}

TEST_CASE("render: a broken template is a render error naming the template") {
    TempDir dir;
    dir.write(kMigrationTemplate, "-- {{name}}\n{{#steps}}\nno end\n");
    auto templates = render::TemplateSet::with_overrides(dir.path());
    Error error = error_of([&] { render::render_migration(small_plan(), info(), templates); });
    CHECK(error.kind() == ErrorKind::Render);
    CHECK(error.message() == "template sql/migration.sql.mustache:2: Unclosed section \"steps\"");
}

TEST_CASE("render: a missing template folder is a usage error, an unknown format a render error") {
    Error folder = error_of([] { render::TemplateSet::with_overrides("/nonexistent/schemadiff-templates"); });
    CHECK(folder.kind() == ErrorKind::Usage);
    CHECK(folder.message() == "template folder /nonexistent/schemadiff-templates does not exist");

    Error format =
        error_of([] { render::render_migration(planner::Plan{}, info(), render::TemplateSet::embedded(), "yaml"); });
    CHECK(format.kind() == ErrorKind::Render);
    CHECK(format.message() == "no template yaml/migration.sql.mustache");
}

TEST_CASE("render: the plan text numbers the steps, gives each verdict and marks those outside a transaction") {
    CHECK(render::render_plan_text(small_plan()) ==
          "2 operation(s): 0 dangerous, 0 careful, 2 safe\n"
          "\n"
          "-- on its own, outside a transaction\n"
          "  1. add_enum_value public.mood '<meh>'  [SAFE enum-add-value] EXCLUSIVE on the type, blocks nothing: no "
          "table is locked\n"
          "     ALTER TYPE public.mood ADD VALUE IF NOT EXISTS '<meh>' AFTER 'ok';\n"
          "\n"
          "-- transaction\n"
          "  2. add_column public.t.note  [SAFE column-add-nullable] ACCESS EXCLUSIVE on public.t, blocks reads and "
          "writes\n"
          "     ALTER TABLE public.t ADD COLUMN note text DEFAULT 'a & b';\n");
    CHECK(render::render_plan_text(planner::Plan{}) == "No changes.\n");
}

TEST_CASE("render: the plan text indents every line of a multi-line statement") {
    auto plan = planner::make_plan({CreateTable{table(qname("t"), {column("a", "integer")})}});
    CHECK(render::render_plan_text(plan) ==
          "1 operation(s): 0 dangerous, 0 careful, 1 safe\n\n-- transaction\n  1. create_table public.t  [SAFE "
          "table-create] "
          "no lock on existing objects\n     CREATE TABLE public.t (\n         a integer\n     );\n");
}

TEST_CASE("render: plain statements end with a semicolon and a blank line, ADD VALUE first") {
    CHECK(render::render_statements(small_plan()) ==
          "ALTER TYPE public.mood ADD VALUE IF NOT EXISTS '<meh>' AFTER 'ok';\n\n"
          "ALTER TABLE public.t ADD COLUMN note text DEFAULT 'a & b';\n\n");
    CHECK(render::render_statements(planner::Plan{}).empty());
}

namespace {
constexpr const char* kInjected = "DROP TABLE IF EXISTS public.victim; --";

/// A plan whose every piece of text holds a line break followed by SQL: names, an enum label, a comment value, the
/// reason, the conditions, the lock note and the group's note.
auto hostile_plan() -> planner::Plan {
    std::string name = std::string("z\n") + kInjected;
    auto plan = planner::make_plan(
        {DropTable{table(qname(name), {column("id", "integer")})},
         AddEnumValue{qname("mood"), std::string("x\r") + kInjected, {}, ""},
         SetComment{CommentTarget::Table, qname("app"), "", std::nullopt, std::string("a\n") + kInjected},
         AddColumn{qname("t"), column("caf\u00e9 */ $$ \"q\" \u2028" + name, "text")}});
    for (auto& group : plan.groups) {
        group.why = std::string("w\n") + kInjected;
        for (auto& step : group.steps) {
            step.verdict.reason += std::string("\r") + kInjected;
            step.verdict.conditions.push_back(std::string("\n") + kInjected);
            step.verdict.lock_note = std::string("\n") + kInjected;
        }
    }
    return plan;
}

auto hostile_info() -> render::MigrationInfo {
    std::string evil = std::string("\n") + kInjected;
    return {"x" + evil, "1" + evil, "up", "database host=h dbname=" + evil, "a.sql" + evil, "9" + evil};
}

/// The lines of `out` that are not comments, blank, or a line of one of the plan's statements.
auto lines_outside_comments_and_statements(std::string out, const planner::Plan& plan) -> testing::Strings {
    for (const auto* step : plan.steps()) {
        for (const auto& sql : step->sql) {
            auto at = out.find(sql + ";\n");
            REQUIRE(at != std::string::npos);
            out.erase(at, sql.size() + 2);
        }
    }
    testing::Strings rest;
    size_t start = 0;
    while (start < out.size()) {
        size_t end = out.find_first_of("\r\n", start);  // psql ends a comment at either
        if (end == std::string::npos) end = out.size();
        std::string line = out.substr(start, end - start);
        start = end + 1;
        if (line.empty() || line.rfind("--", 0) == 0 || line == "BEGIN;" || line == "COMMIT;" ||
            line.rfind("SET ", 0) == 0) {
            continue;
        }
        rest.push_back(line);
    }
    return rest;
}
}  // namespace

TEST_CASE("render: no name, comment value, reason or source description ends a comment of the migration") {
    auto plan = hostile_plan();
    for (const std::string direction : {"up", "down"}) {
        auto info = hostile_info();
        info.direction = direction;
        std::string out = render::render_migration(plan, info, render::TemplateSet::embedded());
        CAPTURE(out);
        CHECK(lines_outside_comments_and_statements(out, plan).empty());
        CHECK(contains(out, "-- from: database host=h dbname=\\nDROP TABLE IF EXISTS public.victim; --\n"));
        CHECK(contains(out,
                       ". DANGEROUS table-drop: drop_table public.\"z\\nDROP TABLE IF EXISTS public.victim; --\"\n"));
        // the names stay exact where they are SQL
        CHECK(contains(out, "DROP TABLE public.\"z\nDROP TABLE IF EXISTS public.victim; --\";\n"));
        CHECK(contains(out, "COMMENT ON TABLE public.app IS 'a\nDROP TABLE IF EXISTS public.victim; --';\n"));
        // and readable where they are comments: non-ASCII, */, $$ and quotes as they are, U+2028 escaped
        CHECK(contains(out, "add_column public.t.\"caf\u00e9 */ $$ \"\"q\"\" \\u2028z\\nDROP"));
    }
}

TEST_CASE("render: a template that prints a value unescaped ({{{x}}}) gets the escaped text too") {
    TempDir dir;
    dir.write(kMigrationTemplate,
              "-- {{{source}}} {{{target}}}\n{{#operations}}-- {{{subject}}} {{{reason}}}\n{{/operations}}");
    auto plan = hostile_plan();
    std::string out = render::render_migration(plan, hostile_info(), render::TemplateSet::with_overrides(dir.path()));
    CAPTURE(out);
    CHECK(lines_outside_comments_and_statements(out, planner::Plan{}).empty());
}

TEST_CASE("render: the plan text shows a line break in a name as \\n, and the statement as it is") {
    auto plan = hostile_plan();
    std::string out = render::render_plan_text(plan);
    CAPTURE(out);
    CHECK(contains(out, ". drop_table public.\"z\\nDROP TABLE IF EXISTS public.victim; --\"  [DANGEROUS table-drop]"));
    CHECK(contains(out, "     DROP TABLE public.\"z\n     DROP TABLE IF EXISTS public.victim; --\";\n"));
    CHECK(contains(out, "ADD VALUE IF NOT EXISTS 'x\\rDROP TABLE"));  // a lone CR in a statement is shown as \r
    CHECK_FALSE(contains(out, "\r"));
}
