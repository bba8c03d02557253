/* minutes-bench.c: speed and memory on a full council year
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: minutes-bench [JSON-OUTPUT]
 *        minutes-bench --loop OPERATION SCALE N   (for perf / callgrind)
 *        minutes-bench --generate SCALE FILE      (the meeting measured)
 *
 * Generates a full council year and a meeting ten times that size from a
 * fixed seed and measures, each as the median of repeated runs: the core's
 * operations in this process; the peak memory of `minutes-cli export`
 * ($MINUTES_CLI); the app's first frame, memory and edit → preview time
 * ($MINUTES_APP_BENCH, on $DISPLAY or on an Xvfb started here); and
 * LibreOffice converting the same HTML export to ODT. Prints a table against
 * the targets of issue 8 and writes the same as JSON (and as Markdown,
 * beside it, for the README). Rows whose tool is
 * missing are reported as skipped, with the reason.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <sys/wait.h>
#include <unistd.h>

#include "minutes-generate.h"

#define SEED 20240116

/* The "cost grows linearly": the 10× case takes ≤ 12× the time */
#define LINEAR_FACTOR 12.0

typedef enum
{
  TARGET_NONE,
  TARGET_AT_MOST,      /* value ≤ target */
  TARGET_LINEAR,       /* value ≤ 12 × the same operation at scale 1 */
} TargetKind;

typedef struct
{
  char       *operation;
  guint       scale;
  double      value;        /* < 0: not measured, see note */
  const char *unit;         /* "ms" or "MB" */
  TargetKind  target_kind;
  double      target;
  double      lo_ratio;     /* LibreOffice's time / ours, 0 where it does not apply */
  double      lo_target;    /* the ratio the issue asks for, 0 if none */
  char       *note;
} Result;

static GArray *results;
static char *work_dir;

static void remove_tree (const char *path);

static void
clear_result (gpointer data)
{
  Result *result = data;

  g_free (result->operation);
  g_free (result->note);
}

static Result *
add_result (const char *operation,
            guint       scale,
            double      value,
            const char *unit,
            double      target)
{
  Result result = { g_strdup (operation), scale, value, unit,
                    target > 0 ? TARGET_AT_MOST : TARGET_NONE, target, 0, 0, NULL };

  g_array_append_val (results, result);

  return &g_array_index (results, Result, results->len - 1);
}

static Result *
find_result (const char *operation,
             guint       scale)
{
  for (guint i = 0; i < results->len; i++)
    {
      Result *result = &g_array_index (results, Result, i);

      if (g_str_equal (result->operation, operation) && result->scale == scale)
        return result;
    }

  return NULL;
}

static void
skip_row (const char *operation,
          guint       scale,
          const char *unit,
          double      target,
          const char *why)
{
  Result *result = add_result (operation, scale, -1, unit, target);

  result->note = g_strdup_printf ("skipped: %s", why);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median_of (GArray *values)
{
  g_array_sort (values, compare_doubles);

  return g_array_index (values, double, values->len / 2);
}

/* In-process operations ------------------------------------------------- */

typedef struct
{
  MinutesMeeting   *meeting;
  MinutesTemplate  *template;
  MinutesValidator *validator;  /* not live: validated when an operation says */
  MinutesDiscussionEntry *edited;  /* the key point op_validate_after_edit edits */
  char             *edited_text;
  guint             n_edits;
  GFile            *file;
  GFile            *copy;
  char             *html_path;
  char             *odt_path;
  GBytes           *text_export;
  MinutesMeeting   *loaded;   /* by op_load, freed outside the timing */
} Fixture;

typedef void (*Operation) (gpointer data);

/* Median wall-clock time of @runs runs, in milliseconds. */
static double
measure (Operation  operation,
         Fixture   *data,
         guint      runs)
{
  g_autoptr(GArray) times = g_array_sized_new (FALSE, FALSE, sizeof (double), runs);

  operation (data);   /* warm up caches and lazy type registration */
  g_clear_object (&data->loaded);
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      operation (data);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);

      /* What an operation leaves (a loaded meeting) is freed untimed */
      g_clear_object (&data->loaded);
    }

  return median_of (times);
}


static void
op_load (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GError) error = NULL;

  g_clear_object (&fixture->loaded);
  fixture->loaded = minutes_document_load (fixture->file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->loaded);
}

static void
op_save (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GError) error = NULL;

  minutes_document_save (fixture->meeting, fixture->copy, NULL, &error);
  g_assert_no_error (error);
}

/* Cold: a new validator remembers nothing of an earlier run, so this is
 * the whole validation, as on opening the meeting */
static void
op_validate (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(MinutesValidator) validator = minutes_validator_new (fixture->template);

  minutes_validator_set_live (validator, FALSE);
  minutes_validator_set_meeting (validator, fixture->meeting);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (validator)), >, 0);
}

/* What the app does on a keystroke: one key point changes, then the
 * validator that has followed the meeting checks it again */
