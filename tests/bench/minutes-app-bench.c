/* minutes-app-bench.c: the app with a big meeting open, timed from outside
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by minutes-bench as `minutes-app-bench FILE`, once per sample, on a
 * display (minutes-bench starts Xvfb when there is none). It runs the real
 * application the way `minutes FILE` does (GApplication "open" → window →
 * load in a thread → first frame), then edits key points through the model
 * API and times each edit until the preview is re-rendered and painted, with
 * a validator following the meeting as the problems list does. It prints
 * one line of JSON on stdout:
 *
 *   first-frame-us  g_get_monotonic_time () of the first frame painted with
 *                   the meeting loaded (the caller subtracts its spawn time):
 *                   its sections and the form of the first one
 *   preview-frame-us  the same, of the first frame painted with the
 *                   minutes written into the preview (the window writes
 *                   them once the first frame is painted)
 *   peak-rss-mb     VmHWM of this process after opening and editing
 *   edit-call-ms    median time inside the model call (the synchronous
 *                   ::changed handlers: validator, undo, autosave)
 *   edit-render-ms  median time from the edit to the preview re-rendered
 *   edit-frame-ms   median time from the edit to the next frame painted
 *                   after the re-render
 *   validate-ms     median time of one full validation of the meeting
 *   full-frame-ms   median time from adding or removing an agenda item
 *                   (the last) to the next frame: the sidebar's row and
 *                   the preview's sections from the item on written again
 *
 * `minutes-app-bench --empty` is the floor the platform sets on this
 * machine: an empty libadwaita window of the same size (a header bar and
 * a label), which prints first-frame-us and peak-rss-mb at its first frame.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <adwaita.h>

#include "minutes-application.h"
#include "minutes-window.h"

#define N_EDITS 15

/* Then an agenda item added at the end and removed: the preview's list of
 * sections changes (until it could be followed, that wrote the whole
 * preview again) */
#define N_FULL 2

typedef enum
{
  STATE_LOADING,
  STATE_PREVIEW,
  STATE_SETTLING,
  STATE_WAITING,
  STATE_DONE,
} State;

typedef struct
{
  GApplication      *application;
  MinutesWindow     *window;
  GtkTextBuffer     *preview;
  MinutesValidator  *validator;
  State              state;
  gint64             first_frame;
  gint64             preview_frame;
  gint64             edit_start;
  gint64             edit_returned;
  gint64             last_change;
  gboolean           changed;
  guint              n_edits;
  double             call_ms[N_EDITS];
  double             render_ms[N_EDITS];
  double             frame_ms[N_EDITS];
  double             full_ms[N_FULL * 2];
  guint              n_full;
  MinutesAgendaItem *added;
} Bench;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);

  return values[n / 2];
}

/* Peak resident set size of this process, in MB */
static double
read_peak_rss_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  if (line == NULL)
    return -1;

  return g_ascii_strtod (line + strlen ("VmHWM:"), NULL) / 1024.0;
}

/* The preview is the window's one read-only text view */
static GtkTextView *
find_preview (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget) && !gtk_text_view_get_editable (GTK_TEXT_VIEW (widget)))
    return GTK_TEXT_VIEW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkTextView *found = find_preview (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The key points of the agenda item in the middle of the meeting */
static MinutesDiscussionEntry *
get_key_point (MinutesMeeting *meeting,
               guint           n)
{
  GListModel *items = minutes_meeting_get_items (meeting);
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, g_list_model_get_n_items (items) / 2);
  GListModel *discussion = minutes_agenda_item_get_discussion (item);

  g_assert_cmpuint (g_list_model_get_n_items (discussion), >, 0);

  /* The caller keeps the meeting, which keeps the entry */
  return g_list_model_get_item (discussion, n % g_list_model_get_n_items (discussion));
}

