/* test-people.c: attendance type-ahead, substitutes, preferences and the
 * file on disk, driven through the real window
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "minutes-attendance-form.h"
#include "minutes-people-store.h"
#include "minutes-preferences-window.h"
#include "minutes-window.h"
#include "ui-test.h"

static AdwMessageDialog *
wait_for_message_dialog (void)
{
  for (guint i = 0; i < 100; i++)
    {
      AdwMessageDialog *dialog = ui_test_find_message_dialog ();

      if (dialog != NULL)
        return dialog;
      ui_test_settle ();
    }

  return NULL;
}

static MinutesWindow *
new_window (void)
{
  MinutesWindow *window = minutes_window_new (ui_test_get_application ());

  minutes_window_new_meeting (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static void
close_window (MinutesWindow *window)
{
  AdwMessageDialog *dialog;

  /* Held until the dialog, transient for it, is gone too. */
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  ui_test_settle ();
  dialog = ui_test_find_message_dialog ();
  if (dialog != NULL)
    ui_test_click_response (dialog, "_Discard");
  ui_test_settle ();
  g_object_unref (window);
}

static GtkWidget *
attendance_form (MinutesWindow *window)
{
  GtkWidget *form;

  ui_test_activate (GTK_WIDGET (window), "win.next-section");
  form = minutes_window_get_form (window);
  g_assert_true (MINUTES_IS_ATTENDANCE_FORM (form));

  return form;
}

/* The key controller of the add row, as pressing a key there. */
static gboolean
press_key (GtkWidget *row,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
          if (handled)
            break;
        }
    }
  ui_test_settle ();

  return handled;
}

/* The model holds the person. */
static MinutesPerson *
nth_of (GListModel *model,
        guint       n)
{
  g_autoptr(MinutesPerson) person = g_list_model_get_item (model, n);

  g_assert_nonnull (person);
  return person;
}

static MinutesPerson *
nth_person (MinutesMeeting *meeting,
            guint           n)
{
  return nth_of (minutes_meeting_get_people (meeting), n);
}

static char *
store_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "people.json", NULL);
}

/* Recently used people: a damaged file is ignored with a warning, the
 * store is bounded, and it is rewritten whole, readable by the user only. */
static void
test_store (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-people-store-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "people.json", NULL);
  g_autoptr(MinutesPeopleStore) store = NULL;
  g_autoptr(MinutesPeopleStore) again = NULL;
  g_autoptr(MinutesPerson) person = minutes_person_new ();
  g_autofree char *contents = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "{ \"format\" : \"minutes-people\", \"people\" : [ 1, \xff", -1, NULL));
  g_test_expect_message ("minutes-people-store", G_LOG_LEVEL_WARNING, "*Ignoring the recently used people*");
  store = minutes_people_store_new (path);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (g_list_model_get_n_items (minutes_people_store_get_people (store)), ==, 0);

  for (guint i = 0; i < MINUTES_PEOPLE_STORE_MAX + 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i);

      minutes_person_set_name (person, name);
      minutes_person_set_organisation (person, "Lewisham");
      minutes_people_store_remember (store, person);
    }
  /* Again under another case: the same person, moved first. */
  minutes_person_set_name (person, "PERSON 100");
  minutes_people_store_remember (store, person);

  g_assert_cmpuint (g_list_model_get_n_items (minutes_people_store_get_people (store)), ==,
                    MINUTES_PEOPLE_STORE_MAX);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  again = minutes_people_store_new (path);
  g_assert_cmpuint (g_list_model_get_n_items (minutes_people_store_get_people (again)), ==,
                    MINUTES_PEOPLE_STORE_MAX);
  g_assert_cmpstr (minutes_person_get_name (nth_of (minutes_people_store_get_people (again), 0)), ==,
                   "PERSON 100");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "\"Person 0\""));

  ui_test_remove_tree (dir);
}

/* Type-ahead: a recent person is offered as their name is typed, and
 * taking them (Down, Enter) fills in who they are. A person of this
 * meeting is offered too, and not added twice. */