static void
op_validate_after_edit (gpointer data)
{
  Fixture *fixture = data;
  g_autofree char *text = NULL;

  fixture->n_edits++;
  text = g_strdup_printf ("%s%s", fixture->edited_text, fixture->n_edits % 2 ? " Edited." : "");
  minutes_discussion_entry_set_text (fixture->edited, text);
  minutes_validator_validate (fixture->validator);
}

static void
op_render_text (gpointer data)
{
  Fixture *fixture = data;
  g_autofree char *text = minutes_render_text (fixture->meeting, fixture->template,
                                               MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);

  g_assert_nonnull (text);
}

/* As `minutes-cli export -o FILE.html` does it: render, then write */
static void
op_export_html (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(MinutesHtmlBackend) backend = minutes_html_backend_new ();
  g_autofree char *html = NULL;
  g_autoptr(GError) error = NULL;

  minutes_render (fixture->meeting, fixture->template, MINUTES_DOCUMENT_KIND_MINUTES,
                  MINUTES_RENDER_DEFAULT, MINUTES_BACKEND (backend));
  html = minutes_html_backend_dup_html (backend);
  g_file_set_contents (fixture->html_path, html, -1, &error);
  g_assert_no_error (error);
}

static void
op_export_odt (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(MinutesOdtBackend) backend = minutes_odt_backend_new ();
  g_autoptr(GError) error = NULL;

  minutes_render (fixture->meeting, fixture->template, MINUTES_DOCUMENT_KIND_MINUTES,
                  MINUTES_RENDER_DEFAULT, MINUTES_BACKEND (backend));
  minutes_odt_backend_save (backend, fixture->odt_path, &error);
  g_assert_no_error (error);
}

static void
op_import_text (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GError) error = NULL;
  MinutesImportReport report = { 0 };
  g_autoptr(MinutesMeeting) meeting = minutes_import_text (fixture->text_export, "council-year.txt",
                                                           fixture->template, &report, &error);

  g_assert_no_error (error);
  g_assert_nonnull (meeting);
}

/* Child processes ------------------------------------------------------- */

/* Runs @argv to completion; returns its wall time in ms and its peak RSS in
 * MB (from wait4), or FALSE with @error if it could not run or failed. */
static gboolean
run_child (const char * const *argv,
           char              **envp,
           gboolean            show_stderr,
           char              **standard_output,
           double             *wall_ms,
           double             *peak_rss_mb,
           gint64             *spawned_at,
           GError            **error)
{
  g_autofree char *output = NULL;
  struct rusage usage;
  GPid pid;
  int out_fd = -1;
  int status;
  gint64 start;

  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, envp,
                                 G_SPAWN_DO_NOT_REAP_CHILD |
                                 (show_stderr ? 0 : G_SPAWN_STDERR_TO_DEV_NULL) |
                                 (standard_output == NULL ? G_SPAWN_STDOUT_TO_DEV_NULL : 0),
                                 NULL, NULL, &pid, NULL,
                                 standard_output != NULL ? &out_fd : NULL, NULL, error))
    return FALSE;

  if (standard_output != NULL)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      char buffer[4096];
      ssize_t n;

      while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
        g_string_append_len (text, buffer, n);
      close (out_fd);
      output = g_strdup (text->str);
    }

  if (wait4 (pid, &status, 0, &usage) != pid)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: wait4 failed", argv[0]);
      return FALSE;
    }
  if (wall_ms != NULL)
    *wall_ms = (g_get_monotonic_time () - start) / 1000.0;
  if (spawned_at != NULL)
    *spawned_at = start;
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s exited with status %d", argv[0],
                   WIFEXITED (status) ? WEXITSTATUS (status) : -1);
      return FALSE;
    }
  if (peak_rss_mb != NULL)
    *peak_rss_mb = usage.ru_maxrss / 1024.0;
  if (standard_output != NULL)
    *standard_output = g_steal_pointer (&output);

  return TRUE;
}

/* Peak resident memory of `minutes-cli export FILE -o FILE.odt`, in MB */
static void
measure_cli (const char *cli,
             Fixture    *fixture,
             guint       scale)
{
  g_autofree char *path = g_file_get_path (fixture->file);
  const char *argv[] = { cli, "export", path, "-o", fixture->odt_path, NULL };
  g_autoptr(GError) error = NULL;
  double rss;

  if (cli == NULL)
    {
      skip_row ("minutes-cli export peak RSS", scale, "MB", 0, "MINUTES_CLI is not set");
      return;
    }

  if (!run_child (argv, NULL, FALSE, NULL, NULL, &rss, NULL, &error))
    g_error ("%s", error->message);
  add_result ("minutes-cli export peak RSS", scale, rss, "MB", 0);
}

/* LibreOffice ------------------------------------------------------------ */

static char *
find_soffice (void)
{
  const char *env = g_getenv ("MINUTES_BENCH_SOFFICE");

  if (env != NULL)
    return *env != '\0' ? g_strdup (env) : NULL;

  return g_find_program_in_path ("soffice");
}

/* Median wall time of LibreOffice converting @html_path to ODT, the way a
 * clerk's word processor would, with a profile of our own */
