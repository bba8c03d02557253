/* minutes-attendance-form.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "minutes-core.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_ATTENDANCE_FORM (minutes_attendance_form_get_type ())

G_DECLARE_FINAL_TYPE (MinutesAttendanceForm, minutes_attendance_form, MINUTES, ATTENDANCE_FORM, AdwBin)

GtkWidget *minutes_attendance_form_new            (MinutesMeeting        *meeting);
gboolean   minutes_attendance_form_focus_property (MinutesAttendanceForm *self,
                                                   GObject               *object,
                                                   const char            *name);

G_END_DECLS
