#include "numberparser.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <limits>
#include <string_view>

namespace {
constexpr quint64 maxNumber = std::numeric_limits<quint64>::max();
constexpr qint64 blockBytes = 1024 * 1024;

// Every message of this file is NumberParser's, whichever struct writes it; lupdate sees
// the context in the macro.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(NumberParser)
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Whether a byte starts a character: a continuation byte that no lead byte announced (a stray
// byte of broken UTF-8) counts as a character of its own, so every token has a place.
bool startsCharacter(uchar byte, int &pending)
{
    if ((byte & 0xC0) == 0x80 && pending > 0) {
        --pending;
        return false;
    }
    pending = byte >= 0xF8 ? 0 : byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
    return true;
}

// The kept start of a token as text a terminal shows safely: control and format characters
// (escape sequences, bidirectional overrides) written as \xHH or \uHHHH, "…" when cut.
QString display(QByteArrayView kept, bool cut)
{
    // A byte order mark in a token is shown, not dropped as fromUtf8() drops a leading one.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
    const QString text = decoder.decode(kept);
    QString out;
    out.reserve(text.size() + 1);
    for (QChar c : text) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Other_Surrogate) {
            out += c.unicode() < 0x80 ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                                      : QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    if (cut)
        out += QChar(0x2026);
    return out;
}

// Collects the start of a token (or of a group of tokens) as it streams by: at most a few
// dozen whole characters, so a 100 MB token costs a few bytes. Kept inline: every byte of a
// million-line file passes through here twice.
struct Excerpt
{
    QVarLengthArray<char, 64> kept;
    qint64 length = 0; // characters seen
    bool keeping = true;
    int pending = 0;

    void add(char byte, int shown)
    {
        if (startsCharacter(uchar(byte), pending)) {
            ++length;
            keeping = length <= shown;
        }
        if (keeping)
            kept.append(byte);
    }
    QString text(int shown) const
    {
        return display(QByteArrayView(kept.constData(), kept.size()), length > shown);
    }
    void clear()
    {
        kept.clear();
        length = 0;
        keeping = true;
        pending = 0;
    }
};
} // namespace

QString NumberError::toString(const QString &source) const
{
    const QString place = QStringLiteral("%1:%2:%3: error: ").arg(source).arg(line).arg(column);
    if (token.isEmpty() && length == 0)
        return place + reason;
    if (token.endsWith(QChar(0x2026)))
        return place
            + QStringLiteral("'%1' (%2): %3")
                  .arg(token, Text::tr("%n characters", nullptr, int(qMin<qint64>(length, INT_MAX))), reason);
    return place + QStringLiteral("'%1': %2").arg(token, reason);
}

QString ThousandsGroup::toString(const QString &source, bool joinedHere) const
{
    const QString place = QStringLiteral("%1:%2:%3: warning: ").arg(source).arg(line).arg(column);
    if (joinedHere && joined)
        return place
            + Text::tr("'%1' read as the one number %2 (commas as thousands separators)")
                  .arg(text)
                  .arg(*joined);
    return place
        + Text::tr("'%1' looks like one number with thousands separators; read as %n separate numbers",
                   nullptr, parts)
              .arg(text);
}

QStringList ParsedNumbers::messages(const QString &source) const
{
    QStringList lines;
    for (const NumberError &error : errors)
        lines << error.toString(source);
    if (errorCount > errors.size())
        lines << Text::tr("… and %n more bad token(s)", nullptr,
                          int(qMin<qint64>(errorCount - errors.size(), INT_MAX)));
    if (stop)
        lines << stop->toString(source);
    return lines;
}

QString ParsedNumbers::nothingToCheck(const QString &source)
{
    return QStringLiteral("%1: error: %2").arg(source, Text::tr("no numbers to check"));
}

namespace {
constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";
constexpr qsizetype markLength = qsizetype(byteOrderMark.size());
} // namespace

struct NumberParser::State
{
    Options options;
    ParsedNumbers out;
    qint64 bytes = 0;
    bool stopped = false;

    qint64 line = 1;
    int column = 0; // characters seen on this line
    int pending = 0; // continuation bytes the last lead byte announced
    qint64 lineBytes = 0;
    bool comment = false;
    qsizetype markSeen = 0; // bytes of a byte order mark seen at the start

    // One byte of the text.
    void take(char b);
    void releaseMark();
    // A whole line of plain digits at from, the usual shape of a numbers file: the bytes it
    // took, or 0 to read them one at a time.
    qsizetype takeDigitLine(const char *from, const char *end);

    // The token being read.
    bool inToken = false;
    int tokenColumn = 0;
    Excerpt token;
    quint64 value = 0;
    bool digitsOnly = true;
    bool overflow = false;
    bool minus = false;
    bool restDigits = true;
    qint64 tokenBytes = 0;

