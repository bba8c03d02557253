/* minutes-pango-backend.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "minutes-backend.h"

G_BEGIN_DECLS

/* A4 in PostScript points, the default page of the PDF export and of
 * printing. */
#define MINUTES_PAGE_A4_WIDTH  595.276
#define MINUTES_PAGE_A4_HEIGHT 841.890

#define MINUTES_TYPE_PANGO_BACKEND (minutes_pango_backend_get_type ())

G_DECLARE_FINAL_TYPE (MinutesPangoBackend, minutes_pango_backend, MINUTES, PANGO_BACKEND, MinutesBackend)

MinutesPangoBackend *minutes_pango_backend_new         (void);
guint                minutes_pango_backend_paginate    (MinutesPangoBackend  *self,
                                                        PangoContext         *context,
                                                        double                page_width,
                                                        double                page_height);
guint                minutes_pango_backend_get_n_pages (MinutesPangoBackend  *self);
void                 minutes_pango_backend_draw_page   (MinutesPangoBackend  *self,
                                                        cairo_t              *cr,
                                                        guint                 page);
gboolean             minutes_pango_backend_write_pdf   (MinutesPangoBackend  *self,
                                                        GOutputStream        *stream,
                                                        GCancellable         *cancellable,
                                                        GError              **error);

G_END_DECLS
