#include "CICU.h"
#include <unicode/uversion.h>

void cicu_version(char *out, int32_t capacity) {
    UVersionInfo info;
    char buf[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, buf);
    int32_t i = 0;
    for (; buf[i] != 0 && i < capacity - 1; i++) out[i] = buf[i];
    if (capacity > 0) out[i] = 0;
}
