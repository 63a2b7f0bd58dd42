// libFuzzer target: the standard adapter's verify() and normalize() on hostile bodies.
#include "adapterfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return AdapterFuzz::run("standard", data, size);
}
