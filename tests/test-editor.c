/* test-editor.c: drafting minutes in the real window, as a clerk would
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "minutes-application.h"
#include "minutes-attendance-form.h"
#include "minutes-item-form.h"
#include "minutes-window.h"

static MinutesApplication *application;
static char *cache_dir;

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the window finish what the last action started (rendering, the end
 * of an undo step). */
static void
settle (void)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (50, timeout_cb, &timed_out);

  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
  (void) timeout;

  /* Idle callbacks (rendering) come after anything of higher priority. */
  for (guint i = 0; i < 1000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static void
activate (MinutesWindow *window,
          const char    *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  settle ();
}

/* Takes a screenshot of the whole (Xvfb) screen for the README, when asked
 * to by MINUTES_SCREENSHOT_DIR. */
static void
screenshot (GtkWidget  *window,
            const char *name)
{
  const char *dir = g_getenv ("MINUTES_SCREENSHOT_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (dir == NULL)
    return;

  for (guint i = 0; i < 10; i++)
    settle ();

  path = g_build_filename (dir, name, NULL);
  {
    /* The window sits at the top left of the screen of Xvfb. */
    g_autofree char *geometry = g_strdup_printf ("%dx%d+0+0",
                                                 gtk_widget_get_width (window),
                                                 gtk_widget_get_height (window));
    const char *argv[] = { "import", "-window", "root", "-crop", geometry, path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                  NULL, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GtkWidget *
find_nth (GtkWidget *widget,
          GType      type,
          guint      n)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (widget, type, found);
  g_assert_cmpuint (found->len, >, n);

  return g_ptr_array_index (found, n);
}

static guint
count (GtkWidget *widget,
       GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (widget, type, found);
  return found->len;
}

/* The header bar button that activates action. */
static GtkWidget *
find_button (MinutesWindow *window,
             const char    *action)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkActionable *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (button), action) == 0)
        return GTK_WIDGET (button);
    }

  g_error ("No button for %s", action);
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
assert_preview_contains (MinutesWindow *window,
                         const char    *text)
{
  g_autofree char *preview = minutes_window_get_preview_text (window);

  if (strstr (preview, text) == NULL)
    g_error ("The preview does not show “%s”:\n%s", text, preview);
}

static void
assert_preview_lacks (MinutesWindow *window,
                      const char    *text)
{
  g_autofree char *preview = minutes_window_get_preview_text (window);

  if (strstr (preview, text) != NULL)
    g_error ("The preview shows “%s”:\n%s", text, preview);
}

static void
assert_preview_order (MinutesWindow *window,
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

static MinutesAgendaItem *
get_item (MinutesWindow *window,
          guint          position)
{
  GListModel *items = minutes_meeting_get_items (minutes_window_get_meeting (window));
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, position);

  return item;
}

static void
assert_point (MinutesAgendaItem *item,
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

static guint
count_recovery_copies (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = minutes_recovery_list (NULL, &error);

  g_assert_no_error (error);
  return entries->len;
}

static void
wait_autosaved (MinutesWindow *window)
{
  MinutesAutosave *autosave = minutes_window_get_autosave (window);
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (10, timeout_cb, &timed_out);

  while (minutes_autosave_get_busy (autosave) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);
}

static AdwMessageDialog *
find_message_dialog (void)
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

/* Clicks the button of a response, as the clerk does. */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkButton *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_button_get_label (button), label) == 0)
        {
          g_signal_emit_by_name (button, "clicked");
          settle ();
          return;
        }
    }

  g_error ("The dialog has no button %s", label);
}

/* Types a point into the entry that has the focus, as the clerk does after
 * pressing Enter in the point before. */
static void
type_into_focus (MinutesWindow *window,
                 const char    *text)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *entry;

  g_assert_nonnull (focus);
  entry = gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  settle ();
}

static void
press_enter_in_focus (MinutesWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *entry = gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY);

  g_signal_emit_by_name (entry, "activate");
  settle ();
}

