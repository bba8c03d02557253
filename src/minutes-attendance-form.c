/* minutes-attendance-form.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-attendance-form"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "minutes-attendance-form.h"
#include "minutes-form-util.h"
#include "minutes-people-store.h"

/* Who is at the meeting: a name and Enter adds a person, present, as a
 * member; on each person one key (with Alt) sets what they are and whether
 * they came, so attendance is taken as fast as people sit down.
 *
 * While a name is typed, the people of this meeting and those recently
 * added to any meeting (MinutesPeopleStore) whose names match are offered
 * below it; Down and Up choose one, Enter or a click takes it: a recent
 * person is added with their honorific, job title, organisation and kind;
 * a person of this meeting who was only expected is marked present.
 * Enter without choosing adds the name as typed.
 *
 * The people are shown in the groups the template prints them in
 * ("IN ATTENDANCE:", "APOLOGIES:" …), so the form reads like the minutes;
 * those the minutes do not list (expected, absent) come last. */

#define MAX_SUGGESTIONS 8

typedef struct
{
  AdwPreferencesGroup *widget;
  GtkListBox          *list;
  GtkFilterListModel  *model;
  guint                kinds;        /* as in MinutesAttendanceGroup; 0: the rest */
  guint                attendances;
} Group;

struct _MinutesAttendanceForm
{
  AdwBin              parent_instance;

  AdwPreferencesPage *page;

  /* Template widgets */
  AdwEntryRow        *add_row;

  MinutesMeeting     *meeting;
  MinutesTemplate    *template;
  GPtrArray          *groups;        /* of Group */
  guint               refilter_source;
  MinutesPerson      *refocus;       /* whose row had the focus when it moved */

  GtkPopover         *suggestion_popover;
  GtkListView        *suggestion_view;
  GListStore         *suggestions;   /* of MinutesPerson */
  GtkSingleSelection *suggestion_selection;
  gboolean            suggestion_chosen;  /* moved to with Down/Up */
};

G_DEFINE_FINAL_TYPE (MinutesAttendanceForm, minutes_attendance_form, ADW_TYPE_BIN)

static GtkWidget *create_person_row (gpointer item,
                                     gpointer user_data);

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

/* Substitute for: a button showing whom, with the members to choose
 * from (fresh each time it opens). Shown for substitutes only. */

static void
update_substitute_button (GtkMenuButton *button,
                          GParamSpec    *pspec,
                          MinutesPerson *person)
{
  MinutesPerson *member = minutes_person_get_substitute_for (person);
  g_autofree char *label = NULL;

  if (member != NULL)
    /* Translators: %s is the name of the member someone substitutes for */
    label = g_strdup_printf (_("For %s"), minutes_person_get_name (member));
  else
    label = g_strdup (_("For…"));

  gtk_label_set_text (GTK_LABEL (gtk_menu_button_get_child (button)), label);
  gtk_widget_set_visible (GTK_WIDGET (button),
                          minutes_person_get_kind (person) == MINUTES_PERSON_KIND_SUBSTITUTE);
}

static void
substitute_chosen_cb (GtkListBox    *list,
                      GtkListBoxRow *row,
                      MinutesPerson *person)
{
  MinutesPerson *member = g_object_get_data (G_OBJECT (row), "member");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER);

  minutes_person_set_substitute_for (person, member);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static GtkWidget *
new_member_row (const char    *name,
                MinutesPerson *member)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (name);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  if (member != NULL)
    g_object_set_data_full (G_OBJECT (row), "member", g_object_ref (member), g_object_unref);

  return row;
}

