/* minutes-resolution-editor.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "minutes-core.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_RESOLUTION_EDITOR (minutes_resolution_editor_get_type ())

G_DECLARE_FINAL_TYPE (MinutesResolutionEditor, minutes_resolution_editor, MINUTES, RESOLUTION_EDITOR, AdwBin)

GtkWidget *minutes_resolution_editor_new       (MinutesResolution *resolution);
MinutesResolution *minutes_resolution_editor_get_resolution (MinutesResolutionEditor *self);
void       minutes_resolution_editor_focus     (MinutesResolutionEditor *self);
MinutesResolutionPoint *minutes_resolution_editor_add_point (MinutesResolutionEditor *self);
void       minutes_resolution_editor_set_translation_language (MinutesResolutionEditor *self,
                                                               const char              *language);

G_END_DECLS