static double
measure_soffice (const char  *soffice,
                 const char  *html_path,
                 guint        runs,
                 GError     **error)
{
  g_autofree char *profile = g_build_filename (work_dir, "lo-profile", NULL);
  g_autofree char *profile_uri = g_filename_to_uri (profile, NULL, NULL);
  g_autofree char *env_arg = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  g_autofree char *out_dir = g_build_filename (work_dir, "lo-out", NULL);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  const char *argv[] = { soffice, env_arg, "--headless", "--norestore", "--convert-to", "odt",
                         "--outdir", out_dir, html_path, NULL };

  for (guint i = 0; i < runs; i++)
    {
      g_autofree char *base = g_path_get_basename (html_path);
      g_autofree char *stem = g_strndup (base, strlen (base) - strlen (".html"));
      g_autofree char *odt_name = g_strconcat (stem, ".odt", NULL);
      g_autofree char *odt = g_build_filename (out_dir, odt_name, NULL);
      double ms;

      g_unlink (odt);
      if (!run_child (argv, NULL, FALSE, NULL, &ms, NULL, NULL, error))
        return -1;
      if (!g_file_test (odt, G_FILE_TEST_IS_REGULAR))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "LibreOffice wrote no %s", odt);
          return -1;
        }
      g_array_append_val (times, ms);
    }

  return median_of (times);
}

static void
measure_libreoffice (const char *html_1,
                     const char *html_10)
{
  g_autofree char *soffice = find_soffice ();
  g_autofree char *empty = g_build_filename (work_dir, "empty.html", NULL);
  g_autoptr(GError) error = NULL;
  double startup, big, bigger;
  const char *empty_html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title></title></head>"
                           "<body></body></html>\n";

  if (soffice == NULL)
    {
      const char *why = "LibreOffice (soffice) is not installed";

      skip_row ("LibreOffice startup (empty HTML → ODT)", 0, "ms", 0, why);
      skip_row ("LibreOffice HTML → ODT, startup excluded", 1, "ms", 0, why);
      skip_row ("LibreOffice HTML → ODT, startup excluded", 10, "ms", 0, why);
      return;
    }

  g_file_set_contents (empty, empty_html, -1, &error);
  g_assert_no_error (error);

  /* The first run creates the profile; not counted */
  if (measure_soffice (soffice, empty, 1, &error) < 0 ||
      (startup = measure_soffice (soffice, empty, 5, &error)) < 0 ||
      (big = measure_soffice (soffice, html_1, 5, &error)) < 0 ||
      (bigger = measure_soffice (soffice, html_10, 3, &error)) < 0)
    {
      g_autofree char *why = g_strdup_printf ("LibreOffice failed: %s", error->message);

      skip_row ("LibreOffice startup (empty HTML → ODT)", 0, "ms", 0, why);
      skip_row ("LibreOffice HTML → ODT, startup excluded", 1, "ms", 0, why);
      skip_row ("LibreOffice HTML → ODT, startup excluded", 10, "ms", 0, why);
      return;
    }

  add_result ("LibreOffice startup (empty HTML → ODT)", 0, startup, "ms", 0);
  add_result ("LibreOffice HTML → ODT, startup excluded", 1, big - startup, "ms", 0);
  add_result ("LibreOffice HTML → ODT, startup excluded", 10, bigger - startup, "ms", 0);
}

/* The app ---------------------------------------------------------------- */

static GPid xvfb_pid;

/* Xvfb goes when the benchmark does, however it ends */
static void
die_with_parent (gpointer user_data)
{
#ifdef __linux__
  prctl (PR_SET_PDEATHSIG, SIGTERM);
#endif
}

/* A display for the app: $DISPLAY / $WAYLAND_DISPLAY, or an Xvfb of our own.
 * Returns NULL and sets @why when there is none. */
static char *
get_display (char **why)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xvfb = NULL;
  const char *argv[] = { NULL, "-displayfd", NULL, "-screen", "0", "1400x900x24", "-nolisten", "tcp", NULL };
  g_autofree char *fd_arg = NULL;
  char number[32] = { 0 };
  int fds[2];
  ssize_t n;

  if (g_getenv ("WAYLAND_DISPLAY") != NULL || g_getenv ("DISPLAY") != NULL)
    return g_strdup (g_getenv ("DISPLAY"));   /* NULL on Wayland: inherited as is */

  xvfb = g_find_program_in_path ("Xvfb");
  if (xvfb == NULL)
    {
      *why = g_strdup ("no display and Xvfb is not installed");
      return NULL;
    }

  g_assert_cmpint (pipe (fds), ==, 0);
  fd_arg = g_strdup_printf ("%d", fds[1]);
  argv[0] = xvfb;
  argv[2] = fd_arg;
  if (!g_spawn_async (NULL, (char **) argv, NULL,
                      G_SPAWN_LEAVE_DESCRIPTORS_OPEN | G_SPAWN_STDERR_TO_DEV_NULL |
                      G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_DO_NOT_REAP_CHILD,
                      die_with_parent, NULL, &xvfb_pid, &error))
    {
      close (fds[0]);
      close (fds[1]);
      *why = g_strdup_printf ("could not start Xvfb: %s", error->message);
      return NULL;
    }
  close (fds[1]);
  n = read (fds[0], number, sizeof number - 1);
  close (fds[0]);
  if (n <= 0)
    {
      *why = g_strdup ("Xvfb did not start");
      return NULL;
    }
  g_strchomp (number);

  return g_strdup_printf (":%s", number);
}

