/* minutes-close-form.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "minutes-core.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_CLOSE_FORM (minutes_close_form_get_type ())

G_DECLARE_FINAL_TYPE (MinutesCloseForm, minutes_close_form, MINUTES, CLOSE_FORM, AdwBin)

GtkWidget *minutes_close_form_new            (MinutesMeeting   *meeting);
gboolean   minutes_close_form_focus_property (MinutesCloseForm *self,
                                              const char       *name);

G_END_DECLS
