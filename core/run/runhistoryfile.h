#pragma once

#include "runhistory.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The run history kept between sessions: a versioned JSON file, unlike the export it keeps
// each run's workload key, so tomorrow's runs are still measured against today's baseline.
namespace RunHistoryFile {
// Only the newest runs are kept: the file stays small however long the program is used.
inline constexpr int maxRuns = 1000;
// A file this big is not a history this program wrote (1,000 runs take about 400 KB).
inline constexpr qint64 maxBytes = 16 * 1024 * 1024;

// firstRun: the number of runs.first() (RunHistory::firstRunNumber()), kept so the runs keep
// their numbers in the next session; the oldest runs past maxRuns are left out, and counted.
QByteArray serialize(const QList<RunSummary> &runs, qint64 firstRun = 1);
// The runs in text; nullopt with *error naming the run and the field at fault. *firstRun,
// when asked for: the number of the first run (1 in a file written without it).
std::optional<QList<RunSummary>> parse(const QByteArray &text, QString *error, qint64 *firstRun = nullptr);

// AppDataLocation/history.json (tests switch QStandardPaths to its test mode).
QString defaultPath();

// Read: a missing file is an empty history; an unreadable one is an error, and the file is
// left as it is.
std::optional<QList<RunSummary>> load(const QString &path, QString *error, qint64 *firstRun = nullptr);
// Written whole or not at all; the folder is made when missing.
bool save(const QString &path, const QList<RunSummary> &runs, QString *error, qint64 firstRun = 1);
} // namespace RunHistoryFile