static void
fill_substitute_popover_cb (GtkPopover    *popover,
                            MinutesPerson *person)
{
  MinutesMeeting *meeting = MINUTES_MEETING (minutes_node_get_parent (MINUTES_NODE (person)));
  GtkWidget *list = gtk_list_box_new ();
  GListModel *people;
  guint n;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Members to substitute for"),
                                  -1);
  gtk_list_box_append (GTK_LIST_BOX (list), new_member_row (_("Nobody"), NULL));

  if (meeting != NULL)
    {
      people = minutes_meeting_get_people (meeting);
      n = g_list_model_get_n_items (people);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(MinutesPerson) other = g_list_model_get_item (people, i);

          if (other != person && minutes_person_get_kind (other) == MINUTES_PERSON_KIND_MEMBER)
            gtk_list_box_append (GTK_LIST_BOX (list),
                                 new_member_row (minutes_person_get_name (other), other));
        }
    }

  g_signal_connect_object (list, "row-activated", G_CALLBACK (substitute_chosen_cb), person, G_CONNECT_DEFAULT);
  gtk_popover_set_child (popover, list);
}

static GtkWidget *
new_substitute_button (MinutesPerson *person)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *label = gtk_label_new (NULL);

  /* Narrow, so that the row does not widen the window. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 10);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_tooltip_text (button, _("The member this substitute stands in for"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Substitute for"),
                                  -1);
  g_signal_connect_object (popover, "show", G_CALLBACK (fill_substitute_popover_cb), person, G_CONNECT_DEFAULT);
  g_signal_connect_object (person, "notify::substitute-for",
                           G_CALLBACK (update_substitute_button), button, G_CONNECT_SWAPPED);
  g_signal_connect_object (person, "notify::kind",
                           G_CALLBACK (update_substitute_button), button, G_CONNECT_SWAPPED);
  g_signal_connect_object (person, "notify::name",
                           G_CALLBACK (update_substitute_button), button, G_CONNECT_SWAPPED);
  update_substitute_button (GTK_MENU_BUTTON (button), NULL, person);

  return button;
}

/* The row's title says who the person is beyond their name. */
static void
update_row_title (GtkWidget     *row,
                  GParamSpec    *pspec,
                  MinutesPerson *person)
{
  g_autofree char *description = minutes_person_dup_description (person);
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;

  if (description != NULL && description[0] != '\0')
    /* Translators: %s is a job title and organisation, e.g. "Inspector – Police" */
    title = g_strdup_printf (_("Name — %s"), description);

  /* Row titles are markup; a job title may hold "&". */
  escaped = g_markup_escape_text (title != NULL ? title : _("Name"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
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
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), new_substitute_button (person));
  update_row_title (row, NULL, person);
  g_signal_connect_object (person, "notify::job-title", G_CALLBACK (update_row_title), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (person, "notify::organisation", G_CALLBACK (update_row_title), row, G_CONNECT_SWAPPED);

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

/* Groups */

static void
group_free (gpointer data)
{
  Group *group = data;

  g_clear_object (&group->model);
  g_free (group);
}

static gboolean
in_group (MinutesPerson *person,
          guint          kinds,
          guint          attendances)
{
  return (kinds & (1u << minutes_person_get_kind (person))) != 0 &&
         (attendances & (1u << minutes_person_get_attendance (person))) != 0;
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  Group *group = user_data;
  MinutesAttendanceForm *self = g_object_get_data (G_OBJECT (group->widget), "form");
  MinutesPerson *person = item;

  if (group->kinds != 0)
    return in_group (person, group->kinds, group->attendances);

  /* The rest: those no group of the template prints. */
  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *other = g_ptr_array_index (self->groups, i);

      if (other->kinds != 0 && in_group (person, other->kinds, other->attendances))
        return FALSE;
    }

  return TRUE;
}

static void
update_group_visibility (MinutesAttendanceForm *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);

      /* The first group stays, to say when there is nobody. */
      gtk_widget_set_visible (GTK_WIDGET (group->widget),
                              i == 0 || g_list_model_get_n_items (G_LIST_MODEL (group->model)) > 0);
    }
}

static GtkWidget *
find_row (MinutesAttendanceForm *self,
          MinutesPerson         *person)
{
  for (guint i = 0; self->groups != NULL && i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);

      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (group->list));
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        {
          if (g_object_get_data (G_OBJECT (row), "person") == (gpointer) person)
            return row;
        }
    }

  return NULL;
}

