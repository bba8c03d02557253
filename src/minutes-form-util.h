/* minutes-form-util.h: binding form fields to the meeting model
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "minutes-core.h"

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

char        *minutes_dup_language_name        (const char     *tag);
const char  *minutes_get_language_short_name  (const char     *tag);
char        *minutes_dup_translation_language (MinutesMeeting *meeting,
                                               const char     *export_language);
void         minutes_bind_translation         (gpointer        node,
                                               const char     *language,
                                               const char     *field,
                                               GtkEditable    *editable);
void         minutes_setup_translation_row    (AdwEntryRow    *row,
                                               gpointer        node,
                                               const char     *field,
                                               const char     *title,
                                               const char     *language);
gboolean     minutes_add_source_translation   (AdwPreferencesGroup *group,
                                               gpointer        node,
                                               const char     *field,
                                               const char     *title,
                                               const char     *language);
GtkWidget   *minutes_translation_row_new      (gpointer        node,
                                               const char     *field,
                                               const char     *title,
                                               const char     *language);
GtkWidget   *minutes_language_badge_new       (const char     *language);
gboolean     minutes_focus_translation_in     (GtkWidget      *widget,
                                               gpointer        node,
                                               const char     *field);

G_END_DECLS