static void
test_type_ahead (void)
{
  g_autoptr(MinutesPerson) recent = minutes_person_new ();
  g_autoptr(MinutesPerson) other = minutes_person_new ();
  MinutesPeopleStore *store = minutes_people_store_get_default ();
  MinutesWindow *window;
  MinutesMeeting *meeting;
  GtkWidget *form;
  GtkWidget *add_row;
  GtkPopover *popover;
  GtkListView *view;
  MinutesPerson *added;

  minutes_person_set_name (recent, "Charlene Pavitt");
  minutes_person_set_honorific (recent, "Superintendent");
  minutes_person_set_job_title (recent, "Borough Commander");
  minutes_person_set_organisation (recent, "Metropolitan Police");
  minutes_person_set_kind (recent, MINUTES_PERSON_KIND_EXTERNAL);
  minutes_people_store_remember (store, recent);
  minutes_person_set_name (other, "Charles Ode");
  minutes_person_set_kind (other, MINUTES_PERSON_KIND_OFFICER);
  minutes_people_store_remember (store, other);

  window = new_window ();
  meeting = minutes_window_get_meeting (window);
  form = attendance_form (window);
  add_row = ui_test_find_nth (form, ADW_TYPE_ENTRY_ROW, 0);
  popover = ui_test_find_nth (add_row, GTK_TYPE_POPOVER, 0);
  view = ui_test_find_nth (GTK_WIDGET (popover), GTK_TYPE_LIST_VIEW, 0);

  /* Nothing typed, nothing offered; "pav" (any word) offers her only. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_editable_set_text (GTK_EDITABLE (add_row), "pav");
  ui_test_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view))), ==, 1);

  /* "char" offers both, the most recent first. */
  gtk_editable_set_text (GTK_EDITABLE (add_row), "char");
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view))), ==, 2);
  g_assert_cmpstr (minutes_person_get_name (nth_of (G_LIST_MODEL (gtk_list_view_get_model (view)), 0)), ==,
                   "Charles Ode");

  /* Down, Down, Enter: the second, Charlene Pavitt, with all she was. */
  g_assert_true (press_key (add_row, GDK_KEY_Down));
  g_assert_true (press_key (add_row, GDK_KEY_Down));
  g_assert_true (press_key (add_row, GDK_KEY_Return));
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_people (meeting)), ==, 1);
  added = nth_person (meeting, 0);
  g_assert_cmpstr (minutes_person_get_name (added), ==, "Charlene Pavitt");
  g_assert_cmpstr (minutes_person_get_honorific (added), ==, "Superintendent");
  g_assert_cmpstr (minutes_person_get_job_title (added), ==, "Borough Commander");
  g_assert_cmpstr (minutes_person_get_organisation (added), ==, "Metropolitan Police");
  g_assert_cmpint (minutes_person_get_kind (added), ==, MINUTES_PERSON_KIND_EXTERNAL);
  g_assert_cmpint (minutes_person_get_attendance (added), ==, MINUTES_ATTENDANCE_PRESENT);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_row)), ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* Enter without choosing adds the name as typed. */
  gtk_editable_set_text (GTK_EDITABLE (add_row), "Charl");
  ui_test_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_false (press_key (add_row, GDK_KEY_Return));
  g_signal_emit_by_name (add_row, "entry-activated");
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_people (meeting)), ==, 2);
  g_assert_cmpstr (minutes_person_get_name (nth_person (meeting, 1)), ==, "Charl");
  g_assert_null (minutes_person_get_organisation (nth_person (meeting, 1)));

  /* A person of this meeting who was expected, taken with a click, is
   * marked present rather than added again. */
  minutes_person_set_attendance (nth_person (meeting, 0), MINUTES_ATTENDANCE_EXPECTED);
  gtk_editable_set_text (GTK_EDITABLE (add_row), "pavitt");
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view))), ==, 1);
  g_signal_emit_by_name (view, "activate", 0);
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_people (meeting)), ==, 2);
  g_assert_cmpint (minutes_person_get_attendance (nth_person (meeting, 0)), ==, MINUTES_ATTENDANCE_PRESENT);

  /* Escape hides the suggestions. */
  gtk_editable_set_text (GTK_EDITABLE (add_row), "char");
  ui_test_settle ();
  g_assert_true (press_key (add_row, GDK_KEY_Escape));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_editable_set_text (GTK_EDITABLE (add_row), "");

  /* For the README: a meeting under way, a name being typed. */
  if (g_getenv ("MINUTES_SCREENSHOT_DIR") != NULL)
    {
      const char *names[] = { "Liam Curran", "Sophie Davis", "Jack Lavery", "Chris Barnham" };

      minutes_meeting_set_committee (meeting, "Safer Stronger Communities Select Committee");
      minutes_meeting_remove_person (meeting, nth_person (meeting, 1));
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          gtk_editable_set_text (GTK_EDITABLE (add_row), names[i]);
          g_signal_emit_by_name (add_row, "entry-activated");
        }
      minutes_person_set_role (nth_person (meeting, 1), MINUTES_ROLE_CHAIR);
      minutes_person_set_attendance (nth_person (meeting, 3), MINUTES_ATTENDANCE_PRESENT_VIRTUALLY);
      minutes_person_set_attendance (nth_person (meeting, 4), MINUTES_ATTENDANCE_APOLOGIES);
      ui_test_settle ();
      gtk_widget_grab_focus (add_row);
      gtk_editable_set_text (GTK_EDITABLE (add_row), "Ch");
      ui_test_settle ();
      press_key (add_row, GDK_KEY_Down);
      ui_test_screenshot (GTK_WIDGET (window), "editor-attendance.png");
      gtk_editable_set_text (GTK_EDITABLE (add_row), "");
    }

  /* Added by hand, remembered for next time, in the file. */
  {
    g_autofree char *path = store_path ();
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "\"Charl\""));
  }

  close_window (window);
}

