#pragma once

#include <QString>

#include <optional>
#include <stop_token>

// The book's slow(): either `time.sleep(3)` or a CPU-bound is_prime(n); it returns 42.
struct SlowCall
{
    enum class Kind { Sleep, Prime };
    // The largest 64-bit prime: about 2 billion divisions, some 3 s of trial division here.
    static constexpr quint64 defaultNumber = 18446744073709551557ull;

    Kind kind = Kind::Sleep;
    int sleepMs = 3000;
    quint64 number = defaultNumber;

    // "sleep(3)" or "is_prime(18446744073709551557)", as the book would write it.
    QString describe() const;
    // Blocks the calling thread like the book's slow() and returns 42 (0 when stopped).
    int run(std::stop_token stop = {}) const;

    // "sleep" or "prime"; the number as typed. On bad input: nothing, and *error says which field.
    static std::optional<SlowCall> fromText(const QString &kind, const QString &number, QString *error);
};
