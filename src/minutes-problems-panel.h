/* minutes-problems-panel.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "minutes-core.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_PROBLEMS_PANEL (minutes_problems_panel_get_type ())

G_DECLARE_FINAL_TYPE (MinutesProblemsPanel, minutes_problems_panel, MINUTES, PROBLEMS_PANEL, GtkPopover)

GtkWidget  *minutes_problems_panel_new       (void);
GListModel *minutes_problems_panel_get_model (MinutesProblemsPanel *self);
void        minutes_problems_panel_set_model (MinutesProblemsPanel *self,
                                              GListModel           *problems);
GtkListBox *minutes_problems_panel_get_list  (MinutesProblemsPanel *self);

G_END_DECLS
