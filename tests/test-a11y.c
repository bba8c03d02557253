/* test-a11y.c: every input of every form has an accessible name
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opens the example meeting, visits every section of the sidebar (meeting
 * details, attendance, each agenda item, close of meeting) and walks the
 * whole widget tree of the window each time. Every input widget (text
 * entries and views, check buttons, switches, drop-downs, spin buttons,
 * buttons) must have an accessible name, else the test fails naming the
 * widget's path.
 *
 * How a name is found. GTK 4.8 has no public getter for an accessible's
 * computed name, but its test API (gtk_test_accessible_has_property and
 * gtk_test_accessible_has_relation, public since GTK 4.0) reads what has
 * been set on the accessible itself. A widget has a name when:
 *  - its accessible "label" property is set (the <accessibility> of a .ui,
 *    gtk_accessible_update_property), or
 *  - it has a "labelled-by" relation: set by a .ui, by a GtkLabel whose
 *    mnemonic-widget it is (gtk_widget_add_mnemonic_label sets it), or by
 *    libadwaita for the activatable widget of a row and the text of an
 *    AdwEntryRow (its title), or
 *  - for a button, check button or toggle: it shows text (its own label,
 *    or a visible GtkLabel inside with text), which is what assistive
 *    technologies read for them. An icon alone is no name, nor is a
 *    tooltip (GTK 4.8 exposes it as the description, not the name).
 * Internal parts that GTK marks as presentational (role "none" or
 * "presentation", like the GtkText inside a GtkEntry), and the button
 * inside a GtkDropDown or GtkMenuButton, are skipped: their parent is what
 * is checked. Widgets in pages of a stack not on screen (the error page)
 * are checked too.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "minutes-window.h"
#include "ui-test.h"

static gboolean
is_input (GtkWidget *widget)
{
  return GTK_IS_EDITABLE (widget) ||
         GTK_IS_TEXT_VIEW (widget) ||
         GTK_IS_CHECK_BUTTON (widget) ||
         GTK_IS_SWITCH (widget) ||
         GTK_IS_DROP_DOWN (widget) ||
         GTK_IS_SPIN_BUTTON (widget) ||
         GTK_IS_BUTTON (widget) ||
         GTK_IS_MENU_BUTTON (widget) ||
         GTK_IS_SCALE (widget);
}

static gboolean
is_part_of_input (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  return parent != NULL && (GTK_IS_DROP_DOWN (parent) || GTK_IS_MENU_BUTTON (parent));
}

/* The text a button shows: its label, or a visible label inside it. */
static gboolean
shows_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      return gtk_widget_get_visible (widget) && text != NULL && text[0] != '\0';
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_visible (child) && shows_text (child))
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    return TRUE;

  if (gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    {
      GtkWidget *child = gtk_widget_get_first_child (widget);
      g_autofree char *differs = NULL;

      /* A GtkButton is labelled by its own child, even when that is
       * only an icon: then what it shows decides. */
      if (child == NULL)
        return TRUE;
      /* GTK 4.8 takes the references themselves, NULL-terminated. */
      differs = gtk_test_accessible_check_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                    child, NULL);
      if (differs != NULL)
        return TRUE;

      return shows_text (widget);
    }

  if (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget))
    return shows_text (widget);

  return FALSE;
}

/* "MinutesWindow > … > AdwEntryRow “Title” > GtkText" */
static char *
dup_path (GtkWidget *widget)
{
  GString *path = g_string_new (NULL);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      GString *part = g_string_new (G_OBJECT_TYPE_NAME (w));

      if (GTK_IS_BUILDABLE (w) && gtk_buildable_get_buildable_id (GTK_BUILDABLE (w)) != NULL)
        g_string_append_printf (part, "#%s", gtk_buildable_get_buildable_id (GTK_BUILDABLE (w)));
      if (ADW_IS_PREFERENCES_ROW (w))
        g_string_append_printf (part, " “%s”", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)));
      else if (GTK_IS_ACTIONABLE (w) && gtk_actionable_get_action_name (GTK_ACTIONABLE (w)) != NULL)
        g_string_append_printf (part, " (%s)", gtk_actionable_get_action_name (GTK_ACTIONABLE (w)));
      if (GTK_IS_BUTTON (w) && gtk_button_get_icon_name (GTK_BUTTON (w)) != NULL)
        g_string_append_printf (part, " [icon %s]", gtk_button_get_icon_name (GTK_BUTTON (w)));

      if (path->len > 0)
        g_string_prepend (path, " > ");
      g_string_prepend (path, part->str);
      g_string_free (part, TRUE);
    }

  return g_string_free (path, FALSE);
}

