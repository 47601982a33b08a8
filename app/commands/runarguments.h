#pragma once

#include "mode.h"
#include "runoptions.h"
#include "workload.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QCommandLineParser;
class QTextStream;

// The options every command that checks numbers shares: where the numbers come from, how a
// run is carried out, and where the output goes. One parser for primes, compare and sweep,
// so an option reads and fails the same way in each.
class RunArguments
{
    Q_DECLARE_TR_FUNCTIONS(RunArguments)
public:
    enum ExitCode { Done = 0, BadInput = 2 };

    // Options only some commands take.
    enum Option { Workers = 1, Trace = 2 };
    // command names the messages: "conviz-cli compare: error: ...".
    explicit RunArguments(const QString &command, int options = Workers | Trace);

    // Adds --help and the shared options.
    void addTo(QCommandLineParser &parser) const;
    // Parses; prints the help (exit 0) or a usage error (exit 2) when that ends the command.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                             QTextStream &err) const;
    // A mode by name, or a usage error naming the option and the choices.
    std::optional<Mode> mode(const QString &option, const QString &name, QTextStream &err) const;
    // Prints a usage error (and where to get help) on err; returns BadInput.
    int usageError(QTextStream &err, const QString &message) const;
    // Reads the options and the numbers. On bad usage or bad input prints what is wrong (a
    // file's bad token with its line and column) and returns BadInput.
    std::optional<int> read(const QCommandLineParser &parser, QTextStream &err);

    RunOptions options;
    Workload workload;
    QString format; // table, csv, json or markdown
    QString outputPath;
    QString tracePath;

private:
    std::optional<int> loadNumbers(const QString &source, QTextStream &err);

    QString m_command;
    int m_optional;
    bool m_joinThousands = false;
    QCommandLineOption m_help;
    QCommandLineOption m_workers;
    QCommandLineOption m_preset;
    QCommandLineOption m_numbers;
    QCommandLineOption m_join;
    QCommandLineOption m_generate;
    QCommandLineOption m_digits;
    QCommandLineOption m_share;
    QCommandLineOption m_seed;
    QCommandLineOption m_format;
    QCommandLineOption m_output;
    QCommandLineOption m_trace;
    QCommandLineOption m_slice;
    QCommandLineOption m_switch;
};
