/* minutes-import-private.h: what the importers share
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-import.h"
#include "minutes-model.h"
#include "minutes-template.h"

G_BEGIN_DECLS

/* The text importer's reading of an item's minutes (witnesses, key points,
 * actions, resolutions, declarations), for importers that find the minutes
 * of each item as paragraphs of text (the committee web site's page). */
typedef struct _MinutesTextReader MinutesTextReader;

MinutesTextReader *_minutes_text_reader_new        (MinutesMeeting      *meeting,
                                                    MinutesTemplate     *template,
                                                    MinutesImportReport *report);
void               _minutes_text_reader_begin_item (MinutesTextReader   *reader,
                                                    MinutesAgendaItem   *item);
void               _minutes_text_reader_read_line  (MinutesTextReader   *reader,
                                                    const char          *line);
void               _minutes_text_reader_finish     (MinutesTextReader   *reader);
/* A new person from "Councillor Liam Shrivastava": honorific split off,
 * id from the surname, appended to the meeting. */
MinutesPerson     *_minutes_text_reader_add_person (MinutesTextReader   *reader,
                                                    const char          *full_name);

/* "PDF 294 KB" → "PDF", 301056; FALSE when the text is no file size. */
gboolean           _minutes_import_parse_file_size (const char          *text,
                                                    char               **file_type,
                                                    gint64              *size);

/* "… view the full minutes text for item 3." at the end of the text:
 * removes it and returns TRUE. */
gboolean           _minutes_import_strip_truncation (char               *text);

/* Empties @report, keeping the caller's unplaced array. */
void               _minutes_import_report_reset    (MinutesImportReport *report);
/* Counts a line kept as narrative text, and keeps it if asked to. */
void               _minutes_import_report_unplaced (MinutesImportReport *report,
                                                    const char          *line);

MinutesMeeting    *_minutes_import_web_page_text    (const char          *text,
                                                     const char          *display_name,
                                                     MinutesTemplate     *template,
                                                     MinutesImportReport *report,
                                                     GError             **error);

G_END_DECLS
