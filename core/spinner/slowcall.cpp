#include "slowcall.h"

#include "trialdivision.h"

#include <chrono>
#include <thread>

QString SlowCall::describe() const
{
    if (kind == Kind::Sleep)
        return QStringLiteral("sleep(%1)").arg(sleepMs / 1000.0);
    return QStringLiteral("is_prime(%1)").arg(number);
}

int SlowCall::run(std::stop_token stop) const
{
    if (kind == Kind::Sleep) {
        // Short naps so a stop request is seen quickly.
        const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(sleepMs);
        while (std::chrono::steady_clock::now() < end) {
            if (stop.stop_requested())
                return 0;
            std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
                std::chrono::milliseconds(10), end - std::chrono::steady_clock::now()));
        }
        return 42;
    }
    TrialDivision check(number);
    while (!check.advance(quint64(1) << 18)) {
        if (stop.stop_requested())
            return 0;
    }
    return 42;
}

std::optional<SlowCall> SlowCall::fromText(const QString &kind, const QString &number, QString *error)
{
    SlowCall call;
    if (kind == QLatin1String("sleep")) {
        call.kind = Kind::Sleep;
    } else if (kind == QLatin1String("prime")) {
        call.kind = Kind::Prime;
    } else {
        *error = QStringLiteral("--slow: '%1' is neither 'sleep' nor 'prime'").arg(kind);
        return std::nullopt;
    }
    if (!number.isEmpty()) {
        bool ok = false;
        call.number = number.toULongLong(&ok);
        if (!ok || number.startsWith(QLatin1Char('-')) || number.startsWith(QLatin1Char('+'))) {
            *error = QStringLiteral("--number: '%1' is not a whole number from 0 to 18446744073709551615")
                         .arg(number);
            return std::nullopt;
        }
    }
    return call;
}
