/* test-bilingual-ui.c: typing the texts of a bilingual meeting in its
 * second language (issue 9): the fields for them, undo, the
 * missing-translation warning and its navigation, the bilingual export
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "minutes-item-form.h"
#include "minutes-meeting-form.h"
#include "minutes-problems-panel.h"
#include "minutes-window.h"
#include "ui-test.h"

#define WELSH_POINT "Cyflwynodd y Cyfarwyddwr Pobl a Datblygu Sefydliadol yr adroddiad."
#define WELSH_COMMITTEE "Pwyllgor Dethol Cymunedau Mwy Diogel a Chryfach"

/* The field of the form bound to the translation of field of node, or
 * NULL when the form shows none. */
static GtkWidget *
find_translation_field (GtkWidget  *form,
                        gpointer    node,
                        const char *field)
{
  g_autoptr(GPtrArray) editables = g_ptr_array_new ();

  ui_test_collect (form, GTK_TYPE_EDITABLE, editables);
  for (guint i = 0; i < editables->len; i++)
    {
      GObject *editable = g_ptr_array_index (editables, i);

      if (g_object_get_data (editable, "minutes-node") == node &&
          g_strcmp0 (g_object_get_data (editable, "minutes-field"), field) == 0)
        return GTK_WIDGET (editable);
    }

  return NULL;
}

static GtkToggleButton *
find_translations_button (MinutesWindow *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkActionable *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (button), "win.toggle-translations") == 0)
        return GTK_TOGGLE_BUTTON (button);
    }

  g_error ("No button in the header bar shows the translations");
}

/* The position of the missing-translation problem about field of node, or
 * -1 when there is none. */
static int
find_translation_problem (MinutesWindow *window,
                          gpointer       node,
                          const char    *field)
{
  GListModel *problems = minutes_window_get_problems (window);

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(MinutesProblem) problem = g_list_model_get_item (problems, i);

      if (g_str_equal (minutes_problem_get_rule_id (problem), "missing-translation") &&
          minutes_problem_get_object (problem) == node &&
          g_strcmp0 (minutes_problem_get_property_name (problem), field) == 0)
        return (int) i;
    }

  return -1;
}

static guint
count_translation_problems (MinutesWindow *window)
{
  GListModel *problems = minutes_window_get_problems (window);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(MinutesProblem) problem = g_list_model_get_item (problems, i);

      n += g_str_equal (minutes_problem_get_rule_id (problem), "missing-translation");
    }

  return n;
}

/* Opens the problems panel (F8) and activates the row of the problem at
 * position, as a click on it does. */
static void
activate_problem_at (MinutesWindow *window,
                     int            position)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  MinutesProblemsPanel *panel = NULL;
  GtkListBoxRow *row;

  ui_test_collect (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len && panel == NULL; i++)
    {
      GtkPopover *popover = gtk_menu_button_get_popover (g_ptr_array_index (buttons, i));

      if (MINUTES_IS_PROBLEMS_PANEL (popover))
        panel = MINUTES_PROBLEMS_PANEL (popover);
    }
  g_assert_nonnull (panel);

  ui_test_activate (window, "win.show-problems");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (panel)));
  row = gtk_list_box_get_row_at_index (minutes_problems_panel_get_list (panel), position);
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activate");
  ui_test_settle ();
}

/* Runs a shortcut of a line of discussion (Backspace …) as a key press in
 * the line would: through the shortcut controller of its row. */
static gboolean
press_row_shortcut (GtkWidget  *row,
                    const char *accelerator)
{
  g_autoptr(GtkShortcutTrigger) trigger = gtk_shortcut_trigger_parse_string (accelerator);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);

  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, c);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (controller)); i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);
          gboolean handled;

          if (!gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
            continue;
          handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                  GTK_SHORTCUT_ACTION_EXCLUSIVE, row,
                                                  gtk_shortcut_get_arguments (shortcut));
          ui_test_settle ();
          return handled;
        }
    }

  g_error ("The row has no shortcut %s", accelerator);
}

static char *
render_bilingual_html (MinutesMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesTemplate) welsh = minutes_template_lookup ("select-committee-cy", &error);
  g_autoptr(MinutesTemplate) english = minutes_template_lookup ("select-committee", &error);
  g_autoptr(MinutesHtmlBackend) backend = minutes_html_backend_new ();
  MinutesTemplate *templates[] = { welsh, english };

  g_assert_no_error (error);
  minutes_render_languages (meeting, templates, G_N_ELEMENTS (templates), MINUTES_DOCUMENT_KIND_MINUTES,
                            MINUTES_RENDER_DEFAULT, MINUTES_BACKEND (backend));

  return minutes_html_backend_dup_html (backend);
}

