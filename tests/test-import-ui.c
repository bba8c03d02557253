/* test-import-ui.c: File → Import… and New Meeting From This One… in the
 * real window
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "minutes-import-flow.h"
#include "minutes-window.h"
#include "ui-test.h"

/* The text of every label in @widget, one per line. */
static char *
labels_text (GtkWidget *widget)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  ui_test_collect (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (text, "%s\n", gtk_label_get_text (g_ptr_array_index (labels, i)));

  return g_string_free (text, FALSE);
}

static void
destroy_all_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  ui_test_settle ();
}

/* A window showing the bundled minutes of 16 January 2024, from its file. */
static MinutesWindow *
window_with_example (void)
{
  g_autofree char *path = ui_test_get_example_path ();
  g_autoptr(GError) error = NULL;
  MinutesWindow *window = minutes_window_new (ui_test_get_application ());

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ui_test_load_file (window, path, &error));
  g_assert_no_error (error);
  ui_test_settle ();

  return window;
}

typedef struct
{
  gboolean       done;
  MinutesWindow *target;
  GError        *error;
} ImportWait;

static void
imported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  ImportWait *wait = user_data;

  wait->target = minutes_import_flow_import_finish (MINUTES_WINDOW (object), result, &wait->error);
  wait->done = TRUE;
}

static MinutesWindow *
import (MinutesWindow      *window,
        const char         *path,
        MinutesImportKind   kind,
        GError            **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ImportWait wait = { FALSE, NULL, NULL };

  minutes_import_flow_import_async (window, file, kind, imported_cb, &wait);
  /* The import runs in a worker: nothing is shown before the main loop
   * gets the result. */
  g_assert_false (wait.done);
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  ui_test_settle ();

  if (wait.error != NULL)
    g_propagate_error (error, wait.error);

  return wait.target;
}

static char *
seed_path (const char *name)
{
  const char *dir = g_getenv ("MINUTES_SEED_DIR");

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "..", "shared", "fixtures", name, NULL);
}

static void
assert_title_contains (MinutesWindow *window,
                       const char    *text)
{
  const char *title = gtk_window_get_title (GTK_WINDOW (window));

  if (title == NULL || strstr (title, text) == NULL)
    g_error ("The window title “%s” does not have “%s”", title, text);
}

/* The seed minutes, imported beside an open meeting: a new window with a
 * new, unsaved document holding every item of the minutes. */
static void
test_import_seed (void)
{
  MinutesWindow *window = window_with_example ();
  g_autofree char *path = seed_path ("004_b4eff269184071d3.txt");
  g_autoptr(GError) error = NULL;
  MinutesWindow *target;
  MinutesMeeting *meeting;
  MinutesMeeting *example;
  GListModel *items;

  target = import (window, path, MINUTES_IMPORT_KIND_TEXT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (target);
  g_assert_true (target != window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (target)));

  meeting = minutes_window_get_meeting (target);
  example = minutes_window_get_meeting (window);
  g_assert_cmpstr (minutes_meeting_get_committee (meeting), ==, "Safer Stronger Communities Select Committee");
  items = minutes_meeting_get_items (meeting);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==,
                    g_list_model_get_n_items (minutes_meeting_get_items (example)));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      g_autoptr(MinutesAgendaItem) expected = g_list_model_get_item (minutes_meeting_get_items (example), i);

      g_assert_cmpstr (minutes_agenda_item_get_title (item), ==, minutes_agenda_item_get_title (expected));
      g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_discussion (item)), ==,
                        g_list_model_get_n_items (minutes_agenda_item_get_discussion (expected)));
    }

  /* A new document: no file, unsaved, named by its committee and date. */
  g_assert_null (minutes_window_get_file (target));
  g_assert_true (minutes_window_get_modified (target));
  assert_title_contains (target, "Safer Stronger Communities Select Committee");
  /* The meeting it was imported beside is untouched. */
  g_assert_false (minutes_window_get_modified (window));
  g_assert_nonnull (minutes_window_get_file (window));

  destroy_all_windows ();
}

/* The window closed while the import runs: the meeting still opens, in
 * a window of its own. */
