#pragma once

#include "cpusampler.h"
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
// Chrome Trace Event JSON for Perfetto / chrome://tracing: an X event per job, and inside
// it an X event per slice the job really ran when it ran in more than one (coroutines taking
// turns, threads waiting for the GIL); M events naming every lane (a tid per thread or
// coroutine, a pid per worker process with its one thread named too); C counter events with
// each core's load (this run's share and other programs') and the run's own CPU use, so
// jobs and CPU share one time axis.
QByteArray toChromeTrace(const RunReport &report, const QList<UtilizationSample> &utilization = {});
} // namespace ResultsExport
