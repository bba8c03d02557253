/* minutes-form-util.h: binding form fields to the meeting model
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GBinding *minutes_bind_text      (gpointer     object,
                                  const char  *property,
                                  GtkEditable *editable);
char     *minutes_format_time    (int          time);
gboolean  minutes_parse_time     (const char  *text,
                                  int         *time);
void      minutes_bind_time      (gpointer     object,
                                  const char  *property,
                                  GtkEditable *editable);
int       minutes_time_now       (void);
void      minutes_focus_editable (GtkWidget   *widget);
void      minutes_reveal_later   (GtkWidget   *widget);
char     *minutes_dup_file_display_name   (GFile         *file);
void      minutes_spin_button_allow_unset (GtkSpinButton *spin);

G_END_DECLS
