/* test-autosave.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "minutes-core.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("minutes-recovery-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static char *
dump (MinutesMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = minutes_document_serialize (meeting, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the autosave has written everything. */
static void
wait_idle (MinutesAutosave *autosave)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (10, timeout_cb, &timed_out);

  while (minutes_autosave_get_busy (autosave) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (timeout);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = minutes_recovery_list (dir, &error);

  g_assert_no_error (error);
  return entries->len;
}

static void
test_writes_soon (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesAutosave) autosave = minutes_autosave_new (meeting, fixture->dir, NULL, NULL);
  g_autoptr(GDate) date = g_date_new_dmy (16, G_DATE_JANUARY, 2024);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(MinutesMeeting) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  MinutesRecoveryEntry *entry;
  GStatBuf st;
  gint64 start;

  /* Nothing is written until something changes. */
  g_assert_false (minutes_autosave_get_busy (autosave));
  g_assert_cmpuint (count_entries (fixture->dir), ==, 0);

  start = g_get_monotonic_time ();
  minutes_meeting_set_committee (meeting, "Audit");
  minutes_meeting_set_date (meeting, date);
  g_assert_true (minutes_autosave_get_busy (autosave));
  wait_idle (autosave);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);

  g_assert_cmpint (g_stat (minutes_autosave_get_path (autosave), &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  entries = minutes_recovery_list (fixture->dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (minutes_recovery_entry_get_id (entry), ==, minutes_autosave_get_id (autosave));
  g_assert_null (minutes_recovery_entry_get_original (entry));
  g_assert_cmpstr (minutes_recovery_entry_get_title (entry), ==, "Audit, 16 January 2024");
  g_assert_cmpint (g_date_time_compare (minutes_recovery_entry_get_autosaved (entry), before), >=, -1);

  restored = minutes_recovery_entry_load (entry, &error);
  g_assert_no_error (error);
  expected = dump (meeting);
  actual = dump (restored);
  g_assert_cmpstr (actual, ==, expected);
}

static void
test_discard (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesAutosave) autosave = minutes_autosave_new (meeting, fixture->dir, NULL, NULL);
  g_autoptr(GFile) file = g_file_new_for_path ("/srv/council/audit.minutes");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  MinutesRecoveryEntry *entry;

  minutes_meeting_set_venue (meeting, "Room 1");
  wait_idle (autosave);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);

  /* A clean save removes the copy... */
  minutes_autosave_discard (autosave);
  g_assert_false (g_file_test (minutes_autosave_get_path (autosave), G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (fixture->dir), ==, 0);

  /* ...the next change makes it again, naming the file saved to... */
  minutes_autosave_set_file (autosave, file);
  minutes_meeting_set_venue (meeting, "Room 2");
  wait_idle (autosave);
  entries = minutes_recovery_list (fixture->dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_true (g_file_equal (minutes_recovery_entry_get_original (entry), file));

  /* ...and discarding while a write is under way leaves nothing behind. */
  minutes_meeting_set_venue (meeting, "Room 3");
  minutes_autosave_save_now (autosave);
  minutes_autosave_discard (autosave);
  wait_idle (autosave);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 0);

  /* Discarding an entry from the list removes it. */
  minutes_meeting_set_venue (meeting, "Room 4");
  wait_idle (autosave);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = minutes_recovery_list (fixture->dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_true (minutes_recovery_entry_discard (g_ptr_array_index (entries, 0), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 0);
}

static void
test_bad_index (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesAutosave) autosave = minutes_autosave_new (meeting, fixture->dir, NULL, NULL);
  g_autofree char *index = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(MinutesMeeting) restored = NULL;
  g_autoptr(GError) error = NULL;
  MinutesRecoveryEntry *entry;

  minutes_meeting_set_venue (meeting, "Room 1");
  wait_idle (autosave);

  /* The copy is what matters: a broken index costs only its details. */
  index = g_strdup_printf ("%s/%s.json", fixture->dir, minutes_autosave_get_id (autosave));
  g_file_set_contents (index, "{ not json", -1, &error);
  g_assert_no_error (error);

  entries = minutes_recovery_list (fixture->dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_null (minutes_recovery_entry_get_title (entry));
  g_assert_nonnull (minutes_recovery_entry_get_autosaved (entry));
  restored = minutes_recovery_entry_load (entry, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (minutes_meeting_get_venue (restored), ==, "Room 1");

  /* A missing folder holds no copies. */
  g_assert_cmpuint (count_entries ("/nonexistent/minutes-recovery"), ==, 0);
}

static void
test_reuse_id (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesAutosave) first = minutes_autosave_new (meeting, fixture->dir, NULL, NULL);
  g_autoptr(MinutesAutosave) second = NULL;
  g_autoptr(MinutesMeeting) restored = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  minutes_meeting_set_venue (meeting, "Room 1");
  wait_idle (first);
  g_clear_object (&first);

  /* A restored meeting keeps its copy up to date rather than doubling it. */
  entries = minutes_recovery_list (fixture->dir, &error);
  g_assert_no_error (error);
  restored = minutes_recovery_entry_load (g_ptr_array_index (entries, 0), &error);
  g_assert_no_error (error);
  second = minutes_autosave_new (restored, fixture->dir, NULL,
                                 minutes_recovery_entry_get_id (g_ptr_array_index (entries, 0)));
  minutes_meeting_set_venue (restored, "Room 2");
  wait_idle (second);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);
}

/* The kill test: a process drafting with autosave on is killed with SIGKILL;
 * every edit it made more than two seconds before is in the recovery copy. */
static void
test_kill (Fixture       *fixture,
           gconstpointer  data)
{
  const char *helper = g_getenv ("MINUTES_SCRIPTED_EDITS");
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) log = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(MinutesMeeting) restored = NULL;
  g_autofree char *restored_text = NULL;
  gint64 kill_time;
  guint n_checked = 0;
  char *line;

  /* tests/meson.build names the helper. */
  g_assert_nonnull (helper);

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                              helper, fixture->dir, NULL);
  g_assert_no_error (error);

  g_usleep (5 * G_USEC_PER_SEC);
  kill_time = g_get_real_time ();
  g_subprocess_send_signal (process, SIGKILL);
  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);

  entries = minutes_recovery_list (fixture->dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (minutes_recovery_entry_get_title (g_ptr_array_index (entries, 0)), ==,
                   "Scripted Committee");
  restored = minutes_recovery_entry_load (g_ptr_array_index (entries, 0), &error);
  g_assert_no_error (error);
  restored_text = dump (restored);

  log = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  while ((line = g_data_input_stream_read_line_utf8 (log, NULL, NULL, &error)) != NULL)
    {
      g_autofree char *owned = line;
      g_auto(GStrv) fields = g_strsplit (line, " ", 3);
      g_autofree char *quoted = NULL;
      gint64 when;

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      when = g_ascii_strtoll (fields[0], NULL, 10);
      if (kill_time - when <= 2 * G_USEC_PER_SEC)
        continue;

      /* Each edit's text appears in the file as a JSON string. */
      quoted = g_strdup_printf ("\"%s\"", fields[2]);
      if (strstr (restored_text, quoted) == NULL)
        g_error ("%s %s made %.1f s before the kill is not in the recovery copy",
                 fields[1], fields[2], (kill_time - when) / (double) G_USEC_PER_SEC);
      n_checked++;
    }
  g_assert_no_error (error);

  /* About 60 edits in the three seconds that count. */
  g_assert_cmpuint (n_checked, >, 30);
  g_test_message ("%u edits made more than 2 s before the kill were recovered", n_checked);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/autosave/writes-soon", Fixture, NULL, fixture_set_up, test_writes_soon, fixture_tear_down);
  g_test_add ("/autosave/discard", Fixture, NULL, fixture_set_up, test_discard, fixture_tear_down);
  g_test_add ("/autosave/bad-index", Fixture, NULL, fixture_set_up, test_bad_index, fixture_tear_down);
  g_test_add ("/autosave/reuse-id", Fixture, NULL, fixture_set_up, test_reuse_id, fixture_tear_down);
  g_test_add ("/autosave/kill", Fixture, NULL, fixture_set_up, test_kill, fixture_tear_down);

  return g_test_run ();
}
