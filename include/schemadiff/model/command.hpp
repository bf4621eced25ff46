// Commands of a migration file that change no schema object but lock, rewrite or delete existing data (REINDEX,
// CLUSTER, VACUUM, TRUNCATE, DROP DATABASE, LOCK TABLE, REFRESH MATERIALIZED VIEW). Generate never plans one; lint
// classifies them (safety::classify_command), so a file that runs one is never passed in silence.
#pragma once

#include <string>
#include <vector>

#include "schemadiff/model/schema.hpp"

namespace schemadiff::model {

enum class CommandKind { Reindex, Cluster, Vacuum, Truncate, DropDatabase, LockTable, RefreshMaterializedView };

struct Command {
    CommandKind kind = CommandKind::Reindex;
    std::vector<QualifiedName> relations;  ///< the tables, indexes or views named; empty for "all" (CLUSTER, VACUUM)
    std::string name;                      ///< REINDEX SCHEMA / DATABASE, DROP DATABASE: the name
    bool concurrently = false;             ///< REINDEX ... CONCURRENTLY, REFRESH ... CONCURRENTLY
    bool full = false;                     ///< VACUUM FULL (not VACUUM (FULL false))
    bool cascade = false;                  ///< TRUNCATE ... CASCADE
    int lock_mode = 8;  ///< LOCK TABLE: 1 ACCESS SHARE ... 8 ACCESS EXCLUSIVE (PostgreSQL's lockdefs)
    /// PostgreSQL refuses it inside a transaction block: VACUUM, REINDEX ... CONCURRENTLY, REINDEX SCHEMA / DATABASE /
    /// SYSTEM, CLUSTER of every table.
    bool outside_transaction = false;
};

/// "reindex", "cluster", "vacuum", "truncate", "drop_database", "lock_table", "refresh_materialized_view": the
/// operation name reports give the command.
auto command_name(const Command& command) -> std::string_view;
/// What it names, for people: "public.t, public.u", or the schema / database name.
auto command_subject(const Command& command) -> std::string;

}  // namespace schemadiff::model
