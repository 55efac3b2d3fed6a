#include "CICU.h"
#include <string.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

int32_t cicu_detect_charsets(const uint8_t *bytes, int32_t length,
                             char *names, int32_t *confidences, int32_t maxMatches) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(det, (const char *)bytes, length, &status);
    if (U_FAILURE(status)) { ucsdet_close(det); return -1; }
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &found, &status);
    if (U_FAILURE(status) || matches == NULL) { ucsdet_close(det); return 0; }
    int32_t n = 0;
    for (int32_t i = 0; i < found && n < maxMatches; i++) {
        UErrorCode s2 = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &s2);
        int32_t conf = ucsdet_getConfidence(matches[i], &s2);
        if (U_FAILURE(s2) || name == NULL) continue;
        strncpy(names + n * 32, name, 31);
        names[n * 32 + 31] = 0;
        confidences[n] = conf;
        n++;
    }
    ucsdet_close(det);
    return n;
}

int32_t cicu_canonical_charset(const char *name, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const char *canon = ucnv_getCanonicalName(name, "", &status);
    if (U_FAILURE(status) || canon == NULL) {
        status = U_ZERO_ERROR;
        canon = ucnv_getAlias(name, 0, &status);
    }
    if (U_FAILURE(status) || canon == NULL) return 0;
    strncpy(out, canon, capacity - 1);
    out[capacity - 1] = 0;
    return 1;
}

int32_t cicu_convert_to_utf16(const char *charset, const uint8_t *bytes, int32_t length,
                              uint16_t *out, int32_t capacity, int32_t lenient,
                              int32_t *errorOffset, int32_t *errorLength,
                              int32_t *badOffsets, int32_t maxBadOffsets, int32_t *badCount) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -1;
    /* Stop at every bad sequence: in lenient mode we record its offset, write U+FFFD
       ourselves and resume, so that each replacement is accounted for. */
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    if (U_FAILURE(status)) { ucnv_close(cnv); return -1; }
    *badCount = 0;
    const char *src = (const char *)bytes;
    const char *srcLimit = src + length;
    UChar *target = (UChar *)out;
    UChar *targetLimit = target + capacity;
    for (;;) {
        status = U_ZERO_ERROR;
        ucnv_toUnicode(cnv, &target, targetLimit, &src, srcLimit, NULL, 1, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) { ucnv_close(cnv); return -3; }
        if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND ||
            status == U_TRUNCATED_CHAR_FOUND) {
            char bad[32];
            int8_t badLen = sizeof(bad);
            UErrorCode s2 = U_ZERO_ERROR;
            ucnv_getInvalidChars(cnv, bad, &badLen, &s2);
            if (U_FAILURE(s2)) badLen = 1;
            int32_t offset = (int32_t)(src - (const char *)bytes) - badLen;
            if (offset < 0) offset = 0;
            if (!lenient) {
                *errorOffset = offset;
                *errorLength = badLen;
                ucnv_close(cnv);
                return -2;
            }
            if (*badCount < maxBadOffsets) badOffsets[*badCount] = offset;
            (*badCount)++;
            if (target >= targetLimit) { ucnv_close(cnv); return -3; }
            *target++ = 0xFFFD;
            ucnv_resetToUnicode(cnv);
            if (src >= srcLimit) break;
            continue;
        }
        if (U_FAILURE(status)) { ucnv_close(cnv); return -1; }
        break;
    }
    ucnv_close(cnv);
    return (int32_t)(target - (UChar *)out);
}

int32_t cicu_convert_from_utf16(const char *charset, const uint16_t *text, int32_t length,
                                uint8_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *cnv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -1;
    ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    int32_t n = ucnv_fromUChars(cnv, (char *)out, capacity, (const UChar *)text, length, &status);
    ucnv_close(cnv);
    if (status == U_BUFFER_OVERFLOW_ERROR) return -3;
    if (U_FAILURE(status)) return -1;
    return n;
}
