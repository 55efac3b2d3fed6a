/* gumbo's tree flattened into CHTML events (see include/CHTML.h). */
#include "CHTML.h"

#include <ctype.h>
#include <gumbo.h>
#include <stdlib.h>
#include <string.h>

struct chtml_document {
    GumboOutput *output;
    chtml_event *events;
    /* Per event: the element an OPEN event starts (NULL otherwise), for chtml_attribute. */
    const GumboElement **elements;
    int32_t count;
    int32_t capacity;
};

static int push_element(chtml_document *d, chtml_event e, const GumboElement *el) {
    if (d->count == d->capacity) {
        int32_t cap = d->capacity ? d->capacity * 2 : 1024;
        chtml_event *n = realloc(d->events, (size_t)cap * sizeof(chtml_event));
        if (!n) return 0;
        d->events = n;
        const GumboElement **m = realloc(d->elements, (size_t)cap * sizeof(GumboElement *));
        if (!m) return 0;
        d->elements = m;
        d->capacity = cap;
    }
    d->elements[d->count] = el;
    d->events[d->count++] = e;
    return 1;
}

static int push(chtml_document *d, chtml_event e) { return push_element(d, e, NULL); }

/* Elements dropped with everything inside: never document text (code, styling, forms,
   embedded objects) or page furniture by HTML's own semantics (nav, header, footer, aside). */
static int dropped_tag(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
        return 1;
    default:
        return 0;
    }
}

/* Case-insensitive search of needle in a style value with blanks removed. */
static int style_has(const char *style, const char *needle) {
    char buf[512];
    size_t n = 0;
    for (const char *p = style; *p && n + 1 < sizeof buf; p++) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') continue;
        buf[n++] = (char)tolower((unsigned char)*p);
    }
    buf[n] = 0;
    return strstr(buf, needle) != NULL;
}

/* Hidden as a browser would not render it. */
static int hidden(const GumboElement *el) {
    if (gumbo_get_attribute(&el->attributes, "hidden")) return 1;
    GumboAttribute *aria = gumbo_get_attribute(&el->attributes, "aria-hidden");
    if (aria && strcmp(aria->value, "true") == 0) return 1;
    GumboAttribute *style = gumbo_get_attribute(&el->attributes, "style");
    if (style && (style_has(style->value, "display:none") || style_has(style->value, "visibility:hidden"))) return 1;
    return 0;
}

typedef struct { const GumboNode *node; uint32_t next; } frame;

/* Depth-first walk with an explicit stack: deeply nested markup must not exhaust the C stack. */
static int walk(chtml_document *d, const GumboNode *root) {
    size_t cap = 256, top = 0;
    frame *stack = malloc(cap * sizeof(frame));
    if (!stack) return 0;
    stack[top++] = (frame){root, 0};
    int ok = 1;
    while (top > 0 && ok) {
        frame *f = &stack[top - 1];
        const GumboVector *children = f->node->type == GUMBO_NODE_DOCUMENT
            ? &f->node->v.document.children : &f->node->v.element.children;
        if (f->next >= children->length) {
            if (f->node->type != GUMBO_NODE_DOCUMENT)
                ok = push(d, (chtml_event){CHTML_EVENT_CLOSE, -1, NULL, NULL, 0, 1});
            top--;
            continue;
        }
        const GumboNode *child = children->data[f->next++];
        switch (child->type) {
        case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA:
            ok = push(d, (chtml_event){CHTML_EVENT_TEXT, (int32_t)child->v.text.start_pos.offset, NULL,
                                       child->v.text.text, (int32_t)strlen(child->v.text.text), 1});
            break;
        case GUMBO_NODE_ELEMENT: {
            const GumboElement *el = &child->v.element;
            if (dropped_tag(el->tag) || hidden(el)) break;
            int32_t colspan = 1;
            GumboAttribute *cs = gumbo_get_attribute(&el->attributes, "colspan");
            if (cs) { long v = strtol(cs->value, NULL, 10); if (v > 1 && v < 1000) colspan = (int32_t)v; }
            int32_t offset = el->original_tag.length > 0 ? (int32_t)el->start_pos.offset : -1;
            ok = push_element(d, (chtml_event){CHTML_EVENT_OPEN, offset, gumbo_normalized_tagname(el->tag), NULL, 0, colspan}, el);
            if (!ok) break;
            if (top == cap) {
                cap *= 2;
                frame *n = realloc(stack, cap * sizeof(frame));
                if (!n) { ok = 0; break; }
                stack = n;
            }
            stack[top++] = (frame){child, 0};
            break;
        }
        default: /* comments, templates */
            break;
        }
    }
    free(stack);
    return ok;
}

chtml_document *chtml_parse(const char *utf8, int32_t length) {
    chtml_document *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; /* errors are recovered from, not reported: do not keep them */
    d->output = gumbo_parse_with_options(&options, utf8, (size_t)(length < 0 ? 0 : length));
    if (!d->output || !walk(d, d->output->document)) { chtml_free(d); return NULL; }
    return d;
}

int32_t chtml_event_count(const chtml_document *doc) { return doc->count; }
const chtml_event *chtml_events(const chtml_document *doc) { return doc->events; }

const char *chtml_attribute(const chtml_document *doc, int32_t index, const char *name) {
    if (!doc || index < 0 || index >= doc->count || !doc->elements[index] || !name) return NULL;
    GumboAttribute *a = gumbo_get_attribute(&doc->elements[index]->attributes, name);
    return a ? a->value : NULL;
}

void chtml_free(chtml_document *doc) {
    if (!doc) return;
    if (doc->output) gumbo_destroy_output(&kGumboDefaultOptions, doc->output);
    free(doc->elements);
    free(doc->events);
    free(doc);
}
