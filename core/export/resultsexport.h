#pragma once

#include "exportformat.h"
#include "runreport.h"

class QIODevice;

// The timing table of one run in the export formats. CSV columns:
// mode,workers,index,number,prime,elapsed_s,worker,start_s,end_s,attempts,verified,error
// index counts from 1 like the window's "#" column; numbers never checked have empty cells;
// verified says whether Miller-Rabin agrees with the answer; error says why a number has no
// answer (or why its answer is wrong).
// The write functions stream a block at a time straight from the RunStore (a run of a
// million rows is never one string) and return false when the device refused a write.
namespace ResultsExport {
bool write(ExportFormat format, const RunReport &report, QIODevice &device);
// Chrome Trace Event JSON for Perfetto / chrome://tracing: an X event per job, M events
// naming the workers (a tid per thread or coroutine, a pid per worker process).
bool writeChromeTrace(const RunReport &report, QIODevice &device);

// The same as bytes, for small runs and tests.
QByteArray to(ExportFormat format, const RunReport &report);
QByteArray toCsv(const RunReport &report);
// Numbers are strings in JSON: JavaScript readers would round those above 2^53.
QByteArray toJson(const RunReport &report);
QByteArray toMarkdown(const RunReport &report);
QByteArray toChromeTrace(const RunReport &report);
} // namespace ResultsExport
