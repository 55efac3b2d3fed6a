/* poppler-glib behind CPDF.h. */
#include "CPDF.h"

#include <poppler.h>
#include <stdlib.h>
#include <string.h>

struct cpdf_document { PopplerDocument *doc; };

typedef struct {
    cpdf_page_text pub;
    char *text;
    double *rects;
} page_box;

cpdf_document *cpdf_open(const uint8_t *bytes, int64_t length, int32_t *error, char *message, int32_t capacity) {
    if (capacity > 0) message[0] = 0;
    GBytes *data = g_bytes_new(bytes, (gsize)length);
    GError *err = NULL;
    PopplerDocument *doc = poppler_document_new_from_bytes(data, NULL, &err);
    g_bytes_unref(data);
    if (!doc) {
        *error = (err && err->domain == POPPLER_ERROR && err->code == POPPLER_ERROR_ENCRYPTED)
            ? CPDF_ERROR_ENCRYPTED : CPDF_ERROR_DAMAGED;
        if (err && capacity > 0) { strncpy(message, err->message, (size_t)capacity - 1); message[capacity - 1] = 0; }
        if (err) g_error_free(err);
        return NULL;
    }
    cpdf_document *d = malloc(sizeof *d);
    if (!d) { g_object_unref(doc); *error = CPDF_ERROR_DAMAGED; return NULL; }
    d->doc = doc;
    *error = CPDF_OK;
    return d;
}

int32_t cpdf_page_count(const cpdf_document *doc) { return poppler_document_get_n_pages(doc->doc); }

void cpdf_close(cpdf_document *doc) {
    if (!doc) return;
    g_object_unref(doc->doc);
    free(doc);
}

cpdf_page_text *cpdf_page(cpdf_document *doc, int32_t index) {
    PopplerPage *page = poppler_document_get_page(doc->doc, index);
    if (!page) return NULL;
    page_box *b = calloc(1, sizeof *b);
    if (!b) { g_object_unref(page); return NULL; }
    poppler_page_get_size(page, &b->pub.width, &b->pub.height);
    char *text = poppler_page_get_text(page);
    b->text = strdup(text ? text : "");
    g_free(text);
    PopplerRectangle *rects = NULL;
    guint n = 0;
    if (poppler_page_get_text_layout(page, &rects, &n) && n > 0) {
        b->rects = malloc((size_t)n * 4 * sizeof(double));
        if (b->rects) {
            for (guint i = 0; i < n; i++) {
                b->rects[4 * i] = rects[i].x1;
                b->rects[4 * i + 1] = rects[i].y1;
                b->rects[4 * i + 2] = rects[i].x2;
                b->rects[4 * i + 3] = rects[i].y2;
            }
            b->pub.rectCount = n;
        }
        g_free(rects);
    }
    g_object_unref(page);
    b->pub.text = b->text;
    b->pub.textLength = b->text ? (int64_t)strlen(b->text) : 0;
    b->pub.rects = b->rects;
    return &b->pub;
}

void cpdf_page_free(cpdf_page_text *page) {
    if (!page) return;
    page_box *b = (page_box *)page;
    free(b->text);
    free(b->rects);
    free(b);
}
