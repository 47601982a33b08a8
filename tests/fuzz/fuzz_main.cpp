// libFuzzer entry point; the target is chosen at build time (CONVIZ_FUZZ_TARGET).
#include "fuzztargets.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString broken = FuzzTargets::CONVIZ_FUZZ_TARGET(bytes);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "invariant broken: %s\n", qPrintable(broken));
        std::abort();
    }
    return 0;
}
