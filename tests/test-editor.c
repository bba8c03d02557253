/* test-editor.c: drafting minutes in the real window, as a clerk would
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "minutes-attendance-form.h"
#include "minutes-item-form.h"
#include "minutes-window.h"
#include "ui-test.h"

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* The header bar button that activates action. */
static GtkWidget *
find_button (MinutesWindow *window,
             const char    *action)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkActionable *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (button), action) == 0)
        return GTK_WIDGET (button);
    }

  g_error ("No button for %s", action);
}

static const char *
get_row_label (GtkListBoxRow *row)
{
  GtkWidget *child = gtk_list_box_row_get_child (row);

  return GTK_IS_LABEL (child) ? gtk_label_get_text (GTK_LABEL (child)) : NULL;
}

/* The sidebar lists the sections in order, the selected one the section
 * shown: the labels given, then NULL */
static void
assert_sidebar (MinutesWindow *window,
                const char    *selected,
                ...)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  GtkListBox *sidebar = NULL;
  GtkListBoxRow *row;
  const char *label;
  va_list args;
  int i = 0;

  ui_test_collect (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, lists);
  for (guint j = 0; j < lists->len && sidebar == NULL; j++)
    {
      row = gtk_list_box_get_row_at_index (g_ptr_array_index (lists, j), 0);
      if (row != NULL && g_strcmp0 (get_row_label (row), "Meeting details") == 0)
        sidebar = g_ptr_array_index (lists, j);
    }
  g_assert_nonnull (sidebar);

  va_start (args, selected);
  while ((label = va_arg (args, const char *)) != NULL)
    {
      row = gtk_list_box_get_row_at_index (sidebar, i++);
      g_assert_nonnull (row);
      g_assert_cmpstr (get_row_label (row), ==, label);
    }
  va_end (args);
  g_assert_null (gtk_list_box_get_row_at_index (sidebar, i));

  row = gtk_list_box_get_selected_row (sidebar);
  g_assert_nonnull (row);
  g_assert_cmpstr (get_row_label (row), ==, selected);
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

  window = minutes_window_new (ui_test_get_application ());
  g_object_ref_sink (window);
  minutes_window_new_meeting (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  meeting = minutes_window_get_meeting (window);
  g_assert_false (minutes_window_get_modified (window));

  /* Attendance: a name and Enter adds a person, present, as a member. */
  minutes_meeting_set_committee (meeting, "Budget Committee");
  ui_test_activate (window, "win.next-section");
  form = minutes_window_get_form (window);
  g_assert_true (MINUTES_IS_ATTENDANCE_FORM (form));
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_nth (form, ADW_TYPE_ENTRY_ROW, 0)), "Ann Jones");
  g_signal_emit_by_name (ui_test_find_nth (form, ADW_TYPE_ENTRY_ROW, 0), "entry-activated");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_nth (form, ADW_TYPE_ENTRY_ROW, 0)), "Bo Li");
  g_signal_emit_by_name (ui_test_find_nth (form, ADW_TYPE_ENTRY_ROW, 0), "entry-activated");
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_people (meeting)), ==, 2);
  g_assert_cmpuint (ui_test_count (form, GTK_TYPE_DROP_DOWN), ==, 6);
  {
    g_autoptr(MinutesPerson) bo = g_list_model_get_item (minutes_meeting_get_people (meeting), 1);

    g_assert_cmpint (minutes_person_get_attendance (bo), ==, MINUTES_ATTENDANCE_PRESENT);
    g_assert_cmpint (minutes_person_get_kind (bo), ==, MINUTES_PERSON_KIND_MEMBER);

    /* The attendance of the second person, set from its drop-down. */
    gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_nth (form, GTK_TYPE_DROP_DOWN, 4)),
                                MINUTES_ATTENDANCE_APOLOGIES);
    g_assert_cmpint (minutes_person_get_attendance (bo), ==, MINUTES_ATTENDANCE_APOLOGIES);
  }
  ui_test_settle ();
  ui_test_assert_preview_contains (window, "IN ATTENDANCE: Councillor Ann Jones.");
  ui_test_assert_preview_contains (window, "APOLOGIES: Bo Li.");
  ui_test_screenshot (GTK_WIDGET (window), "attendance.png");

  /* Add an item: its form opens with the cursor in the title. */
  ui_test_activate (window, "win.add-item");
  form = minutes_window_get_form (window);
  g_assert_true (MINUTES_IS_ITEM_FORM (form));
  budget = minutes_item_form_get_item (MINUTES_ITEM_FORM (form));
  title_row = ui_test_find_nth (form, ADW_TYPE_ENTRY_ROW, 0);
  g_assert_true (ui_test_has_focus_within (title_row));
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Budget monitoring");
  ui_test_settle ();
  g_assert_cmpstr (minutes_agenda_item_get_title (budget), ==, "Budget monitoring");

  /* Enter in the title starts the first point; Enter in a point the next. */
  g_signal_emit_by_name (title_row, "entry-activated");
  ui_test_settle ();
  ui_test_type_into_focus (window, "The Director introduced the report.");
  ui_test_press_enter_in_focus (window);
  ui_test_type_into_focus (window, "Members asked about the overspend in adult social care.");
  ui_test_press_enter_in_focus (window);
  ui_test_type_into_focus (window, "Officers undertook to report back in March.");

  g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_discussion (budget)), ==, 3);
  ui_test_assert_point (budget, 0, "1.1", "The Director introduced the report.");
  ui_test_assert_point (budget, 1, "1.2", "Members asked about the overspend in adult social care.");
  ui_test_assert_point (budget, 2, "1.3", "Officers undertook to report back in March.");
  ui_test_assert_preview_contains (window, "1.\tBudget monitoring");
  ui_test_assert_preview_contains (window, "1.2.\tMembers asked about the overspend");
  ui_test_assert_preview_contains (window, "1.3.\tOfficers undertook to report back in March.");
  ui_test_screenshot (GTK_WIDGET (window), "item.png");

  /* A narrative line between points takes no number. */
  ui_test_activate (window, "win.add-narrative");
  ui_test_type_into_focus (window, "Questions from members followed.");
  ui_test_assert_point (budget, 3, NULL, "Questions from members followed.");

  /* A second item, then moved above the first with Ctrl+Shift+Up. */
  ui_test_activate (window, "win.add-item");
  form = minutes_window_get_form (window);
  work = minutes_item_form_get_item (MINUTES_ITEM_FORM (form));
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_nth (form, ADW_TYPE_ENTRY_ROW, 0)), "Work programme");
  ui_test_settle ();
  g_assert_true (ui_test_get_item (window, 1) == work);
  ui_test_activate (window, "win.move-item-up");
  g_assert_true (ui_test_get_item (window, 0) == work);
  g_assert_true (minutes_window_get_form (window) == form);
  ui_test_assert_point (budget, 0, "2.1", "The Director introduced the report.");
  ui_test_assert_preview_order (window, "1.\tWork programme", "2.\tBudget monitoring");
  ui_test_assert_preview_contains (window, "2.3.\tOfficers undertook");
  assert_sidebar (window, "1. Work programme",
                  "Meeting details", "Attendance", "Declarations",
                  "1. Work programme", "2. Budget monitoring", "Close of meeting", NULL);

  /* Undo puts it back, redo moves it again: the move is one step. */
  ui_test_activate (window, "win.undo");
  g_assert_true (ui_test_get_item (window, 0) == budget);
  ui_test_assert_preview_order (window, "1.\tBudget monitoring", "2.\tWork programme");
  assert_sidebar (window, "2. Work programme",
                  "Meeting details", "Attendance", "Declarations",
                  "1. Budget monitoring", "2. Work programme", "Close of meeting", NULL);
  ui_test_activate (window, "win.redo");
  g_assert_true (ui_test_get_item (window, 0) == work);
  ui_test_assert_preview_order (window, "1.\tWork programme", "2.\tBudget monitoring");

  /* Delete an item and bring it back with all its points. */
  ui_test_activate (window, "win.next-section");
  g_assert_true (minutes_item_form_get_item (MINUTES_ITEM_FORM (minutes_window_get_form (window))) == budget);
  ui_test_activate (window, "win.delete-item");
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_items (meeting)), ==, 1);
  /* The clerk goes on with the item before it. */
  g_assert_true (minutes_item_form_get_item (MINUTES_ITEM_FORM (minutes_window_get_form (window))) == work);
  ui_test_assert_preview_lacks (window, "Budget monitoring");
  assert_sidebar (window, "1. Work programme",
                  "Meeting details", "Attendance", "Declarations",
                  "1. Work programme", "Close of meeting", NULL);
  ui_test_activate (window, "win.undo");
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_items (meeting)), ==, 2);
  assert_sidebar (window, "1. Work programme",
                  "Meeting details", "Attendance", "Declarations",
                  "1. Work programme", "2. Budget monitoring", "Close of meeting", NULL);
  ui_test_assert_point (budget, 2, "2.3", "Officers undertook to report back in March.");
  ui_test_assert_preview_contains (window, "2.3.\tOfficers undertook to report back in March.");

  /* The meeting clock: start, adjourn and resume in the current item, end. */
  g_assert_true (minutes_item_form_get_item (MINUTES_ITEM_FORM (minutes_window_get_form (window))) == work);
  clock = find_button (window, "win.start-meeting");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (clock)), ==, "Start Meeting");
  ui_test_activate (window, "win.start-meeting");
  g_assert_cmpint (minutes_meeting_get_actual_start (meeting), >=, 0);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (clock)), ==, "Adjourn");

  ui_test_activate (window, "win.adjourn");
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
    ui_test_assert_preview_contains (window, "The meeting adjourned at");

    ui_test_activate (window, "win.resume");
    g_assert_cmpint (minutes_discussion_entry_get_to (note), >=, minutes_discussion_entry_get_from (note));
    ui_test_assert_preview_contains (window, "The meeting adjourned from");
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (clock)), ==, "Adjourn");
  }

  ui_test_activate (window, "win.end-meeting");
  g_assert_cmpint (minutes_meeting_get_end (meeting), >=, 0);
  ui_test_assert_preview_contains (window, "The meeting ended at");
  g_assert_false (gtk_widget_get_visible (clock));
  ui_test_activate (window, "win.undo");
  g_assert_cmpint (minutes_meeting_get_end (meeting), ==, -1);
  ui_test_assert_preview_lacks (window, "The meeting ended at");
  ui_test_activate (window, "win.redo");
  g_assert_cmpint (minutes_meeting_get_end (meeting), >=, 0);
  ui_test_screenshot (GTK_WIDGET (window), "clock.png");

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
  g_assert_null (ui_test_find_message_dialog ());
  g_assert_finalize_object (window);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_close_asks (void)
{
  MinutesWindow *window;
  AdwMessageDialog *dialog;

  window = minutes_window_new (ui_test_get_application ());
  g_object_ref_sink (window);
  minutes_window_new_meeting (window);
  gtk_window_present (GTK_WINDOW (window));

  minutes_meeting_set_committee (minutes_window_get_meeting (window), "Licensing");
  ui_test_settle ();
  g_assert_true (minutes_window_get_modified (window));
  wait_autosaved (window);
  g_assert_cmpuint (count_recovery_copies (), ==, 1);

  /* Unsaved changes: closing asks; Cancel keeps the window. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = ui_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  ui_test_click_response (dialog, "_Cancel");
  g_assert_null (ui_test_find_message_dialog ());
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* Discard closes it and throws the recovery copy away. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = ui_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  ui_test_click_response (dialog, "_Discard");
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
  g_application_activate (G_APPLICATION (ui_test_get_application ()));
  ui_test_settle ();
  dialog = ui_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Planning Committee"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "autosaved at"));
  ui_test_screenshot (GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (ui_test_get_application ()))), "restore.png");
  ui_test_click_response (dialog, "_Restore");
  g_assert_null (ui_test_find_message_dialog ());

  window = MINUTES_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (ui_test_get_application ())));
  g_object_ref (window);
  restored = minutes_window_get_meeting (window);
  g_assert_cmpstr (minutes_meeting_get_committee (restored), ==, "Planning Committee");
  g_assert_true (minutes_window_get_modified (window));
  ui_test_assert_preview_contains (window, "The application was refused.");

  /* Restored changes are kept in the same copy until saved or discarded. */
  g_assert_cmpuint (count_recovery_copies (), ==, 1);
  gtk_window_close (GTK_WINDOW (window));
  dialog = ui_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  ui_test_click_response (dialog, "_Discard");
  g_assert_cmpuint (count_recovery_copies (), ==, 0);
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "editor", UI_TEST_APPLICATION))
    return UI_TEST_SKIPPED;

  g_test_add_func ("/editor/live-drafting", test_live_drafting);
  g_test_add_func ("/editor/close-asks", test_close_asks);
  g_test_add_func ("/editor/restore", test_restore);

  return ui_test_run ();
}