static void
stop_display (void)
{
  if (xvfb_pid > 0)
    {
      kill (xvfb_pid, SIGTERM);
      waitpid (xvfb_pid, NULL, 0);
      xvfb_pid = 0;
    }
}

static double
get_member (JsonObject *object,
            const char *name)
{
  return json_object_get_double_member (object, name);
}

/* The environment of the app's runs: on @display, without accessibility
 * bus or G_DEBUG, with a cache and configuration of their own under the
 * work directory */
static char **
get_app_environment (const char *display)
{
  g_autofree char *cache = g_build_filename (work_dir, "app-cache", NULL);
  g_autofree char *config = g_build_filename (work_dir, "app-config", NULL);
  char **envp = g_get_environ ();

  if (display != NULL)
    envp = g_environ_setenv (envp, "DISPLAY", display, TRUE);
  envp = g_environ_setenv (envp, "GTK_A11Y", "none", TRUE);
  envp = g_environ_setenv (envp, "XDG_CACHE_HOME", cache, TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", config, TRUE);
  envp = g_environ_unsetenv (envp, "G_DEBUG");

  return envp;
}

/* Runs @argv once and reads the line of JSON it prints into @parser;
 * returns its object, and when it was started in @spawned_at */
static JsonObject *
run_json_child (const char * const  *argv,
                char               **envp,
                JsonParser          *parser,
                gint64              *spawned_at,
                GError             **error)
{
  g_autofree char *output = NULL;

  if (!run_child (argv, envp, TRUE, &output, NULL, NULL, spawned_at, error) ||
      !json_parser_load_from_data (parser, output, -1, error))
    return NULL;

  return json_node_get_object (json_parser_get_root (parser));
}

/* Runs the real application on @file in fresh processes, @runs times */
static void
measure_app (const char *app_bench,
             const char *display,
             GFile      *file,
             guint       scale,
             guint       runs)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *recovery = g_build_filename (work_dir, "app-cache", APP_ID, "recovery", NULL);
  g_autoptr(GArray) first_frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) preview_frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rss = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) call = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) render = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) validate = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) full = g_array_new (FALSE, FALSE, sizeof (double));
  g_auto(GStrv) envp = get_app_environment (display);
  const char *argv[] = { app_bench, path, NULL };
  gboolean first = scale == 1;

  /* At scale 1 a first run, not counted, fills the disk cache with GTK,
   * the fonts and the theme */
  for (guint i = first ? 0 : 1; i < runs + 1; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *object;
      gint64 spawned_at;
      double value;

      /* Each run quits with its edits unsaved, which leaves a recovery
       * copy; the next would open offering to restore it, one dialog per
       * run before it. Each run starts as the clerk's would, with none (the
       * rest of the cache, Mesa's shaders among it, is kept). */
      remove_tree (recovery);

      object = run_json_child (argv, envp, parser, &spawned_at, &error);
      if (object == NULL)
        {
          g_autofree char *why = g_strdup_printf ("the app failed: %s", error->message);

          skip_row ("app: open → first frame with the meeting", scale, "ms", 0, why);
          skip_row ("app: peak RSS with the meeting open", scale, "MB", 0, why);
          skip_row ("app: edit → preview + problems painted", scale, "ms", 0, why);
          return;
        }
      if (i == 0)
        continue;

      value = (json_object_get_int_member (object, "first-frame-us") - spawned_at) / 1000.0;
      g_array_append_val (first_frame, value);
      value = (json_object_get_int_member (object, "preview-frame-us") - spawned_at) / 1000.0;
      g_array_append_val (preview_frame, value);
      value = get_member (object, "peak-rss-mb");
      g_array_append_val (rss, value);
      value = get_member (object, "edit-call-ms");
      g_array_append_val (call, value);
      value = get_member (object, "edit-render-ms");
      g_array_append_val (render, value);
      value = get_member (object, "edit-frame-ms");
      g_array_append_val (frame, value);
      value = get_member (object, "validate-ms");
      g_array_append_val (validate, value);
      value = get_member (object, "full-frame-ms");
      g_array_append_val (full, value);
    }

  add_result ("app: open → first frame with the meeting", scale, median_of (first_frame), "ms",
              first ? 300 : 0);
  add_result ("app: open → preview painted", scale, median_of (preview_frame), "ms", 0)->note =
    g_strdup ("the minutes are written into the preview once the first frame is painted");
  add_result ("app: peak RSS with the meeting open", scale, median_of (rss), "MB", first ? 80 : 0);
  add_result ("app: edit → model call returned", scale, median_of (call), "ms", 0);
  add_result ("app: edit → preview re-rendered", scale, median_of (render), "ms", 0);
  add_result ("app: validate after the edit", scale, median_of (validate), "ms", first ? 2 : 0);
  add_result ("app: edit → preview + problems painted", scale, median_of (frame), "ms",
              first ? 16 : 0)->note =
    g_strdup ("incremental preview; a validator follows the meeting as the problems list will, so it is included");
  add_result ("app: add/remove item → preview painted", scale, median_of (full), "ms", 0)->note =
    g_strdup ("the last item: its sidebar row and the preview from it on written again");
}

