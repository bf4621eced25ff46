// Names and subjects of operations, for reports and test files.
#include "schemadiff/model/operation.hpp"

#include <map>

#include "schemadiff/core/identifier.hpp"
#include "schemadiff/model/command.hpp"

namespace schemadiff::model {

namespace {
auto column_subject(const QualifiedName& table, const Column& column) -> std::string {
    return table.sql() + "." + quote_ident(column.name);
}
auto in_table(const QualifiedName& table, const std::string& member) -> std::string {
    return table.sql() + "." + quote_ident(member);
}
}  // namespace

namespace {
/// "create_view", "drop_function", "replace_policy": one name per operation and object kind, built once.
auto object_operation_name(std::string_view verb, ObjectKind kind) -> std::string_view {
    static const auto names = [] {
        std::map<std::pair<std::string, ObjectKind>, std::string> out;
        for (const KindTraits& each : kObjectKinds) {
            std::string kind_text(each.name);
            for (char& c : kind_text) c = c == '-' ? '_' : c;
            for (const char* each_verb : {"create", "drop", "replace", "rename"}) {
                out[{each_verb, each.kind}] = std::string(each_verb) + "_" + kind_text;
            }
        }
        return out;
    }();
    return names.at({std::string(verb), kind});
}
}  // namespace

auto kind_name(const Operation& operation) -> std::string_view {
    if (const auto* create = std::get_if<CreateObject>(&operation))
        return object_operation_name("create", create->object.kind);
    if (const auto* drop = std::get_if<DropObject>(&operation)) return object_operation_name("drop", drop->object.kind);
    if (const auto* replace = std::get_if<ReplaceObject>(&operation))
        return object_operation_name("replace", replace->to.kind);
    if (const auto* rename = std::get_if<RenameObject>(&operation))
        return object_operation_name("rename", rename->object.kind);
    static constexpr std::string_view kNames[] = {"create_schema",
                                                  "drop_schema",
                                                  "create_extension",
                                                  "drop_extension",
                                                  "create_enum",
                                                  "drop_enum",
                                                  "add_enum_value",
                                                  "rebuild_enum",
                                                  "create_sequence",
                                                  "drop_sequence",
                                                  "alter_sequence",
                                                  "set_sequence_owner",
                                                  "create_table",
                                                  "drop_table",
                                                  "set_table_logged",
                                                  "add_column",
                                                  "drop_column",
                                                  "alter_column_type",
                                                  "set_column_default",
                                                  "set_column_not_null",
                                                  "alter_column_identity",
                                                  "drop_column_expression",
                                                  "add_constraint",
                                                  "drop_constraint",
                                                  "validate_constraint",
                                                  "create_index",
                                                  "drop_index",
                                                  "set_comment",
                                                  "rename_index",
                                                  "create_object",
                                                  "drop_object",
                                                  "replace_object",
                                                  "rename_table",
                                                  "rename_column",
                                                  "rename_constraint",
                                                  "rename_object"};
    static_assert(std::size(kNames) == std::variant_size_v<Operation>);
    return kNames[operation.index()];
}

auto subject(const Operation& operation) -> std::string {
    return std::visit(
        overloaded{
            [](const CreateSchema& op) { return quote_ident(op.schema.name); },
            [](const DropSchema& op) { return quote_ident(op.schema.name); },
            [](const CreateExtension& op) { return quote_ident(op.extension.name); },
            [](const DropExtension& op) { return quote_ident(op.extension.name); },
            [](const CreateEnum& op) { return op.type.name.sql(); },
            [](const DropEnum& op) { return op.type.name.sql(); },
            [](const AddEnumValue& op) { return op.type.sql() + " " + quote_literal(op.label); },
            [](const RebuildEnum& op) { return op.to.name.sql(); },
            [](const CreateSequence& op) { return op.sequence.name.sql(); },
            [](const DropSequence& op) { return op.sequence.name.sql(); },
            [](const AlterSequence& op) { return op.to.name.sql(); },
            [](const SetSequenceOwner& op) { return op.to.name.sql(); },
            [](const CreateTable& op) { return op.table.name.sql(); },
            [](const DropTable& op) { return op.table.name.sql(); },
            [](const SetTableLogged& op) { return op.table.sql(); },
            [](const AddColumn& op) { return column_subject(op.table, op.column); },
            [](const DropColumn& op) { return column_subject(op.table, op.column); },
            [](const AlterColumnType& op) { return column_subject(op.table, op.to); },
            [](const SetColumnDefault& op) { return column_subject(op.table, op.to); },
            [](const SetColumnNotNull& op) { return column_subject(op.table, op.to); },
            [](const AlterColumnIdentity& op) { return column_subject(op.table, op.to); },
            [](const DropColumnExpression& op) { return column_subject(op.table, op.to); },
            [](const AddConstraint& op) { return in_table(op.table, op.constraint.name); },
            [](const DropConstraint& op) { return in_table(op.table, op.constraint.name); },
            [](const ValidateConstraint& op) { return in_table(op.table, op.constraint.name); },
            [](const CreateIndex& op) { return quote_qualified(op.table.schema, op.index.name); },
            [](const DropIndex& op) { return quote_qualified(op.table.schema, op.index.name); },
            [](const SetComment& op) { return op.member.empty() ? op.object.sql() : in_table(op.object, op.member); },
            [](const RenameIndex& op) { return quote_qualified(op.table.schema, op.to); },
            [](const CreateObject& op) { return op.object.subject; },
            [](const DropObject& op) { return op.object.subject; },
            [](const ReplaceObject& op) { return op.to.subject; },
            [](const RenameTable& op) { return op.to.sql(); },
            [](const RenameColumn& op) { return in_table(op.table, op.to); },
            [](const RenameConstraint& op) { return in_table(op.table, op.to); },
            [](const RenameObject& op) { return op.object.subject; },
        },
        operation);
}

auto command_name(const Command& command) -> std::string_view {
    static constexpr std::string_view kNames[] = {
        "reindex", "cluster", "vacuum", "truncate", "drop_database", "lock_table", "refresh_materialized_view"};
    return kNames[static_cast<int>(command.kind)];
}

auto command_subject(const Command& command) -> std::string {
    if (command.relations.empty()) return command.name.empty() ? std::string("(all)") : quote_ident(command.name);
    std::string out;
    for (const auto& relation : command.relations) out += (out.empty() ? "" : ", ") + relation.sql();
    return out;
}

}  // namespace schemadiff::model
