#pragma once

#include <QByteArray>

#include <charconv>
#include <cmath>

// Rows and lines are built as bytes: formatting, not checking, is what a CSV of a million
// small numbers spends its time on.

// Appends an integer's decimal digits with std::to_chars: a million CSV rows or protocol lines
// are formatted without a temporary string each.
template<typename T> void appendNumber(QByteArray &bytes, T value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    bytes.append(buffer, result.ptr - buffer);
}

// Appends seconds with six decimals, the same text as std::to_chars(fixed, 6) and
// QString::number(value, 'f', 6). The store's times are whole nanoseconds: formatted as
// integers they cost a fraction of a double's fixed form. A value that is not a whole number
// of nanoseconds rounds the same way: its nearest nanosecond is on the same side of the
// half-microsecond, except exactly on it (500 ns past a microsecond), which takes the
// double's own path, as does a value out of range.
inline void appendSeconds(QByteArray &bytes, double value)
{
    if (!std::signbit(value) && value < 1e6) {
        const qint64 ns = std::llround(value * 1e9);
        if (ns % 1000 != 500) {
            const qint64 us = ns / 1000 + (ns % 1000 > 500 ? 1 : 0);
            appendNumber(bytes, us / 1'000'000);
            char fraction[7] = { '.', '0', '0', '0', '0', '0', '0' };
            qint64 rest = us % 1'000'000;
            for (int digit = 6; digit > 0 && rest > 0; --digit, rest /= 10)
                fraction[digit] = char('0' + rest % 10);
            bytes.append(fraction, sizeof fraction);
            return;
        }
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 6);
    bytes.append(buffer, result.ptr - buffer);
}
