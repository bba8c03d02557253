/* ui-test.c: what every UI test needs to drive the real window
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "ui-test.h"

static MinutesApplication *application;
static char *home_dir;

gboolean
ui_test_init (int          *argc,
              char       ***argv,
              const char   *name,
              UiTestFlags   flags)
{
  g_autofree char *template = g_strdup_printf ("test-%s-home-XXXXXX", name);
  g_autoptr(GError) error = NULL;

  /* Recovery copies and recently used people go to folders of the test's
   * own, set before anything asks GLib for them. */
  home_dir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  {
    g_autofree char *cache = g_build_filename (home_dir, "cache", NULL);
    g_autofree char *data = g_build_filename (home_dir, "data", NULL);

    g_setenv ("XDG_CACHE_HOME", cache, TRUE);
    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }
  /* GTK's test accessibility back end needs no session bus. */
  g_setenv ("GTK_A11Y", "test", FALSE);

  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("No display; skipping the %s tests\n", name);
      ui_test_remove_tree (home_dir);
      g_clear_pointer (&home_dir, g_free);
      return FALSE;
    }

  if (flags & UI_TEST_APPLICATION)
    {
      GApplicationFlags app_flags = G_APPLICATION_NON_UNIQUE;

      if (flags & UI_TEST_HANDLES_OPEN)
        app_flags |= G_APPLICATION_HANDLES_OPEN;
      application = minutes_application_new (APP_ID, app_flags);
      g_application_register (G_APPLICATION (application), NULL, &error);
      g_assert_no_error (error);
    }

  return TRUE;
}

int
ui_test_run (void)
{
  int ret = g_test_run ();

  g_clear_object (&application);
  ui_test_remove_tree (home_dir);
  g_clear_pointer (&home_dir, g_free);

  return ret;
}

MinutesApplication *
ui_test_get_application (void)
{
  g_assert_nonnull (application);

  return application;
}

const char *
ui_test_get_home_dir (void)
{
  return home_dir;
}

char *
ui_test_get_example_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                "2024-01-16-safer-stronger-communities.minutes",
                                NULL);
}

/* Removes a temporary folder and everything in it, never following a
 * symbolic link out of it. */
void
ui_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        ui_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

void
ui_test_settle (void)
{
  gboolean timed_out = FALSE;

  g_timeout_add (50, timeout_cb, &timed_out);
  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);

  /* Idle callbacks (rendering) come after anything of higher priority. */
  for (guint i = 0; i < 1000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

void
ui_test_activate (gpointer    widget,
                  const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (widget), action, NULL));
  ui_test_settle ();
}

static void
load_file_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **result_out = user_data;

  *result_out = g_object_ref (result);
}

gboolean
ui_test_load_file (MinutesWindow  *window,
                   const char     *path,
                   GError        **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  minutes_window_load_file_async (window, file, load_file_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return minutes_window_load_file_finish (window, result, error);
}

MinutesWindow *
ui_test_open_window (const char *path)
{
  g_autoptr(GError) error = NULL;
  MinutesWindow *window;

  window = minutes_window_new (ui_test_get_application ());
  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (ui_test_load_file (window, path, &error));
  g_assert_no_error (error);

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ui_test_settle ();

  return window;
}

void
ui_test_close_window (MinutesWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_object_unref (window);
}

void
ui_test_collect (GtkWidget *widget,
                 GType      type,
                 GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ui_test_collect (child, type, found);
}

gpointer
ui_test_find_nth (GtkWidget *widget,
                  GType      type,
                  guint      n)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  ui_test_collect (widget, type, found);
  g_assert_cmpuint (found->len, >, n);

  return g_ptr_array_index (found, n);
}

guint
ui_test_count (GtkWidget *widget,
               GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  ui_test_collect (widget, type, found);
  return found->len;
}

