/* test-forms.c: the structured forms of the editor (declarations, witnesses,
 * pasted blocks, quick resolutions, motions, exemption, drag and drop)
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "minutes-declarations-form.h"
#include "minutes-item-form.h"
#include "minutes-window.h"
#include "ui-test.h"

static void
undo (MinutesWindow *window)
{
  ui_test_activate (window, "win.undo");
}

static void
redo (MinutesWindow *window)
{
  ui_test_activate (window, "win.redo");
}

static MinutesPerson *
add_person (MinutesMeeting *meeting,
            const char     *name)
{
  g_autoptr(MinutesPerson) person = minutes_person_new ();

  minutes_person_set_name (person, name);
  minutes_person_set_kind (person, MINUTES_PERSON_KIND_MEMBER);
  minutes_person_set_attendance (person, MINUTES_ATTENDANCE_PRESENT);
  minutes_meeting_append_person (meeting, person);

  return person;
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

/* Presses a key binding of the item form, as a key press would: through
 * the shortcut controller that holds the form's bindings. */
static void
press_item_shortcut (GtkWidget       *form,
                     guint            keyval,
                     GdkModifierType  modifiers)
{
  g_autoptr(GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, modifiers);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (form);

  for (guint c = 0; c < n_items (controllers); c++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, c);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint i = 0; i < n_items (G_LIST_MODEL (controller)); i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), i);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger))
            {
              g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                           GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                           form,
                                                           gtk_shortcut_get_arguments (shortcut)));
              ui_test_settle ();
              return;
            }
        }
    }

  g_error ("The item form has no shortcut %s", gtk_shortcut_trigger_to_string (trigger));
}

static GtkListBoxRow *
find_sidebar_row (MinutesWindow     *window,
                  MinutesAgendaItem *item)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (window), GTK_TYPE_LIST_BOX_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_object_get_data (G_OBJECT (g_ptr_array_index (rows, i)), "item") == item)
      return g_ptr_array_index (rows, i);

  g_error ("No sidebar row for the item");
}

/* Drops item onto the sidebar row of onto, through the row's drop target. */
static gboolean
drop_item (MinutesWindow     *window,
           MinutesAgendaItem *item,
           MinutesAgendaItem *onto)
{
  GtkListBoxRow *row = find_sidebar_row (window, onto);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (row));
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GtkEventController) target = NULL;
  gboolean dropped = FALSE;
  gboolean found_source = FALSE;

  g_value_init (&value, MINUTES_TYPE_AGENDA_ITEM);
  g_value_set_object (&value, item);

  for (guint i = 0; i < n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      found_source |= GTK_IS_DRAG_SOURCE (controller);
      if (GTK_IS_DROP_TARGET (controller))
        g_set_object (&target, controller);
    }

  /* A drop rebuilds the sidebar, this row included. */
  g_assert_nonnull (target);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 5.0, &dropped);
  g_assert_true (found_source);
  ui_test_settle ();

  return dropped;
}