static AdwPreferencesGroup *
find_group (GtkWidget  *form,
            const char *title)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();

  ui_test_collect (form, ADW_TYPE_PREFERENCES_GROUP, groups);
  for (guint i = 0; i < groups->len; i++)
    {
      if (g_strcmp0 (adw_preferences_group_get_title (g_ptr_array_index (groups, i)), title) == 0)
        return g_ptr_array_index (groups, i);
    }

  g_error ("No group titled %s", title);
}

static gboolean
group_shows (AdwPreferencesGroup *group,
             MinutesPerson       *person)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  ui_test_collect (GTK_WIDGET (group), ADW_TYPE_ENTRY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      if (g_object_get_data (g_ptr_array_index (rows, i), "person") == (gpointer) person)
        return TRUE;
    }

  return FALSE;
}

/* Substitute for: the member is picked from the meeting's members; the
 * people are grouped as the template prints them. */
static void
test_substitute_and_groups (void)
{
  MinutesWindow *window = new_window ();
  MinutesMeeting *meeting = minutes_window_get_meeting (window);
  GtkWidget *form = attendance_form (window);
  GtkWidget *add_row = ui_test_find_nth (form, ADW_TYPE_ENTRY_ROW, 0);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  MinutesPerson *ann;
  MinutesPerson *bo;
  GtkMenuButton *substitute_button = NULL;
  GtkPopover *popover;
  GtkListBox *list;
  GtkListBoxRow *row = NULL;

  gtk_editable_set_text (GTK_EDITABLE (add_row), "Ann Jones");
  g_signal_emit_by_name (add_row, "entry-activated");
  gtk_editable_set_text (GTK_EDITABLE (add_row), "Bo Li");
  g_signal_emit_by_name (add_row, "entry-activated");
  ui_test_settle ();
  ann = nth_person (meeting, 0);
  bo = nth_person (meeting, 1);

  /* Both present members: under the template's first line. */
  g_assert_true (group_shows (find_group (form, "IN ATTENDANCE:"), ann));
  g_assert_true (group_shows (find_group (form, "IN ATTENDANCE:"), bo));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_group (form, "APOLOGIES:"))));

  /* Bo sends apologies: Bo moves to APOLOGIES:, as the minutes print it. */
  minutes_person_set_attendance (bo, MINUTES_ATTENDANCE_APOLOGIES);
  ui_test_settle ();
  g_assert_false (group_shows (find_group (form, "IN ATTENDANCE:"), bo));
  g_assert_true (group_shows (find_group (form, "APOLOGIES:"), bo));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (find_group (form, "APOLOGIES:"))));

  /* Bo, present after all, is a substitute: the substitute button shows. */
  minutes_person_set_attendance (bo, MINUTES_ATTENDANCE_PRESENT);
  minutes_person_set_kind (bo, MINUTES_PERSON_KIND_SUBSTITUTE);
  ui_test_settle ();
  ui_test_collect (form, GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      GtkWidget *person_row = gtk_widget_get_ancestor (button, ADW_TYPE_ENTRY_ROW);

      if (g_object_get_data (G_OBJECT (person_row), "person") == (gpointer) bo)
        substitute_button = GTK_MENU_BUTTON (button);
      else
        g_assert_false (gtk_widget_get_visible (button));
    }
  g_assert_nonnull (substitute_button);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (substitute_button)));

  /* It offers the members (Ann), and picking her sets substitute-for. */
  gtk_menu_button_popup (substitute_button);
  ui_test_settle ();
  popover = gtk_menu_button_get_popover (substitute_button);
  list = ui_test_find_nth (GTK_WIDGET (popover), GTK_TYPE_LIST_BOX, 0);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_object_get_data (G_OBJECT (child), "member") == (gpointer) ann)
        row = GTK_LIST_BOX_ROW (child);
      g_assert_true (g_object_get_data (G_OBJECT (child), "member") != (gpointer) bo);
    }
  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);
  ui_test_settle ();
  g_assert_true (minutes_person_get_substitute_for (bo) == ann);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (gtk_menu_button_get_child (substitute_button))),
                           "Ann Jones"));

  close_window (window);
}

