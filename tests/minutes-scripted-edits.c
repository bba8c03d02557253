/* minutes-scripted-edits.c: drafts a meeting until it is killed
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "minutes-core.h"

/* The kill test runs this with a recovery folder: it makes one edit every
 * 50 ms through the model API, with autosave on as in the app, and prints
 * each edit with the wall-clock time it was made, until it is killed. Every
 * tenth edit adds an agenda item, every seventh a person, the others a point
 * "Point N" in the last item.
 *
 * Given a file too, every fifteenth edit also saves the meeting to it as
 * the app's Ctrl+S does (which discards the recovery copy), first printing
 * "TIME save CHECKSUM" with the SHA-256 of the bytes about to be written,
 * so that the test can tell a complete version from a torn one. */

typedef struct
{
  MinutesMeeting *meeting;
  MinutesAutosave *autosave;
  GFile *file;
  guint n;
} Script;

static void
save (Script *script)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = minutes_document_serialize (script->meeting, &error);
  g_autofree char *checksum = NULL;

  if (bytes == NULL)
    g_error ("%s", error->message);

  checksum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  printf ("%" G_GINT64_FORMAT " save %s\n", g_get_real_time (), checksum);
  fflush (stdout);

  if (!minutes_document_save (script->meeting, script->file, NULL, &error))
    g_error ("%s", error->message);

  minutes_autosave_set_file (script->autosave, script->file);
  minutes_autosave_discard (script->autosave);
}

static gboolean
edit_cb (gpointer user_data)
{
  Script *script = user_data;
  GListModel *items = minutes_meeting_get_items (script->meeting);
  g_autofree char *text = NULL;
  const char *kind;

  script->n++;

  if (script->n % 10 == 1)
    {
      g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();

      kind = "item";
      text = g_strdup_printf ("Item %u", script->n);
      minutes_agenda_item_set_title (item, text);
      minutes_meeting_append_item (script->meeting, item);
    }
  else if (script->n % 7 == 0)
    {
      g_autoptr(MinutesPerson) person = minutes_person_new ();

      kind = "person";
      text = g_strdup_printf ("Person %u", script->n);
      minutes_person_set_name (person, text);
      minutes_person_set_attendance (person, MINUTES_ATTENDANCE_PRESENT);
      minutes_meeting_append_person (script->meeting, person);
    }
  else
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, g_list_model_get_n_items (items) - 1);
      g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();

      kind = "point";
      text = g_strdup_printf ("Point %u", script->n);
      minutes_discussion_entry_set_entry_type (entry, MINUTES_ENTRY_POINT);
      minutes_discussion_entry_set_text (entry, text);
      minutes_agenda_item_append_entry (item, entry);
    }

  printf ("%" G_GINT64_FORMAT " %s %s\n", g_get_real_time (), kind, text);
  fflush (stdout);

  if (script->file != NULL && script->n % 15 == 0)
    save (script);

  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesAutosave) autosave = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GFile) file = NULL;
  Script script = { meeting, NULL, NULL, 0 };

  if (argc != 2 && argc != 3)
    {
      fprintf (stderr, "Usage: %s RECOVERY-FOLDER [FILE]\n", argv[0]);
      return 2;
    }

  if (argc == 3)
    file = g_file_new_for_path (argv[2]);

  minutes_meeting_set_committee (meeting, "Scripted Committee");
  autosave = minutes_autosave_new (meeting, argv[1], NULL, NULL);
  script.autosave = autosave;
  script.file = file;
  g_timeout_add (50, edit_cb, &script);
  g_main_loop_run (loop);

  return 0;
}
