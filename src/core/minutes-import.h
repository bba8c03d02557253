/* minutes-import.h: bringing existing minutes into the model
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "minutes-types.h"

G_BEGIN_DECLS

#define MINUTES_IMPORT_ERROR (minutes_import_error_quark ())

typedef enum
{
  MINUTES_IMPORT_ERROR_EMPTY,       /* nothing but white space */
  MINUTES_IMPORT_ERROR_BINARY,      /* not text at all (NUL bytes, control codes) */
  MINUTES_IMPORT_ERROR_ENCODING,    /* text in an encoding we cannot recognise */
  MINUTES_IMPORT_ERROR_TOO_LARGE,   /* bigger than any real meeting */
  MINUTES_IMPORT_ERROR_NOT_MINUTES, /* text, but nothing of a meeting in it */
} MinutesImportError;

/* What an import found besides the meeting. The caller initialises it
 * (= { 0 }, or with its own unplaced array); the importers reset the counts
 * and keep the array. */
typedef struct
{
  guint n_lines;     /* non-empty input lines */
  guint n_unplaced;  /* lines kept as narrative text because nothing else fitted */
  guint n_noise;     /* page numbers and similar extraction artefacts left out */
  GPtrArray *unplaced; /* (nullable) (element-type utf8): if the caller sets it,
                        * the text of each line counted in n_unplaced */
} MinutesImportReport;

GQuark          minutes_import_error_quark   (void);
char           *minutes_import_decode_text   (GBytes               *bytes,
                                              const char           *display_name,
                                              GError              **error);
MinutesMeeting *minutes_import_text          (GBytes               *bytes,
                                              const char           *display_name,
                                              MinutesTemplate      *template,
                                              MinutesImportReport  *report,
                                              GError              **error);
MinutesMeeting *minutes_import_web_page      (GBytes               *bytes,
                                              const char           *display_name,
                                              MinutesTemplate      *template,
                                              MinutesImportReport  *report,
                                              GError              **error);
MinutesMeeting *minutes_import_web_service   (GBytes               *bytes,
                                              const char           *display_name,
                                              MinutesTemplate      *template,
                                              MinutesImportReport  *report,
                                              GError              **error);
MinutesMeeting *minutes_import_text_file     (GFile                *file,
                                              MinutesTemplate      *template,
                                              MinutesImportReport  *report,
                                              GCancellable         *cancellable,
                                              GError              **error);

G_END_DECLS