/* The floor under the app's rows: an empty libadwaita window of the same
 * size, opened in the same way on the same display, @runs times */
static void
measure_empty_window (const char *app_bench,
                      const char *display,
                      guint       runs)
{
  g_autoptr(GArray) first_frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rss = g_array_new (FALSE, FALSE, sizeof (double));
  g_auto(GStrv) envp = get_app_environment (display);
  const char *argv[] = { app_bench, "--empty", NULL };
  const char *first_frame_row = "an empty libadwaita window: open → first frame";
  const char *rss_row = "an empty libadwaita window: peak RSS";

  /* A first run, not counted, as for the app */
  for (guint i = 0; i < runs + 1; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *object;
      gint64 spawned_at;
      double value;

      object = run_json_child (argv, envp, parser, &spawned_at, &error);
      if (object == NULL)
        {
          g_autofree char *why = g_strdup_printf ("the empty window failed: %s", error->message);

          skip_row (first_frame_row, 0, "ms", 0, why);
          skip_row (rss_row, 0, "MB", 0, why);
          return;
        }
      if (i == 0)
        continue;

      value = (json_object_get_int_member (object, "first-frame-us") - spawned_at) / 1000.0;
      g_array_append_val (first_frame, value);
      value = get_member (object, "peak-rss-mb");
      g_array_append_val (rss, value);
    }

  add_result (first_frame_row, 0, median_of (first_frame), "ms", 0)->note =
    g_strdup ("GTK, libadwaita and the graphics stack alone: the floor under the app's first frame");
  add_result (rss_row, 0, median_of (rss), "MB", 0)->note =
    g_strdup ("the same, for the app's memory");
}

/* Output ----------------------------------------------------------------- */

/* Scale-10 rows of timed operations get the linear-growth target */
static void
set_linear_targets (void)
{
  for (guint i = 0; i < results->len; i++)
    {
      Result *result = &g_array_index (results, Result, i);
      Result *small;

      /* LibreOffice is measured, not held to our targets */
      if (result->scale != 10 || !g_str_equal (result->unit, "ms") || result->value < 0 ||
          g_str_has_prefix (result->operation, "LibreOffice"))
        continue;
      small = find_result (result->operation, 1);
      if (small == NULL || small->value <= 0)
        continue;
      result->target_kind = TARGET_LINEAR;
      result->target = LINEAR_FACTOR * small->value;
    }
}

static void
set_libreoffice_ratios (void)
{
  const char *ours[] = { "export ODT", "export HTML" };

  for (guint scale = 1; scale <= 10; scale += 9)
    {
      Result *lo = find_result ("LibreOffice HTML → ODT, startup excluded", scale);

      for (guint i = 0; i < G_N_ELEMENTS (ours); i++)
        {
          Result *result = find_result (ours[i], scale);

          if (lo == NULL || lo->value < 0 || result == NULL || result->value <= 0)
            continue;
          result->lo_ratio = lo->value / result->value;
          result->lo_target = scale == 1 ? 50 : 0;
        }
    }
}

static const char *
get_verdict (const Result *result)
{
  gboolean pass = TRUE;
  gboolean judged = FALSE;

  if (result->value < 0)
    return "skipped";
  if (result->target_kind != TARGET_NONE)
    {
      judged = TRUE;
      pass = result->value <= result->target;
    }
  if (result->lo_target > 0)
    {
      judged = TRUE;
      pass = pass && result->lo_ratio >= result->lo_target;
    }

  return !judged ? "–" : pass ? "pass" : "MISS";
}

static char *
format_target (const Result *result)
{
  GString *text = g_string_new (NULL);

  if (result->target_kind == TARGET_AT_MOST)
    g_string_append_printf (text, "≤ %g %s", result->target, result->unit);
  else if (result->target_kind == TARGET_LINEAR)
    g_string_append_printf (text, "≤ 12×1× = %.1f %s", result->target, result->unit);
  if (result->lo_target > 0)
    g_string_append_printf (text, "%s≥ %g× LO", text->len > 0 ? ", " : "", result->lo_target);
  if (text->len == 0)
    g_string_append (text, "–");

  return g_string_free (text, FALSE);
}

static const char *
format_size (guint scale)
{
  return scale == 0 ? "–" : scale == 1 ? "year" : "10× year";
}

