#pragma once

#include <QtGlobal>

// Deterministic Miller-Rabin for every 64-bit number: the independent check that verifies
// trial division's answers.
namespace MillerRabin {
bool isPrime(quint64 number);
}