static void
test_import_window_closed (void)
{
  MinutesWindow *window = window_with_example ();
  g_autofree char *path = seed_path ("004_b4eff269184071d3.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ImportWait wait = { FALSE, NULL, NULL };

  g_object_ref (window);
  minutes_import_flow_import_async (window, file, MINUTES_IMPORT_KIND_TEXT, imported_cb, &wait);
  gtk_window_destroy (GTK_WINDOW (window));
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  ui_test_settle ();

  g_assert_no_error (wait.error);
  g_assert_nonnull (wait.target);
  g_assert_true (wait.target != window);
  g_assert_true (gtk_window_get_application (GTK_WINDOW (wait.target)) == GTK_APPLICATION (ui_test_get_application ()));
  g_assert_cmpstr (minutes_meeting_get_committee (minutes_window_get_meeting (wait.target)), ==,
                   "Safer Stronger Communities Select Committee");

  g_object_unref (window);
  destroy_all_windows ();
}

/* A window with an untouched new meeting takes the import itself; the
 * committee page and the web-service XML are told apart by content. */
static void
test_import_detect (void)
{
  MinutesWindow *window = minutes_window_new (ui_test_get_application ());
  g_autofree char *page = fixture_path ("moderngov/kingston-neighbourhood-2026-01-15.html");
  g_autofree char *xml = g_test_build_filename (G_TEST_DIST, "data", "import", "getmeeting.xml", NULL);
  g_autoptr(GError) error = NULL;
  MinutesWindow *target;

  minutes_window_new_meeting (window);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_settle ();

  target = import (window, page, MINUTES_IMPORT_KIND_DETECT, &error);
  g_assert_no_error (error);
  g_assert_true (target == window);
  g_assert_nonnull (strstr (minutes_meeting_get_committee (minutes_window_get_meeting (window)),
                            "Neighbourhood"));
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_items (minutes_window_get_meeting (window))),
                    >, 5);

  /* Now the window has a document with changes: the next import opens
   * beside it. */
  target = import (window, xml, MINUTES_IMPORT_KIND_DETECT, &error);
  g_assert_no_error (error);
  g_assert_true (target != window);
  g_assert_cmpstr (minutes_meeting_get_committee (minutes_window_get_meeting (target)), ==,
                   "Planning Committee");

  destroy_all_windows ();
}

/* Lines that fit nothing: a notice with their count, whose button lists
 * them and where they were kept. */
static void
test_import_unplaced (void)
{
  const char *text =
    "MINUTES OF THE PARKS COMMITTEE\n\n"
    "Tuesday, 5 March 2024 at 7.00 pm\n\n"
    "IN ATTENDANCE: Councillors Ann Jones (Chair) and Bob Smith.\n\n"
    "1. Tree planting\n\n"
    "The committee discussed the planting season.\n\n"
    "RESOLVED That the report be noted.\n\n"
    "The meeting ended at 8.00 pm\n\n"
    "Refreshments were served afterwards in the foyer.\n";
  g_autofree char *dir = g_dir_make_tmp ("test-import-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "parks.txt", NULL);
  MinutesWindow *window = minutes_window_new (ui_test_get_application ());
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  MinutesWindow *target;
  AdwMessageDialog *dialog;
  GtkButton *show = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  minutes_window_new_meeting (window);
  gtk_window_present (GTK_WINDOW (window));

  target = import (window, path, MINUTES_IMPORT_KIND_TEXT, &error);
  g_assert_no_error (error);
  g_assert_true (target == window);
  g_assert_null (ui_test_find_message_dialog ());

  /* The toast, with its count, over the window */
  ui_test_collect (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkButton *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_button_get_label (button), "_Show") == 0)
        show = button;
    }
  g_assert_nonnull (show);
  shown = labels_text (GTK_WIDGET (window));
  g_assert_nonnull (strstr (shown, "1 line could not be placed and was kept as narrative text"));
  ui_test_screenshot (NULL, "import-unplaced-toast.png");

  g_signal_emit_by_name (show, "clicked");
  ui_test_settle ();
  dialog = ui_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_clear_pointer (&shown, g_free);
  shown = labels_text (GTK_WIDGET (dialog));
  g_assert_nonnull (strstr (shown, "Refreshments were served afterwards in the foyer."));
  g_assert_nonnull (strstr (shown, "Item 1, Tree planting"));
  ui_test_screenshot (NULL, "import-unplaced-list.png");

  destroy_all_windows ();
  g_unlink (path);
  g_rmdir (dir);
}