static void
print_table (void)
{
  printf ("\n%-45s %-9s %12s  %-28s %10s  %s\n", "operation", "size", "median", "target",
           "LO ratio", "verdict");
  for (guint i = 0; i < results->len; i++)
    {
      Result *result = &g_array_index (results, Result, i);
      g_autofree char *target = format_target (result);
      g_autofree char *value = result->value < 0 ? g_strdup ("–")
                                                 : g_strdup_printf ("%.2f %s", result->value, result->unit);
      g_autofree char *ratio = result->lo_ratio > 0 ? g_strdup_printf ("%.0f×", result->lo_ratio) : g_strdup ("–");

      /* %-Ns counts bytes; pad the UTF-8 columns by hand */
      printf ("%s%*s %-9s %12s  %s%*s %10s  %s%s%s\n",
               result->operation, (int) (45 - g_utf8_strlen (result->operation, -1)), "",
               format_size (result->scale), value,
               target, (int) MAX (0, 28 - g_utf8_strlen (target, -1)), "",
               ratio, get_verdict (result),
               result->note != NULL ? "  — " : "", result->note != NULL ? result->note : "");
    }
}

static void
write_json (const char *path)
{
  g_autoptr(JsonBuilder) json = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cpu = NULL;
  g_autofree char *meminfo = NULL;

  json_builder_begin_object (json);
  json_builder_set_member_name (json, "seed");
  json_builder_add_int_value (json, SEED);
  json_builder_set_member_name (json, "cpus");
  json_builder_add_int_value (json, g_get_num_processors ());

  if (g_file_get_contents ("/proc/cpuinfo", &cpu, NULL, NULL))
    {
      const char *line = strstr (cpu, "model name");
      const char *colon = line != NULL ? strchr (line, ':') : NULL;

      if (colon != NULL)
        {
          g_autofree char *model = g_strndup (colon + 2, strcspn (colon + 2, "\n"));

          json_builder_set_member_name (json, "cpu-model");
          json_builder_add_string_value (json, model);
        }
    }
  if (g_file_get_contents ("/proc/meminfo", &meminfo, NULL, NULL) && g_str_has_prefix (meminfo, "MemTotal:"))
    {
      json_builder_set_member_name (json, "ram-mb");
      json_builder_add_int_value (json, g_ascii_strtoll (meminfo + strlen ("MemTotal:"), NULL, 10) / 1024);
    }

  json_builder_set_member_name (json, "results");
  json_builder_begin_array (json);
  for (guint i = 0; i < results->len; i++)
    {
      Result *result = &g_array_index (results, Result, i);
      g_autofree char *target = format_target (result);

      json_builder_begin_object (json);
      json_builder_set_member_name (json, "operation");
      json_builder_add_string_value (json, result->operation);
      json_builder_set_member_name (json, "scale");
      json_builder_add_int_value (json, result->scale);
      json_builder_set_member_name (json, "unit");
      json_builder_add_string_value (json, result->unit);
      json_builder_set_member_name (json, "median");
      if (result->value < 0)
        json_builder_add_null_value (json);
      else
        json_builder_add_double_value (json, result->value);
      json_builder_set_member_name (json, "target");
      json_builder_add_string_value (json, target);
      if (result->lo_ratio > 0)
        {
          json_builder_set_member_name (json, "libreoffice-ratio");
          json_builder_add_double_value (json, result->lo_ratio);
        }
      json_builder_set_member_name (json, "verdict");
      json_builder_add_string_value (json, get_verdict (result));
      if (result->note != NULL)
        {
          json_builder_set_member_name (json, "note");
          json_builder_add_string_value (json, result->note);
        }
      json_builder_end_object (json);
    }
  json_builder_end_array (json);
  json_builder_end_object (json);

  root = json_builder_get_root (json);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_to_file (generator, path, &error);
  g_assert_no_error (error);
  printf ("\nwritten to %s\n", path);
}

static char *
read_cpu_model (void)
{
  g_autofree char *cpu = NULL;
  const char *line;
  const char *colon;

  if (!g_file_get_contents ("/proc/cpuinfo", &cpu, NULL, NULL) ||
      (line = strstr (cpu, "model name")) == NULL || (colon = strchr (line, ':')) == NULL)
    return g_strdup ("unknown CPU");

  return g_strndup (colon + 2, strcspn (colon + 2, "\n"));
}

/* The table again, as Markdown for the README (build-aux/bench puts it
 * there), with the machine it ran on */
