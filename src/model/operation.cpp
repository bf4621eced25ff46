// Names and subjects of operations, for reports and test files.
#include "schemadiff/model/operation.hpp"

#include "schemadiff/core/identifier.hpp"

namespace schemadiff::model {

namespace {
auto column_subject(const QualifiedName& table, const Column& column) -> std::string {
    return table.sql() + "." + quote_ident(column.name);
}
auto in_table(const QualifiedName& table, const std::string& member) -> std::string {
    return table.sql() + "." + quote_ident(member);
}
}  // namespace

auto kind_name(const Operation& operation) -> std::string_view {
    static constexpr std::string_view kNames[] = {
        "create_schema", "drop_schema", "create_extension", "drop_extension", "create_enum", "drop_enum",
        "add_enum_value", "rebuild_enum", "create_sequence", "drop_sequence", "alter_sequence", "set_sequence_owner",
        "create_table", "drop_table", "set_table_logged", "add_column", "drop_column", "alter_column_type",
        "set_column_default", "set_column_not_null", "alter_column_identity", "drop_column_expression",
        "add_constraint", "drop_constraint", "validate_constraint", "create_index", "drop_index", "set_comment",
        "rename_index"};
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
            [](const SetComment& op) {
                return op.member.empty() ? op.object.sql() : in_table(op.object, op.member);
            },
            [](const RenameIndex& op) { return quote_qualified(op.table.schema, op.to); },
        },
        operation);
}

}  // namespace schemadiff::model