static MinutesPerson *
get_focused_person (MinutesAttendanceForm *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL && focus != GTK_WIDGET (self); focus = gtk_widget_get_parent (focus))
    {
      MinutesPerson *person = g_object_get_data (G_OBJECT (focus), "person");

      if (person != NULL && ADW_IS_ENTRY_ROW (focus))
        return person;
    }

  return NULL;
}

static void
refilter (MinutesAttendanceForm *self)
{
  g_autoptr(MinutesPerson) focused = NULL;

  g_clear_handle_id (&self->refilter_source, g_source_remove);

  focused = get_focused_person (self);
  if (focused != NULL)
    g_object_ref (focused);
  else if (self->refocus != NULL)
    focused = g_steal_pointer (&self->refocus);
  g_clear_object (&self->refocus);

  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);

      gtk_filter_changed (gtk_filter_list_model_get_filter (group->model), GTK_FILTER_CHANGE_DIFFERENT);
    }
  update_group_visibility (self);

  /* A person who moved to another group keeps the focus there. */
  if (focused != NULL && get_focused_person (self) != focused)
    {
      GtkWidget *row = find_row (self, focused);

      if (row != NULL)
        minutes_focus_editable (row);
    }
}

static gboolean
refilter_idle_cb (gpointer user_data)
{
  MinutesAttendanceForm *self = user_data;

  self->refilter_source = 0;
  refilter (self);

  return G_SOURCE_REMOVE;
}

/* Rows move between groups once the change is over, never inside the
 * drop-down or shortcut that made it. */
static void
meeting_changed_cb (MinutesAttendanceForm *self)
{
  MinutesPerson *focused = get_focused_person (self);

  if (focused != NULL)
    g_set_object (&self->refocus, focused);

  if (self->refilter_source == 0)
    self->refilter_source = g_idle_add (refilter_idle_cb, self);
}

