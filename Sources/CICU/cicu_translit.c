#include "CICU.h"
#include <string.h>
#include <unicode/utrans.h>
#include <unicode/utf16.h>

int32_t cicu_build_char_table(const char *transliteratorID, uint32_t first, uint32_t last,
                              uint32_t *table) {
    UErrorCode status = U_ZERO_ERROR;
    UChar id[64];
    int32_t idLen = 0;
    for (; transliteratorID[idLen] != 0 && idLen < 63; idLen++) id[idLen] = (UChar)transliteratorID[idLen];
    id[idLen] = 0;
    UTransliterator *t = utrans_openU(id, idLen, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status) || t == NULL) return -1;
    for (uint32_t cp = first; cp <= last; cp++) {
        UChar buf[16];
        int32_t len = 0;
        UBool err = 0;
        U16_APPEND(buf, len, 16, cp, err);
        if (err) { table[cp - first] = cp; continue; }
        int32_t limit = len;
        UErrorCode s2 = U_ZERO_ERROR;
        utrans_transUChars(t, buf, &len, 16, 0, &limit, &s2);
        uint32_t result = cp;
        if (U_SUCCESS(s2)) {
            int32_t i = 0;
            UChar32 c;
            U16_NEXT(buf, i, len, c);
            if (i == len) result = (uint32_t)c; /* exactly one code point */
        }
        table[cp - first] = result;
    }
    utrans_close(t);
    return 0;
}
