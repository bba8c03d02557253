/* minutes-file-watch.h: the meeting's file, as others may change it
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MINUTES_TYPE_FILE_WATCH (minutes_file_watch_get_type ())

G_DECLARE_FINAL_TYPE (MinutesFileWatch, minutes_file_watch, MINUTES, FILE_WATCH, GObject)

MinutesFileWatch *minutes_file_watch_new               (GtkWindow        *window);
void              minutes_file_watch_set_file          (MinutesFileWatch *self,
                                                        GFile            *file);
GFile            *minutes_file_watch_get_file          (MinutesFileWatch *self);
void              minutes_file_watch_check             (MinutesFileWatch *self);
gboolean          minutes_file_watch_may_save          (MinutesFileWatch *self);

void              minutes_show_save_error              (GtkWindow        *window,
                                                        GFile            *file,
                                                        const GError     *error);
GtkWindow        *minutes_find_window_for_file         (GtkApplication   *application,
                                                        GFile            *file);

G_END_DECLS