static MinutesWindow *
find_other_window (GList *before)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (ui_test_get_application ())); l != NULL; l = l->next)
    {
      if (MINUTES_IS_WINDOW (l->data) && g_list_find (before, l->data) == NULL)
        return l->data;
    }

  return NULL;
}

/* Preferences: the autosave interval reaches every window's autosave;
 * the default template and committee are those of File → New; the
 * preview switch is F9's state. */
static void
test_preferences (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GList) before = NULL;
  MinutesWindow *window = new_window ();
  MinutesWindow *created;
  GtkWidget *preferences;
  GtkSpinButton *spin;
  GtkSwitch *preview;
  AdwComboRow *template_row;
  GListModel *names;
  guint cabinet = GTK_INVALID_LIST_POSITION;

  g_assert_cmpuint (minutes_autosave_get_delay (minutes_window_get_autosave (window)), ==, 1000);

  preferences = minutes_preferences_window_new (GTK_WINDOW (window));
  /* Tall enough for the README's screenshot to show every row */
  gtk_window_set_default_size (GTK_WINDOW (preferences), 640, 1020);
  gtk_window_present (GTK_WINDOW (preferences));
  ui_test_settle ();
  ui_test_screenshot (preferences, "preferences.png");

  /* Autosave after 7 s */
  spin = ui_test_find_nth (preferences, GTK_TYPE_SPIN_BUTTON, 0);
  gtk_spin_button_set_value (spin, 7);
  ui_test_settle ();
  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-interval"), ==, 7);
  g_assert_cmpuint (minutes_autosave_get_delay (minutes_window_get_autosave (window)), ==, 7000);

  /* The installed templates are offered; choose the Cabinet one. */
  template_row = ui_test_find_nth (preferences, ADW_TYPE_COMBO_ROW, 0);
  names = adw_combo_row_get_model (template_row);
  g_assert_cmpuint (g_list_model_get_n_items (names), >=, 3);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (names), i);

      if (strstr (name, "abinet") != NULL)
        cabinet = i;
    }
  g_assert_cmpuint (cabinet, !=, GTK_INVALID_LIST_POSITION);
  adw_combo_row_set_selected (template_row, cabinet);
  {
    g_autofree char *chosen = g_settings_get_string (settings, "default-template");

    g_assert_cmpstr (chosen, ==, "cabinet");
  }

  /* The committee and the clerk */
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_nth (preferences, ADW_TYPE_ENTRY_ROW, 0)), "Audit Committee");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_nth (preferences, ADW_TYPE_ENTRY_ROW, 3)), "18:30");
  gtk_editable_set_text (GTK_EDITABLE (ui_test_find_nth (preferences, ADW_TYPE_ENTRY_ROW, 4)), "Sam Clerk");
  ui_test_settle ();

  /* The preview switch hides the minutes in the window (F9's state). */
  preview = ui_test_find_nth (preferences, GTK_TYPE_SWITCH, 0);
  g_assert_true (gtk_switch_get_active (preview));
  g_settings_set_boolean (settings, "show-preview", FALSE);
  ui_test_settle ();
  g_assert_false (gtk_switch_get_active (preview));
  {
    gboolean visible = TRUE;

    g_object_get (window, "preview-visible", &visible, NULL);
    g_assert_false (visible);
    ui_test_activate (GTK_WIDGET (window), "win.toggle-preview");
    g_assert_true (gtk_switch_get_active (preview));
  }

  gtk_window_destroy (GTK_WINDOW (preferences));

  /* File → New uses them. */
  before = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (ui_test_get_application ())));
  ui_test_activate (GTK_WIDGET (window), "win.new");
  created = find_other_window (before);
  g_assert_nonnull (created);
  g_assert_cmpstr (minutes_meeting_get_template_id (minutes_window_get_meeting (created)), ==, "cabinet");
  g_assert_cmpstr (minutes_meeting_get_committee (minutes_window_get_meeting (created)), ==, "Audit Committee");
  g_assert_cmpstr (minutes_meeting_get_contact_name (minutes_window_get_meeting (created)), ==, "Sam Clerk");
  g_assert_cmpint (minutes_meeting_get_scheduled_start (minutes_window_get_meeting (created)), ==, 18 * 60 + 30);
  g_assert_cmpuint (minutes_autosave_get_delay (minutes_window_get_autosave (created)), ==, 7000);
  g_assert_false (minutes_window_get_modified (created));

  g_settings_reset (settings, "autosave-interval");
  g_settings_reset (settings, "default-template");
  g_settings_reset (settings, "default-committee");
  g_settings_reset (settings, "default-start");
  g_settings_reset (settings, "clerk-name");
  close_window (created);
  close_window (window);
}

