#include "trialdivision.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr quint64 maxRoot = 0xFFFFFFFFull; // isqrt(2^64 - 1)
}

quint64 TrialDivision::isqrt(quint64 number)
{
    // The double estimate can be off by one either way for large n; fix it up exactly.
    quint64 root = std::min<quint64>(static_cast<quint64>(std::sqrt(static_cast<double>(number))), maxRoot);
    while (root * root > number)
        --root;
    while (root < maxRoot && (root + 1) * (root + 1) <= number)
        ++root;
    return root;
}

quint64 TrialDivision::divisionsFor(quint64 number)
{
    if (number < 9 || number % 2 == 0)
        return 0;
    return (isqrt(number) - 1) / 2; // odd divisors 3, 5, ..., isqrt(n)
}

bool TrialDivision::isPrime(quint64 number)
{
    if (number < 2)
        return false;
    if (number == 2)
        return true;
    if (number % 2 == 0)
        return false;
    const quint64 root = isqrt(number);
    for (quint64 divisor = 3; divisor <= root; divisor += 2) {
        if (number % divisor == 0)
            return false;
    }
    return true;
}

TrialDivision::TrialDivision(quint64 number)
    : m_number(number)
{
    if (number < 2) {
        m_finished = true;
    } else if (number == 2) {
        m_finished = true;
        m_prime = true;
    } else if (number % 2 == 0) {
        m_finished = true;
    } else {
        m_root = isqrt(number);
        m_total = divisionsFor(number);
        if (m_total == 0) {
            m_finished = true;
            m_prime = true;
        }
    }
}

quint64 TrialDivision::divisionsDone() const
{
    if (m_finished)
        return m_total;
    return (m_next - 3) / 2;
}

double TrialDivision::progress() const
{
    if (m_finished || m_total == 0)
        return m_finished ? 1.0 : 0.0;
    return static_cast<double>(divisionsDone()) / static_cast<double>(m_total);
}

bool TrialDivision::advance(quint64 maxDivisions)
{
    if (m_finished || maxDivisions == 0)
        return m_finished;
    // Last divisor of this slice, clamped to the root; m_root <= 2^32 - 1 so nothing overflows.
    const quint64 span = std::min<quint64>(maxDivisions - 1, (m_root - m_next) / 2);
    const quint64 last = m_next + 2 * span;
    const quint64 number = m_number;
    for (quint64 divisor = m_next; divisor <= last; divisor += 2) {
        if (number % divisor == 0) {
            m_finished = true;
            m_prime = false;
            return true;
        }
    }
    m_next = last + 2;
    if (m_next > m_root) {
        m_finished = true;
        m_prime = true;
    }
    return m_finished;
}

void TrialDivision::runToEnd()
{
    advance(m_total + 1);
}
