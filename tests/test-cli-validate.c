/* test-cli-validate.c: minutes-cli validate as a script would use it
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cli-run.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

static char *
fixture_path (const char *name)
{
  g_autofree char *file_name = g_strconcat (name, ".minutes", NULL);

  return g_test_build_filename (G_TEST_DIST, "data", "validation", file_name, NULL);
}

static char *
example_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", name, NULL);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';

  return n;
}

/* Exit 0 without errors (warnings and hints allowed), 1 with errors, 2
 * when a file cannot be read; one line per problem. */
static void
test_exit_codes (void)
{
  g_autofree char *clean = fixture_path ("clean");
  g_autofree char *missing_resolution = fixture_path ("resolution-missing");
  g_autofree char *hint = fixture_path ("style-tense");
  g_autofree char *example = example_path ("2024-01-16-safer-stronger-communities.minutes");
  g_autofree char *expected = NULL;
  g_auto(Run) run_clean = { 0 };
  g_auto(Run) run_example = { 0 };
  g_auto(Run) run_error = { 0 };
  g_auto(Run) run_hint = { 0 };
  g_auto(Run) run_two = { 0 };
  g_auto(Run) run_missing = { 0 };
  g_auto(Run) run_cabinet = { 0 };

  run_cli (&run_clean, "validate", clean, NULL);
  g_assert_cmpint (run_clean.status, ==, 0);
  g_assert_cmpstr (run_clean.out, ==, "");
  g_assert_cmpstr (run_clean.err, ==, "");

  run_cli (&run_example, "validate", example, NULL);
  g_assert_cmpint (run_example.status, ==, 0);
  expected = g_strdup_printf ("%s:header: warning: The meeting has no venue; the template recommends one. "
                              "[header-recommended]\n", example);
  g_assert_cmpstr (run_example.out, ==, expected);

  run_cli (&run_error, "validate", missing_resolution, NULL);
  g_assert_cmpint (run_error.status, ==, 1);
  g_assert_true (g_str_has_prefix (run_error.out, missing_resolution));
  g_assert_true (g_str_has_suffix (run_error.out,
                                   ":item 3: error: The item has no resolution or decision. [resolution-missing]\n"));
  g_assert_cmpuint (count_lines (run_error.out), ==, 1);

  run_cli (&run_hint, "validate", hint, NULL);
  g_assert_cmpint (run_hint.status, ==, 0);
  g_assert_nonnull (strstr (run_hint.out, ": hint: "));

  run_cli (&run_two, "validate", clean, missing_resolution, NULL);
  g_assert_cmpint (run_two.status, ==, 1);
  g_assert_cmpuint (count_lines (run_two.out), ==, 1);

  /* An unreadable file wins over errors, and the others are still checked. */
  run_cli (&run_missing, "validate", missing_resolution, "/nonexistent/meeting.minutes", NULL);
  g_assert_cmpint (run_missing.status, ==, 2);
  g_assert_cmpuint (count_lines (run_missing.out), ==, 1);
  g_assert_true (g_str_has_prefix (run_missing.err, "minutes-cli: "));
  g_assert_nonnull (strstr (run_missing.err, "/nonexistent/meeting.minutes"));
  g_assert_cmpuint (count_lines (run_missing.err), ==, 1);

  /* Another council's template: the venue becomes required, and Cabinet
   * takes declarations first. */
  run_cli (&run_cabinet, "validate", "--template", "cabinet", example, NULL);
  g_assert_cmpint (run_cabinet.status, ==, 1);
  g_assert_nonnull (strstr (run_cabinet.out, "[header-required]"));
  g_assert_nonnull (strstr (run_cabinet.out, ":item 2: error: "));
  g_assert_nonnull (strstr (run_cabinet.out, "[standing-order]"));
}