static void
check_tree (GtkWidget  *widget,
            GPtrArray  *unnamed,
            guint      *n_checked)
{
  GtkAccessibleRole role;

  if (!gtk_widget_get_visible (widget))
    return;

  role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
  /* The button inside a GtkDropDown or GtkMenuButton shows the value (or
   * an icon): the outer widget, which carries the name, is checked. */
  if (is_input (widget) && !is_part_of_input (widget) &&
      role != GTK_ACCESSIBLE_ROLE_NONE &&
      role != GTK_ACCESSIBLE_ROLE_PRESENTATION)
    {
      (*n_checked)++;
      if (!has_name (widget))
        {
          g_autofree char *path = dup_path (widget);

          if (!g_ptr_array_find_with_equal_func (unnamed, path, g_str_equal, NULL))
            g_ptr_array_add (unnamed, g_steal_pointer (&path));
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_tree (child, unnamed, n_checked);
}

/* The fields of a form for a text in another language (bound with
 * minutes_bind_translation(), which marks them with it). */
static guint
count_translation_fields (GtkWidget *form)
{
  g_autoptr(GPtrArray) editables = g_ptr_array_new ();
  guint n = 0;

  ui_test_collect (form, GTK_TYPE_EDITABLE, editables);
  for (guint i = 0; i < editables->len; i++)
    n += g_object_get_data (g_ptr_array_index (editables, i), "minutes-language") != NULL;

  return n;
}

/* DATA: non-NULL to walk the forms of the meeting exported in Welsh and
 * English, with a field for the Welsh of each text. */
static void
test_every_input_named (gconstpointer data)
{
  gboolean bilingual = data != NULL;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = ui_test_get_example_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) forms = g_ptr_array_new ();
  MinutesWindow *window;
  MinutesMeeting *meeting;
  guint n_sections;
  guint n_checked = 0;
  guint n_translations = 0;

  g_settings_set_string (settings, "export-language", bilingual ? "cy+en-GB" : "");
  window = minutes_window_new (ui_test_get_application ());
  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 850);
  minutes_window_load_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ui_test_settle ();

  meeting = minutes_window_get_meeting (window);
  g_assert_nonnull (meeting);
  /* Meeting details, attendance, each item, close of meeting. */
  n_sections = 3 + g_list_model_get_n_items (minutes_meeting_get_items (meeting));

  for (guint i = 0; i < n_sections; i++)
    {
      GtkWidget *form = minutes_window_get_form (window);

      g_assert_nonnull (form);
      g_ptr_array_add (forms, form);
      check_tree (GTK_WIDGET (window), unnamed, &n_checked);
      n_translations += count_translation_fields (form);

      if (i + 1 < n_sections)
        ui_test_activate (window, "win.next-section");
    }

  /* Every section was a form of its own: the walk did reach them all. */
  for (guint i = 1; i < forms->len; i++)
    g_assert_true (g_ptr_array_index (forms, i) != g_ptr_array_index (forms, i - 1));
  g_test_message ("%u input widgets checked in %u sections", n_checked, n_sections);
  g_assert_cmpuint (n_checked, >, 50);
  /* The walk did meet the fields for the Welsh, when there were some. */
  if (bilingual)
    g_assert_cmpuint (n_translations, >, 40);
  else
    g_assert_cmpuint (n_translations, ==, 0);

  if (unnamed->len > 0)
    {
      GString *report = g_string_new (NULL);

      for (guint i = 0; i < unnamed->len; i++)
        g_string_append_printf (report, "\n  %s", (const char *) g_ptr_array_index (unnamed, i));
      g_error ("%u input widgets have no accessible name (give them an <accessibility> "
               "label, a mnemonic label or a row title):%s", unnamed->len, report->str);
      g_string_free (report, TRUE);
    }

  g_settings_reset (settings, "export-language");
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* The check itself: an icon-only button fails it, a labelled one passes. */
static void
test_check_finds_unnamed (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *icon = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *label = gtk_label_new_with_mnemonic ("_Name");
  g_autoptr(GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);
  guint n_checked = 0;

  g_object_ref_sink (box);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_widget_set_tooltip_text (icon, "Add");

  check_tree (box, unnamed, &n_checked);
  g_assert_cmpuint (unnamed->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (unnamed, 0), ==, "GtkBox > GtkButton [icon list-add-symbolic]");
  g_assert_cmpstr (g_ptr_array_index (unnamed, 1), ==, "GtkBox > GtkEntry");

  g_ptr_array_set_size (unnamed, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "Add", -1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  check_tree (box, unnamed, &n_checked);
  g_assert_cmpuint (unnamed->len, ==, 0);

  g_object_unref (box);
}

/* The editor as a clerk with low vision sees it, for the README, when
 * MINUTES_SCREENSHOT_DIR says where: at item 3 with text at 150 % (what
 * GNOME's Large Text sets: Xft/DPI 1.5 × 96) as editor-large-text.png, or,
 * when libadwaita's high contrast is on (ADW_DEBUG_HIGH_CONTRAST=1), at
 * normal size as editor-high-contrast.png. */
static void
test_screenshots (void)
{
  const char *dir = g_getenv ("MINUTES_SCREENSHOT_DIR");
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  g_autofree char *path = ui_test_get_example_path ();
  g_autofree char *copy = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GtkSettings *settings = gtk_settings_get_default ();
  MinutesWindow *window;
  GLogLevelFlags old_fatal;
  int old_dpi = 0;

  if (dir == NULL)
    {
      g_test_skip ("MINUTES_SCREENSHOT_DIR is not set");
      return;
    }

  /* A copy, so that nothing touches the example. */
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  copy = g_build_filename (ui_test_get_home_dir (), "example.minutes", NULL);
  g_file_set_contents (copy, contents, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (copy);

  /* GTK 4.8 warns once when the text size changes under a header bar not
   * yet allocated, and then draws it right: only for this screenshot,
   * warnings are not fatal. */
  old_fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK);
  g_object_get (settings, "gtk-xft-dpi", &old_dpi, NULL);
  if (!high_contrast)
    g_object_set (settings, "gtk-xft-dpi", 96 * 1024 * 3 / 2, NULL);

  window = minutes_window_new (ui_test_get_application ());
  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  minutes_window_load_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  for (guint i = 0; i < 4; i++)
    ui_test_activate (window, "win.next-section");
  ui_test_screenshot (GTK_WIDGET (window), high_contrast ? "editor-high-contrast.png" : "editor-large-text.png");

  g_object_set (settings, "gtk-xft-dpi", old_dpi, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  g_log_set_always_fatal (old_fatal);
}

int
main (int   argc,
      char *argv[])
{
  /* The test AT context: it keeps every property and relation set. */
  g_setenv ("GTK_A11Y", "test", TRUE);

  if (!ui_test_init (&argc, &argv, "a11y", UI_TEST_APPLICATION))
    return UI_TEST_SKIPPED;

  g_test_add_func ("/a11y/check-finds-unnamed", test_check_finds_unnamed);
  g_test_add_data_func ("/a11y/every-input-named", NULL, test_every_input_named);
  g_test_add_data_func ("/a11y/every-input-named-bilingual", "cy", test_every_input_named);
  g_test_add_func ("/a11y/screenshots", test_screenshots);

  return ui_test_run ();
}
