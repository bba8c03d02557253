/* fuzz-template.c: libFuzzer target for the template loader
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libxml/parser.h>

#include "minutes-core.h"

int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);
int LLVMFuzzerTestOneInput (const guint8  *data,
                            size_t         size);

static MinutesMeeting *meeting;

/* A small meeting, built once, for each loaded template to render. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(MinutesPerson) person = minutes_person_new ();
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
  g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();
  g_autoptr(GDate) date = g_date_new_dmy (16, 1, 2024);

  meeting = minutes_meeting_new ();
  g_object_set (meeting, "committee", "Committee", "date", date,
                "scheduled-start", 19 * 60, "end", 21 * 60, NULL);
  g_object_set (person, "name", "A Person", "role", MINUTES_ROLE_CHAIR,
                "attendance", MINUTES_ATTENDANCE_PRESENT, NULL);
  minutes_meeting_append_person (meeting, person);
  minutes_agenda_item_set_title (item, "Item");
  minutes_discussion_entry_set_text (entry, "A point.");
  minutes_agenda_item_append_entry (item, entry);
  minutes_agenda_item_append_witness (item, person);
  minutes_meeting_append_item (meeting, item);

  return 0;
}

/* A template either loads, and then renders the meeting, or fails with a
 * MinutesTemplateError. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(MinutesTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  template = minutes_template_new_from_bytes (bytes, "fuzz.xml", &error);
  if (template == NULL)
    {
      g_assert_true (error != NULL && error->domain == MINUTES_TEMPLATE_ERROR);
      return 0;
    }

  text = minutes_render_text (meeting, template, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);
  g_assert_nonnull (text);

  return 0;
}
