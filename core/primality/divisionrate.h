#pragma once

#include <QFuture>
#include <QtGlobal>

// How fast trial division runs on this machine, so the spinner lab can pick a number that
// takes a given time here and tell what a slice of K divisions costs.
namespace DivisionRate {

// Trial divisions per second, timed once on a prime (no early exit) and then remembered. The
// first call takes tens of milliseconds, and a call made meanwhile on another thread waits.
double perSecond();
// Whether perSecond() is timed already, so a call returns at once.
bool isKnown();
// perSecond() timed on a pool thread, once for the whole program: every caller shares the one
// timing (a window's pages need not keep a core busy each), and gets a finished future once
// it is known.
QFuture<double> timed();

// The time these divisions take here, in seconds.
double secondsFor(quint64 divisions);

// A prime whose trial division takes about `seconds` here (a prime's check costs about
// sqrt(n)/2 divisions); the largest 64-bit prime when even that is quicker.
quint64 primeTaking(double seconds);

} // namespace DivisionRate
