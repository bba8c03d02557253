/* minutes-export-flow.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "minutes-core.h"
#include "minutes-window.h"

G_BEGIN_DECLS

void                    minutes_export_flow_install_actions (GtkWidgetClass          *widget_class);
void                    minutes_export_flow_export_to_file  (MinutesWindow           *window,
                                                             MinutesDocumentKind      kind,
                                                             MinutesExportFormat      format,
                                                             MinutesRenderFlags       flags,
                                                             GFile                   *file);
guint                   minutes_export_flow_get_n_running   (MinutesWindow           *window);
GtkPrintOperationResult minutes_export_flow_print           (MinutesWindow           *window,
                                                             GtkPrintOperationAction  action,
                                                             const char              *export_filename,
                                                             GError                 **error);

G_END_DECLS