static void
test_live_drafting (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-editor-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "budget.minutes", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MinutesMeeting) saved = NULL;
  g_autoptr(GError) error = NULL;
  MinutesWindow *window;
  MinutesMeeting *meeting;
  MinutesAgendaItem *budget;
  MinutesAgendaItem *work;
  GtkWidget *form;
  GtkWidget *title_row;
  GtkWidget *clock;

  window = minutes_window_new (application);
  g_object_ref_sink (window);
  minutes_window_new_meeting (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  meeting = minutes_window_get_meeting (window);
  g_assert_false (minutes_window_get_modified (window));

  /* Attendance: a name and Enter adds a person, present, as a member. */
  minutes_meeting_set_committee (meeting, "Budget Committee");
  activate (window, "win.next-section");
  form = minutes_window_get_form (window);
  g_assert_true (MINUTES_IS_ATTENDANCE_FORM (form));
  gtk_editable_set_text (GTK_EDITABLE (find_nth (form, ADW_TYPE_ENTRY_ROW, 0)), "Ann Jones");
  g_signal_emit_by_name (find_nth (form, ADW_TYPE_ENTRY_ROW, 0), "entry-activated");
  gtk_editable_set_text (GTK_EDITABLE (find_nth (form, ADW_TYPE_ENTRY_ROW, 0)), "Bo Li");
  g_signal_emit_by_name (find_nth (form, ADW_TYPE_ENTRY_ROW, 0), "entry-activated");
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_people (meeting)), ==, 2);
  g_assert_cmpuint (count (form, GTK_TYPE_DROP_DOWN), ==, 6);
  {
    g_autoptr(MinutesPerson) bo = g_list_model_get_item (minutes_meeting_get_people (meeting), 1);

    g_assert_cmpint (minutes_person_get_attendance (bo), ==, MINUTES_ATTENDANCE_PRESENT);
    g_assert_cmpint (minutes_person_get_kind (bo), ==, MINUTES_PERSON_KIND_MEMBER);

    /* The attendance of the second person, set from its drop-down. */
    gtk_drop_down_set_selected (GTK_DROP_DOWN (find_nth (form, GTK_TYPE_DROP_DOWN, 4)),
                                MINUTES_ATTENDANCE_APOLOGIES);
    g_assert_cmpint (minutes_person_get_attendance (bo), ==, MINUTES_ATTENDANCE_APOLOGIES);
  }
  settle ();
  assert_preview_contains (window, "IN ATTENDANCE: Councillor Ann Jones.");
  assert_preview_contains (window, "APOLOGIES: Bo Li.");
  screenshot (GTK_WIDGET (window), "attendance.png");

  /* Add an item: its form opens with the cursor in the title. */
  activate (window, "win.add-item");
  form = minutes_window_get_form (window);
  g_assert_true (MINUTES_IS_ITEM_FORM (form));
  budget = minutes_item_form_get_item (MINUTES_ITEM_FORM (form));
  title_row = find_nth (form, ADW_TYPE_ENTRY_ROW, 0);
  g_assert_true (has_focus_within (title_row));
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Budget monitoring");
  settle ();
  g_assert_cmpstr (minutes_agenda_item_get_title (budget), ==, "Budget monitoring");

  /* Enter in the title starts the first point; Enter in a point the next. */
  g_signal_emit_by_name (title_row, "entry-activated");
  settle ();
  type_into_focus (window, "The Director introduced the report.");
  press_enter_in_focus (window);
  type_into_focus (window, "Members asked about the overspend in adult social care.");
  press_enter_in_focus (window);
  type_into_focus (window, "Officers undertook to report back in March.");

  g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_discussion (budget)), ==, 3);
  assert_point (budget, 0, "1.1", "The Director introduced the report.");
  assert_point (budget, 1, "1.2", "Members asked about the overspend in adult social care.");
  assert_point (budget, 2, "1.3", "Officers undertook to report back in March.");
  assert_preview_contains (window, "1.\tBudget monitoring");
  assert_preview_contains (window, "1.2.\tMembers asked about the overspend");
  assert_preview_contains (window, "1.3.\tOfficers undertook to report back in March.");
  screenshot (GTK_WIDGET (window), "item.png");

  /* A narrative line between points takes no number. */
  activate (window, "win.add-narrative");
  type_into_focus (window, "Questions from members followed.");
  assert_point (budget, 3, NULL, "Questions from members followed.");

  /* A second item, then moved above the first with Ctrl+Shift+Up. */
  activate (window, "win.add-item");
  form = minutes_window_get_form (window);
  work = minutes_item_form_get_item (MINUTES_ITEM_FORM (form));
  gtk_editable_set_text (GTK_EDITABLE (find_nth (form, ADW_TYPE_ENTRY_ROW, 0)), "Work programme");
  settle ();
  g_assert_true (get_item (window, 1) == work);
  activate (window, "win.move-item-up");
  g_assert_true (get_item (window, 0) == work);
  g_assert_true (minutes_window_get_form (window) == form);
  assert_point (budget, 0, "2.1", "The Director introduced the report.");
  assert_preview_order (window, "1.\tWork programme", "2.\tBudget monitoring");
  assert_preview_contains (window, "2.3.\tOfficers undertook");

  /* Undo puts it back, redo moves it again: the move is one step. */
  activate (window, "win.undo");
  g_assert_true (get_item (window, 0) == budget);
  assert_preview_order (window, "1.\tBudget monitoring", "2.\tWork programme");
  activate (window, "win.redo");
  g_assert_true (get_item (window, 0) == work);
  assert_preview_order (window, "1.\tWork programme", "2.\tBudget monitoring");

  /* Delete an item and bring it back with all its points. */
  activate (window, "win.next-section");
  g_assert_true (minutes_item_form_get_item (MINUTES_ITEM_FORM (minutes_window_get_form (window))) == budget);
  activate (window, "win.delete-item");
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_items (meeting)), ==, 1);
  /* The clerk goes on with the item before it. */
  g_assert_true (minutes_item_form_get_item (MINUTES_ITEM_FORM (minutes_window_get_form (window))) == work);
  assert_preview_lacks (window, "Budget monitoring");
  activate (window, "win.undo");
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_items (meeting)), ==, 2);
  assert_point (budget, 2, "2.3", "Officers undertook to report back in March.");
  assert_preview_contains (window, "2.3.\tOfficers undertook to report back in March.");

  /* The meeting clock: start, adjourn and resume in the current item, end. */
  g_assert_true (minutes_item_form_get_item (MINUTES_ITEM_FORM (minutes_window_get_form (window))) == work);
  clock = find_button (window, "win.start-meeting");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (clock)), ==, "Start Meeting");
  activate (window, "win.start-meeting");
  g_assert_cmpint (minutes_meeting_get_actual_start (meeting), >=, 0);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (clock)), ==, "Adjourn");

  activate (window, "win.adjourn");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (clock)), ==, "Resume");
  /* While adjourned the meeting cannot end. */
  g_assert_false (gtk_widget_get_visible (find_button (window, "win.end-meeting")));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.end-meeting", NULL);
  g_assert_cmpint (minutes_meeting_get_end (meeting), ==, -1);
  {
    GListModel *discussion = minutes_agenda_item_get_discussion (work);
    g_autoptr(MinutesDiscussionEntry) note = g_list_model_get_item (discussion, 0);

    g_assert_cmpuint (g_list_model_get_n_items (discussion), ==, 1);
    g_assert_cmpint (minutes_discussion_entry_get_entry_type (note), ==, MINUTES_ENTRY_PROCEDURAL);
    g_assert_cmpint (minutes_discussion_entry_get_procedure (note), ==, MINUTES_PROCEDURE_ADJOURNMENT);
    g_assert_cmpint (minutes_discussion_entry_get_from (note), >=, 0);
    g_assert_cmpint (minutes_discussion_entry_get_to (note), ==, -1);
    assert_preview_contains (window, "The meeting adjourned at");

    activate (window, "win.resume");
    g_assert_cmpint (minutes_discussion_entry_get_to (note), >=, minutes_discussion_entry_get_from (note));
    assert_preview_contains (window, "The meeting adjourned from");
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (clock)), ==, "Adjourn");
  }

  activate (window, "win.end-meeting");
  g_assert_cmpint (minutes_meeting_get_end (meeting), >=, 0);
  assert_preview_contains (window, "The meeting ended at");
  g_assert_false (gtk_widget_get_visible (clock));
  activate (window, "win.undo");
  g_assert_cmpint (minutes_meeting_get_end (meeting), ==, -1);
  assert_preview_lacks (window, "The meeting ended at");
  activate (window, "win.redo");
  g_assert_cmpint (minutes_meeting_get_end (meeting), >=, 0);
  screenshot (GTK_WIDGET (window), "clock.png");

  /* Every change is in the recovery copy within seconds; saving removes it. */
  g_assert_true (minutes_window_get_modified (window));
  wait_autosaved (window);
  g_assert_cmpuint (count_recovery_copies (), ==, 1);
  g_assert_true (minutes_window_save_to (window, file));
  g_assert_false (minutes_window_get_modified (window));
  g_assert_cmpuint (count_recovery_copies (), ==, 0);

  saved = minutes_document_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_items (saved)), ==, 2);
  g_assert_cmpint (minutes_meeting_get_end (saved), ==, minutes_meeting_get_end (meeting));

  /* A saved window closes without asking. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_null (find_message_dialog ());
  g_assert_finalize_object (window);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_close_asks (void)
{
  MinutesWindow *window;
  AdwMessageDialog *dialog;

  window = minutes_window_new (application);
  g_object_ref_sink (window);
  minutes_window_new_meeting (window);
  gtk_window_present (GTK_WINDOW (window));

  minutes_meeting_set_committee (minutes_window_get_meeting (window), "Licensing");
  settle ();
  g_assert_true (minutes_window_get_modified (window));
  wait_autosaved (window);
  g_assert_cmpuint (count_recovery_copies (), ==, 1);

  /* Unsaved changes: closing asks; Cancel keeps the window. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  click_response (dialog, "_Cancel");
  g_assert_null (find_message_dialog ());
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* Discard closes it and throws the recovery copy away. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  click_response (dialog, "_Discard");
  g_assert_cmpuint (count_recovery_copies (), ==, 0);
  g_assert_finalize_object (window);
}

static void
test_restore (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
  g_autoptr(MinutesDiscussionEntry) point = minutes_discussion_entry_new ();
  g_autoptr(MinutesAutosave) autosave = NULL;
  AdwMessageDialog *dialog;
  MinutesWindow *window;
  MinutesMeeting *restored;
  gboolean timed_out = FALSE;
  guint timeout;

  /* What a crashed session leaves behind: a recovery copy. */
  autosave = minutes_autosave_new (meeting, NULL, NULL, NULL);
  minutes_meeting_set_committee (meeting, "Planning Committee");
  minutes_agenda_item_set_title (item, "Planning applications");
  minutes_meeting_append_item (meeting, item);
  minutes_discussion_entry_set_text (point, "The application was refused.");
  minutes_agenda_item_append_entry (item, point);
  timeout = g_timeout_add_seconds (10, timeout_cb, &timed_out);
  while (minutes_autosave_get_busy (autosave) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (timeout);
  g_clear_object (&autosave);
  g_assert_cmpuint (count_recovery_copies (), ==, 1);

  /* The next start offers it, saying when it was autosaved. */
  g_application_activate (G_APPLICATION (application));
  settle ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Planning Committee"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "autosaved at"));
  screenshot (GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (application))), "restore.png");
  click_response (dialog, "_Restore");
  g_assert_null (find_message_dialog ());

  window = MINUTES_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (application)));
  g_object_ref (window);
  restored = minutes_window_get_meeting (window);
  g_assert_cmpstr (minutes_meeting_get_committee (restored), ==, "Planning Committee");
  g_assert_true (minutes_window_get_modified (window));
  assert_preview_contains (window, "The application was refused.");

  /* Restored changes are kept in the same copy until saved or discarded. */
  g_assert_cmpuint (count_recovery_copies (), ==, 1);
  gtk_window_close (GTK_WINDOW (window));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  click_response (dialog, "_Discard");
  g_assert_cmpuint (count_recovery_copies (), ==, 0);
  g_assert_finalize_object (window);
}

/* Removes a temporary folder and everything in it. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  /* Recovery copies go to a cache dir of the test's own. */
  cache_dir = g_dir_make_tmp ("test-editor-cache-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_CACHE_HOME", cache_dir, TRUE);
  /* and the recently used people (minutes-people-store.c) too */
  g_setenv ("XDG_DATA_HOME", cache_dir, TRUE);
  g_setenv ("GTK_A11Y", "test", FALSE);

  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_printerr ("No display; skipping the editor tests\n");
      g_rmdir (cache_dir);
      return 77;
    }

  application = minutes_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (application), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/editor/live-drafting", test_live_drafting);
  g_test_add_func ("/editor/close-asks", test_close_asks);
  g_test_add_func ("/editor/restore", test_restore);

  ret = g_test_run ();

  g_clear_object (&application);
  remove_tree (cache_dir);
  g_free (cache_dir);

  return ret;
}
