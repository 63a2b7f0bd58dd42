// libFuzzer target: the changeup adapter's verify() and normalize() on hostile bodies.
#include "adapterfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return AdapterFuzz::run("changeup", data, size);
}
