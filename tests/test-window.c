/* test-window.c: the main window, as a user sees it
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "minutes-window.h"
#include "ui-test.h"

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static const char *
get_visible_page (MinutesWindow *window)
{
  GtkWidget *overlay;
  GtkWidget *stack;

  /* The stack of the window's content, not one in a popover */
  overlay = find_descendant (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY);
  g_assert_nonnull (overlay);
  stack = find_descendant (overlay, GTK_TYPE_STACK);
  g_assert_nonnull (stack);

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static char *
write_corrupt_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  char *path;

  dir = g_dir_make_tmp ("test-window-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (dir, "corrupt.minutes", NULL);
  g_file_set_contents (path, "{\"format\": \"minutes\", \"version\": 1, \"meet", -1, &error);
  g_assert_no_error (error);

  return path;
}

static void
remove_file_and_dir (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_window_shows_meeting (void)
{
  g_autofree char *path = ui_test_get_example_path ();
  g_autofree char *corrupt_path = write_corrupt_file ();
  g_autofree char *text = NULL;
  g_autofree char *text_after = NULL;
  g_autoptr(GError) error = NULL;
  MinutesWindow *window;
  GtkWidget *text_view;
  gboolean loaded;

  window = minutes_window_new (ui_test_get_application ());
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));

  loaded = ui_test_load_file (window, path, &error);
  g_assert_no_error (error);
  g_assert_true (loaded);

  text_view = find_descendant (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (text_view);
  gtk_test_widget_wait_for_draw (text_view);

  g_assert_cmpstr (get_visible_page (window), ==, "document");
  g_assert_true (gtk_widget_get_mapped (text_view));
  g_assert_nonnull (minutes_window_get_meeting (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), !=, "Minutes");

  text = minutes_window_get_preview_text (window);
  g_assert_nonnull (strstr (text, "MINUTES OF THE SAFER STRONGER COMMUNITIES SELECT COMMITTEE"));
  g_assert_nonnull (strstr (text, "3.17."));
  g_assert_nonnull (strstr (text, "The meeting ended at 9.24 pm"));

  /* The preview follows changes to the meeting */
  minutes_meeting_set_committee (minutes_window_get_meeting (window),
                                 "Overview and Scrutiny Committee");
  while (g_strcmp0 (gtk_window_get_title (GTK_WINDOW (window)),
                    "Overview and Scrutiny Committee – Minutes") != 0)
    g_main_context_iteration (NULL, TRUE);
  g_free (text);
  text = minutes_window_get_preview_text (window);
  while (strstr (text, "MINUTES OF THE OVERVIEW AND SCRUTINY COMMITTEE") == NULL)
    {
      g_main_context_iteration (NULL, TRUE);
      g_free (text);
      text = minutes_window_get_preview_text (window);
    }
  g_assert_nonnull (strstr (text, "The meeting ended at 9.24 pm"));

  /* A broken file must not replace the meeting shown */
  loaded = ui_test_load_file (window, corrupt_path, &error);
  g_assert_false (loaded);
  g_assert_error (error, MINUTES_DOCUMENT_ERROR, MINUTES_DOCUMENT_ERROR_SYNTAX);
  gtk_test_widget_wait_for_draw (text_view);

  g_assert_cmpstr (get_visible_page (window), ==, "document");
  text_after = minutes_window_get_preview_text (window);
  g_assert_cmpstr (text_after, ==, text);

  remove_file_and_dir (corrupt_path);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_shows_error (void)
{
  g_autofree char *corrupt_path = write_corrupt_file ();
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  MinutesWindow *window;
  GtkWidget *status_page;
  gboolean loaded;

  window = minutes_window_new (ui_test_get_application ());
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));

  loaded = ui_test_load_file (window, corrupt_path, &error);
  g_assert_false (loaded);
  g_assert_error (error, MINUTES_DOCUMENT_ERROR, MINUTES_DOCUMENT_ERROR_SYNTAX);

  /* With nothing to keep showing, the error takes the window */
  g_assert_cmpstr (get_visible_page (window), ==, "error");
  g_assert_null (minutes_window_get_meeting (window));

  status_page = find_descendant (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status_page);
  gtk_test_widget_wait_for_draw (status_page);
  g_assert_true (gtk_widget_get_mapped (status_page));
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (status_page)), !=, NULL);

  text = minutes_window_get_preview_text (window);
  g_assert_cmpstr (text, ==, "");

  remove_file_and_dir (corrupt_path);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_shows_new_meeting (void)
{
  g_autofree char *text = NULL;
  MinutesWindow *window;

  /* What a user sees when starting the app without a file: a new meeting,
   * ready to type into */
  g_application_activate (G_APPLICATION (ui_test_get_application ()));

  window = MINUTES_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (ui_test_get_application ())));
  g_assert_true (MINUTES_IS_WINDOW (window));
  g_object_ref (window);

  g_assert_nonnull (minutes_window_get_meeting (window));
  g_assert_null (minutes_window_get_file (window));
  g_assert_false (minutes_window_get_modified (window));
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_items (minutes_window_get_meeting (window))), ==, 0);
  text = minutes_window_get_preview_text (window);
  g_assert_nonnull (strstr (text, "MINUTES OF THE"));
  g_assert_cmpstr (get_visible_page (window), ==, "document");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL));
  g_assert_finalize_object (window);
}

/* The text in the preview's buffer itself, without the rendering that
 * minutes_window_get_preview_text() does first when one is due */
