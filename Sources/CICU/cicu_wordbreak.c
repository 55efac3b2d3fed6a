#include "CICU.h"
#include <stdlib.h>
#include <unicode/ubrk.h>

struct cicu_wordbreak { UBreakIterator *bi; };

cicu_wordbreak *cicu_wordbreak_open(const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "zh", (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return NULL;
    cicu_wordbreak *wb = malloc(sizeof(cicu_wordbreak));
    if (!wb) { ubrk_close(bi); return NULL; }
    wb->bi = bi;
    return wb;
}

int32_t cicu_wordbreak_next(cicu_wordbreak *wb) {
    int32_t b = ubrk_next(wb->bi);
    return b == UBRK_DONE ? -1 : b;
}

int32_t cicu_wordbreak_status(cicu_wordbreak *wb) { return ubrk_getRuleStatus(wb->bi); }

int32_t cicu_wordbreak_reset(cicu_wordbreak *wb, const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(wb->bi, (const UChar *)text, length, &status);
    return U_FAILURE(status) ? -1 : 0;
}

void cicu_wordbreak_close(cicu_wordbreak *wb) {
    if (!wb) return;
    ubrk_close(wb->bi);
    free(wb);
}