    // The comma-joined run of tokens it belongs to, for "1,000,003".
    bool inRun = false;
    int runColumn = 0;
    Excerpt run;
    bool runBroken = false;
    bool lastWasComma = false;
    int runParts = 0;
    qsizetype runFirst = 0;
    quint64 joined = 0;
    bool joinedFits = true;

    void stopAt(int atColumn, const QString &reason)
    {
        NumberError error;
        error.line = line;
        error.column = atColumn;
        error.reason = reason;
        out.stop = error;
        stopped = true;
    }

    // Translated only when kept: millions of bad tokens cost a counter each.
    void addError(const char *reason)
    {
        ++out.errorCount;
        if (out.errors.size() < options.limits.maxErrors) {
            const int shown = options.limits.shownTokenLength;
            out.errors.append({ line, tokenColumn, token.text(shown), Text::tr(reason), token.length });
        }
    }

    void addNumber(quint64 n)
    {
        if (out.numbers.size() >= options.limits.maxNumbers) {
            stopAt(tokenColumn,
                   Text::tr("more than %1 numbers: that is as many as one run checks")
                       .arg(QString::number(options.limits.maxNumbers)));
            return;
        }
        out.numbers.append(n);
    }

    void tokenByte(char b)
    {
        if (!inRun) {
            inRun = true;
            runColumn = column;
            runFirst = out.numbers.size();
        }
        run.add(b, options.limits.shownTokenLength);
        lastWasComma = false;
        if (!inToken) {
            inToken = true;
            tokenColumn = column;
            minus = b == '-';
        } else {
            restDigits = restDigits && isDigit(b);
        }
        ++tokenBytes;
        token.add(b, options.limits.shownTokenLength);
        digitsOnly = digitsOnly && isDigit(b);
        if (digitsOnly && !overflow) {
            const quint64 digit = quint64(b - '0');
            if (value > (maxNumber - digit) / 10)
                overflow = true;
            else
                value = value * 10 + digit;
        }
    }

    void endToken()
    {
        if (!inToken)
            return;
        const bool number = digitsOnly && !overflow;
        if (number)
            addNumber(value);
        else if (digitsOnly)
            addError(QT_TRANSLATE_NOOP("NumberParser", "larger than 18446744073709551615 (2^64 - 1)"));
        else if (minus && tokenBytes > 1 && restDigits)
            addError(QT_TRANSLATE_NOOP("NumberParser", "negative numbers cannot be checked"));
        else
            addError(QT_TRANSLATE_NOOP("NumberParser", "not a whole number"));

        // A part of "1,000,003": 1 to 3 digits first, exactly 3 after each comma.
        if (number && (runParts == 0 ? tokenBytes <= 3 : tokenBytes == 3)) {
            if (runParts > 0 && joined > (maxNumber - value) / 1000)
                joinedFits = false;
            joined = runParts == 0 ? value : joined * 1000 + value;
            ++runParts;
        } else {
            runBroken = true;
        }

        inToken = false;
        token.clear();
        value = 0;
        digitsOnly = true;
        overflow = false;
        minus = false;
        restDigits = true;
        tokenBytes = 0;
    }

    void comma()
    {
        if (!inRun || lastWasComma)
            runBroken = true;
        if (inRun) {
            run.add(',', options.limits.shownTokenLength);
            lastWasComma = true;
        }
    }