/* A file that is no minutes: a dialog naming it and saying what to do;
 * no window, no document. */
static void
test_import_invalid (void)
{
  static const char binary[] = { 'P', 'K', 3, 4, 0, 0, 1, 2, 0, (char) 0xff, 0, 0 };
  g_autofree char *dir = g_dir_make_tmp ("test-import-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "agenda.docx", NULL);
  MinutesWindow *window = window_with_example ();
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  MinutesWindow *target;
  AdwMessageDialog *dialog;
  guint n_windows = g_list_model_get_n_items (gtk_window_get_toplevels ());

  g_assert_true (g_file_set_contents (path, binary, sizeof binary, NULL));

  target = import (window, path, MINUTES_IMPORT_KIND_DETECT, &error);
  g_assert_null (target);
  g_assert_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_BINARY);

  dialog = ui_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "agenda.docx"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "agenda.docx"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "save the minutes as plain text"));
  ui_test_screenshot (NULL, "import-error.png");
  /* Only the dialog is new. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, n_windows + 1);
  g_assert_false (minutes_window_get_modified (window));

  /* A file that is not there */
  g_clear_error (&error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_unlink (path);
  target = import (window, path, MINUTES_IMPORT_KIND_TEXT, &error);
  g_assert_null (target);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  dialog = ui_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "agenda.docx"));

  destroy_all_windows ();
  g_rmdir (dir);
}

static MinutesWindow *
find_other_window (MinutesWindow *window)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (ui_test_get_application ()));

  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (MINUTES_IS_WINDOW (l->data) && l->data != window)
        return l->data;
    }

  return NULL;
}

/* File → Import…: the chooser offers the three kinds of file; the kind
 * chosen decides the importer, and the import opens beside the meeting. */
static void
test_import_chooser (void)
{
  MinutesWindow *window = window_with_example ();
  g_autofree char *path = seed_path ("004_b4eff269184071d3.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) filters = NULL;
  g_autoptr(GtkFileFilter) text_filter = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkFileChooser *chooser = NULL;
  MinutesWindow *target = NULL;

  ui_test_activate (window, "win.import");

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        chooser = GTK_FILE_CHOOSER (toplevel);
    }
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (chooser)), ==, "Import Minutes");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (chooser)));

  filters = gtk_file_chooser_get_filters (chooser);
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 5);
  text_filter = g_list_model_get_item (filters, 1);
  g_assert_cmpstr (gtk_file_filter_get_name (text_filter), ==, "Minutes as text");
  {
    g_autoptr(GtkFileFilter) html = g_list_model_get_item (filters, 2);
    g_autoptr(GtkFileFilter) xml = g_list_model_get_item (filters, 3);

    g_assert_cmpstr (gtk_file_filter_get_name (html), ==, "Committee web page (HTML)");
    g_assert_cmpstr (gtk_file_filter_get_name (xml), ==, "Web service meeting (XML)");
  }

  gtk_file_chooser_set_filter (chooser, text_filter);
  g_assert_true (gtk_file_chooser_set_file (chooser, file, NULL));
  /* The chooser reads the folder before it selects the file. */
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(GFile) selected = gtk_file_chooser_get_file (chooser);

      if (selected != NULL && g_file_equal (selected, file))
        break;
      ui_test_settle ();
    }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  for (guint i = 0; i < 200 && target == NULL; i++)
    {
      ui_test_settle ();
      target = find_other_window (window);
    }
  g_assert_nonnull (target);
  g_assert_cmpstr (minutes_meeting_get_committee (minutes_window_get_meeting (target)), ==,
                   "Safer Stronger Communities Select Committee");
  g_assert_true (minutes_window_get_modified (target));

  destroy_all_windows ();
}

/* New Meeting From This One…: the dialog offers four weeks on, takes a
 * date and a time, and opens the next meeting beside this one. */