static char *
get_buffer_text (GtkWidget *text_view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
test_window_preview_after_first_frame (void)
{
  g_autofree char *path = ui_test_get_example_path ();
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  MinutesWindow *window;
  GtkWidget *text_view;

  /* A window showing a new meeting, then a file opened into it */
  window = minutes_window_new (ui_test_get_application ());
  g_object_ref_sink (window);
  minutes_window_new_meeting (window);
  gtk_window_present (GTK_WINDOW (window));
  text_view = find_descendant (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (text_view);
  gtk_test_widget_wait_for_draw (text_view);
  ui_test_settle ();
  text = get_buffer_text (text_view);
  g_assert_nonnull (strstr (text, "MINUTES OF THE"));
  g_clear_pointer (&text, g_free);

  g_assert_true (ui_test_load_file (window, path, &error));
  g_assert_no_error (error);

  /* The meeting's sections and form come first, the preview after that
   * frame; meanwhile it shows nothing rather than the meeting replaced */
  text = get_buffer_text (text_view);
  g_assert_null (strstr (text, "The meeting ended"));
  g_assert_true (g_str_equal (text, "") ||
                 strstr (text, "SAFER STRONGER COMMUNITIES") != NULL);
  g_clear_pointer (&text, g_free);

  /* Painting the window writes the preview, unasked */
  gtk_test_widget_wait_for_draw (text_view);
  ui_test_settle ();
  text = get_buffer_text (text_view);
  g_assert_nonnull (strstr (text, "MINUTES OF THE SAFER STRONGER COMMUNITIES SELECT COMMITTEE"));
  g_assert_nonnull (strstr (text, "The meeting ended at 9.24 pm"));
  g_clear_pointer (&text, g_free);

  /* Asked for at once, the preview text is the meeting's, written first */
  minutes_window_new_meeting (window);
  text = minutes_window_get_preview_text (window);
  g_assert_nonnull (strstr (text, "MINUTES OF THE"));
  g_assert_null (strstr (text, "SAFER STRONGER COMMUNITIES"));
  g_clear_pointer (&text, g_free);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_window_preview_unmapped (void)
{
  g_autofree char *path = ui_test_get_example_path ();
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  MinutesWindow *window;
  GtkWidget *text_view;
  gsize length;

  /* A window never shown paints no frame: its preview is written all the
   * same, for whatever reads it */
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  window = minutes_window_new (ui_test_get_application ());
  g_object_ref_sink (window);
  g_assert_true (minutes_window_load_bytes (window, bytes, "example.minutes"));
  text_view = find_descendant (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW);
  g_assert_nonnull (text_view);
  ui_test_settle ();
  g_assert_false (gtk_widget_get_mapped (text_view));

  text = get_buffer_text (text_view);
  g_assert_nonnull (strstr (text, "The meeting ended at 9.24 pm"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* How many shortcuts windows there are, and the last one found */
static guint
count_shortcuts_windows (GtkWindow **found)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (!GTK_IS_SHORTCUTS_WINDOW (toplevel))
        continue;
      n++;
      if (found != NULL)
        *found = GTK_WINDOW (toplevel);   /* GTK keeps toplevels */
    }

  return n;
}

/* Whether the shortcut listed by @action shows @accelerator */
static gboolean
shows_accelerator (GtkWindow  *shortcuts,
                   const char *action,
                   const char *accelerator)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  gboolean shown = FALSE;

  ui_test_collect (GTK_WIDGET (shortcuts), GTK_TYPE_SHORTCUTS_SHORTCUT, found);
  for (guint i = 0; i < found->len; i++)
    {
      g_autofree char *its_action = NULL;
      g_autofree char *its_accelerator = NULL;

      g_object_get (g_ptr_array_index (found, i),
                    "action-name", &its_action, "accelerator", &its_accelerator, NULL);
      if (g_strcmp0 (its_action, action) == 0)
        shown = g_strcmp0 (its_accelerator, accelerator) == 0;
    }

  return shown;
}

/* The shortcuts window is built when first asked for (Ctrl+?), once, shows
 * the accelerators of the actions it lists, and goes with its window */
static void
test_window_shortcuts (void)
{
  g_autofree char *path = ui_test_get_example_path ();
  g_auto(GStrv) accels = NULL;
  MinutesWindow *window = ui_test_open_window (path);
  GtkWindow *first = NULL;
  GLogLevelFlags fatal;

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (ui_test_get_application ()),
                                                  "win.show-shortcuts");
  g_assert_cmpstr (accels[0], ==, "<Control>question");
  g_assert_cmpuint (count_shortcuts_windows (NULL), ==, 0);

  /* GTK 4.8's shortcuts window warns that a label of its own reported a
   * negative minimum width as it lays itself out (it does so with any
   * shortcuts window, without Minutes); criticals stay fatal */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  for (guint round = 0; round < 2; round++)
    {
      GtkWindow *shortcuts = NULL;

      ui_test_activate (window, "win.show-shortcuts");
      g_assert_cmpuint (count_shortcuts_windows (&shortcuts), ==, 1);
      g_assert_true (first == NULL || shortcuts == first);
      first = shortcuts;
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
      g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
      g_assert_true (shows_accelerator (shortcuts, "win.add-point", "<Control>Return"));

      gtk_window_close (shortcuts);
      ui_test_settle ();
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
    }

  ui_test_close_window (window);
  g_log_set_always_fatal (fatal);
  g_assert_cmpuint (count_shortcuts_windows (NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "window", UI_TEST_APPLICATION))
    return UI_TEST_SKIPPED;

  g_test_add_func ("/window/shows-meeting", test_window_shows_meeting);
  g_test_add_func ("/window/shows-error", test_window_shows_error);
  g_test_add_func ("/window/shows-new-meeting", test_window_shows_new_meeting);
  g_test_add_func ("/window/preview-after-first-frame", test_window_preview_after_first_frame);
  g_test_add_func ("/window/preview-unmapped", test_window_preview_unmapped);
  g_test_add_func ("/window/shortcuts", test_window_shortcuts);

  return ui_test_run ();
}