static void
write_markdown (const char *path)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *cpu = read_cpu_model ();
  g_autofree char *meminfo = NULL;
  g_autofree char *loadavg = NULL;
  g_autoptr(GError) error = NULL;
  double ram_gb = 0;

  if (g_file_get_contents ("/proc/meminfo", &meminfo, NULL, NULL) && g_str_has_prefix (meminfo, "MemTotal:"))
    ram_gb = g_ascii_strtod (meminfo + strlen ("MemTotal:"), NULL) / (1024.0 * 1024.0);
  if (g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL))
    loadavg[strcspn (loadavg, " ")] = '\0';

  g_string_append_printf (out, "Measured on %s: %u CPUs (%s), %.0f GB RAM, load average %s "
                               "when it started; release build.\n\n",
                          date, g_get_num_processors (), cpu, ram_gb,
                          loadavg != NULL ? loadavg : "unknown");
  g_string_append (out, "| operation | size | median | target | LibreOffice ÷ ours | verdict |\n"
                        "|---|---|---|---|---|---|\n");
  for (guint i = 0; i < results->len; i++)
    {
      Result *result = &g_array_index (results, Result, i);
      g_autofree char *target = format_target (result);
      g_autofree char *value = result->value < 0 ? g_strdup ("–")
                                                 : g_strdup_printf ("%.1f %s", result->value, result->unit);
      g_autofree char *ratio = result->lo_ratio > 0 ? g_strdup_printf ("%.0f×", result->lo_ratio) : g_strdup ("–");
      const char *verdict = get_verdict (result);

      g_string_append_printf (out, "| %s%s%s%s | %s | %s | %s | %s | %s%s%s |\n",
                              result->operation, result->note != NULL ? " (" : "",
                              result->note != NULL ? result->note : "", result->note != NULL ? ")" : "",
                              format_size (result->scale), value, target, ratio,
                              g_str_equal (verdict, "MISS") ? "**" : "", verdict,
                              g_str_equal (verdict, "MISS") ? "**" : "");
    }

  g_file_set_contents (path, out->str, out->len, &error);
  g_assert_no_error (error);
  printf ("written to %s\n", path);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static const struct
{
  const char *name;
  Operation   operation;
} operations[] = {
  { "load", op_load },
  { "save", op_save },
  { "validate", op_validate },
  { "validate-after-edit", op_validate_after_edit },
  { "render-text", op_render_text },
  { "export-html", op_export_html },
  { "export-odt", op_export_odt },
  { "import-text", op_import_text },
};

/* A key point with text in the middle item: the one a clerk types into */
static MinutesDiscussionEntry *
find_key_point (MinutesMeeting *meeting)
{
  GListModel *items = minutes_meeting_get_items (meeting);
  guint n_items = g_list_model_get_n_items (items);

  for (guint i = n_items / 2; i < n_items; i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      GListModel *discussion = minutes_agenda_item_get_discussion (item);

      for (guint e = 0; e < g_list_model_get_n_items (discussion); e++)
        {
          g_autoptr(MinutesDiscussionEntry) entry = g_list_model_get_item (discussion, e);

          if (minutes_discussion_entry_get_entry_type (entry) == MINUTES_ENTRY_POINT &&
              minutes_discussion_entry_get_text (entry) != NULL)
            return g_steal_pointer (&entry);
        }
    }

  g_assert_not_reached ();
}

static void
fixture_init (Fixture    *fixture,
              guint       scale,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup_printf ("%s/%s.minutes", work_dir, name);
  g_autofree char *copy_path = g_strconcat (path, ".copy", NULL);
  char *text;

  fixture->meeting = minutes_generate_meeting (scale, SEED);
  fixture->template = minutes_template_lookup (MINUTES_DEFAULT_TEMPLATE, &error);
  g_assert_no_error (error);
  fixture->file = g_file_new_for_path (path);
  fixture->copy = g_file_new_for_path (copy_path);
  fixture->html_path = g_strdup_printf ("%s/%s.html", work_dir, name);
  fixture->odt_path = g_strdup_printf ("%s/%s.odt", work_dir, name);
  minutes_document_save (fixture->meeting, fixture->file, NULL, &error);
  g_assert_no_error (error);
  fixture->validator = minutes_validator_new (fixture->template);
  minutes_validator_set_live (fixture->validator, FALSE);
  minutes_validator_set_meeting (fixture->validator, fixture->meeting);
  fixture->edited = find_key_point (fixture->meeting);
  fixture->edited_text = g_strdup (minutes_discussion_entry_get_text (fixture->edited));
  text = minutes_render_text (fixture->meeting, fixture->template, MINUTES_DOCUMENT_KIND_MINUTES,
                              MINUTES_RENDER_DEFAULT);
  fixture->text_export = g_bytes_new_take (text, strlen (text));
}

static void
fixture_clear (Fixture *fixture)
{
  g_clear_object (&fixture->loaded);
  g_clear_object (&fixture->validator);
  g_clear_object (&fixture->edited);
  g_clear_pointer (&fixture->edited_text, g_free);
  g_clear_object (&fixture->meeting);
  g_clear_object (&fixture->template);
  g_clear_object (&fixture->file);
  g_clear_object (&fixture->copy);
  g_clear_pointer (&fixture->html_path, g_free);
  g_clear_pointer (&fixture->odt_path, g_free);
  g_clear_pointer (&fixture->text_export, g_bytes_unref);
}

