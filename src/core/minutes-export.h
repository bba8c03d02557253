/* minutes-export.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "minutes-model.h"
#include "minutes-odt-backend.h"
#include "minutes-renderer.h"
#include "minutes-template.h"

G_BEGIN_DECLS

/* The formats a document can be exported to. */
typedef enum
{
  MINUTES_EXPORT_FORMAT_TEXT,
  MINUTES_EXPORT_FORMAT_HTML,
  MINUTES_EXPORT_FORMAT_ODT,
  MINUTES_EXPORT_FORMAT_PDF,
} MinutesExportFormat;

#define MINUTES_EXPORT_N_FORMATS (MINUTES_EXPORT_FORMAT_PDF + 1)

const char *minutes_export_format_get_nick      (MinutesExportFormat   format);
const char *minutes_export_format_get_extension (MinutesExportFormat   format);
const char *minutes_export_format_get_mime_type (MinutesExportFormat   format);
const char *minutes_export_format_get_name      (MinutesExportFormat   format);
gboolean    minutes_export_format_from_nick     (const char           *nick,
                                                 MinutesExportFormat  *format);
gboolean    minutes_export_format_for_filename  (const char           *filename,
                                                 MinutesExportFormat  *format);
gboolean    minutes_export_format_needs_file    (MinutesExportFormat   format);

const char *minutes_document_kind_get_nick      (MinutesDocumentKind   kind);
gboolean    minutes_document_kind_from_nick     (const char           *nick,
                                                 MinutesDocumentKind  *kind);

char       *minutes_export_suggest_filename     (MinutesMeeting       *meeting,
                                                 MinutesDocumentKind   kind,
                                                 MinutesExportFormat   format);

gboolean    minutes_export_languages_to_file    (MinutesMeeting       *meeting,
                                                 MinutesTemplate     **templates,
                                                 guint                 n_templates,
                                                 MinutesDocumentKind   kind,
                                                 MinutesExportFormat   format,
                                                 MinutesRenderFlags    flags,
                                                 GFile                *out,
                                                 GCancellable         *cancellable,
                                                 GError              **error);
gboolean    minutes_export_to_file              (MinutesMeeting       *meeting,
                                                 MinutesTemplate      *template,
                                                 MinutesDocumentKind   kind,
                                                 MinutesExportFormat   format,
                                                 MinutesRenderFlags    flags,
                                                 GFile                *out,
                                                 GCancellable         *cancellable,
                                                 GError              **error);
void        minutes_export_to_file_async        (MinutesMeeting       *meeting,
                                                 MinutesTemplate     **templates,
                                                 guint                 n_templates,
                                                 MinutesDocumentKind   kind,
                                                 MinutesExportFormat   format,
                                                 MinutesRenderFlags    flags,
                                                 GFile                *out,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean    minutes_export_to_file_finish       (GAsyncResult         *result,
                                                 GError              **error);

G_END_DECLS