    void endRun()
    {
        if (!inRun)
            return;
        if (!runBroken && !lastWasComma && runParts >= 2 && !stopped) {
            ThousandsGroup group { line, runColumn, run.text(options.limits.shownTokenLength), runParts,
                                   std::nullopt };
            if (joinedFits)
                group.joined = joined;
            ++out.thousandsCount;
            if (out.thousands.size() < options.limits.maxErrors)
                out.thousands.append(group);
            if (options.joinThousands) {
                out.numbers.resize(runFirst);
                if (joinedFits) {
                    out.numbers.append(joined);
                } else {
                    tokenColumn = runColumn;
                    token = run;
                    addError(
                        QT_TRANSLATE_NOOP("NumberParser", "larger than 18446744073709551615 (2^64 - 1)"));
                    token.clear();
                }
            }
        }
        inRun = false;
        run.clear();
        runBroken = false;
        lastWasComma = false;
        runParts = 0;
        joined = 0;
        joinedFits = true;
    }
};

NumberParser::NumberParser(Options options)
    : d(std::make_unique<State>())
{
    d->options = options;
}

NumberParser::~NumberParser() = default;

qint64 NumberParser::bytesRead() const
{
    return d->bytes;
}

void NumberParser::State::take(char b)
{
    ++bytes;
    if (b == '\n') {
        endToken();
        endRun();
        ++line;
        column = 0;
        pending = 0;
        lineBytes = 0;
        comment = false;
        return;
    }
    if (++lineBytes > options.limits.maxLineBytes) {
        stopAt(column + 1,
               Text::tr("line longer than %1 bytes: not a list of numbers")
                   .arg(QString::number(options.limits.maxLineBytes)));
        return;
    }
    if (startsCharacter(uchar(b), pending))
        ++column;
    if (b == '\0') {
        stopAt(column, Text::tr("binary data (a NUL byte): not a list of numbers"));
        return;
    }
    if (comment)
        return;
    if (b == '#') {
        endToken();
        endRun();
        comment = true;
    } else if (isSpace(b)) {
        endToken();
        endRun();
    } else if (b == ',') {
        endToken();
        comma();
    } else {
        tokenByte(b);
    }
}

qsizetype NumberParser::State::takeDigitLine(const char *from, const char *end)
{
    // At most 19 digits: every such number fits in 64 bits. Anything else (a longer number, a
    // second token, a comment, a line cut between two feeds) takes the byte-at-a-time path.
    constexpr qsizetype maxDigits = 19;
    if (lineBytes != 0 || markSeen != markLength)
        return 0;
    const char *at = from;
    quint64 number = 0;
    while (at != end && at - from < maxDigits && isDigit(*at))
        number = number * 10 + quint64(*at++ - '0');
    const qsizetype digits = at - from;
    if (digits == 0 || at == end)
        return 0;
    const bool crlf = *at == '\r' && at + 1 != end;
    if (crlf)
        ++at;
    if (*at != '\n' || at - from > options.limits.maxLineBytes)
        return 0;
    tokenColumn = 1;
    addNumber(number);
    if (stopped && crlf) {
        // Read byte by byte, the number ends at the '\r' and the reading stops there.
        bytes += digits + 1;
        return digits + 1;
    }
    const qsizetype taken = at - from + 1;
    bytes += taken;
    ++line;
    column = 0;
    return taken;
}

void NumberParser::State::releaseMark()
{
    // Not a byte order mark after all: the bytes held back are read as text.
    const qsizetype held = markSeen;
    markSeen = markLength;
    bytes -= held;
    for (qsizetype i = 0; i < held; ++i)
        take(byteOrderMark[size_t(i)]);
}

bool NumberParser::feed(QByteArrayView utf8)
{
    State &s = *d;
    const char *at = utf8.data();
    const char *const end = at + utf8.size();
    while (at != end) {
        if (s.stopped)
            return false;
        const char b = *at;
        // A UTF-8 byte order mark opening the text is not part of it (Windows editors write
        // one): held back while it may be one, skipped once it is.
        if (s.markSeen < markLength && s.bytes == s.markSeen) {
            if (b == byteOrderMark[size_t(s.markSeen)]) {
                ++s.markSeen;
                ++s.bytes;
                ++at;
                continue;
            }
            s.releaseMark();
        }
        if (const qsizetype taken = s.takeDigitLine(at, end)) {
            at += taken;
            continue;
        }
        s.take(b);
        ++at;
    }
    return !s.stopped;
}

ParsedNumbers NumberParser::finish()
{
    if (d->markSeen > 0 && d->markSeen < markLength && d->bytes == d->markSeen)
        d->releaseMark();
    if (!d->stopped) {
        d->endToken();
        d->endRun();
    }
    ParsedNumbers out = std::move(d->out);
    d->out = {};
    return out;
}

ParsedNumbers NumberParser::parse(QStringView text, const Options &options)
{
    NumberParser parser(options);
    // A block at a time, so a pasted list is never held twice in full.
    constexpr qsizetype block = 64 * 1024;
    for (qsizetype at = 0; at < text.size(); at += block) {
        qsizetype size = qMin(block, text.size() - at);
        // Keep surrogate pairs together.
        if (at + size < text.size() && text.at(at + size - 1).isHighSurrogate())
            ++size;
        if (!parser.feed(text.mid(at, size).toUtf8()))
            break;
        if (size > block)
            at += size - block;
    }
    return parser.finish();
}

ParsedNumbers NumberParser::parse(QIODevice &device, const Options &options,
                                  const std::function<bool(qint64)> &keepGoing)
{
    NumberParser parser(options);
    QByteArray buffer(blockBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 got = device.read(buffer.data(), buffer.size());
        if (got < 0) {
            parser.d->stopAt(parser.d->column + 1, Text::tr("cannot read: %1").arg(device.errorString()));
            break;
        }
        if (got == 0)
            break;
        if (!parser.feed(QByteArrayView(buffer.constData(), got)))
            break;
        if (keepGoing && !keepGoing(parser.bytesRead())) {
            ParsedNumbers canceled = parser.finish();
            canceled.canceled = true;
            return canceled;
        }
    }
    return parser.finish();
}

QCommandLineOption NumberParseOptions::joinThousandsOption()
{
    return QCommandLineOption(
        QStringLiteral("join-thousands"),
        QCoreApplication::translate("NumberParser",
                                    "Read digits grouped by commas, like 1,000,003, as one "
                                    "number (default: separate numbers, with a warning)."));
}
