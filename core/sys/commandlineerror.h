#pragma once

#include <QString>

class QCommandLineParser;

// What a command line that QCommandLineParser refused gets said: Qt's own words, and for an
// option it does not know, the one that was most likely meant ("Unknown option 'mod'. Did
// you mean --mode?"): a prefix of a known option, or one a letter or two away.
namespace CommandLineError {
QString describe(const QCommandLineParser &parser);
// The long options a parser's help text lists ("mode", "workers"), without the dashes.
QStringList longOptionNames(const QString &helpText);
// The known name closest to name, or empty when none is close enough.
QString closest(const QString &name, const QStringList &known);
} // namespace CommandLineError
