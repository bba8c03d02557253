/* test-cli-export-pdf.c: minutes-cli export to PDF
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cli-run.h"

#include <glib/gstdio.h>
#include <string.h>

static char *
example_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                "2024-01-16-safer-stronger-communities.minutes", NULL);
}

/* The PDF's text as pdftotext reads it, or NULL (the test is skipped)
 * without poppler-utils. */
static char *
pdf_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { pdftotext, "-layout", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed: apt install poppler-utils to check the PDF exports");
      return NULL;
    }

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* -o NAME.pdf picks PDF; --format pdf wins over any extension. */
static void
test_export_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("minutes-cli-pdf-XXXXXX", &error);
  g_autofree char *by_name = g_build_filename (dir, "Minutes.PDF", NULL);
  g_autofree char *by_format = g_build_filename (dir, "minutes.out", NULL);
  g_autofree char *path = example_path ();
  g_autofree char *text = NULL;
  g_autofree char *confidential_text = NULL;
  g_autofree char *contents = NULL;
  g_auto(Run) run = { 0 };
  g_auto(Run) formatted = { 0 };

  run_cli (&run, "export", "-o", by_name, path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_file_get_contents (by_name, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  run_cli (&formatted, "export", "--format", "pdf", "--confidential", "-d", "decisions", "-o", by_format, path, NULL);
  g_assert_cmpint (formatted.status, ==, 0);

  text = pdf_text (by_name);
  confidential_text = pdf_text (by_format);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "MINUTES OF THE SAFER STRONGER"));
      g_assert_nonnull (strstr (text, "Page 1 of "));
      g_assert_null (strstr (text, "CONFIDENTIAL"));
      g_assert_nonnull (strstr (confidential_text, "CONFIDENTIAL"));
      g_assert_nonnull (strstr (confidential_text, "Decisions of the"));
    }

  g_unlink (by_name);
  g_unlink (by_format);
  g_rmdir (dir);
}

/* A PDF is a file: not for standard output. An unwritable one is named. */
static void
test_export_pdf_failures (void)
{
  g_autofree char *path = example_path ();
  g_auto(Run) to_stdout = { 0 };
  g_auto(Run) cannot_write = { 0 };

  run_cli (&to_stdout, "export", "--format", "pdf", path, NULL);
  g_assert_cmpint (to_stdout.status, ==, 2);
  g_assert_cmpstr (to_stdout.out, ==, "");
  g_assert_nonnull (strstr (to_stdout.err, "-o NAME.pdf"));

  run_cli (&cannot_write, "export", "-o", "/nonexistent-minutes-dir/out.pdf", path, NULL);
  g_assert_cmpint (cannot_write.status, ==, 2);
  g_assert_true (g_str_has_prefix (cannot_write.err, "minutes-cli: /nonexistent-minutes-dir/out.pdf: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/export/pdf", test_export_pdf);
  g_test_add_func ("/cli/export/pdf-failures", test_export_pdf_failures);

  return g_test_run ();
}
