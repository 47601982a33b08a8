#pragma once

#include <QString>

#include <optional>

// How the comparison and sweep tables write their figures; an absent figure is a blank cell
// (no sequential baseline, or an efficiency that would mean nothing).
namespace CellText {
QString seconds(double value); // "1.234 s"
QString times(std::optional<double> value); // "1.93×"
QString percent(std::optional<double> value); // "97%"
} // namespace CellText
