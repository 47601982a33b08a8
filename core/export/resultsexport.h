#pragma once

#include "exportformat.h"
#include "runreport.h"

// The timing table of one run in the export formats. CSV columns:
// mode,workers,index,number,prime,elapsed_s,worker,start_s,end_s,attempts
// index counts from 1 like the window's "#" column; numbers never checked have empty cells.
namespace ResultsExport {
QByteArray toCsv(const RunReport &report);
// Numbers are strings in JSON: JavaScript readers would round those above 2^53.
QByteArray toJson(const RunReport &report);
QByteArray toMarkdown(const RunReport &report);
QByteArray to(ExportFormat format, const RunReport &report);
// Chrome Trace Event JSON for Perfetto / chrome://tracing: an X event per job, M events
// naming the workers (a tid per thread or coroutine, a pid per worker process).
QByteArray toChromeTrace(const RunReport &report);
} // namespace ResultsExport
