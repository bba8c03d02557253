/* minutes-sidebar-dnd.h: reordering agenda items by drag and drop
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "minutes-core.h"

G_BEGIN_DECLS

void minutes_sidebar_dnd_attach (GtkWidget         *row,
                                 MinutesMeeting    *meeting,
                                 MinutesAgendaItem *item);

G_END_DECLS
