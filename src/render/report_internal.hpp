// Internal to the render module: what the check report formats share.
#pragma once

#include <array>
#include <cstddef>

#include "schemadiff/render/report.hpp"

namespace schemadiff::render {

/// The classes from the most to the least severe: the order of every summary.
constexpr std::array kSeveritiesDown = {safety::Severity::Dangerous, safety::Severity::Careful, safety::Severity::Safe};

/// Counts over the reported findings (at or above min_level).
struct Summary {
    size_t reported = 0;
    size_t acknowledged = 0;
    size_t blocking = 0;
    std::array<size_t, 3> by_class{};               ///< indexed by Severity
    std::array<size_t, 3> acknowledged_by_class{};  ///< indexed by Severity
    auto count(safety::Severity severity) const -> size_t;
};
/// The safe alternative, when the finding is not SAFE already (a SAFE rule's alternative is for other versions).
auto instead(const Finding& finding) -> const std::string&;
/// finding_message() and, when there is one to show, ". Instead: <safe alternative>".
auto message_with_alternative(const Finding& finding) -> std::string;
auto summarise(const std::vector<Finding>& findings, const ReportOptions& options) -> Summary;

}  // namespace schemadiff::render