static void
test_declarations (void)
{
  MinutesWindow *window;
  MinutesMeeting *meeting;
  MinutesAgendaItem *item;
  MinutesDeclaration *declaration;
  MinutesDeclarationKind initial_kind;
  MinutesPerson *ann;
  GtkWidget *form;
  GtkWidget *none;

  window = minutes_window_new (ui_test_get_application ());
  g_object_ref_sink (window);
  minutes_window_new_meeting (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  meeting = minutes_window_get_meeting (window);
  minutes_meeting_set_committee (meeting, "Scrutiny Committee");
  ann = add_person (meeting, "Ann Jones");
  add_person (meeting, "Bo Li");
  ui_test_activate (window, "win.add-item");
  item = minutes_item_form_get_item (MINUTES_ITEM_FORM (minutes_window_get_form (window)));
  minutes_agenda_item_set_title (item, "Housing allocations");
  ui_test_settle ();

  /* The Declarations section sits between Attendance and the first item. */
  ui_test_activate (window, "win.previous-section");
  form = minutes_window_get_form (window);
  g_assert_true (MINUTES_IS_DECLARATIONS_FORM (form));
  ui_test_activate (window, "win.previous-section");
  g_assert_false (MINUTES_IS_DECLARATIONS_FORM (minutes_window_get_form (window)));
  ui_test_activate (window, "win.next-section");
  form = minutes_window_get_form (window);
  g_assert_true (MINUTES_IS_DECLARATIONS_FORM (form));

  /* "There were none" is a state of its own, printed, and undoable. */
  none = ui_test_find_nth (form, GTK_TYPE_SWITCH, 0);
  ui_test_assert_preview_lacks (window, "There were none.");
  gtk_switch_set_active (GTK_SWITCH (none), TRUE);
  ui_test_settle ();
  g_assert_true (minutes_meeting_get_no_declarations (meeting));
  ui_test_assert_preview_contains (window, "There were none.");
  undo (window);
  g_assert_false (minutes_meeting_get_no_declarations (meeting));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (none)));
  ui_test_assert_preview_lacks (window, "There were none.");
  redo (window);
  g_assert_true (minutes_meeting_get_no_declarations (meeting));

  /* Adding a declaration clears "none", in the same step. */
  g_signal_emit_by_name (ui_test_find_labelled (form, GTK_TYPE_BUTTON, "Add _Declaration"), "clicked");
  ui_test_settle ();
  g_assert_cmpuint (n_items (minutes_meeting_get_declarations (meeting)), ==, 1);
  g_assert_false (minutes_meeting_get_no_declarations (meeting));
  g_assert_false (gtk_widget_get_sensitive (gtk_widget_get_ancestor (none, ADW_TYPE_ACTION_ROW)));
  declaration = g_list_model_get_item (minutes_meeting_get_declarations (meeting), 0);
  g_object_unref (declaration);
  initial_kind = minutes_declaration_get_kind (declaration);
  g_assert_cmpint (initial_kind, !=, MINUTES_DECLARATION_KIND_OTHER_REGISTRABLE);
  /* The cursor is on who declared it. */
  g_assert_true (ui_test_has_focus_within (ui_test_find_labelled (form, GTK_TYPE_DROP_DOWN, "Person declaring")));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_labelled (form, GTK_TYPE_DROP_DOWN, "Person declaring")), 0);
  ui_test_settle ();
  g_assert_true (minutes_declaration_get_person (declaration) == ann);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_labelled (form, GTK_TYPE_DROP_DOWN, "Agenda item concerned")), 0);
  ui_test_settle ();
  g_assert_true (minutes_declaration_get_item (declaration) == item);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_labelled (form, GTK_TYPE_DROP_DOWN, "Kind of interest")),
                              MINUTES_DECLARATION_KIND_OTHER_REGISTRABLE);
  ui_test_settle ();
  g_assert_cmpint (minutes_declaration_get_kind (declaration), ==, MINUTES_DECLARATION_KIND_OTHER_REGISTRABLE);
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_labelled (form, GTK_TYPE_ENTRY, "The interest declared")),
                         "an interest as a private landlord");
  ui_test_settle ();
  g_assert_cmpstr (minutes_declaration_get_text (declaration), ==, "an interest as a private landlord");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (ui_test_find_nth (form, GTK_TYPE_CHECK_BUTTON, 0)), TRUE);
  ui_test_settle ();
  g_assert_true (minutes_declaration_get_withdrew (declaration));
  ui_test_assert_preview_contains (window, "Re item 1, an interest as a private landlord");
  ui_test_assert_preview_contains (window, "Ann Jones withdrew from the meeting for the item.");
  ui_test_screenshot (GTK_WIDGET (window), "editor-declarations.png");

  /* Each of those edits is undone on its own, and shows in the form. */
  undo (window);
  g_assert_false (minutes_declaration_get_withdrew (declaration));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (ui_test_find_nth (form, GTK_TYPE_CHECK_BUTTON, 0))));
  ui_test_assert_preview_lacks (window, "withdrew from the meeting");
  undo (window);
  g_assert_null (minutes_declaration_get_text (declaration));
  undo (window);
  g_assert_cmpint (minutes_declaration_get_kind (declaration), ==, initial_kind);
  undo (window);
  g_assert_null (minutes_declaration_get_item (declaration));
  undo (window);
  g_assert_null (minutes_declaration_get_person (declaration));
  undo (window);
  g_assert_cmpuint (n_items (minutes_meeting_get_declarations (meeting)), ==, 0);
  g_assert_true (minutes_meeting_get_no_declarations (meeting));

  /* Redo brings it all back, in the form too. */
  for (guint i = 0; i < 6; i++)
    redo (window);
  g_assert_true (minutes_declaration_get_withdrew (declaration));
  g_assert_true (minutes_declaration_get_item (declaration) == item);
  form = minutes_window_get_form (window);

  /* Moving items while the form is open leaves the choice alone. */
  {
    g_autoptr(MinutesAgendaItem) second = minutes_agenda_item_new ();

    minutes_agenda_item_set_title (second, "Budget");
    minutes_meeting_append_item (meeting, second);
    minutes_meeting_move_item (meeting, second, 0);
    ui_test_settle ();
    g_assert_true (minutes_declaration_get_item (declaration) == item);
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (ui_test_find_labelled (form, GTK_TYPE_DROP_DOWN, "Agenda item concerned"))), ==, 1);
    minutes_meeting_move_item (meeting, second, 1);
    ui_test_settle ();
    g_assert_true (minutes_declaration_get_item (declaration) == item);
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (ui_test_find_labelled (form, GTK_TYPE_DROP_DOWN, "Agenda item concerned"))), ==, 0);
    minutes_meeting_remove_item (meeting, second);
    ui_test_settle ();
    g_assert_true (minutes_declaration_get_item (declaration) == item);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_item (void)
{
  MinutesWindow *window;
  MinutesMeeting *meeting;
  MinutesAgendaItem *item;
  MinutesAgendaItem *other;
  MinutesPerson *ann;
  MinutesPerson *bo;
  GListModel *witnesses;
  GListModel *discussion;
  GListModel *resolutions;
  GtkWidget *form;
  GtkWidget *focus;
  GtkWidget *point;

  window = minutes_window_new (ui_test_get_application ());
  g_object_ref_sink (window);
  minutes_window_new_meeting (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 880);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  meeting = minutes_window_get_meeting (window);
  minutes_meeting_set_committee (meeting, "Scrutiny Committee");
  ann = add_person (meeting, "Ann Jones");
  bo = add_person (meeting, "Bo Li");
  ui_test_activate (window, "win.add-item");
  form = minutes_window_get_form (window);
  item = minutes_item_form_get_item (MINUTES_ITEM_FORM (form));
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_nth (form, ADW_TYPE_ENTRY_ROW, 0)), "Homelessness review");
  ui_test_settle ();

  /* A witness typed by name joins the attendance too, in one step. */
  witnesses = minutes_agenda_item_get_witnesses (item);
  {
    GtkWidget *row = ui_test_find_labelled (form, ADW_TYPE_ENTRY_ROW, "New _Witness");
    g_autoptr(MinutesPerson) kim = NULL;

    gtk_editable_set_text (GTK_EDITABLE (row), "Kim Lee");
    g_signal_emit_by_name (row, "entry-activated");
    ui_test_settle ();
    g_assert_cmpuint (n_items (witnesses), ==, 1);
    g_assert_cmpuint (n_items (minutes_meeting_get_people (meeting)), ==, 3);
    kim = g_list_model_get_item (witnesses, 0);
    g_assert_cmpstr (minutes_person_get_name (kim), ==, "Kim Lee");
    g_assert_cmpint (minutes_person_get_kind (kim), ==, MINUTES_PERSON_KIND_EXTERNAL);
    g_assert_cmpint (minutes_person_get_attendance (kim), ==, MINUTES_ATTENDANCE_PRESENT);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
    ui_test_assert_preview_contains (window, "Kim Lee");
    undo (window);
    g_assert_cmpuint (n_items (witnesses), ==, 0);
    g_assert_cmpuint (n_items (minutes_meeting_get_people (meeting)), ==, 2);
    redo (window);
    g_assert_cmpuint (n_items (witnesses), ==, 1);
    g_assert_cmpuint (n_items (minutes_meeting_get_people (meeting)), ==, 3);

    /* A name already in the attendance picks that person. */
    gtk_editable_set_text (GTK_EDITABLE (row), "ann jones");
    g_signal_emit_by_name (row, "entry-activated");
    ui_test_settle ();
    g_assert_cmpuint (n_items (minutes_meeting_get_people (meeting)), ==, 3);
    g_assert_cmpuint (n_items (witnesses), ==, 2);
    undo (window);
    g_assert_cmpuint (n_items (witnesses), ==, 1);
  }

  /* Picked from the attendance. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_labelled (form, GTK_TYPE_DROP_DOWN, "Witness from the attendance")), 1);
  ui_test_activate (form, "item.add-witness");
  g_assert_cmpuint (n_items (witnesses), ==, 2);
  {
    g_autoptr(MinutesPerson) second = g_list_model_get_item (witnesses, 1);

    g_assert_true (second == bo);
  }

  /* A pasted numbered block becomes three points, numbers dropped, one step. */
  discussion = minutes_agenda_item_get_discussion (item);
  g_signal_emit_by_name (ui_test_find_nth (form, ADW_TYPE_ENTRY_ROW, 0), "entry-activated");
  ui_test_settle ();
  g_assert_cmpuint (n_items (discussion), ==, 1);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  point = gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY);
  g_assert_nonnull (point);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (point),
                          "3.1. The Director introduced the review.\n"
                          "3.2. Members asked how many families were in\n"
                          "temporary accommodation.\n"
                          "3.3. Officers would report back.\n");
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (point)), "paste-clipboard");
  ui_test_settle ();
  g_assert_cmpuint (n_items (discussion), ==, 3);
  ui_test_assert_point (item, 0, "1.1", "The Director introduced the review.");
  ui_test_assert_point (item, 1, "1.2", "Members asked how many families were in temporary accommodation.");
  ui_test_assert_point (item, 2, "1.3", "Officers would report back.");
  ui_test_assert_preview_contains (window, "1.2.\tMembers asked how many families");
  /* The cursor is in the last point, to type on. */
  g_assert_true (ui_test_has_focus_within (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_TYPE_LIST_BOX_ROW)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_TYPE_ENTRY))),
                   ==, "Officers would report back.");
  undo (window);
  g_assert_cmpuint (n_items (discussion), ==, 1);
  ui_test_assert_point (item, 0, "1.1", NULL);
  redo (window);
  g_assert_cmpuint (n_items (discussion), ==, 3);

  /* Plain lines, one point each. */
  minutes_item_form_focus (MINUTES_ITEM_FORM (form));
  ui_test_press_enter_in_focus (window);
  point = gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_TYPE_ENTRY);
  {
    int position = 0;

    gtk_editable_insert_text (GTK_EDITABLE (point), "First line\n\nSecond line\nThird line", -1, &position);
  }
  ui_test_settle ();
  g_assert_cmpuint (n_items (discussion), ==, 6);
  ui_test_assert_point (item, 3, "1.4", "First line");
  ui_test_assert_point (item, 5, "1.6", "Third line");
  undo (window);
  g_assert_cmpuint (n_items (discussion), ==, 4);

  /* Alt+1: the template's first quick resolution. */
  resolutions = minutes_agenda_item_get_resolutions (item);
  press_item_shortcut (form, GDK_KEY_1, GDK_ALT_MASK);
  g_assert_cmpuint (n_items (resolutions), ==, 1);
  {
    g_autoptr(MinutesResolution) noted = g_list_model_get_item (resolutions, 0);

    g_assert_cmpstr (minutes_resolution_get_text (noted), ==, "That the report be noted.");
    g_assert_cmpint (minutes_resolution_get_kind (noted), ==, MINUTES_RESOLUTION_RESOLVED);
  }
  ui_test_assert_preview_contains (window, "That the report be noted.");
  undo (window);
  g_assert_cmpuint (n_items (resolutions), ==, 0);
  ui_test_assert_preview_lacks (window, "That the report be noted.");
  redo (window);
  g_assert_cmpuint (n_items (resolutions), ==, 1);

  /* Alt+3, "To recommend": a numbered list, typed like key points. */
  press_item_shortcut (form, GDK_KEY_3, GDK_ALT_MASK);
  g_assert_cmpuint (n_items (resolutions), ==, 2);
  {
    g_autoptr(MinutesResolution) recommend = g_list_model_get_item (resolutions, 1);
    GListModel *points = minutes_resolution_get_points (recommend);
    g_autoptr(MinutesResolutionPoint) first = NULL;

    g_assert_cmpint (minutes_resolution_get_kind (recommend), ==, MINUTES_RESOLUTION_TO_RECOMMEND);
    g_assert_null (minutes_resolution_get_text (recommend));
    g_assert_cmpuint (n_items (points), ==, 1);
    ui_test_type_into_focus (window, "That Cabinet adopt the homelessness strategy.");
    ui_test_press_enter_in_focus (window);
    ui_test_type_into_focus (window, "That officers report progress in six months.");
    g_assert_cmpuint (n_items (points), ==, 2);
    first = g_list_model_get_item (points, 0);
    g_assert_cmpstr (minutes_resolution_point_get_text (first), ==, "That Cabinet adopt the homelessness strategy.");
    ui_test_assert_preview_contains (window, "To recommend:");
    ui_test_assert_preview_order (window, "That Cabinet adopt the homelessness strategy.",
                          "That officers report progress in six months.");
    ui_test_assert_preview_contains (window, "2.\tThat officers report progress");
    {
      /* The top of the form: title, witnesses, points; the preview shows
       * the whole item. */
      GtkWidget *scrolled = ui_test_find_nth (form, GTK_TYPE_SCROLLED_WINDOW, 0);

      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
      ui_test_screenshot (GTK_WIDGET (window), "editor-item.png");
    }

    undo (window);
    {
      g_autoptr(MinutesResolutionPoint) second = g_list_model_get_item (points, 1);

      g_assert_null (minutes_resolution_point_get_text (second));
    }
    undo (window);
    g_assert_cmpuint (n_items (points), ==, 1);
    redo (window);
    redo (window);
    g_assert_cmpuint (n_items (points), ==, 2);
  }

  /* A motion with mover, seconder and votes. */
  ui_test_activate (form, "item.add-motion");
  g_assert_cmpuint (n_items (minutes_agenda_item_get_motions (item)), ==, 1);
  {
    g_autoptr(MinutesMotion) motion = g_list_model_get_item (minutes_agenda_item_get_motions (item), 0);

    /* The cursor is in the wording of the new motion. */
    GtkWidget *text_row = gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), ADW_TYPE_ENTRY_ROW);

    g_assert_nonnull (text_row);
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (text_row)), ==, "Motion");
    gtk_editable_set_text (GTK_EDITABLE (text_row), "That the review be referred to Cabinet.");
    ui_test_settle ();
    g_assert_cmpstr (minutes_motion_get_text (motion), ==, "That the review be referred to Cabinet.");
    gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_labelled (form, GTK_TYPE_DROP_DOWN, "Moved by")), 0);
    ui_test_settle ();
    gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_labelled (form, GTK_TYPE_DROP_DOWN, "Seconded by")), 1);
    ui_test_settle ();
    g_assert_true (minutes_motion_get_mover (motion) == ann);
    g_assert_true (minutes_motion_get_seconder (motion) == bo);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (ui_test_find_labelled (form, GTK_TYPE_SPIN_BUTTON, "Votes for")), 7);
    ui_test_settle ();
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (ui_test_find_labelled (form, GTK_TYPE_SPIN_BUTTON, "Votes against")), 2);
    ui_test_settle ();
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (ui_test_find_labelled (form, GTK_TYPE_SPIN_BUTTON, "Abstentions")), 1);
    ui_test_settle ();
    gtk_drop_down_set_selected (GTK_DROP_DOWN (ui_test_find_labelled (form, GTK_TYPE_DROP_DOWN, "Outcome")),
                                MINUTES_MOTION_OUTCOME_CARRIED);
    ui_test_settle ();
    g_assert_cmpint (minutes_motion_get_votes_for (motion), ==, 7);
    g_assert_cmpint (minutes_motion_get_votes_against (motion), ==, 2);
    g_assert_cmpint (minutes_motion_get_abstentions (motion), ==, 1);
    g_assert_cmpint (minutes_motion_get_outcome (motion), ==, MINUTES_MOTION_OUTCOME_CARRIED);
    ui_test_assert_preview_contains (window, "That the review be referred to Cabinet.");
    ui_test_assert_preview_contains (window, "For: 7. Against: 2. Abstentions: 1.");
    ui_test_assert_preview_contains (window, "The motion was carried.");
    ui_test_screenshot (GTK_WIDGET (window), "editor-motion.png");
    undo (window);
    g_assert_cmpint (minutes_motion_get_outcome (motion), ==, MINUTES_MOTION_OUTCOME_PENDING);
    undo (window);
    g_assert_cmpint (minutes_motion_get_abstentions (motion), ==, -1);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ui_test_find_labelled (form, GTK_TYPE_SPIN_BUTTON, "Abstentions"))), ==, "");
    redo (window);
    redo (window);
    g_assert_cmpint (minutes_motion_get_outcome (motion), ==, MINUTES_MOTION_OUTCOME_CARRIED);

    /* An imported motion prints its own words, shown to the clerk, until
     * the clerk chooses to print the fields instead (one undoable step). */
    {
      GtkWidget *record_row = ui_test_find_labelled (form, ADW_TYPE_ENTRY_ROW, "Printed Wording (as Imported)");

      g_assert_false (gtk_widget_get_visible (record_row));
      minutes_motion_set_record (motion, "Moved by Ann Jones; carried by 7 votes to 2.");
      ui_test_settle ();
      g_assert_true (gtk_widget_get_visible (record_row));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (record_row)), ==,
                       "Moved by Ann Jones; carried by 7 votes to 2.");
      ui_test_assert_preview_contains (window, "carried by 7 votes to 2.");
      ui_test_assert_preview_lacks (window, "The motion was carried.");
      /* Longer than typing's merge interval: as an import, then a click. */
      g_usleep ((MINUTES_UNDO_MERGE_INTERVAL_DEFAULT + 100) * 1000);
      gtk_widget_activate (ui_test_find_labelled (record_row, GTK_TYPE_BUTTON, "Print the _Fields"));
      ui_test_settle ();
      g_assert_null (minutes_motion_get_record (motion));
      g_assert_false (gtk_widget_get_visible (record_row));
      ui_test_assert_preview_contains (window, "The motion was carried.");
      undo (window);
      g_assert_cmpstr (minutes_motion_get_record (motion), ==, "Moved by Ann Jones; carried by 7 votes to 2.");
      redo (window);
      g_assert_null (minutes_motion_get_record (motion));
    }
  }

  /* Exempt, with its ground. */
  g_assert_false (gtk_widget_get_sensitive (ui_test_find_labelled (form, ADW_TYPE_ENTRY_ROW, "Exemption Ground (e.g. paragraph 3 of Schedule 12A)")));
  gtk_switch_set_active (GTK_SWITCH (ui_test_find_nth (form, GTK_TYPE_SWITCH, 0)), TRUE);
  ui_test_settle ();
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_labelled (form, ADW_TYPE_ENTRY_ROW, "Exemption Ground (e.g. paragraph 3 of Schedule 12A)")),
                         "paragraph 3 of Schedule 12A");
  ui_test_settle ();
  g_assert_true (minutes_agenda_item_get_exempt (item));
  g_assert_cmpstr (minutes_agenda_item_get_exemption_ground (item), ==, "paragraph 3 of Schedule 12A");
  ui_test_assert_preview_contains (window, "The public were excluded for this item under paragraph 3 of Schedule 12A.");
  undo (window);
  g_assert_null (minutes_agenda_item_get_exemption_ground (item));
  undo (window);
  g_assert_false (minutes_agenda_item_get_exempt (item));
  ui_test_assert_preview_lacks (window, "The public were excluded");

  /* A report document and a publication note (the select committee
   * template prints neither in the minutes, only the agenda does). */
  ui_test_activate (form, "item.add-document");
  g_assert_cmpuint (n_items (minutes_agenda_item_get_attachments (item)), ==, 1);
  ui_test_type_into_focus (window, "Homelessness review report");
  {
    g_autoptr(MinutesAttachment) document = g_list_model_get_item (minutes_agenda_item_get_attachments (item), 0);

    g_assert_cmpstr (minutes_attachment_get_title (document), ==, "Homelessness review report");
    gtk_editable_set_text (GTK_EDITABLE (ui_test_find_labelled (form, GTK_TYPE_ENTRY, "Type (PDF)")), "PDF");
    ui_test_settle ();
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (ui_test_find_labelled (form, GTK_TYPE_SPIN_BUTTON, "Size in kB")), 250);
    ui_test_settle ();
    g_assert_cmpstr (minutes_attachment_get_file_type (document), ==, "PDF");
    g_assert_cmpint (minutes_attachment_get_size (document), ==, 250 * 1024);
    undo (window);
    g_assert_cmpint (minutes_attachment_get_size (document), ==, -1);
  }
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_labelled (form, ADW_TYPE_ENTRY_ROW, "Publication Note")),
                         "The appendix is not for publication.");
  ui_test_settle ();
  g_assert_cmpstr (minutes_agenda_item_get_publication_note (item), ==, "The appendix is not for publication.");

  /* Drag the second item onto the first in the sidebar. */
  ui_test_activate (window, "win.add-item");
  other = minutes_item_form_get_item (MINUTES_ITEM_FORM (minutes_window_get_form (window)));
  minutes_agenda_item_set_title (other, "Work programme");
  ui_test_settle ();
  g_assert_true (ui_test_get_item (window, 1) == other);
  g_assert_true (drop_item (window, other, item));
  g_assert_true (ui_test_get_item (window, 0) == other);
  g_assert_true (ui_test_get_item (window, 1) == item);
  ui_test_assert_preview_order (window, "1.\tWork programme", "2.\tHomelessness review");
  /* Dropping an item on itself changes nothing. */
  g_assert_false (drop_item (window, other, other));
  undo (window);
  g_assert_true (ui_test_get_item (window, 0) == item);
  ui_test_assert_preview_order (window, "1.\tHomelessness review", "2.\tWork programme");
  redo (window);
  g_assert_true (ui_test_get_item (window, 0) == other);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "forms", UI_TEST_APPLICATION))
    return UI_TEST_SKIPPED;

  g_test_add_func ("/forms/declarations", test_declarations);
  g_test_add_func ("/forms/item", test_item);

  return ui_test_run ();
}
