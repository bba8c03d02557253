/* test-cli-import.c: minutes-cli import as a script would use it
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cli-run.h"

#include <glib/gstdio.h>
#include <string.h>

#include <gio/gio.h>

static char *
seed_path (const char *name)
{
  const char *seed_dir = g_getenv ("MINUTES_SEED_DIR");

  g_assert_nonnull (seed_dir);

  return g_build_filename (seed_dir, name, NULL);
}

static char *
write_temp (const char *name,
            const char *data,
            gssize      size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("minutes-import-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);

  return path;
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_unlink (child);
    }
  g_rmdir (dir);
}

/* The seed in, a .minutes file out that exports to the same words. */
static void
test_import_seed (void)
{
  g_autofree char *seed = seed_path ("004_b4eff269184071d3.txt");
  g_autofree char *out = write_temp ("placeholder", "", 0);
  g_autofree char *dir = g_path_get_dirname (out);
  g_autofree char *minutes = g_build_filename (dir, "imported.minutes", NULL);
  g_auto(Run) import = { 0 };
  g_auto(Run) export = { 0 };

  run_cli (&import, "import", "--from", "text", "-o", minutes, seed, NULL);
  g_assert_cmpint (import.status, ==, 0);
  g_assert_cmpstr (import.err, ==, "");
  g_assert_true (g_file_test (minutes, G_FILE_TEST_EXISTS));

  run_cli (&export, "export", minutes, NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_str_has_prefix (export.out, "MINUTES OF THE SAFER STRONGER COMMUNITIES SELECT COMMITTEE\n"));
  g_assert_nonnull (strstr (export.out, "1. Director of People and Organisation Development to provide the age profile"));

  remove_temp (out);
}

/* To standard output without -o; the unplaced lines are counted on
 * standard error. */
static void
test_import_reports_unplaced (void)
{
  g_autofree char *path = write_temp ("odd.txt",
                                      "Some preface nobody expected\n"
                                      "MINUTES OF THE PLANNING COMMITTEE\n"
                                      "1. Minutes\n"
                                      "RESOLVED That the minutes be agreed.\n", -1);
  g_auto(Run) run = { 0 };

  run_cli (&run, "import", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\"committee\" : \"Planning Committee\""));
  g_assert_nonnull (strstr (run.out, "Some preface nobody expected"));
  g_assert_nonnull (strstr (run.err, "odd.txt: 1 line could not be placed"));

  remove_temp (path);
}

static void
assert_fails_naming (const char *name,
                     const char *data,
                     gssize      size,
                     const char *reason)
{
  g_autofree char *path = write_temp (name, data, size);
  g_auto(Run) run = { 0 };

  run_cli (&run, "import", "--from", "text", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, "minutes-cli: "));
  g_assert_nonnull (strstr (run.err, name));
  g_assert_nonnull (strstr (run.err, reason));
  g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);

  remove_temp (path);
}

static void
test_import_bad_input (void)
{
  g_auto(Run) missing = { 0 };
  g_auto(Run) unknown = { 0 };

  assert_fails_naming ("empty.txt", "", 0, "empty");
  assert_fails_naming ("photo.txt", "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", 12, "not a text file");
  assert_fails_naming ("latin.txt", "Minutes \x81\x8d of", 12, "UTF-8");
  assert_fails_naming ("list.txt", "Eggs\nMilk\n", -1, "does not look like minutes");

  run_cli (&missing, "import", "/nonexistent/minutes.txt", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "/nonexistent/minutes.txt"));

  run_cli (&unknown, "import", "--from", "pdf", "x.pdf", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "pdf"));
}

static void
test_import_web_page (void)
{
  const char *seed_dir = g_getenv ("MINUTES_SEED_DIR");
  g_autofree char *page = g_build_filename (seed_dir, "..", "fixtures", "moderngov",
                                            "kingston-neighbourhood-2026-01-15.html", NULL);
  g_autofree char *junk = write_temp ("junk.html", "<html><body><p>Parking permits</p></body></html>", -1);
  g_auto(Run) good = { 0 };
  g_auto(Run) bad = { 0 };

  run_cli (&good, "import", "--from", "moderngov-html", page, NULL);
  g_assert_cmpint (good.status, ==, 0);
  g_assert_nonnull (strstr (good.out, "\"committee\" : \"Kingston and North Kingston Neighbourhood Committee\""));
  g_assert_nonnull (strstr (good.out, "\"minutes-truncated\" : true"));

  run_cli (&bad, "import", "--from", "moderngov-html", junk, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "junk.html"));
  g_assert_nonnull (strstr (bad.err, "not a meeting page"));

  remove_temp (junk);
}

static void
test_import_web_service (void)
{
  g_autofree char *xml = g_test_build_filename (G_TEST_DIST, "data", "import", "getmeeting.xml", NULL);
  g_auto(Run) good = { 0 };
  g_auto(Run) bad = { 0 };

  run_cli (&good, "import", "--from", "moderngov-xml", xml, NULL);
  g_assert_cmpint (good.status, ==, 0);
  g_assert_nonnull (strstr (good.out, "\"committee\" : \"Planning Committee\""));

  run_cli (&bad, "import", "--from", "moderngov-xml", "/nonexistent/getmeeting.xml", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "/nonexistent/getmeeting.xml"));
}

static void
test_new_from_previous (void)
{
  g_autofree char *previous = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                     "2024-01-16-safer-stronger-communities.minutes", NULL);
  g_autofree char *placeholder = write_temp ("placeholder", "", 0);
  g_autofree char *dir = g_path_get_dirname (placeholder);
  g_autofree char *next = g_build_filename (dir, "next.minutes", NULL);
  g_auto(Run) made = { 0 };
  g_auto(Run) agenda = { 0 };
  g_auto(Run) bad_date = { 0 };
  g_auto(Run) bad_time = { 0 };
  g_auto(Run) missing = { 0 };

  run_cli (&made, "new", "--from", previous, "--date", "2024-03-12", "--time", "18:30", "-o", next, NULL);
  g_assert_cmpint (made.status, ==, 0);
  run_cli (&agenda, "export", "--document", "agenda", next, NULL);
  g_assert_cmpint (agenda.status, ==, 0);
  g_assert_nonnull (strstr (agenda.out, "Tuesday, 12 March 2024 at 6.30 pm"));
  g_assert_nonnull (strstr (agenda.out, "1. Minutes of the meeting held on 16 January 2024"));
  g_assert_nonnull (strstr (agenda.out, "3. Matters arising / actions update"));

  run_cli (&bad_date, "new", "--from", previous, "--date", "12/03/2024", NULL);
  g_assert_cmpint (bad_date.status, ==, 2);
  g_assert_nonnull (strstr (bad_date.err, "12/03/2024"));
  run_cli (&bad_time, "new", "--from", previous, "--date", "2024-03-12", "--time", "7pm", NULL);
  g_assert_cmpint (bad_time.status, ==, 2);
  run_cli (&missing, "new", "--date", "2024-03-12", NULL);
  g_assert_cmpint (missing.status, ==, 2);

  remove_temp (placeholder);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/import/seed", test_import_seed);
  g_test_add_func ("/cli/import/reports-unplaced", test_import_reports_unplaced);
  g_test_add_func ("/cli/import/bad-input", test_import_bad_input);
  g_test_add_func ("/cli/import/web-page", test_import_web_page);
  g_test_add_func ("/cli/import/web-service", test_import_web_service);
  g_test_add_func ("/cli/new/from-previous", test_new_from_previous);

  return g_test_run ();
}
