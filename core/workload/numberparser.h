#pragma once

#include <QByteArray>
#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

// One bad token in the user's text, or the place a limit stopped the reading (token empty).
// Lines and columns count from 1; columns count characters (code points), not bytes or
// UTF-16 units.
struct NumberError
{
    qint64 line = 0;
    int column = 0;
    // What to show of the token: control characters escaped, cut after a few dozen
    // characters (then it ends with "…" and length says how long it really was).
    QString token;
    QString reason;
    qint64 length = 0; // characters in the whole token

    // "numbers.txt:3:7: error: '12x': not a whole number"
    QString toString(const QString &source) const;
    bool operator==(const NumberError &) const = default;
};

// Digits grouped by commas with no space, like "1,000,003": read as separate numbers
// unless the parser is told to join them, and reported either way.
struct ThousandsGroup
{
    qint64 line = 0;
    int column = 0;
    QString text; // shown as the error tokens are
    int parts = 0;
    std::optional<quint64> joined; // empty when the joined number does not fit in 64 bits

    // "numbers.txt:1:1: warning: '1,000,003' looks like one number with thousands separators ..."
    QString toString(const QString &source, bool joinedHere) const;
    bool operator==(const ThousandsGroup &) const = default;
};

struct ParsedNumbers
{
    QList<quint64> numbers;
    // The first few bad tokens (NumberParser::Limits::maxErrors) and how many there were.
    QList<NumberError> errors;
    qint64 errorCount = 0;
    QList<ThousandsGroup> thousands;
    qint64 thousandsCount = 0;
    // Set when the reading stopped early: a limit passed, binary data, a read error.
    std::optional<NumberError> stop;
    bool canceled = false;

    bool isValid() const { return errorCount == 0 && !stop && !canceled; }
    // Every message a terminal or a list shows: errors, "and N more", the stop reason.
    QStringList messages(const QString &source) const;
    // What a program that was given source to check says when it holds no number (empty, or
    // comments only): "source: error: no numbers to check".
    static QString nothingToCheck(const QString &source);
};

// How much the parser takes before it stops: bounds on memory and on what is reported.
struct NumberLimits
{
    int maxErrors = 100;
    int shownTokenLength = 40;
    qint64 maxLineBytes = 16 * 1024 * 1024;
    qint64 maxNumbers = 10'000'000;
};

struct NumberParseOptions
{
    // Read "1,000,003" as the one number 1000003 instead of three.
    bool joinThousands = false;
    NumberLimits limits;

    // --join-thousands, the same for conviz and conviz-cli.
    static QCommandLineOption joinThousandsOption();
};

// Reads numbers typed, pasted or stored in a file: any number of them per line, separated
// by spaces, tabs or commas; '#' starts a comment; blank lines are fine. Every bad token is
// counted, the first few kept. Reads UTF-8 as a stream: memory grows with the numbers kept
// (8 bytes each), never with the size of a token, a line or the errors.
class NumberParser
{
public:
    using Limits = NumberLimits;
    using Options = NumberParseOptions;

    explicit NumberParser(Options options = {});
    ~NumberParser();
    NumberParser(const NumberParser &) = delete;
    NumberParser &operator=(const NumberParser &) = delete;

    // Feeds the next bytes of UTF-8 text. Returns false once the reading has stopped
    // (a limit or binary data): later bytes are ignored.
    bool feed(QByteArrayView utf8);
    // Ends the last token and hands over the result.
    ParsedNumbers finish();
    qint64 bytesRead() const;

    static ParsedNumbers parse(QStringView text, const Options &options = {});
    // Reads device to its end in blocks. keepGoing(bytesRead), when given, is called after
    // each block; returning false cancels (the result says canceled).
    static ParsedNumbers parse(QIODevice &device, const Options &options = {},
                               const std::function<bool(qint64)> &keepGoing = {});

private:
    struct State;
    std::unique_ptr<State> d;
};
