/* minutes-meeting-form.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "minutes-core.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_MEETING_FORM (minutes_meeting_form_get_type ())

G_DECLARE_FINAL_TYPE (MinutesMeetingForm, minutes_meeting_form, MINUTES, MEETING_FORM, AdwBin)

GtkWidget *minutes_meeting_form_new            (MinutesMeeting     *meeting);
gboolean   minutes_meeting_form_focus_property (MinutesMeetingForm *self,
                                                const char         *name);
void       minutes_meeting_form_set_translation_language (MinutesMeetingForm *self,
                                                          const char         *language);
gboolean   minutes_meeting_form_focus_translation        (MinutesMeetingForm *self,
                                                          const char         *name);

G_END_DECLS