/* The clerk of a Welsh council exports in both languages: each text of
 * the forms gets a field for its Welsh, typed like any field. */
static void
test_type_welsh (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = ui_test_get_example_path ();
  MinutesWindow *window;
  MinutesMeeting *meeting;
  MinutesAgendaItem *item;
  g_autoptr(MinutesDiscussionEntry) point = NULL;
  GtkToggleButton *button;
  GtkWidget *form;
  GtkWidget *field;
  int problem;

  g_settings_reset (settings, "export-language");
  g_settings_reset (settings, "show-translations");
  window = ui_test_open_window (path);
  meeting = minutes_window_get_meeting (window);
  item = ui_test_get_item (window, 2);
  point = g_list_model_get_item (minutes_agenda_item_get_discussion (item), 0);

  /* A meeting in one language: no button, no fields for another. */
  button = find_translations_button (window);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));
  /* Its shortcut does nothing either. */
  ui_test_activate (window, "win.toggle-translations");
  g_assert_true (g_settings_get_boolean (settings, "show-translations"));
  form = minutes_window_get_form (window);
  g_assert_true (MINUTES_IS_MEETING_FORM (form));
  g_assert_null (find_translation_field (form, meeting, "committee"));

  /* Exported in Welsh and English: the meeting's second language is
   * Welsh, and the form shows a field for the committee's name in it. */
  g_settings_set_string (settings, "export-language", "cy+en-GB");
  ui_test_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Welsh");
  g_assert_true (gtk_toggle_button_get_active (button));
  form = minutes_window_get_form (window);
  field = find_translation_field (form, meeting, "committee");
  g_assert_nonnull (field);
  g_assert_true (ADW_IS_ENTRY_ROW (field));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (field)), ==, "Committee (Welsh)");
  /* The attendance note came with the papers: shown, with its field. */
  g_assert_nonnull (find_translation_field (form, meeting, "attendance-note"));
  g_assert_null (find_translation_field (form, meeting, "title"));
  g_assert_cmpuint (count_translation_problems (window), ==, 0);

  /* The first Welsh text makes the meeting bilingual: every text without
   * its Welsh is a warning now, this line of discussion's too. */
  gtk_editable_set_text (GTK_EDITABLE (field), WELSH_COMMITTEE);
  ui_test_settle ();
  g_assert_cmpstr (minutes_node_get_translation (MINUTES_NODE (meeting), "cy", "committee"), ==, WELSH_COMMITTEE);
  g_assert_cmpuint (count_translation_problems (window), >, 10);
  ui_test_screenshot (GTK_WIDGET (window), "bilingual-details.png");
  problem = find_translation_problem (window, point, "text");
  g_assert_cmpint (problem, >=, 0);

  /* The warning, clicked, opens the item with the Welsh of the line
   * focused; typing there puts it right. */
  activate_problem_at (window, problem);
  form = minutes_window_get_form (window);
  g_assert_true (MINUTES_IS_ITEM_FORM (form));
  g_assert_true (minutes_item_form_get_item (MINUTES_ITEM_FORM (form)) == item);
  field = find_translation_field (form, point, "text");
  g_assert_nonnull (field);
  g_assert_true (ui_test_has_focus_within (field));
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (field)), ==, "Key point (Welsh)");
  ui_test_type_into_focus (window, WELSH_POINT);
  g_assert_cmpstr (minutes_node_get_translation (MINUTES_NODE (point), "cy", "text"), ==, WELSH_POINT);
  /* The line as typed in English is untouched. */
  g_assert_cmpstr (minutes_discussion_entry_get_text (point), !=, WELSH_POINT);
  g_assert_cmpint (find_translation_problem (window, point, "text"), ==, -1);

  /* The item's title, its introduction (from the papers), its action and
   * its resolution have their fields too. */
  g_assert_nonnull (find_translation_field (form, item, "title"));
  g_assert_nonnull (find_translation_field (form, item, "introduction"));
  {
    g_autoptr(GObject) action = g_list_model_get_item (minutes_agenda_item_get_actions (item), 0);
    g_autoptr(GObject) resolution = g_list_model_get_item (minutes_agenda_item_get_resolutions (item), 0);

    g_assert_nonnull (find_translation_field (form, action, "text"));
    g_assert_nonnull (find_translation_field (form, resolution, "text"));
  }

  /* The bilingual export prints it in the Welsh section. */
  {
    g_autofree char *html = render_bilingual_html (meeting);
    /* The template prints the committee in the title, in capitals. */
    g_autofree char *committee = g_utf8_strup (WELSH_COMMITTEE, -1);

    g_assert_nonnull (strstr (html, WELSH_POINT));
    g_assert_nonnull (strstr (html, committee));
  }

  ui_test_screenshot (GTK_WIDGET (window), "bilingual-item.png");

  /* The typing is one step of the undo history, the committee another. */
  ui_test_activate (window, "win.undo");
  g_assert_null (minutes_node_get_translation (MINUTES_NODE (point), "cy", "text"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field)), ==, "");
  g_assert_cmpstr (minutes_node_get_translation (MINUTES_NODE (meeting), "cy", "committee"), ==, WELSH_COMMITTEE);
  g_assert_cmpint (find_translation_problem (window, point, "text"), >=, 0);
  {
    g_autofree char *html = render_bilingual_html (meeting);

    g_assert_null (strstr (html, WELSH_POINT));
  }
  ui_test_activate (window, "win.redo");
  g_assert_cmpstr (minutes_node_get_translation (MINUTES_NODE (point), "cy", "text"), ==, WELSH_POINT);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field)), ==, WELSH_POINT);
  g_assert_cmpint (find_translation_problem (window, point, "text"), ==, -1);

  /* Enter in the Welsh of a line goes on to the Welsh of the next. */
  gtk_widget_grab_focus (field);
  ui_test_press_enter_in_focus (window);
  {
    g_autoptr(MinutesDiscussionEntry) next = g_list_model_get_item (minutes_agenda_item_get_discussion (item), 1);

    g_assert_true (ui_test_has_focus_within (find_translation_field (form, next, "text")));
  }
  ui_test_screenshot (GTK_WIDGET (window), "bilingual-discussion.png");

  /* Backspace in the empty Welsh of a new, empty line leaves the line:
   * only Backspace in the line itself removes it. */
  {
    guint n_lines = g_list_model_get_n_items (minutes_agenda_item_get_discussion (item));
    g_autoptr(MinutesDiscussionEntry) added = NULL;
    GtkWidget *welsh;

    ui_test_activate (window, "win.add-point");
    g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_discussion (item)), ==, n_lines + 1);
    added = g_list_model_get_item (minutes_agenda_item_get_discussion (item), 2);
    g_assert_cmpstr (minutes_discussion_entry_get_text (added), ==, NULL);
    welsh = find_translation_field (form, added, "text");
    gtk_widget_grab_focus (welsh);
    g_assert_false (press_row_shortcut (gtk_widget_get_ancestor (welsh, GTK_TYPE_LIST_BOX_ROW), "BackSpace"));
    g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_discussion (item)), ==, n_lines + 1);
    gtk_widget_grab_focus (g_object_get_data (G_OBJECT (gtk_widget_get_ancestor (welsh, GTK_TYPE_LIST_BOX_ROW)), "editable"));
    g_assert_true (press_row_shortcut (gtk_widget_get_ancestor (welsh, GTK_TYPE_LIST_BOX_ROW), "BackSpace"));
    g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_discussion (item)), ==, n_lines);
  }

  /* The button hides the fields, and shows them again; the form built
   * again keeps the cursor. */
  ui_test_activate (window, "win.toggle-translations");
  g_assert_false (gtk_toggle_button_get_active (button));
  form = minutes_window_get_form (window);
  g_assert_true (MINUTES_IS_ITEM_FORM (form));
  g_assert_null (find_translation_field (form, point, "text"));
  g_assert_true (ui_test_has_focus_within (form));
  ui_test_activate (window, "win.toggle-translations");
  form = minutes_window_get_form (window);
  g_assert_nonnull (find_translation_field (form, point, "text"));

  g_settings_reset (settings, "export-language");
  g_settings_reset (settings, "show-translations");
  ui_test_close_window (window);
}

