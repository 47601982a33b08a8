#pragma once

#include <QByteArray>

#include <charconv>

// Appends an integer's decimal digits with std::to_chars: a million CSV rows or protocol lines
// are formatted without a temporary string each.
template<typename T> void appendNumber(QByteArray &bytes, T value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    bytes.append(buffer, result.ptr - buffer);
}
