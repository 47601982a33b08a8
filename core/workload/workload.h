#pragma once

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

// The numbers one run checks, in input order, with the answers where they are known.
struct Workload
{
    QString name;
    QList<quint64> numbers;
    // Empty, or one expected answer per number.
    QList<bool> expectedPrime;

    qsizetype size() const { return numbers.size(); }
    bool isEmpty() const { return numbers.isEmpty(); }
    std::optional<bool> expected(qsizetype index) const;
    // The largest of the numbers, found by a pass over them; 0 when there are none.
    quint64 largestNumber() const { return largestOf(numbers); }
    static quint64 largestOf(const QList<quint64> &numbers);

    // The 20 numbers of the book's PRIME_FIXTURE, in the book's order.
    static Workload book();
    // Primes and semiprimes near 2^60..2^62: a second or more each, so work is visible.
    static Workload large();
    // count numbers of the given digit count (1..19); primeShare of them prime. Same seed, same list.
    // A million 19-digit numbers take seconds (each drawn number walks to the nearest of its
    // kind): stop, when given and set, ends it at the next number with the list cut short.
    static Workload generated(int count, int digits, double primeShare, quint64 seed,
                              const std::atomic<bool> *stop = nullptr);
    static Workload fromNumbers(const QString &name, const QList<quint64> &numbers);

    // The presets' ids, as the command line, the exports and the run history name them.
    static constexpr QLatin1String bookName { "book" };
    static constexpr QLatin1String largeName { "large" };
    // bookName, largeName or an empty workload for an unknown name.
    static std::optional<Workload> preset(const QString &name);
    static QStringList presetNames();
};