static MinutesWindow *
window_with_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MinutesWindow *window = new_window ();

  minutes_meeting_set_committee (minutes_window_get_meeting (window), "Ours");
  g_assert_true (minutes_window_save_to (window, file));
  g_assert_false (minutes_window_get_modified (window));

  return window;
}

/* Someone else writes the file: the clerk is asked at once, and again
 * before a save would overwrite theirs; Keep Mine then saves ours, Reload
 * takes theirs. */
static void
test_changed_on_disk (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-people-disk-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "meeting.minutes", NULL);
  g_autofree char *theirs = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MinutesWindow *window = window_with_file (path);
  AdwMessageDialog *dialog;

  /* Theirs, written as another program does */
  {
    g_autoptr(MinutesMeeting) other = minutes_meeting_new ();

    minutes_meeting_set_committee (other, "Theirs, and longer");
    g_assert_true (minutes_document_save (other, file, NULL, NULL));
    g_assert_true (g_file_get_contents (path, &theirs, NULL, NULL));
  }

  dialog = wait_for_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "File Changed by Someone Else");
  /* Closing it decides nothing */
  gtk_window_close (GTK_WINDOW (dialog));
  ui_test_settle ();

  /* A save now would overwrite theirs: asked again, file untouched. */
  minutes_meeting_set_venue (minutes_window_get_meeting (window), "Civic Suite");
  ui_test_settle ();
  g_assert_true (minutes_window_get_modified (window));
  ui_test_activate (GTK_WIDGET (window), "win.save");
  dialog = ui_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, theirs);
  g_clear_pointer (&contents, g_free);

  /* Replace theirs: ours is saved. */
  ui_test_click_response (dialog, "_Replace Theirs");
  ui_test_settle ();
  g_assert_false (minutes_window_get_modified (window));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Civic Suite"));
  g_clear_pointer (&contents, g_free);
  g_assert_null (ui_test_find_message_dialog ());

  /* Theirs again; this time Reload shows theirs. */
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  dialog = wait_for_message_dialog ();
  g_assert_nonnull (dialog);
  ui_test_click_response (dialog, "_Reload");
  for (guint i = 0; i < 20 && g_strcmp0 (minutes_meeting_get_committee (minutes_window_get_meeting (window)),
                                         "Theirs, and longer") != 0; i++)
    ui_test_settle ();
  g_assert_cmpstr (minutes_meeting_get_committee (minutes_window_get_meeting (window)), ==, "Theirs, and longer");
  g_assert_false (minutes_window_get_modified (window));

  close_window (window);
  ui_test_remove_tree (dir);
}

/* The file is deleted: the meeting stays, marked unsaved; a save writes
 * it back. */
