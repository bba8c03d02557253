/* minutes-declarations-form.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "minutes-core.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_DECLARATIONS_FORM (minutes_declarations_form_get_type ())

G_DECLARE_FINAL_TYPE (MinutesDeclarationsForm, minutes_declarations_form, MINUTES, DECLARATIONS_FORM, AdwBin)

GtkWidget          *minutes_declarations_form_new             (MinutesMeeting          *meeting);
MinutesDeclaration *minutes_declarations_form_add_declaration (MinutesDeclarationsForm *self);
gboolean            minutes_declarations_form_focus_property  (MinutesDeclarationsForm *self,
                                                               GObject                 *object,
                                                               const char              *name);

G_END_DECLS
