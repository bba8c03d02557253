/* minutes-item-form.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "minutes-core.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_ITEM_FORM (minutes_item_form_get_type ())

G_DECLARE_FINAL_TYPE (MinutesItemForm, minutes_item_form, MINUTES, ITEM_FORM, AdwBin)

GtkWidget         *minutes_item_form_new        (MinutesAgendaItem *item);
MinutesAgendaItem *minutes_item_form_get_item   (MinutesItemForm   *self);
void               minutes_item_form_add_entry  (MinutesItemForm   *self,
                                                 MinutesEntryType   type);
void               minutes_item_form_add_action (MinutesItemForm   *self);
void               minutes_item_form_focus      (MinutesItemForm   *self);
gboolean           minutes_item_form_focus_property (MinutesItemForm *self,
                                                     GObject         *object,
                                                     const char      *name);
void               minutes_item_form_set_translation_language (MinutesItemForm *self,
                                                               const char      *language);
gboolean           minutes_item_form_focus_translation        (MinutesItemForm *self,
                                                               GObject         *object,
                                                               const char      *name);

G_END_DECLS