/* --loop OPERATION SCALE N: one operation, N times, nothing else */
static int
loop (const char *name,
      guint       scale,
      guint       n)
{
  Fixture fixture = { 0 };
  Operation operation = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (operations); i++)
    if (g_str_equal (operations[i].name, name))
      operation = operations[i].operation;
  if (operation == NULL)
    {
      g_printerr ("minutes-bench: unknown operation “%s”\n", name);
      return 2;
    }

  fixture_init (&fixture, scale, "loop");
  for (guint i = 0; i < n; i++)
    {
      operation (&fixture);
      g_clear_object (&fixture.loaded);
    }
  fixture_clear (&fixture);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("MINUTES_CLI");
  const char *app_bench = g_getenv ("MINUTES_APP_BENCH");
  const char *json_path = argc > 1 ? argv[1] : "minutes-bench.json";
  const guint scales[] = { 1, 10 };
  char *html_paths[G_N_ELEMENTS (scales)] = { NULL };
  char *meeting_paths[G_N_ELEMENTS (scales)] = { NULL };
  g_autofree char *display = NULL;
  g_autofree char *no_display = NULL;

  /* Progress shows as it happens under meson test */
  setvbuf (stdout, NULL, _IOLBF, 0);

  results = g_array_new (FALSE, FALSE, sizeof (Result));
  g_array_set_clear_func (results, clear_result);
  work_dir = g_dir_make_tmp ("minutes-bench-XXXXXX", &error);
  g_assert_no_error (error);

  if (argc == 4 && g_str_equal (argv[1], "--generate"))
    {
      g_autoptr(MinutesMeeting) meeting = minutes_generate_meeting (atoi (argv[2]), SEED);
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[3]);

      remove_tree (work_dir);
      minutes_document_save (meeting, file, NULL, &error);
      g_assert_no_error (error);
      return 0;
    }

  /* Only the JSON output, or one of the two forms above, is an argument */
  if (argc > 1 && argv[1][0] == '-' &&
      !(argc == 4 && g_str_equal (argv[1], "--generate")) &&
      !(argc == 5 && g_str_equal (argv[1], "--loop")))
    {
      g_printerr ("Usage: minutes-bench [JSON-OUTPUT]\n"
                  "       minutes-bench --loop OPERATION SCALE N\n"
                  "       minutes-bench --generate SCALE FILE\n");
      remove_tree (work_dir);
      return 2;
    }

  if (argc == 5 && g_str_equal (argv[1], "--loop"))
    {
      int status = loop (argv[2], atoi (argv[3]), atoi (argv[4]));

      remove_tree (work_dir);
      return status;
    }

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      guint scale = scales[s];
      guint runs = scale == 1 ? 21 : 5;
      g_autofree char *name = g_strdup_printf ("council-year-x%u", scale);
      Fixture fixture = { 0 };

      fixture_init (&fixture, scale, name);
      html_paths[s] = g_strdup (fixture.html_path);
      meeting_paths[s] = g_file_get_path (fixture.file);

      printf ("measuring the %s…\n", format_size (scale));
      add_result ("load", scale, measure (op_load, &fixture, runs), "ms", scale == 1 ? 30 : 0);
      add_result ("save", scale, measure (op_save, &fixture, runs), "ms", 0);
      add_result ("validate", scale, measure (op_validate, &fixture, runs), "ms", scale == 1 ? 2 : 0)->note =
        g_strdup ("cold: a new validator, every rule on every item");
      add_result ("validate after a key-point edit", scale, measure (op_validate_after_edit, &fixture, runs),
                  "ms", 0)->note =
        g_strdup ("the edit, then the validator following the meeting checks again");
      add_result ("render text", scale, measure (op_render_text, &fixture, runs), "ms", 0);
      add_result ("export HTML", scale, measure (op_export_html, &fixture, runs), "ms", scale == 1 ? 20 : 0);
      add_result ("export ODT", scale, measure (op_export_odt, &fixture, runs), "ms", scale == 1 ? 30 : 0);
      add_result ("import text (of the text export)", scale, measure (op_import_text, &fixture, runs), "ms", 0);
      measure_cli (cli, &fixture, scale);
      fixture_clear (&fixture);
    }

  printf ("measuring LibreOffice…\n");
  measure_libreoffice (html_paths[0], html_paths[1]);

  printf ("measuring the app…\n");
  if (app_bench == NULL)
    no_display = g_strdup ("the app is not built (-Dapp=disabled)");
  else
    display = get_display (&no_display);
  if (no_display == NULL)
    measure_empty_window (app_bench, display, 5);
  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (meeting_paths[s]);

      if (no_display != NULL)
        {
          skip_row ("app: open → first frame with the meeting", scales[s], "ms", 0, no_display);
          skip_row ("app: peak RSS with the meeting open", scales[s], "MB", 0, no_display);
          skip_row ("app: edit → preview + problems painted", scales[s], "ms", 0, no_display);
          continue;
        }
      measure_app (app_bench, display, file, scales[s], scales[s] == 1 ? 5 : 2);
    }
  stop_display ();

  set_linear_targets ();
  set_libreoffice_ratios ();
  print_table ();
  write_json (json_path);
  if (g_str_has_suffix (json_path, ".json"))
    {
      g_autofree char *stem = g_strndup (json_path, strlen (json_path) - strlen (".json"));
      g_autofree char *markdown_path = g_strconcat (stem, ".md", NULL);

      write_markdown (markdown_path);
    }

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      g_free (html_paths[s]);
      g_free (meeting_paths[s]);
    }
  remove_tree (work_dir);
  g_clear_pointer (&work_dir, g_free);
  g_clear_pointer (&results, g_array_unref);

  return 0;
}