static void
finish (Bench *bench)
{
  double validate_ms[N_EDITS];

  for (guint i = 0; i < N_EDITS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      minutes_validator_validate (bench->validator);
      validate_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  printf ("{\"first-frame-us\": %" G_GINT64_FORMAT ", \"preview-frame-us\": %" G_GINT64_FORMAT ", "
          "\"peak-rss-mb\": %.2f, "
          "\"edit-call-ms\": %.3f, \"edit-render-ms\": %.3f, \"edit-frame-ms\": %.3f, "
          "\"validate-ms\": %.3f, \"full-frame-ms\": %.3f, \"problems\": %u}\n",
          bench->first_frame, bench->preview_frame, read_peak_rss_mb (),
          median (bench->call_ms, N_EDITS), median (bench->render_ms, N_EDITS),
          median (bench->frame_ms, N_EDITS), median (validate_ms, N_EDITS),
          median (bench->full_ms, N_FULL * 2),
          g_list_model_get_n_items (G_LIST_MODEL (bench->validator)));
  fflush (stdout);

  bench->state = STATE_DONE;
  g_application_quit (bench->application);
}

static gboolean
change_items_cb (gpointer user_data)
{
  Bench *bench = user_data;
  MinutesMeeting *meeting = minutes_window_get_meeting (bench->window);

  bench->changed = FALSE;
  bench->state = STATE_WAITING;
  bench->edit_start = g_get_monotonic_time ();
  if (bench->added == NULL)
    {
      bench->added = minutes_agenda_item_new ();
      minutes_agenda_item_set_title (bench->added, "Any other business");
      minutes_meeting_append_item (meeting, bench->added);
    }
  else
    {
      minutes_meeting_remove_item (meeting, bench->added);
      g_clear_object (&bench->added);
    }
  bench->edit_returned = g_get_monotonic_time ();

  return G_SOURCE_REMOVE;
}

static gboolean
edit_cb (gpointer user_data)
{
  Bench *bench = user_data;
  MinutesMeeting *meeting = minutes_window_get_meeting (bench->window);
  g_autoptr(MinutesDiscussionEntry) entry = get_key_point (meeting, bench->n_edits);
  g_autofree char *text = g_strdup_printf ("%s (edit %u)", minutes_discussion_entry_get_text (entry),
                                           bench->n_edits);

  bench->changed = FALSE;
  bench->state = STATE_WAITING;
  bench->edit_start = g_get_monotonic_time ();
  minutes_discussion_entry_set_text (entry, text);
  bench->edit_returned = g_get_monotonic_time ();

  return G_SOURCE_REMOVE;
}

static void
preview_changed_cb (GtkTextBuffer *buffer,
                    Bench         *bench)
{
  if (bench->state != STATE_WAITING)
    return;

  bench->changed = TRUE;
  bench->last_change = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();

  switch (bench->state)
    {
    case STATE_LOADING:
      if (minutes_window_get_file (bench->window) == NULL)
        return;   /* a frame of the empty window, before the meeting is in */

      bench->first_frame = now;
      bench->preview = gtk_text_view_get_buffer (find_preview (GTK_WIDGET (bench->window)));
      g_signal_connect (bench->preview, "changed", G_CALLBACK (preview_changed_cb), bench);
      bench->state = STATE_PREVIEW;
      G_GNUC_FALLTHROUGH;

    case STATE_PREVIEW:
      if (gtk_text_buffer_get_char_count (bench->preview) == 0)
        return;   /* a frame before the minutes were written into the preview */

      bench->preview_frame = now;

      /* The problems list: a validator following the meeting */
      {
        MinutesMeeting *meeting = minutes_window_get_meeting (bench->window);
        g_autoptr(GError) error = NULL;
        g_autoptr(MinutesTemplate) template = minutes_template_lookup_for_meeting (meeting, &error);

        g_assert_no_error (error);
        bench->validator = minutes_validator_new (template);
        minutes_validator_set_meeting (bench->validator, meeting);
      }

      bench->state = STATE_SETTLING;
      g_timeout_add (200, edit_cb, bench);
      break;

    case STATE_WAITING:
      if (!bench->changed)
        return;   /* a frame before the preview was re-rendered */

      if (bench->n_edits < N_EDITS)
        {
          bench->call_ms[bench->n_edits] = (bench->edit_returned - bench->edit_start) / 1000.0;
          bench->render_ms[bench->n_edits] = (bench->last_change - bench->edit_start) / 1000.0;
          bench->frame_ms[bench->n_edits] = (now - bench->edit_start) / 1000.0;
          bench->n_edits++;
        }
      else
        {
          bench->full_ms[bench->n_full++] = (now - bench->edit_start) / 1000.0;
        }

      if (bench->n_full == N_FULL * 2)
        {
          finish (bench);
          break;
        }
      bench->state = STATE_SETTLING;
      g_timeout_add (30, bench->n_edits < N_EDITS ? edit_cb : change_items_cb, bench);
      break;

    case STATE_SETTLING:
    case STATE_DONE:
    default:
      break;
    }
}

static void
map_cb (GtkWidget *window,
        Bench     *bench)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), bench);
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window,
                 Bench          *bench)
{
  if (!MINUTES_IS_WINDOW (window) || bench->window != NULL)
    return;

  bench->window = MINUTES_WINDOW (window);
  g_signal_connect (window, "map", G_CALLBACK (map_cb), bench);
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_printerr ("minutes-app-bench: not done after 600 s\n");
  exit (1);
}

/* The empty window: what GTK, libadwaita and the graphics stack cost */

static void
empty_after_paint_cb (GdkFrameClock  *clock,
                      GApplication   *application)
{
  printf ("{\"first-frame-us\": %" G_GINT64_FORMAT ", \"peak-rss-mb\": %.2f}\n",
          g_get_monotonic_time (), read_peak_rss_mb ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, empty_after_paint_cb, application);
  g_application_quit (application);
}

static void
empty_map_cb (GtkWidget    *window,
              GApplication *application)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (empty_after_paint_cb), application);
}

static void
empty_activate_cb (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Minutes"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_signal_connect (window, "map", G_CALLBACK (empty_map_cb), application);
  gtk_window_present (GTK_WINDOW (window));
}

static int
run_empty_window (void)
{
  g_autoptr(AdwApplication) application = adw_application_new (NULL, G_APPLICATION_NON_UNIQUE);

  g_signal_connect (application, "activate", G_CALLBACK (empty_activate_cb), NULL);
  g_timeout_add_seconds (600, timeout_cb, NULL);

  return g_application_run (G_APPLICATION (application), 0, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MinutesApplication) application = NULL;
  Bench bench = { 0 };
  int status;

  if (argc == 2 && g_str_equal (argv[1], "--empty"))
    return run_empty_window ();
  if (argc != 2)
    {
      g_printerr ("Usage: minutes-app-bench FILE.minutes | --empty\n");
      return 2;
    }

  application = minutes_application_new (APP_ID, G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  bench.application = G_APPLICATION (application);
  g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb), &bench);
  g_timeout_add_seconds (600, timeout_cb, NULL);

  status = g_application_run (G_APPLICATION (application), argc, argv);

  g_clear_object (&bench.validator);
  g_clear_object (&bench.added);
  if (bench.state != STATE_DONE)
    {
      g_printerr ("minutes-app-bench: the application quit before the measurements were done\n");
      return 1;
    }

  return status;
}
