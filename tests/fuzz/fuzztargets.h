#pragma once

#include <QByteArrayView>
#include <QString>

// Fuzz targets: each takes any bytes and returns what invariant they broke (empty when none).
// libFuzzer drives them under clang (fuzz_main.cpp, CMake option CONVIZ_FUZZ); tst_fuzzreplay
// replays the corpus in tests/fuzz/corpus and seeded mutations of it in every build.
namespace FuzzTargets {
// The first byte picks the options (join, tiny limits); the rest is fed whole and in pieces,
// which must agree. Bounds on kept errors, numbers and shown tokens must hold.
QString numberParser(QByteArrayView data);
// Each line is decoded; a decoded message encodes back to a line that decodes to the same
// message, and a rejected one says why.
QString workerProtocol(QByteArrayView data);
// The bytes are read as a run history file; what is read is whole (counts in range), and
// written out and read again it is the same.
QString runHistory(QByteArrayView data);
} // namespace FuzzTargets
