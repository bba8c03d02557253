/* test-kill.c: 50 drafting processes killed at random instants
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>

#include <glib/gstdio.h>

#include "minutes-core.h"

/* Each run starts tests/minutes-scripted-edits, which drafts a meeting with
 * autosave on and saves it to a real file every fifteenth edit, and kills
 * it with SIGKILL at a random instant (0.2 to 4.5 s after its start, from a
 * seed printed at the start; MINUTES_KILL_SEED repeats a run). After each
 * kill:
 *
 * - every edit made more than 2 s before the kill is recovered: it is in
 *   the recovery copy, or, when a save discarded the copy and no edit came
 *   after, in the saved file;
 * - the saved file, if there is one, is byte for byte one of the versions
 *   the process set out to write, never a torn mixture.
 *
 * Runs go five at a time, to keep the whole under a minute. */

#define N_RUNS       50
#define N_PARALLEL   5
#define MIN_KILL_MS  200
#define MAX_KILL_MS  4500

typedef struct
{
  guint        index;
  char        *dir;
  char        *save_path;
  GSubprocess *process;
  gint64       start;
  gint64       kill_after;  /* µs after start */
  gint64       kill_time;
} Run;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static char *
dump (MinutesMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = minutes_document_serialize (meeting, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static int
compare_kill (gconstpointer a,
              gconstpointer b)
{
  const Run *run_a = *(const Run * const *) a;
  const Run *run_b = *(const Run * const *) b;

  return (run_a->kill_after > run_b->kill_after) - (run_a->kill_after < run_b->kill_after);
}

/* Returns the number of edits checked. */
static guint
check_run (Run *run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) log = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GHashTable) checksums = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(MinutesMeeting) restored = NULL;
  g_autofree char *restored_text = NULL;
  g_autofree char *saved = NULL;
  gsize saved_len = 0;
  const char *source;
  guint n_checked = 0;
  char *line;

  g_subprocess_wait (run->process, NULL, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_if_signaled (run->process))
    g_error ("run %u: the drafting process ended by itself (exit %d) before it was killed",
             run->index, g_subprocess_get_exit_status (run->process));
  g_assert_cmpint (g_subprocess_get_term_sig (run->process), ==, SIGKILL);

  /* What the process did, with the time of each step. */
  log = g_data_input_stream_new (g_subprocess_get_stdout_pipe (run->process));

  /* The saved file, if any, is one complete version. */
  if (g_file_get_contents (run->save_path, &saved, &saved_len, NULL))
    {
      g_autoptr(GFile) file = g_file_new_for_path (run->save_path);
      g_autoptr(MinutesMeeting) loaded = minutes_document_load (file, NULL, &error);

      if (loaded == NULL)
        g_error ("run %u: the saved file does not load: %s", run->index, error->message);
    }

  entries = minutes_recovery_list (run->dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, <=, 1);
  if (entries->len == 1)
    {
      restored = minutes_recovery_entry_load (g_ptr_array_index (entries, 0), &error);
      if (restored == NULL)
        g_error ("run %u: the recovery copy does not load: %s", run->index, error->message);
      restored_text = dump (restored);
      source = "recovery copy";
    }
  else
    {
      restored_text = g_strdup (saved != NULL ? saved : "");
      source = "saved file (no recovery copy)";
    }

  while ((line = g_data_input_stream_read_line_utf8 (log, NULL, NULL, &error)) != NULL)
    {
      g_autofree char *owned = line;
      g_auto(GStrv) fields = g_strsplit (line, " ", 3);
      g_autofree char *quoted = NULL;
      gint64 when;

      /* A line cut short by the kill is not an edit that was made. */
      if (g_strv_length (fields) != 3)
        continue;

      if (g_str_equal (fields[1], "save"))
        {
          g_hash_table_add (checksums, g_strdup (fields[2]));
          continue;
        }

      when = g_ascii_strtoll (fields[0], NULL, 10);
      if (run->kill_time - when <= 2 * G_USEC_PER_SEC)
        continue;

      /* Each edit's text appears in the file as a JSON string. */
      quoted = g_strdup_printf ("\"%s\"", fields[2]);
      if (strstr (restored_text, quoted) == NULL)
        g_error ("run %u (killed %.2f s after its start): %s %s made %.1f s before the kill "
                 "is not in the %s",
                 run->index, run->kill_after / (double) G_USEC_PER_SEC, fields[1], fields[2],
                 (run->kill_time - when) / (double) G_USEC_PER_SEC, source);
      n_checked++;
    }
  g_assert_no_error (error);

  if (saved != NULL)
    {
      g_autofree char *checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                               (const guchar *) saved,
                                                               saved_len);

      if (!g_hash_table_contains (checksums, checksum))
        g_error ("run %u: the saved file (%" G_GSIZE_FORMAT " bytes) is none of the %u "
                 "versions saved: it is torn", run->index, saved_len,
                 g_hash_table_size (checksums));
    }

  return n_checked;
}

