#pragma once

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif

// Qt's thread pool and futures hand work between threads through locks ThreadSanitizer cannot
// see (Debian's Qt is not built for it), so it takes what one thread wrote before the hand-off
// and the other read after it for a race. Code that hands data over through them says so
// here: what a thread wrote before handOff(token) happens before what another reads after its
// takeOver(token). Nothing at all in builds without ThreadSanitizer.
namespace ThreadHandOff {
#if defined(__SANITIZE_THREAD__)
inline void handOff(const void *token)
{
    __tsan_release(const_cast<void *>(token));
}
inline void takeOver(const void *token)
{
    __tsan_acquire(const_cast<void *>(token));
}
#else
inline void handOff(const void *) { }
inline void takeOver(const void *) { }
#endif
} // namespace ThreadHandOff
