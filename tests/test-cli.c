/* test-cli.c: minutes-cli as a script would use it
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
example_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", name, NULL);
}

static void
assert_one_line_naming (const char *err,
                        const char *name)
{
  g_assert_true (g_str_has_prefix (err, "minutes-cli: "));
  g_assert_nonnull (strstr (err, name));
  /* Exactly one line. */
  g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
}

static void
test_help_and_version (void)
{
  g_auto(Run) help = { 0 };
  g_auto(Run) version = { 0 };
  g_auto(Run) export_help = { 0 };
  g_auto(Run) nothing = { 0 };

  run_cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "export"));

  run_cli (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "minutes-cli " PACKAGE_VERSION));

  run_cli (&export_help, "export", "--help", NULL);
  g_assert_cmpint (export_help.status, ==, 0);
  g_assert_nonnull (strstr (export_help.out, "--document"));

  run_cli (&nothing, NULL);
  g_assert_cmpint (nothing.status, ==, 2);
}

static void
test_export_stdout (void)
{
  g_autofree char *path = example_path ("2024-01-16-safer-stronger-communities.minutes");
  g_auto(Run) run = { 0 };

  run_cli (&run, "export", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* export tells the template's problems on stderr (the seed's minutes
   * give no venue) but still exports. */
  g_assert_true (g_str_has_suffix (run.err, ":header: warning: The meeting has no venue; "
                                            "the template recommends one. [header-recommended]\n"));
  g_assert_null (strstr (run.err, ": error: "));
  g_assert_true (g_str_has_prefix (run.out, "MINUTES OF THE SAFER STRONGER COMMUNITIES SELECT COMMITTEE\n"));
  g_assert_nonnull (strstr (run.out, "The meeting ended at 9.24 pm"));
}

static void
test_export_documents (void)
{
  g_autofree char *path = example_path ("next-meeting-safer-stronger-communities.minutes");
  g_auto(Run) agenda = { 0 };
  g_auto(Run) decisions = { 0 };

  run_cli (&agenda, "export", "--document", "agenda", "--format", "text", path, NULL);
  g_assert_cmpint (agenda.status, ==, 0);
  g_assert_nonnull (strstr (agenda.out, "PDF 325 KB"));

  run_cli (&decisions, "export", "-d", "decisions", path, NULL);
  g_assert_cmpint (decisions.status, ==, 0);
  g_assert_nonnull (strstr (decisions.out, "Decision: RESOLVED That the report be noted."));
}

static void
test_export_to_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("minutes-cli-XXXXXX", &error);
  g_autofree char *output = g_build_filename (dir, "minutes.txt", NULL);
  g_autofree char *path = example_path ("2024-01-16-safer-stronger-communities.minutes");
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, "export", "-o", output, path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_file_get_contents (output, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "MINUTES OF THE"));

  g_unlink (output);
  g_rmdir (dir);
}

