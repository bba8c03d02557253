/* minutes-preferences-window.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MINUTES_TYPE_PREFERENCES_WINDOW (minutes_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (MinutesPreferencesWindow, minutes_preferences_window, MINUTES, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *minutes_preferences_window_new              (GtkWindow *parent);
GPtrArray *minutes_preferences_list_templates          (void);

G_END_DECLS