static Group *
add_group (MinutesAttendanceForm *self,
           const char            *title,
           const char            *description,
           guint                  kinds,
           guint                  attendances)
{
  Group *group = g_new0 (Group, 1);
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_description = description != NULL ? g_markup_escape_text (description, -1) : NULL;
  GtkCustomFilter *filter;
  GtkWidget *list;

  group->kinds = kinds;
  group->attendances = attendances;

  group->widget = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  /* Group titles are markup; the labels come from a council's template. */
  adw_preferences_group_set_title (group->widget, escaped_title);
  if (escaped_description != NULL)
    adw_preferences_group_set_description (group->widget, escaped_description);
  g_object_set_data (G_OBJECT (group->widget), "form", self);

  filter = gtk_custom_filter_new (filter_cb, group, NULL);
  group->model = gtk_filter_list_model_new (g_object_ref (minutes_meeting_get_people (self->meeting)),
                                            GTK_FILTER (filter));
  g_signal_connect_object (group->model, "items-changed",
                           G_CALLBACK (update_group_visibility), self, G_CONNECT_SWAPPED);

  list = gtk_list_box_new ();
  group->list = GTK_LIST_BOX (list);
  gtk_list_box_set_selection_mode (group->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_list_box_bind_model (group->list, G_LIST_MODEL (group->model),
                           create_person_row, self, NULL);
  adw_preferences_group_add (group->widget, list);

  adw_preferences_page_add (self->page, group->widget);
  g_ptr_array_add (self->groups, group);

  return group;
}

/* One group per attendance line of the template, in its order, titled as
 * it prints; then the people it does not print. */
static void
rebuild_groups (MinutesAttendanceForm *self)
{
  GPtrArray *template_groups = NULL;
  GtkWidget *placeholder;

  g_clear_handle_id (&self->refilter_source, g_source_remove);
  for (guint i = 0; self->groups != NULL && i < self->groups->len; i++)
    {
      Group *group = g_ptr_array_index (self->groups, i);

      adw_preferences_page_remove (self->page, group->widget);
    }
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  self->groups = g_ptr_array_new_with_free_func (group_free);

  g_clear_object (&self->template);
  self->template = minutes_template_lookup_for_meeting (self->meeting, NULL);
  if (self->template != NULL)
    template_groups = minutes_template_get_attendance_groups (self->template);

  for (guint i = 0; template_groups != NULL && i < template_groups->len; i++)
    {
      MinutesAttendanceGroup *line = g_ptr_array_index (template_groups, i);

      if (line->kinds == 0 || line->attendances == 0)
        continue;

      add_group (self, line->label, line->collective, line->kinds, line->attendances);
    }

  add_group (self,
             self->groups->len > 0 ? _("Not Listed in the Minutes") : _("People"),
             self->groups->len > 0 ? _("Expected, absent, or of a kind the template does not list") : NULL,
             0, 0);

  placeholder = gtk_label_new (_("Nobody yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (((Group *) g_ptr_array_index (self->groups, 0))->list, placeholder);

  update_group_visibility (self);
}

/* Suggestions */

static gboolean
matches (MinutesPerson *person,
         const char    *key)
{
  g_autofree char *name = NULL;
  const char *found;

  if (minutes_person_get_name (person) == NULL)
    return FALSE;

  /* At the start of any word of the name */
  name = g_utf8_casefold (minutes_person_get_name (person), -1);
  for (found = strstr (name, key); found != NULL; found = strstr (found + 1, key))
    {
      if (found == name || found[-1] == ' ' || found[-1] == '-' || found[-1] == '\'')
        return TRUE;
    }

  return FALSE;
}

static void
add_matches (MinutesAttendanceForm *self,
             GListModel            *people,
             const char            *key,
             GPtrArray             *found)
{
  guint n = g_list_model_get_n_items (people);

  for (guint i = 0; i < n && found->len < MAX_SUGGESTIONS; i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);
      gboolean seen = FALSE;

      if (!matches (person, key))
        continue;

      for (guint j = 0; j < found->len && !seen; j++)
        {
          MinutesPerson *other = g_ptr_array_index (found, j);

          seen = g_utf8_collate (minutes_person_get_name (other), minutes_person_get_name (person)) == 0;
        }
      if (!seen)
        g_ptr_array_add (found, g_steal_pointer (&person));
    }
}

static void
update_suggestions (MinutesAttendanceForm *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_row))));
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);

  self->suggestion_chosen = FALSE;

  if (text[0] != '\0')
    {
      g_autofree char *key = g_utf8_casefold (text, -1);

      add_matches (self, minutes_meeting_get_people (self->meeting), key, found);
      add_matches (self, minutes_people_store_get_people (minutes_people_store_get_default ()),
                   key, found);
    }

  g_list_store_splice (self->suggestions, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->suggestions)),
                       found->pdata, found->len);
  gtk_single_selection_set_selected (self->suggestion_selection, GTK_INVALID_LIST_POSITION);

  if (found->len > 0 && gtk_widget_get_mapped (GTK_WIDGET (self->add_row)))
    gtk_popover_popup (self->suggestion_popover);
  else
    gtk_popover_popdown (self->suggestion_popover);
}