static void
test_new_from_this (void)
{
  MinutesWindow *window = window_with_example ();
  g_autoptr(GDateTime) chosen = g_date_time_new_local (2024, 3, 12, 0, 0, 0);
  g_autoptr(GDateTime) offered = NULL;
  g_autoptr(GPtrArray) calendars = g_ptr_array_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(MinutesAgendaItem) first = NULL;
  MinutesWindow *next_window;
  MinutesMeeting *next;
  AdwMessageDialog *dialog;
  GtkCalendar *calendar;
  GtkEditable *time_entry;
  GDate today, date;

  /* The default: four weeks on, or the same weekday from today */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, G_DATE_FEBRUARY, 2024);
  minutes_import_flow_default_next_date (minutes_window_get_meeting (window), &today, &date);
  g_assert_cmpint (g_date_get_day (&date), ==, 13);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_FEBRUARY);
  g_date_set_dmy (&today, 20, G_DATE_MARCH, 2024);
  minutes_import_flow_default_next_date (minutes_window_get_meeting (window), &today, &date);
  g_assert_cmpint (g_date_get_day (&date), ==, 26);
  g_assert_cmpint (g_date_get_weekday (&date), ==, G_DATE_TUESDAY);

  ui_test_activate (window, "win.new-from-this");
  dialog = ui_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  ui_test_collect (GTK_WIDGET (dialog), GTK_TYPE_CALENDAR, calendars);
  ui_test_collect (GTK_WIDGET (dialog), GTK_TYPE_TEXT, entries);
  g_assert_cmpuint (calendars->len, ==, 1);
  g_assert_cmpuint (entries->len, ==, 1);
  calendar = g_ptr_array_index (calendars, 0);
  time_entry = GTK_EDITABLE (gtk_widget_get_parent (g_ptr_array_index (entries, 0)));

  /* Offered: a Tuesday (the committee's day) not in the past, at 7 pm */
  offered = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_day_of_week (offered), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (time_entry), ==, "19:00");

  /* A time that is none cannot be used. */
  gtk_editable_set_text (time_entry, "25:00");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "create"));
  gtk_editable_set_text (time_entry, "18:30");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "create"));

  gtk_calendar_select_day (calendar, chosen);
  ui_test_screenshot (NULL, "new-from-this.png");
  adw_message_dialog_response (dialog, "create");
  ui_test_settle ();

  next_window = find_other_window (window);
  g_assert_nonnull (next_window);
  next = minutes_window_get_meeting (next_window);
  g_assert_nonnull (next);
  g_assert_cmpint (g_date_get_day (minutes_meeting_get_date (next)), ==, 12);
  g_assert_cmpint (g_date_get_month (minutes_meeting_get_date (next)), ==, G_DATE_MARCH);
  g_assert_cmpint (g_date_get_year (minutes_meeting_get_date (next)), ==, 2024);
  g_assert_cmpint (minutes_meeting_get_scheduled_start (next), ==, 18 * 60 + 30);
  g_assert_cmpstr (minutes_meeting_get_committee (next), ==, "Safer Stronger Communities Select Committee");
  first = g_list_model_get_item (minutes_meeting_get_items (next), 0);
  g_assert_cmpstr (minutes_agenda_item_get_title (first), ==, "Minutes of the meeting held on 16 January 2024");

  g_assert_null (minutes_window_get_file (next_window));
  g_assert_true (minutes_window_get_modified (next_window));
  assert_title_contains (next_window, "Safer Stronger Communities Select Committee");
  g_assert_false (minutes_window_get_modified (window));

  destroy_all_windows ();
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "import-ui", UI_TEST_APPLICATION))
    return UI_TEST_SKIPPED;

  g_test_add_func ("/import-ui/seed", test_import_seed);
  g_test_add_func ("/import-ui/chooser", test_import_chooser);
  g_test_add_func ("/import-ui/detect", test_import_detect);
  g_test_add_func ("/import-ui/window-closed", test_import_window_closed);
  g_test_add_func ("/import-ui/unplaced", test_import_unplaced);
  g_test_add_func ("/import-ui/invalid", test_import_invalid);
  g_test_add_func ("/import-ui/new-from-this", test_new_from_this);

  return ui_test_run ();
}