static void
test_kill_many (void)
{
  const char *helper = g_getenv ("MINUTES_SCRIPTED_EDITS");
  const char *seed_env = g_getenv ("MINUTES_KILL_SEED");
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *root = NULL;
  guint32 seed;
  guint n_checked = 0;
  guint n_saved = 0;
  guint n_late = 0;

  /* tests/meson.build names the helper. */
  g_assert_nonnull (helper);

  seed = seed_env != NULL ? (guint32) g_ascii_strtoull (seed_env, NULL, 10)
                          : (guint32) g_get_real_time ();
  rand = g_rand_new_with_seed (seed);
  g_test_message ("seed %u (repeat with MINUTES_KILL_SEED=%u)", seed, seed);
  g_printerr ("# kill test seed %u (repeat with MINUTES_KILL_SEED=%u)\n", seed, seed);

  root = g_dir_make_tmp ("minutes-kill-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint batch = 0; batch < N_RUNS / N_PARALLEL; batch++)
    {
      g_autoptr(GPtrArray) runs = g_ptr_array_new ();

      for (guint i = 0; i < N_PARALLEL; i++)
        {
          Run *run = g_new0 (Run, 1);

          run->index = batch * N_PARALLEL + i + 1;
          run->dir = g_strdup_printf ("%s/run-%02u", root, run->index);
          run->save_path = g_strdup_printf ("%s/run-%02u.minutes", root, run->index);
          run->kill_after = g_rand_int_range (rand, MIN_KILL_MS, MAX_KILL_MS) * (gint64) 1000;
          g_assert_cmpint (g_mkdir (run->dir, 0700), ==, 0);
          run->start = g_get_monotonic_time ();
          run->process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                           helper, run->dir, run->save_path, NULL);
          g_assert_no_error (error);
          g_ptr_array_add (runs, run);
        }

      /* Kill them in the order of their instants. */
      g_ptr_array_sort (runs, compare_kill);
      for (guint i = 0; i < runs->len; i++)
        {
          Run *run = g_ptr_array_index (runs, i);
          gint64 wait = run->start + run->kill_after - g_get_monotonic_time ();

          if (wait > 0)
            g_usleep (wait);
          run->kill_time = g_get_real_time ();
          g_subprocess_send_signal (run->process, SIGKILL);
        }

      for (guint i = 0; i < runs->len; i++)
        {
          Run *run = g_ptr_array_index (runs, i);
          guint checked = check_run (run);

          n_checked += checked;
          if (g_file_test (run->save_path, G_FILE_TEST_EXISTS))
            n_saved++;
          if (run->kill_after > 2500 * 1000)
            n_late++;

          g_clear_object (&run->process);
          g_free (run->dir);
          g_free (run->save_path);
          g_free (run);
        }
    }

  remove_tree (root);

  g_test_message ("%u runs: %u left a saved file; %u edits older than 2 s checked",
                  N_RUNS, n_saved, n_checked);

  /* The draw gives runs long enough to have something to check and to
   * have saved; a test that checked nothing would prove nothing. */
  g_assert_cmpuint (n_late, >, 0);
  g_assert_cmpuint (n_saved, >, 0);
  g_assert_cmpuint (n_checked, >, N_RUNS);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kill/fifty-runs", test_kill_many);

  return g_test_run ();
}
