/* minutes-picker.h: drop-downs that pick a person or an item of a meeting
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "minutes-core.h"

G_BEGIN_DECLS

GtkWidget *minutes_person_picker_new (MinutesMeeting *meeting,
                                      const char     *label);
GtkWidget *minutes_item_picker_new   (MinutesMeeting *meeting,
                                      const char     *label);
GtkWidget *minutes_enum_picker_new   (const char * const *labels,
                                      const char         *label);
void       minutes_bind_picker       (gpointer        object,
                                      const char     *property,
                                      GtkDropDown    *dropdown);
void       minutes_bind_enum_picker  (gpointer        object,
                                      const char     *property,
                                      GtkDropDown    *dropdown);

G_END_DECLS