static void
pick_suggestion (MinutesAttendanceForm *self,
                 MinutesPerson         *suggestion)
{
  g_autoptr(MinutesPerson) hold = g_object_ref (suggestion);

  gtk_popover_popdown (self->suggestion_popover);

  if (minutes_node_get_parent (MINUTES_NODE (suggestion)) == MINUTES_NODE (self->meeting))
    {
      /* Already in this meeting: they have arrived. */
      if (minutes_person_get_attendance (suggestion) == MINUTES_ATTENDANCE_EXPECTED)
        minutes_person_set_attendance (suggestion, MINUTES_ATTENDANCE_PRESENT);
    }
  else
    {
      g_autoptr(MinutesPerson) person = minutes_person_new ();

      minutes_person_set_name (person, minutes_person_get_name (suggestion));
      minutes_person_set_honorific (person, minutes_person_get_honorific (suggestion));
      minutes_person_set_job_title (person, minutes_person_get_job_title (suggestion));
      minutes_person_set_organisation (person, minutes_person_get_organisation (suggestion));
      minutes_person_set_kind (person, minutes_person_get_kind (suggestion));
      minutes_person_set_attendance (person, MINUTES_ATTENDANCE_PRESENT);
      minutes_meeting_append_person (self->meeting, person);
      minutes_people_store_remember (minutes_people_store_get_default (), person);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
}

static void
suggestion_activated_cb (MinutesAttendanceForm *self,
                         guint                  position)
{
  g_autoptr(MinutesPerson) suggestion = g_list_model_get_item (G_LIST_MODEL (self->suggestions), position);

  if (suggestion != NULL)
    pick_suggestion (self, suggestion);
}

static gboolean
add_row_key_cb (MinutesAttendanceForm *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->suggestions));
  guint selected = gtk_single_selection_get_selected (self->suggestion_selection);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->suggestion_popover)) || n == 0 ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      selected = selected == GTK_INVALID_LIST_POSITION || selected + 1 >= n ? 0 : selected + 1;
      gtk_single_selection_set_selected (self->suggestion_selection, selected);
      self->suggestion_chosen = TRUE;
      return TRUE;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      selected = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? n - 1 : selected - 1;
      gtk_single_selection_set_selected (self->suggestion_selection, selected);
      self->suggestion_chosen = TRUE;
      return TRUE;

    case GDK_KEY_Escape:
      gtk_popover_popdown (self->suggestion_popover);
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (self->suggestion_chosen && selected != GTK_INVALID_LIST_POSITION)
        {
          suggestion_activated_cb (self, selected);
          return TRUE;
        }
      return FALSE;

    default:
      return FALSE;
    }
}

static void
setup_suggestion_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_suggestion_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    MinutesAttendanceForm    *self)
{
  static const char * const kinds[] = { N_("Member"), N_("Substitute"), N_("Officer"), N_("External") };
  MinutesPerson *person = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *detail = gtk_widget_get_next_sibling (name);
  g_autofree char *description = minutes_person_dup_description (person);
  g_autofree char *full_name = minutes_person_dup_full_name (person);
  g_autoptr(GString) text = g_string_new (NULL);
  guint kind = minutes_person_get_kind (person);

  gtk_label_set_text (GTK_LABEL (name), full_name != NULL ? full_name : minutes_person_get_name (person));

  if (kind < G_N_ELEMENTS (kinds))
    g_string_append (text, _(kinds[kind]));
  if (description != NULL && description[0] != '\0')
    g_string_append_printf (text, ", %s", description);
  if (minutes_node_get_parent (MINUTES_NODE (person)) == MINUTES_NODE (self->meeting))
    g_string_append_printf (text, " · %s", _("in this meeting"));
  else
    g_string_append_printf (text, " · %s", _("recently added"));
  gtk_label_set_text (GTK_LABEL (detail), text->str);
}

static void
build_suggestions (MinutesAttendanceForm *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkWidget *scrolled;

  self->suggestions = g_list_store_new (MINUTES_TYPE_PERSON);
  self->suggestion_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->suggestions)));
  gtk_single_selection_set_autoselect (self->suggestion_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->suggestion_selection, TRUE);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_suggestion_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_suggestion_cb), self);
  self->suggestion_view = GTK_LIST_VIEW (gtk_list_view_new (g_object_ref (GTK_SELECTION_MODEL (self->suggestion_selection)),
                                                            factory));
  gtk_list_view_set_single_click_activate (self->suggestion_view, TRUE);
  /* The suggestion chosen with Down/Up is highlighted. */
  gtk_widget_add_css_class (GTK_WIDGET (self->suggestion_view), "navigation-sidebar");
  gtk_widget_set_can_focus (GTK_WIDGET (self->suggestion_view), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->suggestion_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("People matching the name typed"),
                                  -1);
  g_signal_connect_object (self->suggestion_view, "activate",
                           G_CALLBACK (suggestion_activated_cb), self, G_CONNECT_SWAPPED);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_widget_set_size_request (scrolled, 360, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->suggestion_view));

  /* Held, since it is a child of add_row, which may go first. */
  self->suggestion_popover = g_object_ref_sink (GTK_POPOVER (gtk_popover_new ()));
  gtk_popover_set_autohide (self->suggestion_popover, FALSE);
  gtk_popover_set_has_arrow (self->suggestion_popover, FALSE);
  gtk_popover_set_position (self->suggestion_popover, GTK_POS_BOTTOM);
  gtk_widget_set_halign (GTK_WIDGET (self->suggestion_popover), GTK_ALIGN_START);
  gtk_popover_set_child (self->suggestion_popover, scrolled);
  gtk_widget_set_parent (GTK_WIDGET (self->suggestion_popover), GTK_WIDGET (self->add_row));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (add_row_key_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->add_row), keys);

  g_signal_connect_object (focus, "leave", G_CALLBACK (gtk_popover_popdown),
                           self->suggestion_popover, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->add_row), focus);

  g_signal_connect_object (self->add_row, "changed", G_CALLBACK (update_suggestions), self, G_CONNECT_SWAPPED);
}

