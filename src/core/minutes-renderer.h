/* minutes-renderer.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-backend.h"
#include "minutes-model.h"
#include "minutes-template.h"

G_BEGIN_DECLS

typedef enum
{
  MINUTES_RENDER_DEFAULT      = 0,
  /* The private version: exempt items in full, marked confidential. */
  MINUTES_RENDER_CONFIDENTIAL = 1 << 0,
} MinutesRenderFlags;

#define MINUTES_TYPE_RENDER_CACHE (minutes_render_cache_get_type ())

G_DECLARE_FINAL_TYPE (MinutesRenderCache, minutes_render_cache, MINUTES, RENDER_CACHE, GObject)

MinutesRenderCache *minutes_render_cache_new          (void);
guint               minutes_render_cache_get_n_reused (MinutesRenderCache *self);

/* The one walk over a meeting: every format is a back end of it. */
void  minutes_render      (MinutesMeeting      *meeting,
                           MinutesTemplate     *template,
                           MinutesDocumentKind  kind,
                           MinutesRenderFlags   flags,
                           MinutesBackend      *backend);
void  minutes_render_languages (MinutesMeeting          *meeting,
                                MinutesTemplate * const *templates,
                                guint                    n_templates,
                                MinutesDocumentKind      kind,
                                MinutesRenderFlags       flags,
                                MinutesBackend          *backend);
void  minutes_render_cached (MinutesMeeting      *meeting,
                             MinutesTemplate     *template,
                             MinutesDocumentKind  kind,
                             MinutesRenderFlags   flags,
                             MinutesBackend      *backend,
                             MinutesRenderCache  *cache);
char *minutes_render_text (MinutesMeeting      *meeting,
                           MinutesTemplate     *template,
                           MinutesDocumentKind  kind,
                           MinutesRenderFlags   flags);

G_END_DECLS
