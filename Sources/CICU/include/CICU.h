/*
 * CICU: the few ICU services DocParse needs, behind plain C types.
 *
 * Why a shim: Foundation on Linux ships its own ICU module, so a Swift file that sees
 * <unicode/...h> fails to compile (conflicting UErrorCode), and ICU's versioned symbol
 * renaming (ubrk_open -> ubrk_open_72) hides the C functions from Swift. This header
 * therefore uses only <stdint.h> types and opaque pointers; the .c files include ICU.
 */
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ICU's version string, e.g. "72.1", written into out (NUL-terminated). */
void cicu_version(char *out, int32_t capacity);

/* --- Charset detection ------------------------------------------------------------- */

/*
 * Runs ICU's charset detector over bytes and writes up to maxMatches candidate names
 * (each NUL-terminated, at most 32 bytes, into names[i*32]) with their confidence
 * (0-100). Returns the number of candidates written, or -1 on failure.
 */
int32_t cicu_detect_charsets(const uint8_t *bytes, int32_t length,
                             char *names, int32_t *confidences, int32_t maxMatches);

/* --- Conversion to UTF-16 ---------------------------------------------------------- */

/*
 * Converts bytes in charset to UTF-16 in out (capacity UTF-16 units).
 * When lenient is 0, conversion stops at the first invalid or unmappable byte sequence:
 * returns -2 and sets *errorOffset to its byte offset and *errorLength to its length.
 * When lenient is 1, bad sequences become U+FFFD; the byte offsets of the first
 * maxBadOffsets of them are written to badOffsets and *badCount counts them all.
 * Returns the number of UTF-16 units written, -1 for an unknown charset, -3 when out
 * is too small.
 */
int32_t cicu_convert_to_utf16(const char *charset, const uint8_t *bytes, int32_t length,
                              uint16_t *out, int32_t capacity, int32_t lenient,
                              int32_t *errorOffset, int32_t *errorLength,
                              int32_t *badOffsets, int32_t maxBadOffsets, int32_t *badCount);

/*
 * Converts UTF-16 text to charset bytes in out (capacity bytes). Unmappable characters
 * fail the call. Returns the number of bytes written, -1 for an unknown charset or an
 * unmappable character, -3 when out is too small. (Used to build test fixtures and to
 * write legacy encodings; DocParse's own output is always UTF-8.)
 */
int32_t cicu_convert_from_utf16(const char *charset, const uint16_t *text, int32_t length,
                                uint8_t *out, int32_t capacity);

/* 1 if ICU knows the converter name (alias), 0 otherwise. Canonical name into out. */
int32_t cicu_canonical_charset(const char *name, char *out, int32_t capacity);

/* --- Transliteration ---------------------------------------------------------------- */

/*
 * Applies ICU transliterator `transliteratorID` (e.g. "Traditional-Simplified") to each
 * code point in [first, last] separately and writes the single-code-point result for
 * each into table[cp - first] (the code point itself where the result is not exactly one
 * code point). Returns 0 on success, -1 when the transliterator cannot be opened.
 */
int32_t cicu_build_char_table(const char *transliteratorID, uint32_t first, uint32_t last,
                              uint32_t *table);

/* --- Word breaking ------------------------------------------------------------------ */

typedef struct cicu_wordbreak cicu_wordbreak;

/* Opens a word BreakIterator (root locale dictionary rules) over text. NULL on failure. */
cicu_wordbreak *cicu_wordbreak_open(const uint16_t *text, int32_t length);
/* Next boundary in UTF-16 units, or -1 at the end. */
int32_t cicu_wordbreak_next(cicu_wordbreak *wb);
/* The rule status of the boundary last returned (UBRK_WORD_* ranges). */
int32_t cicu_wordbreak_status(cicu_wordbreak *wb);
/* Points the iterator at new text (reuses the compiled rules). */
int32_t cicu_wordbreak_reset(cicu_wordbreak *wb, const uint16_t *text, int32_t length);
void cicu_wordbreak_close(cicu_wordbreak *wb);

#ifdef __cplusplus
}
#endif

#endif
