/*
 * status.h — the status page for people: daemon/status.html, turned into
 * bytes by the Makefile (build/daemon/status_page.c) and served at / by
 * http.c.  It draws /stats in the browser; nothing is rendered here.
 */
#ifndef QUARRY_STATUS_H
#define QUARRY_STATUS_H

#include <stddef.h>

extern const unsigned char status_page[];
extern const size_t status_page_len;

#endif