gpointer
ui_test_find_labelled (GtkWidget  *widget,
                       GType       type,
                       const char *label)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  ui_test_collect (widget, type, found);
  for (guint i = 0; i < found->len; i++)
    {
      GtkWidget *candidate = g_ptr_array_index (found, i);

      if (g_strcmp0 (gtk_widget_get_tooltip_text (candidate), label) == 0)
        return candidate;
      if (ADW_IS_PREFERENCES_ROW (candidate) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (candidate)), label) == 0)
        return candidate;
      if (GTK_IS_BUTTON (candidate) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (candidate)), label) == 0)
        return candidate;
      if (GTK_IS_ENTRY (candidate) &&
          g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (candidate)), label) == 0)
        return candidate;
    }

  g_error ("No %s labelled “%s”", g_type_name (type), label);
}

gboolean
ui_test_has_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

AdwMessageDialog *
ui_test_find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

void
ui_test_click_response (AdwMessageDialog *dialog,
                        const char       *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkButton *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_button_get_label (button), label) == 0)
        {
          g_signal_emit_by_name (button, "clicked");
          ui_test_settle ();
          return;
        }
    }

  g_error ("The dialog has no button %s", label);
}

void
ui_test_assert_preview_contains (MinutesWindow *window,
                                 const char    *text)
{
  g_autofree char *preview = minutes_window_get_preview_text (window);

  if (strstr (preview, text) == NULL)
    g_error ("The preview does not show “%s”:\n%s", text, preview);
}

void
ui_test_assert_preview_lacks (MinutesWindow *window,
                              const char    *text)
{
  g_autofree char *preview = minutes_window_get_preview_text (window);

  if (strstr (preview, text) != NULL)
    g_error ("The preview shows “%s”:\n%s", text, preview);
}

void
ui_test_assert_preview_order (MinutesWindow *window,
                              const char    *first,
                              const char    *second)
{
  g_autofree char *preview = minutes_window_get_preview_text (window);
  const char *a = strstr (preview, first);
  const char *b = strstr (preview, second);

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_true (a < b);
}

MinutesAgendaItem *
ui_test_get_item (MinutesWindow *window,
                  guint          position)
{
  GListModel *items = minutes_meeting_get_items (minutes_window_get_meeting (window));
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, position);

  return item;
}

void
ui_test_assert_point (MinutesAgendaItem *item,
                      guint              position,
                      const char        *number,
                      const char        *text)
{
  GListModel *discussion = minutes_agenda_item_get_discussion (item);
  g_autoptr(MinutesDiscussionEntry) entry = g_list_model_get_item (discussion, position);
  g_autofree char *entry_number = minutes_discussion_entry_dup_number (entry);

  g_assert_cmpstr (entry_number, ==, number);
  g_assert_cmpstr (minutes_discussion_entry_get_text (entry), ==, text);
}

void
ui_test_type_into_focus (MinutesWindow *window,
                         const char    *text)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *entry;

  g_assert_nonnull (focus);
  entry = gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  ui_test_settle ();
}

void
ui_test_press_enter_in_focus (MinutesWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *entry = gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY);

  g_signal_emit_by_name (entry, "activate");
  ui_test_settle ();
}

void
ui_test_screenshot (GtkWidget  *window,
                    const char *name)
{
  const char *dir = g_getenv ("MINUTES_SCREENSHOT_DIR");
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) argv = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (dir == NULL)
    return;

  for (guint i = 0; i < 10; i++)
    ui_test_settle ();

  path = g_build_filename (dir, name, NULL);
  builder = g_strv_builder_new ();
  g_strv_builder_add_many (builder, "import", "-window", "root", NULL);
  if (window != NULL)
    {
      /* The window sits at the top left of the screen of Xvfb. */
      g_autofree char *geometry = g_strdup_printf ("%dx%d+0+0",
                                                   gtk_widget_get_width (window),
                                                   gtk_widget_get_height (window));

      g_strv_builder_add_many (builder, "-crop", geometry, NULL);
    }
  g_strv_builder_add (builder, path);
  argv = g_strv_builder_end (builder);

  g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}
