/* minutes-attendance-form.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-attendance-form"

#include "config.h"

#include <glib/gi18n.h>

#include "minutes-attendance-form.h"
#include "minutes-form-util.h"

/* Who is at the meeting: a name and Enter adds a person, present, as a
 * member; on each person one key (with Alt) sets what they are and whether
 * they came, so attendance is taken as fast as people sit down. */
struct _MinutesAttendanceForm
{
  AdwBin          parent_instance;

  /* Template widgets */
  AdwEntryRow    *add_row;
  GtkListBox     *people_list;

  MinutesMeeting *meeting;
};

G_DEFINE_FINAL_TYPE (MinutesAttendanceForm, minutes_attendance_form, ADW_TYPE_BIN)

static gboolean
enum_to_uint (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));

  return TRUE;
}

static gboolean
uint_to_enum (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  guint value = g_value_get_uint (from);

  if (value == GTK_INVALID_LIST_POSITION)
    return FALSE;

  g_value_set_enum (to, (int) value);

  return TRUE;
}

static GtkWidget *
new_choice (MinutesPerson      *person,
            const char         *property,
            const char         *label,
            const char * const *choices)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (choices);

  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_tooltip_text (dropdown, label);
  g_object_bind_property_full (person, property, dropdown, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               enum_to_uint, uint_to_enum, NULL, NULL);

  return dropdown;
}

static gboolean
shortcut_cb (GtkWidget *row,
             GVariant  *args,
             gpointer   user_data)
{
  MinutesPerson *person = g_object_get_data (G_OBJECT (row), "person");
  const char *what = g_variant_get_string (args, NULL);

  if (g_str_equal (what, "present"))
    minutes_person_set_attendance (person, MINUTES_ATTENDANCE_PRESENT);
  else if (g_str_equal (what, "virtual"))
    minutes_person_set_attendance (person, MINUTES_ATTENDANCE_PRESENT_VIRTUALLY);
  else if (g_str_equal (what, "apologies"))
    minutes_person_set_attendance (person, MINUTES_ATTENDANCE_APOLOGIES);
  else if (g_str_equal (what, "absent"))
    minutes_person_set_attendance (person, MINUTES_ATTENDANCE_ABSENT);
  else if (g_str_equal (what, "member"))
    minutes_person_set_kind (person, MINUTES_PERSON_KIND_MEMBER);
  else if (g_str_equal (what, "substitute"))
    minutes_person_set_kind (person, MINUTES_PERSON_KIND_SUBSTITUTE);
  else if (g_str_equal (what, "officer"))
    minutes_person_set_kind (person, MINUTES_PERSON_KIND_OFFICER);
  else if (g_str_equal (what, "external"))
    minutes_person_set_kind (person, MINUTES_PERSON_KIND_EXTERNAL);
  else if (g_str_equal (what, "chair"))
    minutes_person_set_role (person,
                             minutes_person_get_role (person) == MINUTES_ROLE_CHAIR
                               ? MINUTES_ROLE_NONE : MINUTES_ROLE_CHAIR);
  else if (g_str_equal (what, "arrived"))
    minutes_person_set_arrived_at (person, minutes_time_now ());
  else if (g_str_equal (what, "left"))
    minutes_person_set_left_at (person, minutes_time_now ());
  else if (g_str_equal (what, "remove"))
    {
      MinutesMeeting *meeting = MINUTES_MEETING (minutes_node_get_parent (MINUTES_NODE (person)));

      if (meeting != NULL)
        minutes_meeting_remove_person (meeting, person);
    }

  return TRUE;
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *what)
{
  GtkShortcut *shortcut;

  shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                               gtk_callback_action_new (shortcut_cb, NULL, NULL));
  gtk_shortcut_set_arguments (shortcut, g_variant_new_string (what));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
remove_clicked_cb (GtkButton     *button,
                   MinutesPerson *person)
{
  MinutesMeeting *meeting = MINUTES_MEETING (minutes_node_get_parent (MINUTES_NODE (person)));

  if (meeting != NULL)
    minutes_meeting_remove_person (meeting, person);
}

