#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <charconv>
#include <cmath>
#include <cstring>

// Rows and lines are built as bytes: formatting, not checking, is what a CSV of a million
// small numbers spends its time on.

// Writes at most `most` bytes at the end of bytes, in place: write(char *at) returns where it
// stopped. QByteArray::append(const char *, qsizetype) goes through insert() in Qt 6.4, which
// costs more than the few digits it appends.
template<typename Write> void appendInPlace(QByteArray &bytes, qsizetype most, Write write)
{
    const qsizetype size = bytes.size();
    bytes.resize(size + most);
    char *const begin = bytes.data();
    bytes.resize(write(begin + size) - begin);
}

// text's bytes at `at`; where they end.
inline char *writeText(char *at, QByteArrayView text)
{
    if (text.isEmpty())
        return at; // a null view's data() is null: not for memcpy
    std::memcpy(at, text.data(), size_t(text.size()));
    return at + text.size();
}

// An integer's decimal digits, with std::to_chars.
template<typename T> char *writeNumber(char *at, T value)
{
    return std::to_chars(at, at + 24, value).ptr;
}

// Seconds with six decimals, the same text as std::to_chars(fixed, 6) and
// QString::number(value, 'f', 6). The store's times are whole nanoseconds: formatted as
// integers they cost a fraction of a double's fixed form. A value that is not a whole number
// of nanoseconds rounds the same way: its nearest nanosecond is on the same side of the
// half-microsecond, except exactly on it (500 ns past a microsecond), which takes the
// double's own path, as does a value out of range. At most maxSecondsLength bytes (the
// largest double has 309 digits before its point).
constexpr qsizetype maxSecondsLength = 330;
inline char *writeSeconds(char *at, double value)
{
    if (!std::signbit(value) && value < 1e6) {
        const qint64 ns = std::llround(value * 1e9);
        if (ns % 1000 != 500) {
            const qint64 us = ns / 1000 + (ns % 1000 > 500 ? 1 : 0);
            at = writeNumber(at, us / 1'000'000);
            char fraction[7] = { '.', '0', '0', '0', '0', '0', '0' };
            qint64 rest = us % 1'000'000;
            for (int digit = 6; digit > 0 && rest > 0; --digit, rest /= 10)
                fraction[digit] = char('0' + rest % 10);
            std::memcpy(at, fraction, sizeof fraction);
            return at + sizeof fraction;
        }
    }
    return std::to_chars(at, at + maxSecondsLength, value, std::chars_format::fixed, 6).ptr;
}

// Rows and lines are built as bytes: a million CSV rows or protocol lines are formatted
// without a temporary string each.
template<typename T> void appendNumber(QByteArray &bytes, T value)
{
    appendInPlace(bytes, 24, [value](char *at) { return writeNumber(at, value); });
}

inline void appendSeconds(QByteArray &bytes, double value)
{
    appendInPlace(bytes, maxSecondsLength, [value](char *at) { return writeSeconds(at, value); });
}
