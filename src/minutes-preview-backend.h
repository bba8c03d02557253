/* minutes-preview-backend.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "minutes-core.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_PREVIEW_BACKEND (minutes_preview_backend_get_type ())

G_DECLARE_FINAL_TYPE (MinutesPreviewBackend, minutes_preview_backend, MINUTES, PREVIEW_BACKEND, MinutesBackend)

MinutesPreviewBackend *minutes_preview_backend_new          (GtkTextBuffer         *buffer);
GtkTextBuffer         *minutes_preview_backend_get_buffer   (MinutesPreviewBackend *self);
void                   minutes_preview_backend_clear        (MinutesPreviewBackend *self);
GtkTextMark           *minutes_preview_backend_get_mark_for (MinutesPreviewBackend *self,
                                                             GObject               *source);
GtkTextMark           *minutes_preview_backend_get_mark_for_section (MinutesPreviewBackend *self,
                                                                     MinutesSectionKind     kind);

G_END_DECLS
