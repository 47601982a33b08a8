#pragma once

#include <QtGlobal>

// The book's is_prime(n): trial division by 3, 5, 7, ... up to isqrt(n), run in slices so
// a caller can report progress and stop between them.
class TrialDivision
{
public:
    explicit TrialDivision(quint64 number);

    quint64 number() const { return m_number; }
    bool isFinished() const { return m_finished; }
    // Meaningful once isFinished().
    bool isPrime() const { return m_prime; }

    // Odd divisors tried so far, and the most there can be (3..isqrt(n)).
    quint64 divisionsDone() const;
    quint64 divisionsTotal() const { return m_total; }
    // 0..1; jumps to 1 when a divisor is found early.
    double progress() const;

    // Tries at most maxDivisions more divisors; returns isFinished().
    bool advance(quint64 maxDivisions);
    void runToEnd();

    // The same algorithm as one plain loop: the reference the sliced kernel is measured against.
    static bool isPrime(quint64 number);
    // Exact floor(sqrt(n)) for every 64-bit n.
    static quint64 isqrt(quint64 number);
    // How many odd divisors a full check of number tries: its cost.
    static quint64 divisionsFor(quint64 number);
    // What a job weighs when jobs are handed out in batches: its divisions plus one for the job
    // itself, so a batch of checks without a division is bounded too.
    static quint64 jobCost(quint64 number) { return divisionsFor(number) + 1; }

private:
    quint64 m_number;
    quint64 m_root = 0;
    quint64 m_next = 3;
    quint64 m_total = 0;
    bool m_finished = false;
    bool m_prime = false;
};
