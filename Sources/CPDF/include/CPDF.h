/*
 * CPDF: the text layer of a PDF through poppler's GLib binding, behind plain C types.
 *
 * Why a shim: poppler-glib's headers pull in GLib, which Swift must not see next to
 * Foundation; and the reading order is poppler's own (the order `pdftotext` uses). Each page
 * gives its text (lines separated by '\n') and one rectangle per character of that text, so
 * DocParse can tell a running header from body text and a wrapped line from a new paragraph.
 */
#ifndef CPDF_H
#define CPDF_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cpdf_document cpdf_document;

enum {
    CPDF_OK = 0,
    CPDF_ERROR_DAMAGED = 1,    /* not a PDF poppler can open (truncated, damaged) */
    CPDF_ERROR_ENCRYPTED = 2   /* needs a password */
};

/* Opens a PDF from memory (the bytes are copied). On failure returns NULL and sets *error to
   a CPDF_ERROR_* code and writes poppler's message (NUL-terminated) into message. */
cpdf_document *cpdf_open(const uint8_t *bytes, int64_t length, int32_t *error, char *message, int32_t capacity);
int32_t cpdf_page_count(const cpdf_document *doc);
void cpdf_close(cpdf_document *doc);

typedef struct {
    /* UTF-8 text of the page in reading order, NUL-terminated; owned by the page. */
    const char *text;
    int64_t textLength;
    /* One rectangle (x1, y1, x2, y2 in points, origin top left) per character of text,
       in the same order; rectCount may differ from the character count when poppler
       disagrees with itself, and callers must check. */
    const double *rects;
    int64_t rectCount;
    double width, height;
} cpdf_page_text;

/* The text of page index (0-based); NULL when the page cannot be read. Free with cpdf_page_free. */
cpdf_page_text *cpdf_page(cpdf_document *doc, int32_t index);
void cpdf_page_free(cpdf_page_text *page);

#ifdef __cplusplus
}
#endif

#endif
