/* minutes-window.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "minutes-application.h"
#include "minutes-core.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_WINDOW (minutes_window_get_type ())

G_DECLARE_FINAL_TYPE (MinutesWindow, minutes_window, MINUTES, WINDOW, AdwApplicationWindow)

MinutesWindow  *minutes_window_new              (MinutesApplication   *application);
void            minutes_window_load_file        (MinutesWindow        *self,
                                                 GFile                *file);
void            minutes_window_load_file_async  (MinutesWindow        *self,
                                                 GFile                *file,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean        minutes_window_load_file_finish (MinutesWindow        *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);
gboolean        minutes_window_load_bytes       (MinutesWindow        *self,
                                                 GBytes               *bytes,
                                                 const char           *display_name);
void            minutes_window_new_meeting      (MinutesWindow        *self);
gboolean        minutes_window_restore          (MinutesWindow        *self,
                                                 MinutesRecoveryEntry *entry,
                                                 GError              **error);
gboolean        minutes_window_save_to          (MinutesWindow        *self,
                                                 GFile                *file);
gboolean        minutes_window_show_unsaved     (MinutesWindow        *self,
                                                 MinutesMeeting       *meeting,
                                                 GError              **error);
MinutesMeeting *minutes_window_get_meeting      (MinutesWindow        *self);
GFile          *minutes_window_get_file         (MinutesWindow        *self);
gboolean        minutes_window_get_modified     (MinutesWindow        *self);
MinutesAutosave *minutes_window_get_autosave    (MinutesWindow        *self);
GtkWidget      *minutes_window_get_form         (MinutesWindow        *self);
char           *minutes_window_get_preview_text (MinutesWindow        *self);
void            minutes_window_add_toast        (MinutesWindow        *self,
                                                 AdwToast             *toast);
GListModel     *minutes_window_get_problems     (MinutesWindow        *self);
void            minutes_window_show_problem     (MinutesWindow        *self,
                                                 MinutesProblem       *problem);

void            minutes_window_set_exporting    (MinutesWindow        *self,
                                                 gboolean              exporting);

G_END_DECLS
