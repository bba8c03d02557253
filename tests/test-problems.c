/* test-problems.c: the problems panel of the editor, as a clerk uses it
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "minutes-attendance-form.h"
#include "minutes-close-form.h"
#include "minutes-item-form.h"
#include "minutes-meeting-form.h"
#include "minutes-problems-panel.h"
#include "minutes-window.h"
#include "ui-test.h"

/* The header bar button whose popover is the problems panel. */
static GtkMenuButton *
find_problems_button (MinutesWindow *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkMenuButton *button = g_ptr_array_index (buttons, i);

      if (MINUTES_IS_PROBLEMS_PANEL (gtk_menu_button_get_popover (button)))
        return button;
    }

  g_error ("No problems button in the header bar");
}

static MinutesProblemsPanel *
get_panel (MinutesWindow *window)
{
  return MINUTES_PROBLEMS_PANEL (gtk_menu_button_get_popover (find_problems_button (window)));
}

/* What the button shows: the visible numbers on it, joined by spaces. */
static char *
dup_button_counts (MinutesWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  /* The button's own child, not its popover */
  ui_test_collect (gtk_menu_button_get_child (find_problems_button (window)), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (!gtk_widget_get_visible (label))
        continue;
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, gtk_label_get_text (GTK_LABEL (label)));
    }

  return g_string_free (text, FALSE);
}

static void
assert_button (MinutesWindow *window,
               const char    *counts,
               const char    *tooltip)
{
  g_autofree char *shown = dup_button_counts (window);
  const char *tip = gtk_widget_get_tooltip_text (GTK_WIDGET (find_problems_button (window)));

  g_assert_cmpstr (shown, ==, counts);
  g_assert_cmpstr (tip, ==, tooltip);
}

/* The row of the open panel for the problem of rule rule_id. */
static GtkListBoxRow *
find_problem_row (MinutesWindow *window,
                  const char    *rule_id)
{
  GtkListBox *list = minutes_problems_panel_get_list (get_panel (window));
  GListModel *problems = minutes_window_get_problems (window);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (get_panel (window))));

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(MinutesProblem) problem = g_list_model_get_item (problems, i);

      if (g_str_equal (minutes_problem_get_rule_id (problem), rule_id))
        {
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) i);

          g_assert_nonnull (row);
          return row;
        }
    }

  return NULL;
}

static gboolean
has_problem (MinutesWindow *window,
             const char    *rule_id)
{
  GListModel *problems = minutes_window_get_problems (window);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(MinutesProblem) problem = g_list_model_get_item (problems, i);

      if (g_str_equal (minutes_problem_get_rule_id (problem), rule_id))
        return TRUE;
    }

  return FALSE;
}

/* Opens the panel with its shortcut's action and activates a row, as a
 * click or Enter on it does. */
static void
activate_problem (MinutesWindow *window,
                  const char    *rule_id)
{
  GtkWidget *panel = GTK_WIDGET (get_panel (window));
  GtkListBoxRow *row;

  ui_test_activate (window, "win.show-problems");
  g_assert_true (gtk_widget_get_visible (panel));

  row = find_problem_row (window, rule_id);
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activate");
  ui_test_settle ();
  g_assert_false (gtk_widget_get_visible (panel));
}

static GtkWidget *
get_focus (MinutesWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (focus);
  return focus;
}

