#pragma once

#include "jobresult.h"
#include "mode.h"

#include <QList>
#include <QString>

// The terminal output of the book's sequential.py and procs.py, line by line.
namespace BookTable {
// "Checking 20 numbers sequentially:" / "Checking 20 numbers with 2 processes:"
QString header(Mode mode, int count, int workers);
// "3333333333333301  P  1.342821s": the number right-aligned in 16 columns as the book does,
// or in numberWidth columns for longer numbers.
QString row(const JobResult &result, int numberWidth = 16);
// The columns the numbers' rows take: 16, or the digits of the largest.
int numberWidth(quint64 largest);
// "Total time: 19.79s" / "20 checks in 3.00s"
QString footer(Mode mode, int checked, double wallSeconds);
} // namespace BookTable
