/* minutes-bench.c: speed and memory on a full council year
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "minutes-generate.h"

#define SEED 20240116

typedef struct
{
  const char *operation;
  guint       scale;
  double      median_ms;
  double      target_ms;   /* 0 when the issue sets none */
} Result;

typedef void (*Operation) (gpointer data);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Median wall-clock time of @runs runs, in milliseconds. */
static double
measure (Operation operation,
         gpointer  data,
         guint     runs)
{
  g_autoptr(GArray) times = g_array_sized_new (FALSE, FALSE, sizeof (double), runs);

  operation (data);   /* warm up caches and lazy type registration */
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      operation (data);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
  g_array_sort (times, compare_doubles);

  return g_array_index (times, double, runs / 2);
}

typedef struct
{
  MinutesMeeting  *meeting;
  MinutesTemplate *template;
  GFile           *file;
  GFile           *copy;
} Fixture;

static void
op_load (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = minutes_document_load (fixture->file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (meeting);
}

static void
op_save (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GError) error = NULL;

  minutes_document_save (fixture->meeting, fixture->copy, NULL, &error);
  g_assert_no_error (error);
}

static void
op_render_text (gpointer data)
{
  Fixture *fixture = data;
  g_autofree char *text = minutes_render_text (fixture->meeting, fixture->template,
                                               MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);

  g_assert_nonnull (text);
}

/* Peak resident memory of `minutes-cli export FILE`, in MB. */
static double
cli_peak_rss_mb (const char *cli,
                 GFile      *file)
{
  g_autofree char *path = g_file_get_path (file);
  const char *argv[] = { cli, "export", path, NULL };
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  GPid pid;
  int status;

  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  return usage.ru_maxrss / 1024.0;
}

static void
add_result (GArray     *results,
            const char *operation,
            guint       scale,
            double      median_ms,
            double      target_ms)
{
  Result result = { operation, scale, median_ms, target_ms };

  g_array_append_val (results, result);
}

static double
find (GArray     *results,
      const char *operation,
      guint       scale)
{
  for (guint i = 0; i < results->len; i++)
    {
      Result *result = &g_array_index (results, Result, i);

      if (g_str_equal (result->operation, operation) && result->scale == scale)
        return result->median_ms;
    }

  return -1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) results = g_array_new (FALSE, FALSE, sizeof (Result));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("minutes-bench-XXXXXX", &error);
  g_autoptr(JsonBuilder) json = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const char *cli = g_getenv ("MINUTES_CLI");
  const char *json_path = argc > 1 ? argv[1] : "minutes-bench.json";
  const guint scales[] = { 1, 10 };
  double cli_rss[G_N_ELEMENTS (scales)] = { 0 };

  g_assert_no_error (error);

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      guint scale = scales[s];
      guint runs = scale == 1 ? 21 : 5;
      g_autoptr(MinutesMeeting) meeting = minutes_generate_meeting (scale, SEED);
      g_autoptr(MinutesTemplate) template = minutes_template_lookup (MINUTES_DEFAULT_TEMPLATE, &error);
      g_autofree char *name = g_strdup_printf ("council-year-x%u.minutes", scale);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *copy_path = g_strconcat (path, ".copy", NULL);
      g_autofree char *backup_path = g_strconcat (copy_path, "~", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
      Fixture fixture = { meeting, template, file, copy };

      g_assert_no_error (error);
      minutes_document_save (meeting, file, NULL, &error);
      g_assert_no_error (error);

      add_result (results, "load", scale, measure (op_load, &fixture, runs), scale == 1 ? 30 : 0);
      add_result (results, "save", scale, measure (op_save, &fixture, runs), 0);
      add_result (results, "render text", scale, measure (op_render_text, &fixture, runs), 0);
      if (cli != NULL)
        cli_rss[s] = cli_peak_rss_mb (cli, file);

      g_unlink (path);
      g_unlink (copy_path);
      g_unlink (backup_path);
    }
  g_rmdir (dir);

  /* The table. */
  g_print ("%-22s %12s %12s %10s %12s\n", "operation", "council year", "10× year", "10×/1×", "target (1×)");
  for (guint i = 0; i < results->len; i++)
    {
      Result *result = &g_array_index (results, Result, i);
      double big;
      g_autofree char *target = NULL;

      if (result->scale != 1)
        continue;

      big = find (results, result->operation, 10);
      target = result->target_ms > 0 ? g_strdup_printf ("≤ %.0f ms", result->target_ms) : g_strdup ("–");
      g_print ("%-22s %9.2f ms %9.2f ms %10.1f %12s\n", result->operation, result->median_ms, big,
               big / result->median_ms, target);
    }
  if (cli != NULL)
    g_print ("%-22s %9.1f MB %9.1f MB %10.1f %12s\n", "minutes-cli peak RSS", cli_rss[0], cli_rss[1],
             cli_rss[1] / cli_rss[0], "–");

  /* The same, as JSON. */
  json_builder_begin_object (json);
  json_builder_set_member_name (json, "seed");
  json_builder_add_int_value (json, SEED);
  json_builder_set_member_name (json, "results");
  json_builder_begin_array (json);
  for (guint i = 0; i < results->len; i++)
    {
      Result *result = &g_array_index (results, Result, i);

      json_builder_begin_object (json);
      json_builder_set_member_name (json, "operation");
      json_builder_add_string_value (json, result->operation);
      json_builder_set_member_name (json, "scale");
      json_builder_add_int_value (json, result->scale);
      json_builder_set_member_name (json, "median-ms");
      json_builder_add_double_value (json, result->median_ms);
      json_builder_end_object (json);
    }
  for (guint s = 0; cli != NULL && s < G_N_ELEMENTS (scales); s++)
    {
      json_builder_begin_object (json);
      json_builder_set_member_name (json, "operation");
      json_builder_add_string_value (json, "minutes-cli peak RSS");
      json_builder_set_member_name (json, "scale");
      json_builder_add_int_value (json, scales[s]);
      json_builder_set_member_name (json, "peak-rss-mb");
      json_builder_add_double_value (json, cli_rss[s]);
      json_builder_end_object (json);
    }
  json_builder_end_array (json);
  json_builder_end_object (json);

  root = json_builder_get_root (json);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_to_file (generator, json_path, &error);
  g_assert_no_error (error);
  g_print ("\nwritten to %s\n", json_path);

  return 0;
}