static void
test_deleted_on_disk (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-people-disk-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "meeting.minutes", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  MinutesWindow *window = window_with_file (path);
  MinutesMeeting *meeting = minutes_window_get_meeting (window);

  g_assert_cmpint (g_unlink (path), ==, 0);
  for (guint i = 0; i < 40 && !minutes_window_get_modified (window); i++)
    ui_test_settle ();
  g_assert_true (minutes_window_get_modified (window));
  g_assert_true (minutes_window_get_meeting (window) == meeting);
  g_assert_cmpstr (minutes_meeting_get_committee (meeting), ==, "Ours");
  g_assert_null (ui_test_find_message_dialog ());

  ui_test_activate (GTK_WIDGET (window), "win.save");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_false (minutes_window_get_modified (window));

  close_window (window);
  g_unlink (backup);
  ui_test_remove_tree (dir);
}

/* The same file opened twice: the window showing it comes forward. */
static void
test_open_twice (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-people-disk-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "meeting.minutes", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  MinutesWindow *window = window_with_file (path);
  guint n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (ui_test_get_application ())));
  guint showing = 0;

  g_application_open (G_APPLICATION (ui_test_get_application ()), &file, 1, "");
  ui_test_settle ();
  g_application_open (G_APPLICATION (ui_test_get_application ()), &file, 1, "");
  ui_test_settle ();

  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (ui_test_get_application ()))), ==, n_windows);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (ui_test_get_application ())); l != NULL; l = l->next)
    {
      if (MINUTES_IS_WINDOW (l->data) && minutes_window_get_file (l->data) != NULL &&
          g_file_equal (minutes_window_get_file (l->data), file))
        showing++;
    }
  g_assert_cmpuint (showing, ==, 1);

  close_window (window);
  ui_test_remove_tree (dir);
}

static gboolean
run_command (const char *command)
{
  int status = 0;

  return g_spawn_command_line_sync (command, NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

/* Saving into a read-only place: the clerk is told in plain words, Save As
 * is offered, the meeting stays unsaved, the file is untouched. */
static void
test_read_only (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-people-ro-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "meeting.minutes", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *body = NULL;
  MinutesWindow *window;
  AdwMessageDialog *dialog;
  gboolean mounted = FALSE;

  /* Root writes anywhere a mode allows nothing: it gets a read-only
   * mount instead, where it may mount. */
  if (getuid () == 0)
    {
      g_autofree char *mount = g_strdup_printf ("mount -t tmpfs -o size=256k tmpfs %s", dir);

      if (!run_command (mount))
        {
          g_rmdir (dir);
          g_test_skip ("root without the right to mount a read-only tmpfs");
          return;
        }
      mounted = TRUE;
    }

  window = window_with_file (path);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  if (mounted)
    {
      g_autofree char *remount = g_strdup_printf ("mount -o remount,ro %s", dir);

      g_assert_true (run_command (remount));
    }
  else
    {
      g_assert_cmpint (g_chmod (path, 0400), ==, 0);
      g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
    }

  minutes_meeting_set_venue (minutes_window_get_meeting (window), "Room 2");
  ui_test_settle ();
  ui_test_activate (GTK_WIDGET (window), "win.save");

  dialog = ui_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save the Meeting");
  body = g_strdup (adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (body, "read-only"));
  g_assert_nonnull (strstr (body, "Save As"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  ui_test_click_response (dialog, "_Close");

  g_assert_true (minutes_window_get_modified (window));
  g_assert_cmpstr (minutes_meeting_get_venue (minutes_window_get_meeting (window)), ==, "Room 2");
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);

  close_window (window);

  if (mounted)
    {
      g_autofree char *umount = g_strdup_printf ("umount %s", dir);

      g_assert_true (run_command (umount));
    }
  else
    {
      g_chmod (dir, 0700);
    }
  ui_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "people", UI_TEST_APPLICATION | UI_TEST_HANDLES_OPEN))
    return UI_TEST_SKIPPED;

  g_test_add_func ("/people/store", test_store);
  g_test_add_func ("/people/type-ahead", test_type_ahead);
  g_test_add_func ("/people/substitute-and-groups", test_substitute_and_groups);
  g_test_add_func ("/people/preferences", test_preferences);
  g_test_add_func ("/files/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/files/deleted-on-disk", test_deleted_on_disk);
  g_test_add_func ("/files/open-twice", test_open_twice);
  g_test_add_func ("/files/read-only", test_read_only);

  return ui_test_run ();
}