static void
test_failures (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("minutes-cli-XXXXXX", &error);
  g_autofree char *corrupt = g_build_filename (dir, "corrupt.minutes", NULL);
  g_autofree char *path = example_path ("2024-01-16-safer-stronger-communities.minutes");
  g_autofree char *unwritable = g_build_filename (dir, "no", "such", "dir", "out.txt", NULL);
  g_auto(Run) missing = { 0 };
  g_auto(Run) damaged = { 0 };
  g_auto(Run) bad_document = { 0 };
  g_auto(Run) bad_format = { 0 };
  g_auto(Run) bad_command = { 0 };
  g_auto(Run) bad_template = { 0 };
  g_auto(Run) no_file = { 0 };
  g_auto(Run) cannot_write = { 0 };

  g_file_set_contents (corrupt, "{\"format\": \"minutes\", \"version\": 1, \"meeting\": {", -1, &error);
  g_assert_no_error (error);

  run_cli (&missing, "export", "/nonexistent/meeting.minutes", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  assert_one_line_naming (missing.err, "/nonexistent/meeting.minutes");
  g_assert_cmpstr (missing.out, ==, "");

  run_cli (&damaged, "export", corrupt, NULL);
  g_assert_cmpint (damaged.status, ==, 2);
  assert_one_line_naming (damaged.err, "corrupt.minutes");
  g_assert_cmpstr (damaged.out, ==, "");

  run_cli (&bad_document, "export", "--document", "memo", path, NULL);
  g_assert_cmpint (bad_document.status, ==, 2);
  assert_one_line_naming (bad_document.err, "memo");

  run_cli (&bad_format, "export", "--format", "docx", path, NULL);
  g_assert_cmpint (bad_format.status, ==, 2);
  assert_one_line_naming (bad_format.err, "docx");

  run_cli (&bad_template, "export", "--template", "no-such-template", path, NULL);
  g_assert_cmpint (bad_template.status, ==, 2);
  assert_one_line_naming (bad_template.err, "no-such-template");

  run_cli (&bad_command, "frobnicate", NULL);
  g_assert_cmpint (bad_command.status, ==, 2);
  g_assert_nonnull (strstr (bad_command.err, "frobnicate"));

  run_cli (&no_file, "export", NULL);
  g_assert_cmpint (no_file.status, ==, 2);

  run_cli (&cannot_write, "export", "-o", unwritable, path, NULL);
  g_assert_cmpint (cannot_write.status, ==, 2);
  assert_one_line_naming (cannot_write.err, "out.txt");

  g_unlink (corrupt);
  g_rmdir (dir);
}

/* The format follows -o's extension unless --format names one. */
static void
test_export_formats (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("minutes-cli-XXXXXX", &error);
  g_autofree char *html_path = g_build_filename (dir, "minutes.HTML", NULL);
  g_autofree char *path = example_path ("2024-01-16-safer-stronger-communities.minutes");
  g_autofree char *contents = NULL;
  g_autofree char *odt_path = g_build_filename (dir, "agenda.odt", NULL);
  g_autofree char *package = NULL;
  gsize size = 0;
  g_auto(Run) to_file = { 0 };
  g_auto(Run) to_stdout = { 0 };
  g_auto(Run) odt = { 0 };
  g_auto(Run) odt_to_stdout = { 0 };

  run_cli (&to_file, "export", "-o", html_path, path, NULL);
  g_assert_cmpint (to_file.status, ==, 0);
  g_file_get_contents (html_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>\n<html lang=\"en-GB\">"));

  run_cli (&to_stdout, "export", "--format", "html", "-d", "agenda", path, NULL);
  g_assert_cmpint (to_stdout.status, ==, 0);
  g_assert_true (g_str_has_prefix (to_stdout.out, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (to_stdout.out, "<body class=\"agenda\">"));

  run_cli (&odt, "export", "-d", "agenda", "-o", odt_path, path, NULL);
  g_assert_cmpint (odt.status, ==, 0);
  /* Only the checks' findings on stderr, no failure. */
  g_assert_null (strstr (odt.err, "minutes-cli:"));
  g_file_get_contents (odt_path, &package, &size, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (size, >, 80);
  g_assert_cmpint (memcmp (package, "PK\003\004", 4), ==, 0);
  g_assert_cmpint (memcmp (package + 30, "mimetypeapplication/vnd.oasis.opendocument.text", 47), ==, 0);

  run_cli (&odt_to_stdout, "export", "--format", "odt", path, NULL);
  g_assert_cmpint (odt_to_stdout.status, ==, 2);
  assert_one_line_naming (odt_to_stdout.err, "-o NAME.odt");

  g_unlink (html_path);
  g_unlink (odt_path);
  g_rmdir (dir);
}

/* Every bad file a clerk might be sent: exit 2 and one line naming it. */
static void
test_bad_files (void)
{
  static const struct
  {
    const char *name;
    const char *contents;
    gssize      length;
  } files[] = {
    { "empty.minutes", "", 0 },
    { "binary.minutes", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16 },
    { "truncated.minutes", "{\"format\":\"minutes\",\"version\":1,\"meeting\":{\"committee\":\"C", -1 },
    { "latin1.minutes", "{\"format\":\"minutes\",\"version\":1,\"meeting\":{\"committee\":\"Caf\xe9\"}}", -1 },
    { "wrong-type.minutes", "[\"minutes\"]", -1 },
    { "newer.minutes", "{\"format\":\"minutes\",\"version\":9,\"meeting\":{\"committee\":\"C\"}}", -1 },
    { "dangling.minutes", "{\"format\":\"minutes\",\"version\":1,\"meeting\":{\"committee\":\"C\"},"
                          "\"items\":[{\"id\":\"i\",\"title\":\"T\",\"witnesses\":[\"nobody\"]}]}", -1 },
    { "deep.minutes", NULL, 0 },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("minutes-cli-XXXXXX", &error);

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i].name, NULL);
      g_autofree char *deep = NULL;
      g_auto(Run) run = { 0 };

      if (files[i].contents == NULL)
        {
          GString *nested = g_string_new ("{\"format\":\"minutes\",\"version\":1,\"x\":");

          for (guint n = 0; n < 100000; n++)
            g_string_append_c (nested, '[');
          deep = g_string_free (nested, FALSE);
        }

      g_file_set_contents (path, deep != NULL ? deep : files[i].contents,
                           deep != NULL ? -1 : files[i].length, &error);
      g_assert_no_error (error);

      run_cli (&run, "export", path, NULL);
      g_test_message ("%s: %s", files[i].name, run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      assert_one_line_naming (run.err, files[i].name);

      g_unlink (path);
    }

  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/help-and-version", test_help_and_version);
  g_test_add_func ("/cli/export-stdout", test_export_stdout);
  g_test_add_func ("/cli/export-documents", test_export_documents);
  g_test_add_func ("/cli/export-to-file", test_export_to_file);
  g_test_add_func ("/cli/failures", test_failures);
  g_test_add_func ("/cli/export-formats", test_export_formats);
  g_test_add_func ("/cli/bad-files", test_bad_files);

  return g_test_run ();
}