static void
test_panel (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "problems.minutes", NULL);
  MinutesWindow *window = ui_test_open_window (path);
  MinutesMeeting *meeting = minutes_window_get_meeting (window);
  MinutesPerson *chair = minutes_meeting_find_person (meeting, "chair");
  MinutesAgendaItem *budget = minutes_meeting_find_item (meeting, "item-3");
  g_autoptr(MinutesDiscussionEntry) future = NULL;
  GtkListBoxRow *row;
  GtkWidget *focus;
  GtkWidget *entry_row;
  GtkWidget *fix = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  /* The fixture: the Chair's attendance not taken (error, with a fix), a
   * weekday that is not the date's (error, with a fix), no venue
   * (warning), a key point in the future tense (hint). */
  g_assert_cmpuint (g_list_model_get_n_items (minutes_window_get_problems (window)), ==, 4);
  assert_button (window, "2 1", "Problems: 2 errors, 1 warning (F8)");

  /* F8 opens the panel, with a row for each problem, and closes it. */
  ui_test_activate (window, "win.show-problems");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (get_panel (window))));
  g_assert_nonnull (gtk_list_box_get_row_at_index (minutes_problems_panel_get_list (get_panel (window)), 3));
  g_assert_null (gtk_list_box_get_row_at_index (minutes_problems_panel_get_list (get_panel (window)), 4));
  ui_test_screenshot (GTK_WIDGET (window), "editor-problems.png");
  ui_test_activate (window, "win.show-problems");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (get_panel (window))));

  /* A problem about a person opens the attendance at their choice. */
  activate_problem (window, "chair-present");
  g_assert_true (MINUTES_IS_ATTENDANCE_FORM (minutes_window_get_form (window)));
  focus = get_focus (window);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN));
  entry_row = gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (entry_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row)), ==, "Alex Arden");

  /* A header part opens the meeting's details at that field. */
  activate_problem (window, "header-recommended");
  g_assert_true (MINUTES_IS_MEETING_FORM (minutes_window_get_form (window)));
  entry_row = gtk_widget_get_ancestor (get_focus (window), ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (entry_row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry_row)), ==, "Venue");

  /* A key point opens its item, in that point. */
  future = g_list_model_get_item (minutes_agenda_item_get_discussion (budget), 2);
  activate_problem (window, "style-tense");
  g_assert_true (MINUTES_IS_ITEM_FORM (minutes_window_get_form (window)));
  g_assert_true (minutes_item_form_get_item (MINUTES_ITEM_FORM (minutes_window_get_form (window))) == budget);
  focus = gtk_widget_get_ancestor (get_focus (window), GTK_TYPE_ENTRY);
  g_assert_nonnull (focus);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (focus)), ==,
                   minutes_discussion_entry_get_text (future));

  /* Problems follow what the clerk types: a venue typed in its field
   * takes the warning away once the burst of typing is over. */
  activate_problem (window, "header-recommended");
  entry_row = gtk_widget_get_ancestor (get_focus (window), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (entry_row), "Civic Suite");
  ui_test_settle ();
  g_assert_cmpstr (minutes_meeting_get_venue (meeting), ==, "Civic Suite");
  g_assert_false (has_problem (window, "header-recommended"));
  assert_button (window, "2", "Problems: 2 errors, 0 warnings (F8)");

  /* The fix of a problem: a button with its label, which changes the model. */
  ui_test_activate (window, "win.show-problems");
  row = find_problem_row (window, "chair-present");
  ui_test_collect (GTK_WIDGET (row), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "Mark as present") == 0)
        fix = g_ptr_array_index (buttons, i);
    }
  g_assert_nonnull (fix);
  g_assert_cmpint (minutes_person_get_attendance (chair), ==, MINUTES_ATTENDANCE_EXPECTED);
  g_signal_emit_by_name (fix, "clicked");
  ui_test_settle ();
  g_assert_cmpint (minutes_person_get_attendance (chair), ==, MINUTES_ATTENDANCE_PRESENT);
  g_assert_false (has_problem (window, "chair-present"));
  g_assert_true (has_problem (window, "date-weekday"));
  assert_button (window, "1", "Problems: 1 error, 0 warnings (F8)");
  /* The panel shows the list as it is now. */
  g_assert_null (gtk_list_box_get_row_at_index (minutes_problems_panel_get_list (get_panel (window)), 2));

  /* The fix is one step of the undo history: undo brings the problem back,
   * and leaves the venue typed before it. */
  ui_test_activate (window, "win.undo");
  g_assert_cmpint (minutes_person_get_attendance (chair), ==, MINUTES_ATTENDANCE_EXPECTED);
  g_assert_cmpstr (minutes_meeting_get_venue (meeting), ==, "Civic Suite");
  g_assert_true (has_problem (window, "chair-present"));
  assert_button (window, "2", "Problems: 2 errors, 0 warnings (F8)");

  g_assert_true (minutes_window_get_modified (window));
  ui_test_close_window (window);
}

/* A meeting with no problems says so on the button and in the panel. */
static void
test_clean (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "validation", "clean.minutes", NULL);
  MinutesWindow *window = ui_test_open_window (path);

  g_assert_cmpuint (g_list_model_get_n_items (minutes_window_get_problems (window)), ==, 0);
  assert_button (window, "", "Problems: No errors or warnings (F8)");
  ui_test_close_window (window);
}

/* Problems of the close of the meeting and of an action's owner open their
 * fields too. */
static void
test_close_and_action (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "validation",
                                                 "end-after-start.minutes", NULL);
  MinutesWindow *window = ui_test_open_window (path);
  MinutesMeeting *meeting = minutes_window_get_meeting (window);
  GtkWidget *entry_row;
  g_autoptr(MinutesAction) action = minutes_action_new ();
  MinutesAgendaItem *item;

  activate_problem (window, "end-after-start");
  g_assert_true (MINUTES_IS_CLOSE_FORM (minutes_window_get_form (window)));
  entry_row = gtk_widget_get_ancestor (get_focus (window), ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (entry_row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (entry_row)), ==, "End (HH:MM)");

  /* An action with no owner: its owner's choice in its item. */
  item = minutes_meeting_find_item (meeting, "item-3");
  g_assert_nonnull (item);
  minutes_action_set_text (action, "circulate the forecast.");
  minutes_agenda_item_append_action (item, action);
  ui_test_settle ();
  activate_problem (window, "action-incomplete");
  g_assert_true (MINUTES_IS_ITEM_FORM (minutes_window_get_form (window)));
  g_assert_nonnull (gtk_widget_get_ancestor (get_focus (window), GTK_TYPE_DROP_DOWN));
  entry_row = gtk_widget_get_ancestor (get_focus (window), ADW_TYPE_ENTRY_ROW);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row)), ==, "circulate the forecast.");

  ui_test_close_window (window);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* Typing in a meeting of 60 items of 20 key points: the minutes and the
 * problems follow the last key at once, checked once for the burst, not
 * after every key. */
