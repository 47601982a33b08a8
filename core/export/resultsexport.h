#pragma once

#include "cpusampler.h"
#include "exportformat.h"
#include "runreport.h"

#include <QJsonObject>

#include <functional>

class QIODevice;

// The timing table of one run in the export formats. CSV columns:
// mode,workers,index,number,prime,elapsed_s,worker,start_s,end_s,attempts,error,verified
// index counts from 1 like the window's "#" column; numbers never checked have empty cells;
// verified says whether Miller-Rabin agrees with the answer; error says why a number has no
// answer (or why its answer is wrong).
// The write functions stream a block at a time straight from the RunStore (a run of a
// million rows is never one string) and return false when the device refused a write.
namespace ResultsExport {
// Told how many rows are written, every few thousand rows; returning false stops the
// export (write() then returns false, like a refused write).
using RowProgress = std::function<bool(qsizetype rowsWritten)>;
bool write(ExportFormat format, const RunReport &report, QIODevice &device, const RowProgress &progress = {});
// Chrome Trace Event JSON for Perfetto / chrome://tracing: an X event per job, and inside
// it an X event per slice the job really ran when it ran in more than one (coroutines taking
// turns, threads waiting for the GIL); M events naming every lane (a tid per thread or
// coroutine, a pid per worker process with its one thread named too); C counter events with
// each core's load (this run's share and other programs') and the run's own CPU use, so
// jobs and CPU share one time axis.
bool writeChromeTrace(const RunReport &report, QIODevice &device,
                      const QList<UtilizationSample> &utilization = {}, const RowProgress &progress = {});

// Row index of the JSON results as an object; the common row is streamed as bytes made to
// read back as this object (tests compare them).
QJsonObject jsonRow(const RunReport &report, qsizetype index);

// The same as bytes, for small runs and tests.
QByteArray to(ExportFormat format, const RunReport &report);
QByteArray toCsv(const RunReport &report);
// Numbers are strings in JSON: JavaScript readers would round those above 2^53.
QByteArray toJson(const RunReport &report);
QByteArray toMarkdown(const RunReport &report);
QByteArray toChromeTrace(const RunReport &report, const QList<UtilizationSample> &utilization = {});
} // namespace ResultsExport
