/* minutes-motion-editor.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "minutes-core.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_MOTION_EDITOR (minutes_motion_editor_get_type ())

G_DECLARE_FINAL_TYPE (MinutesMotionEditor, minutes_motion_editor, MINUTES, MOTION_EDITOR, AdwBin)

GtkWidget *minutes_motion_editor_new       (MinutesMotion *motion);
MinutesMotion *minutes_motion_editor_get_motion (MinutesMotionEditor *self);
void       minutes_motion_editor_focus     (MinutesMotionEditor *self);

G_END_DECLS
