/*
 * CHTML: an HTML page parsed by gumbo (an HTML5-conformant parser) and handed to Swift as a
 * flat list of events in document order, behind plain C types.
 *
 * Why events: the layout rules (which elements break lines, how table rows become task-table
 * rows) are DocParse's and live in Swift (Pipeline/1-Ingest/HTMLReader.swift); gumbo's tree types stay
 * inside this target. Comments, <script>, <style>, <template>, <head> and hidden elements
 * (the `hidden` attribute, `display:none` / `visibility:hidden` styles, aria-hidden="true")
 * are dropped here, with everything inside them.
 */
#ifndef CHTML_H
#define CHTML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    CHTML_EVENT_OPEN = 1,   /* an element starts: tag is its lowercase name */
    CHTML_EVENT_CLOSE = 2,  /* the element opened last ends */
    CHTML_EVENT_TEXT = 3    /* text (entities decoded, UTF-8): text, textLength */
};

typedef struct {
    int32_t kind;
    /* Byte offset in the UTF-8 input where the element or text starts (-1 when the
       parser inserted the element, e.g. an implied <tbody>). */
    int32_t sourceOffset;
    /* OPEN: the element's lowercase tag name (NUL-terminated, static storage). */
    const char *tag;
    /* TEXT: the decoded text, not NUL-terminated; valid until chtml_free. */
    const char *text;
    int32_t textLength;
    /* OPEN: the colspan attribute of a cell (1 when absent). */
    int32_t colspan;
} chtml_event;

typedef struct chtml_document chtml_document;

/* Parses UTF-8 bytes. Returns NULL only when memory runs out. Never fails on bad markup:
   HTML5's error recovery decides what unclosed or misnested tags mean, as browsers do. */
chtml_document *chtml_parse(const char *utf8, int32_t length);
int32_t chtml_event_count(const chtml_document *doc);
const chtml_event *chtml_events(const chtml_document *doc);
/* The value of attribute `name` (lowercase ASCII) of the element that OPEN event `index`
   starts, NUL-terminated and valid until chtml_free; NULL when the element has no such
   attribute or the event is no OPEN event. Entities in the value are decoded. */
const char *chtml_attribute(const chtml_document *doc, int32_t index, const char *name);
void chtml_free(chtml_document *doc);

#ifdef __cplusplus
}
#endif

#endif