/* A meeting that holds Welsh (from its file) is bilingual without the
 * export setting; a text given only in Welsh sends the clerk to the
 * English field. */
static void
test_translations_in_file (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = ui_test_get_example_path ();
  MinutesWindow *window;
  MinutesMeeting *meeting;
  MinutesAgendaItem *item;
  g_autoptr(MinutesAction) action = NULL;
  GtkWidget *form;
  int problem;

  g_settings_reset (settings, "export-language");
  window = ui_test_open_window (path);
  meeting = minutes_window_get_meeting (window);
  item = ui_test_get_item (window, 3);
  action = g_list_model_get_item (minutes_agenda_item_get_actions (item), 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_translations_button (window))));

  minutes_node_set_translation (MINUTES_NODE (item), "cy", "title", "Cynllun Lewisham Mwy Diogel");
  ui_test_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (find_translations_button (window))));

  /* An action whose English was cleared, with its Welsh kept */
  minutes_node_set_translation (MINUTES_NODE (action), "cy", "text", "Rhannu'r adroddiad");
  minutes_action_set_text (action, NULL);
  ui_test_settle ();
  problem = find_translation_problem (window, action, "text");
  g_assert_cmpint (problem, >=, 0);
  activate_problem_at (window, problem);
  form = minutes_window_get_form (window);
  g_assert_true (MINUTES_IS_ITEM_FORM (form));
  /* The focus is in the action's own field, not its Welsh. */
  g_assert_false (ui_test_has_focus_within (find_translation_field (form, action, "text")));
  g_assert_true (ADW_IS_ENTRY_ROW (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), ADW_TYPE_ENTRY_ROW)));
  g_assert_true (g_object_get_data (G_OBJECT (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                                                        ADW_TYPE_ENTRY_ROW)), "action") == action);
  g_assert_nonnull (meeting);

  /* The action's Welsh has its own field, below the action. */
  g_assert_true (minutes_item_form_focus_translation (MINUTES_ITEM_FORM (form), G_OBJECT (action), "text"));
  g_assert_true (ui_test_has_focus_within (find_translation_field (form, action, "text")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_translation_field (form, action, "text"))), ==,
                   "Rhannu'r adroddiad");
  ui_test_screenshot (GTK_WIDGET (window), "bilingual-actions.png");

  /* The Welsh of the discussion, pasted as the translators sent it back
   * (numbered, a point over two lines), fills the Welsh of each point from
   * the one pasted into, in one step. */
  {
    GListModel *discussion = minutes_agenda_item_get_discussion (item);
    guint n_lines = g_list_model_get_n_items (discussion);
    g_autoptr(MinutesDiscussionEntry) first = g_list_model_get_item (discussion, 0);
    g_autoptr(MinutesDiscussionEntry) second = g_list_model_get_item (discussion, 1);
    g_autoptr(MinutesDiscussionEntry) third = g_list_model_get_item (discussion, 2);
    g_autoptr(MinutesDiscussionEntry) fourth = g_list_model_get_item (discussion, 3);
    g_autoptr(MinutesDiscussionEntry) last = g_list_model_get_item (discussion, n_lines - 1);
    GtkWidget *field = find_translation_field (form, first, "text");
    int position = 0;

    gtk_editable_insert_text (GTK_EDITABLE (field),
                              "4.1. Ail-lansio'r dull iechyd cyhoeddus.\n"
                              "4.2. Croesawodd aelodau'r pwyllgor\n"
                              "yr ymarfer ymgynghori.\n"
                              "4.3. Cynadleddau achos amlasiantaethol.\n", -1, &position);
    ui_test_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (discussion), ==, n_lines);
    g_assert_cmpstr (minutes_node_get_translation (MINUTES_NODE (first), "cy", "text"), ==,
                     "Ail-lansio'r dull iechyd cyhoeddus.");
    g_assert_cmpstr (minutes_node_get_translation (MINUTES_NODE (second), "cy", "text"), ==,
                     "Croesawodd aelodau'r pwyllgor yr ymarfer ymgynghori.");
    g_assert_cmpstr (minutes_node_get_translation (MINUTES_NODE (third), "cy", "text"), ==,
                     "Cynadleddau achos amlasiantaethol.");
    g_assert_null (minutes_node_get_translation (MINUTES_NODE (fourth), "cy", "text"));
    /* The English is as it was, and the cursor in the last Welsh filled. */
    g_assert_cmpstr (minutes_discussion_entry_get_text (second), ==,
                     "Committee members welcomed the consultation exercise undertaken.");
    g_assert_true (ui_test_has_focus_within (find_translation_field (form, third, "text")));
    g_assert_cmpint (find_translation_problem (window, second, "text"), ==, -1);

    ui_test_activate (window, "win.undo");
    g_assert_null (minutes_node_get_translation (MINUTES_NODE (first), "cy", "text"));
    g_assert_null (minutes_node_get_translation (MINUTES_NODE (second), "cy", "text"));
    g_assert_null (minutes_node_get_translation (MINUTES_NODE (third), "cy", "text"));
    ui_test_activate (window, "win.redo");
    g_assert_nonnull (minutes_node_get_translation (MINUTES_NODE (third), "cy", "text"));

    /* Into the last point: what does not fit joins it. */
    position = 0;
    gtk_editable_insert_text (GTK_EDITABLE (find_translation_field (form, last, "text")),
                              "Y Panel.\nAsesiadau.", -1, &position);
    ui_test_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (discussion), ==, n_lines);
    g_assert_cmpstr (minutes_node_get_translation (MINUTES_NODE (last), "cy", "text"), ==,
                     "Y Panel. Asesiadau.");
  }

  ui_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "bilingual-ui", UI_TEST_APPLICATION))
    return UI_TEST_SKIPPED;

  g_test_add_func ("/bilingual-ui/type-welsh", test_type_welsh);
  g_test_add_func ("/bilingual-ui/translations-in-file", test_translations_in_file);

  return ui_test_run ();
}