static void
add_activated_cb (MinutesAttendanceForm *self)
{
  g_autoptr(MinutesPerson) person = NULL;
  g_autofree char *name = NULL;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->add_row))));
  if (name[0] == '\0')
    return;

  gtk_popover_popdown (self->suggestion_popover);

  person = minutes_person_new ();
  minutes_person_set_name (person, name);
  minutes_person_set_kind (person, MINUTES_PERSON_KIND_MEMBER);
  minutes_person_set_attendance (person, MINUTES_ATTENDANCE_PRESENT);
  minutes_meeting_append_person (self->meeting, person);
  minutes_people_store_remember (minutes_people_store_get_default (), person);

  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
}

static void
minutes_attendance_form_dispose (GObject *object)
{
  MinutesAttendanceForm *self = MINUTES_ATTENDANCE_FORM (object);

  g_clear_handle_id (&self->refilter_source, g_source_remove);
  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  if (self->suggestion_popover != NULL)
    {
      if (gtk_widget_get_parent (GTK_WIDGET (self->suggestion_popover)) != NULL)
        gtk_widget_unparent (GTK_WIDGET (self->suggestion_popover));
      g_clear_object (&self->suggestion_popover);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), MINUTES_TYPE_ATTENDANCE_FORM);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_object (&self->suggestion_selection);
  g_clear_object (&self->suggestions);
  g_clear_object (&self->refocus);
  g_clear_object (&self->template);
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
  gtk_widget_class_bind_template_callback (widget_class, add_activated_cb);
}

static void
minutes_attendance_form_init (MinutesAttendanceForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The bin's child: not a template child, which the bin would drop twice. */
  self->page = ADW_PREFERENCES_PAGE (adw_bin_get_child (ADW_BIN (self)));
  build_suggestions (self);
}

GtkWidget *
minutes_attendance_form_new (MinutesMeeting *meeting)
{
  MinutesAttendanceForm *self;

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), NULL);

  self = g_object_new (MINUTES_TYPE_ATTENDANCE_FORM, NULL);
  self->meeting = g_object_ref (meeting);
  rebuild_groups (self);
  g_signal_connect_object (meeting, "changed", G_CALLBACK (meeting_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (meeting, "notify::template-id", G_CALLBACK (rebuild_groups), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

static GtkWidget *
find_person_row (MinutesAttendanceForm *self,
                 MinutesPerson         *person)
{
  for (guint g = 0; g < self->groups->len; g++)
    {
      Group *group = g_ptr_array_index (self->groups, g);

      for (int i = 0;; i++)
        {
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (group->list, i);

          if (row == NULL)
            break;
          if (g_object_get_data (G_OBJECT (row), "person") == person)
            return GTK_WIDGET (row);
        }
    }

  return NULL;
}

/* Focuses the field of property NAME of OBJECT, a person: their name or
 * one of their choices. FALSE when the form has no field for it. */
gboolean
minutes_attendance_form_focus_property (MinutesAttendanceForm *self,
                                        GObject               *object,
                                        const char            *name)
{
  GtkWidget *row;
  GtkWidget *choice;

  g_return_val_if_fail (MINUTES_IS_ATTENDANCE_FORM (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

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