static void
test_usage_errors (void)
{
  g_autofree char *clean = fixture_path ("clean");
  g_auto(Run) no_file = { 0 };
  g_auto(Run) bad_format = { 0 };
  g_auto(Run) bad_template = { 0 };
  g_auto(Run) help = { 0 };

  run_cli (&no_file, "validate", NULL);
  g_assert_cmpint (no_file.status, ==, 2);

  run_cli (&bad_format, "validate", "--format", "xml", clean, NULL);
  g_assert_cmpint (bad_format.status, ==, 2);
  g_assert_nonnull (strstr (bad_format.err, "xml"));

  run_cli (&bad_template, "validate", "--template", "no-such-template", clean, NULL);
  g_assert_cmpint (bad_template.status, ==, 2);
  g_assert_nonnull (strstr (bad_template.err, "no-such-template"));

  run_cli (&help, "validate", "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--format"));
  g_assert_nonnull (strstr (help.out, "Exit status"));
}

/* --format json: one array of objects, each with the same members. */
static void
test_json (void)
{
  g_autofree char *clean = fixture_path ("clean");
  g_autofree char *missing_resolution = fixture_path ("resolution-missing");
  g_autofree char *witness = fixture_path ("witness-attendance");
  const char *members[] = { "file", "location", "severity", "message", "rule", "property", "fix" };
  g_auto(Run) run = { 0 };
  g_auto(Run) empty = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) empty_parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;

  run_cli (&run, "validate", "--format", "json", clean, missing_resolution, witness, NULL);
  g_assert_cmpint (run.status, ==, 1);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 2);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *severity = json_object_get_string_member (object, "severity");

      g_assert_cmpuint (json_object_get_size (object), ==, G_N_ELEMENTS (members));
      for (guint m = 0; m < G_N_ELEMENTS (members); m++)
        g_assert_true (json_object_has_member (object, members[m]));
      g_assert_true (g_str_equal (severity, "error") || g_str_equal (severity, "warning") ||
                     g_str_equal (severity, "hint"));
    }

  {
    JsonObject *first = json_array_get_object_element (array, 0);
    JsonObject *second = json_array_get_object_element (array, 1);

    g_assert_cmpstr (json_object_get_string_member (first, "file"), ==, missing_resolution);
    g_assert_cmpstr (json_object_get_string_member (first, "rule"), ==, "resolution-missing");
    g_assert_cmpstr (json_object_get_string_member (first, "location"), ==, "item 3");
    g_assert_cmpstr (json_object_get_string_member (first, "severity"), ==, "error");
    g_assert_true (json_object_get_null_member (first, "fix"));
    g_assert_cmpstr (json_object_get_string_member (second, "rule"), ==, "witness-attendance");
    g_assert_cmpstr (json_object_get_string_member (second, "property"), ==, "attendance");
    g_assert_cmpstr (json_object_get_string_member (second, "fix"), ==, "Mark as present");
  }

  /* No problems: an empty array, still valid JSON. */
  run_cli (&empty, "validate", "-f", "json", clean, NULL);
  g_assert_cmpint (empty.status, ==, 0);
  json_parser_load_from_data (empty_parser, empty.out, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (empty_parser))), ==, 0);
}

/* export tells the problems on stderr and still exports. */
static void
test_export_with_errors (void)
{
  g_autofree char *missing_resolution = fixture_path ("resolution-missing");
  g_auto(Run) run = { 0 };

  run_cli (&run, "export", missing_resolution, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "MINUTES OF THE EXAMPLE SCRUTINY SELECT COMMITTEE\n"));
  g_assert_true (g_str_has_suffix (run.err, ":item 3: error: The item has no resolution or decision. "
                                            "[resolution-missing]\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-validate/exit-codes", test_exit_codes);
  g_test_add_func ("/cli-validate/usage-errors", test_usage_errors);
  g_test_add_func ("/cli-validate/json", test_json);
  g_test_add_func ("/cli-validate/export-with-errors", test_export_with_errors);

  return g_test_run ();
}
