#pragma once

#include "comparison.h"
#include "exportformat.h"
#include "sweep.h"
#include "texttable.h"

// The comparison and sweep tables in the export formats, and as a terminal table.
// Comparison CSV: mode,workers,runs,wall_median_s,wall_min_s,wall_max_s,cpu_s,speedup,efficiency
// Sweep CSV: workers,wall_median_s,speedup,ideal,bound,efficiency
// Empty cells (no sequential baseline, no efficiency for one-thread coroutines) are empty in
// CSV and null in JSON. The terminal and Markdown tables add hyperfine's relative column:
// each median over the fastest one.
namespace ComparisonExport {
TextTable comparisonTable(const QList<ComparisonRow> &rows, bool forPeople);
QByteArray comparisonJson(const QList<ComparisonRow> &rows);
QByteArray comparison(ExportFormat format, const QList<ComparisonRow> &rows);
QByteArray comparisonText(const QList<ComparisonRow> &rows);

TextTable sweepTable(const QList<SweepRow> &rows, bool forPeople);
QByteArray sweepJson(const QList<SweepRow> &rows);
QByteArray sweep(ExportFormat format, const QList<SweepRow> &rows);
QByteArray sweepText(const QList<SweepRow> &rows);

// Each median over the fastest one (1.00 for the fastest).
QList<double> relative(const QList<double> &medians);
} // namespace ComparisonExport
