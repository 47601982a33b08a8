#pragma once

#include <QString>

#include <optional>

// How the window's tables write their figures; an absent figure is a blank cell (no
// sequential baseline, or an efficiency that would mean nothing).
namespace CellText {
QString seconds(double value); // "1.234 s"
QString times(std::optional<double> value); // "1.93×"
QString percent(std::optional<double> value); // "97%"
// A workload's name as the window shows it: the presets, kept by their ids ("book", as the
// CLI and the exports say), by their names in the window's language; any other as it is.
QString workload(const QString &name);
} // namespace CellText