static void
test_typing_checks_once (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-problems-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.minutes", NULL);
  g_autoptr(MinutesMeeting) long_meeting = minutes_meeting_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MinutesWindow *window;
  MinutesAgendaItem *last;
  GtkWidget *focus;
  GString *typed = g_string_new ("The Chair");
  gint64 start;
  gint64 elapsed;
  guint n_checks = 0;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 16, G_DATE_JANUARY, 2024);
  minutes_meeting_set_committee (long_meeting, "Budget Committee");
  minutes_meeting_set_date (long_meeting, &date);
  for (guint i = 0; i < 60; i++)
    {
      g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
      g_autofree char *title = g_strdup_printf ("Report %u", i + 1);

      minutes_agenda_item_set_title (item, title);
      for (guint p = 0; p < 20; p++)
        {
          g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();

          minutes_discussion_entry_set_text (entry, "The report set out the position at the end of the quarter.");
          minutes_agenda_item_append_entry (item, entry);
        }
      minutes_meeting_append_item (long_meeting, item);
    }
  g_assert_true (minutes_document_save (long_meeting, file, NULL, &error));
  g_assert_no_error (error);

  window = ui_test_open_window (path);
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_items (minutes_window_get_meeting (window))), ==, 60);
  last = g_list_model_get_item (minutes_meeting_get_items (minutes_window_get_meeting (window)), 59);
  g_assert_true (has_problem (window, "resolution-missing"));

  /* The last item's first point */
  {
    g_autoptr(MinutesDiscussionEntry) entry = g_list_model_get_item (minutes_agenda_item_get_discussion (last), 0);
    g_autoptr(MinutesProblem) problem = minutes_problem_new ("style-tense", MINUTES_SEVERITY_HINT,
                                                             G_OBJECT (entry), "text", "item 60", "test");

    minutes_window_show_problem (window, problem);
  }
  focus = gtk_widget_get_ancestor (get_focus (window), GTK_TYPE_ENTRY);
  g_assert_nonnull (focus);
  ui_test_settle ();

  /* Five keys, faster than a clerk types: nothing is checked while they
   * come, and once after the last. */
  g_signal_connect_swapped (minutes_window_get_problems (window), "items-changed",
                            G_CALLBACK (count_cb), &n_checks);
  start = g_get_monotonic_time ();
  for (const char *word = " will"; *word != '\0'; word++)
    {
      g_string_append_c (typed, *word);
      gtk_editable_set_text (GTK_EDITABLE (focus), typed->str);
    }
  g_assert_cmpuint (n_checks, ==, 0);
  while (!has_problem (window, "style-tense"))
    g_main_context_iteration (NULL, TRUE);
  elapsed = g_get_monotonic_time () - start;
  g_test_message ("5 keys in a meeting of 60 items × 20 points: %.1f ms until the minutes "
                  "and the problems are up to date", elapsed / 1000.0);
  ui_test_settle ();
  g_assert_cmpuint (n_checks, ==, 1);
  g_signal_handlers_disconnect_by_data (minutes_window_get_problems (window), &n_checks);

  /* How fast is the benchmark's business (tests/bench), not a pass/fail
   * here: a loaded CI machine must not fail a correct editor. */

  /* Of which the check itself: */
  start = g_get_monotonic_time ();
  minutes_validator_validate (MINUTES_VALIDATOR (minutes_window_get_problems (window)));
  g_test_message ("checking the meeting of 60 items × 20 points: %.1f ms",
                  (g_get_monotonic_time () - start) / 1000.0);

  g_object_unref (last);
  g_string_free (typed, TRUE);
  ui_test_close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "problems", UI_TEST_APPLICATION))
    return UI_TEST_SKIPPED;

  g_test_add_func ("/problems/panel", test_panel);
  g_test_add_func ("/problems/clean", test_clean);
  g_test_add_func ("/problems/close-and-action", test_close_and_action);
  g_test_add_func ("/problems/typing-checks-once", test_typing_checks_once);

  return ui_test_run ();
}
