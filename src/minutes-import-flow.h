/* minutes-import-flow.h: File → Import… and New Meeting From This One…
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-window.h"

G_BEGIN_DECLS

typedef enum
{
  MINUTES_IMPORT_KIND_DETECT,       /* from the file's content */
  MINUTES_IMPORT_KIND_TEXT,         /* minutes as plain text, or a page copied as text */
  MINUTES_IMPORT_KIND_WEB_PAGE,     /* the committee web site's meeting page saved as HTML */
  MINUTES_IMPORT_KIND_WEB_SERVICE,  /* the web service's GetMeeting XML response */
} MinutesImportKind;

void               minutes_import_flow_choose            (MinutesWindow        *window);
void               minutes_import_flow_import_async      (MinutesWindow        *window,
                                                          GFile                *file,
                                                          MinutesImportKind     kind,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
MinutesWindow     *minutes_import_flow_import_finish     (MinutesWindow        *window,
                                                          GAsyncResult         *result,
                                                          GError              **error);
MinutesImportKind  minutes_import_flow_detect            (GBytes               *bytes);

void               minutes_import_flow_ask_next_meeting  (MinutesWindow        *window);
void               minutes_import_flow_default_next_date (MinutesMeeting       *previous,
                                                          const GDate          *today,
                                                          GDate                *next);
MinutesWindow     *minutes_import_flow_next_meeting      (MinutesWindow        *window,
                                                          const GDate          *date,
                                                          int                   start,
                                                          GError              **error);

G_END_DECLS
