/* Compares the two HTML parsers Debian ships, gumbo and libxml2's HTML parser, on pages
 * given on the command line: time per parse (best of N, interleaved so machine load hits
 * both alike) and what each makes of the page (text nodes, visible text bytes outside
 * script/style, elements). Built and run by scripts/compare-html-parsers. Not part of DocParse. */
#include <gumbo.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { long elements, texts, textBytes; } counts;

static void gumbo_walk(const GumboNode *n, counts *c) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) { c->texts++; c->textBytes += (long)strlen(n->v.text.text); return; }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return;
    if (n->type == GUMBO_NODE_ELEMENT) {
        c->elements++;
        if (n->v.element.tag == GUMBO_TAG_SCRIPT || n->v.element.tag == GUMBO_TAG_STYLE) return;
    }
    const GumboVector *ch = n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children : &n->v.element.children;
    for (unsigned i = 0; i < ch->length; i++) gumbo_walk(ch->data[i], c);
}

static void xml_walk(xmlNode *n, counts *c) {
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) { c->texts++; c->textBytes += n->content ? (long)strlen((char *)n->content) : 0; continue; }
        if (n->type != XML_ELEMENT_NODE) continue;
        c->elements++;
        if (!strcmp((const char *)n->name, "script") || !strcmp((const char *)n->name, "style")) continue;
        xml_walk(n->children, c);
    }
}

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }

int main(int argc, char **argv) {
    int rounds = 30;
    double gumboTotal = 0, xmlTotal = 0; long bytesTotal = 0;
    printf("%-12s %8s  %10s %10s  %s\n", "page", "bytes", "gumbo ms", "libxml2 ms", "elements/text nodes/text bytes (gumbo | libxml2)");
    for (int a = 1; a < argc; a++) {
        FILE *f = fopen(argv[a], "rb"); if (!f) { perror(argv[a]); continue; }
        fseek(f, 0, SEEK_END); long len = ftell(f); fseek(f, 0, SEEK_SET);
        char *buf = malloc((size_t)len + 1); if (fread(buf, 1, (size_t)len, f) != (size_t)len) { fclose(f); continue; } buf[len] = 0; fclose(f);
        double gBest = 1e9, xBest = 1e9; counts g = {0}, x = {0};
        for (int r = 0; r < rounds; r++) {
            double t0 = now();
            GumboOutput *o = gumbo_parse_with_options(&kGumboDefaultOptions, buf, (size_t)len);
            double t1 = now();
            if (r == 0) gumbo_walk(o->document, &g);
            gumbo_destroy_output(&kGumboDefaultOptions, o);
            double t2 = now();
            htmlDocPtr d = htmlReadMemory(buf, (int)len, NULL, "UTF-8", HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
            double t3 = now();
            if (r == 0 && d) xml_walk(xmlDocGetRootElement(d), &x);
            if (d) xmlFreeDoc(d);
            if (t1 - t0 < gBest) gBest = t1 - t0;
            if (t3 - t2 < xBest) xBest = t3 - t2;
        }
        const char *name = strrchr(argv[a], '/'); name = name ? name + 1 : argv[a];
        printf("%-12s %8ld  %10.3f %10.3f  %ld/%ld/%ld | %ld/%ld/%ld\n", name, len, gBest * 1e3, xBest * 1e3,
               g.elements, g.texts, g.textBytes, x.elements, x.texts, x.textBytes);
        gumboTotal += gBest; xmlTotal += xBest; bytesTotal += len;
        free(buf);
    }
    printf("all: %ld bytes; gumbo %.1f MB/s, libxml2 %.1f MB/s\n", bytesTotal, bytesTotal / gumboTotal / 1e6, bytesTotal / xmlTotal / 1e6);
    return 0;
}