static GtkWidget *
create_person_row (gpointer item,
                   gpointer user_data)
{
  static const char * const kinds[] = { N_("Member"), N_("Substitute"), N_("Officer"), N_("External"), NULL };
  static const char * const attendances[] = { N_("Expected"), N_("Present"), N_("Virtual"), N_("Apologies"), N_("Absent"), NULL };
  static const char * const roles[] = { N_("No role"), N_("Chair"), N_("Vice-Chair"), NULL };
  MinutesPerson *person = item;
  g_autofree const char **kind_labels = g_new0 (const char *, G_N_ELEMENTS (kinds));
  g_autofree const char **attendance_labels = g_new0 (const char *, G_N_ELEMENTS (attendances));
  g_autofree const char **role_labels = g_new0 (const char *, G_N_ELEMENTS (roles));
  GtkEventController *controller;
  GtkWidget *row;
  GtkWidget *choice;
  GtkWidget *button;

  for (guint i = 0; kinds[i] != NULL; i++)
    kind_labels[i] = _(kinds[i]);
  for (guint i = 0; attendances[i] != NULL; i++)
    attendance_labels[i] = _(attendances[i]);
  for (guint i = 0; roles[i] != NULL; i++)
    role_labels[i] = _(roles[i]);

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Name"));
  g_object_set_data_full (G_OBJECT (row), "person", g_object_ref (person), g_object_unref);
  minutes_bind_text (person, "name", GTK_EDITABLE (row));

  /* Each choice is kept on the row under its property's name, for
   * minutes_attendance_form_focus_property(). */
  choice = new_choice (person, "kind", _("Kind"), kind_labels);
  g_object_set_data (G_OBJECT (row), "kind", choice);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), choice);
  choice = new_choice (person, "attendance", _("Attendance"), attendance_labels);
  g_object_set_data (G_OBJECT (row), "attendance", choice);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), choice);
  choice = new_choice (person, "role", _("Role"), role_labels);
  g_object_set_data (G_OBJECT (row), "role", choice);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), choice);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove From the Meeting"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove From the Meeting"),
                                  -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_clicked_cb), person, G_CONNECT_DEFAULT);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

  controller = gtk_shortcut_controller_new ();
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Alt>p", "present");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Alt>v", "virtual");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Alt>a", "apologies");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Alt>x", "absent");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Alt>m", "member");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Alt>s", "substitute");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Alt>o", "officer");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Alt>e", "external");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Alt>c", "chair");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Alt>r", "arrived");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Alt>l", "left");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "<Control>Delete", "remove");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (row, controller);

  return row;
}

static void
add_activated_cb (MinutesAttendanceForm *self)
{
  g_autoptr(MinutesPerson) person = NULL;
  g_autofree char *name = NULL;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_row))));
  if (name[0] == '\0')
    return;

  person = minutes_person_new ();
  minutes_person_set_name (person, name);
  minutes_person_set_kind (person, MINUTES_PERSON_KIND_MEMBER);
  minutes_person_set_attendance (person, MINUTES_ATTENDANCE_PRESENT);
  minutes_meeting_append_person (self->meeting, person);

  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
}

static void
minutes_attendance_form_dispose (GObject *object)
{
  MinutesAttendanceForm *self = MINUTES_ATTENDANCE_FORM (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MINUTES_TYPE_ATTENDANCE_FORM);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (minutes_attendance_form_parent_class)->dispose (object);
}

static void
minutes_attendance_form_class_init (MinutesAttendanceFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = minutes_attendance_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/minutes-attendance-form.ui");
  gtk_widget_class_bind_template_child (widget_class, MinutesAttendanceForm, add_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesAttendanceForm, people_list);
  gtk_widget_class_bind_template_callback (widget_class, add_activated_cb);
}

static void
minutes_attendance_form_init (MinutesAttendanceForm *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("Nobody yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->people_list, placeholder);
}

GtkWidget *
minutes_attendance_form_new (MinutesMeeting *meeting)
{
  MinutesAttendanceForm *self;

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), NULL);

  self = g_object_new (MINUTES_TYPE_ATTENDANCE_FORM, NULL);
  self->meeting = g_object_ref (meeting);
  gtk_list_box_bind_model (self->people_list,
                           minutes_meeting_get_people (meeting),
                           create_person_row, self, NULL);

  return GTK_WIDGET (self);
}

static GtkWidget *
find_person_row (MinutesAttendanceForm *self,
                 MinutesPerson         *person)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->people_list, i);

      if (row == NULL)
        return NULL;
      if (g_object_get_data (G_OBJECT (row), "person") == person)
        return GTK_WIDGET (row);
    }
}

/* Focuses the field of property name of object: a person's name or one of
 * their choices; for a declaration (which has no form of its own yet), the
 * person who made it. FALSE when the form has no field for it. */
gboolean
minutes_attendance_form_focus_property (MinutesAttendanceForm *self,
                                        GObject               *object,
                                        const char            *name)
{
  GtkWidget *row;
  GtkWidget *choice;

  g_return_val_if_fail (MINUTES_IS_ATTENDANCE_FORM (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  if (MINUTES_IS_DECLARATION (object))
    {
      object = G_OBJECT (minutes_declaration_get_person (MINUTES_DECLARATION (object)));
      name = "name";
    }

  if (!MINUTES_IS_PERSON (object))
    return FALSE;

  row = find_person_row (self, MINUTES_PERSON (object));
  if (row == NULL)
    return FALSE;

  choice = name != NULL ? g_object_get_data (G_OBJECT (row), name) : NULL;
  if (choice != NULL)
    return gtk_widget_child_focus (choice, GTK_DIR_TAB_FORWARD);

  minutes_focus_editable (row);
  return TRUE;
}
