/* minutes-item-form.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-item-form"

#include "config.h"

#include <glib/gi18n.h>

#include "minutes-form-util.h"
#include "minutes-item-form.h"

/* One agenda item as the clerk drafts it live: its title, the discussion as
 * numbered key points (Enter starts the next one, numbers follow every
 * insertion and move), narrative lines and procedural notes, and the
 * actions with their owners. */
struct _MinutesItemForm
{
  AdwBin             parent_instance;

  /* Template widgets */
  AdwEntryRow        *title_row;
  AdwEntryRow        *number_row;
  GtkListBox         *discussion_list;
  GtkListBox         *actions_list;

  MinutesAgendaItem  *item;
};

G_DEFINE_FINAL_TYPE (MinutesItemForm, minutes_item_form, ADW_TYPE_BIN)

static guint
entry_position (MinutesAgendaItem      *item,
                MinutesDiscussionEntry *entry)
{
  guint position = 0;

  if (!g_list_store_find (G_LIST_STORE (minutes_agenda_item_get_discussion (item)), entry, &position))
    return GTK_INVALID_LIST_POSITION;

  return position;
}

static void
focus_row (GtkListBox *list,
           guint       position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) position);

  if (row != NULL)
    minutes_focus_editable (GTK_WIDGET (row));
}

static void
insert_entry (MinutesItemForm  *self,
              guint             position,
              MinutesEntryType  type)
{
  g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();

  minutes_discussion_entry_set_entry_type (entry, type);
  minutes_agenda_item_insert_entry (self->item, position, entry);
  focus_row (self->discussion_list, position);
}

static void
update_number_cb (MinutesDiscussionEntry *entry,
                  GParamSpec             *pspec,
                  GtkWidget              *row)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "number-label");
  GtkWidget *editable = g_object_get_data (G_OBJECT (row), "editable");
  g_autofree char *number = minutes_discussion_entry_dup_number (entry);
  g_autofree char *accessible = NULL;

  gtk_label_set_text (label, number != NULL ? number : "");

  if (editable == NULL)
    return;

  if (minutes_discussion_entry_get_entry_type (entry) == MINUTES_ENTRY_POINT)
    /* Translators: the accessible name of a key point's entry, %s its number (3.1) */
    accessible = g_strdup_printf (_("Point %s"), number != NULL ? number : "");
  else
    accessible = g_strdup (_("Narrative line"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (editable),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
entry_activate_cb (GtkEntry  *editable,
                   GtkWidget *row)
{
  MinutesItemForm *self = g_object_get_data (G_OBJECT (row), "form");
  MinutesDiscussionEntry *entry = g_object_get_data (G_OBJECT (row), "entry");
  guint position = entry_position (self->item, entry);

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  insert_entry (self, position + 1, MINUTES_ENTRY_POINT);
}

static gboolean
row_shortcut_cb (GtkWidget *row,
                 GVariant  *args,
                 gpointer   user_data)
{
  MinutesItemForm *self = g_object_get_data (G_OBJECT (row), "form");
  MinutesDiscussionEntry *entry = g_object_get_data (G_OBJECT (row), "entry");
  GtkWidget *editable = g_object_get_data (G_OBJECT (row), "editable");
  const char *what = g_variant_get_string (args, NULL);
  guint position = entry_position (self->item, entry);
  guint n_entries = g_list_model_get_n_items (minutes_agenda_item_get_discussion (self->item));

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  if (g_str_equal (what, "up") && position > 0)
    {
      minutes_agenda_item_move_entry (self->item, entry, position - 1);
      focus_row (self->discussion_list, position - 1);
      return TRUE;
    }

  if (g_str_equal (what, "down") && position + 1 < n_entries)
    {
      minutes_agenda_item_move_entry (self->item, entry, position + 1);
      focus_row (self->discussion_list, position + 1);
      return TRUE;
    }

  if (g_str_equal (what, "backspace") && editable != NULL &&
      gtk_editable_get_text (GTK_EDITABLE (editable))[0] == '\0')
    {
      minutes_agenda_item_remove_entry (self->item, entry);
      if (position > 0)
        focus_row (self->discussion_list, position - 1);
      return TRUE;
    }

  return FALSE;
}

static void
add_row_shortcut (GtkWidget  *row,
                  const char *trigger,
                  const char *what)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcut *shortcut;

  shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                               gtk_callback_action_new (row_shortcut_cb, NULL, NULL));
  gtk_shortcut_set_arguments (shortcut, g_variant_new_string (what));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  /* Before the entry, which would take Backspace and the arrows itself. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (row, controller);
}

static void
remove_entry_clicked_cb (GtkButton *button,
                         GtkWidget *row)
{
  MinutesItemForm *self = g_object_get_data (G_OBJECT (row), "form");
  MinutesDiscussionEntry *entry = g_object_get_data (G_OBJECT (row), "entry");

  minutes_agenda_item_remove_entry (self->item, entry);
}

static GtkWidget *
new_remove_button (const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  return button;
}

static GtkWidget *
new_time_entry (gpointer    object,
                const char *property,
                const char *label)
{
  GtkWidget *editable = gtk_entry_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (editable), 6);
  gtk_entry_set_placeholder_text (GTK_ENTRY (editable), _("HH:MM"));
  gtk_widget_set_tooltip_text (editable, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (editable),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  minutes_bind_time (object, property, GTK_EDITABLE (editable));

  return editable;
}

static GtkWidget *
create_entry_row (gpointer item,
                  gpointer user_data)
{
  MinutesItemForm *self = user_data;
  MinutesDiscussionEntry *entry = item;
  MinutesEntryType type = minutes_discussion_entry_get_entry_type (entry);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *button;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data (G_OBJECT (row), "form", self);
  g_object_set_data_full (G_OBJECT (row), "entry", g_object_ref (entry), g_object_unref);
  g_object_set_data (G_OBJECT (row), "number-label", number);

  gtk_label_set_width_chars (GTK_LABEL (number), 5);
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "dim-label");
  gtk_box_append (GTK_BOX (box), number);

  if (type == MINUTES_ENTRY_PROCEDURAL)
    {
      GtkWidget *label = gtk_label_new (NULL);

      switch (minutes_discussion_entry_get_procedure (entry))
        {
        case MINUTES_PROCEDURE_ADJOURNMENT:
          gtk_label_set_text (GTK_LABEL (label), _("Adjourned from"));
          gtk_box_append (GTK_BOX (box), label);
          gtk_box_append (GTK_BOX (box), new_time_entry (entry, "from", _("Adjourned at")));
          gtk_box_append (GTK_BOX (box), gtk_label_new (_("to")));
          gtk_box_append (GTK_BOX (box), new_time_entry (entry, "to", _("Resumed at")));
          break;

        case MINUTES_PROCEDURE_ARRIVAL:
        case MINUTES_PROCEDURE_DEPARTURE:
        case MINUTES_PROCEDURE_OTHER:
        default:
          gtk_label_set_text (GTK_LABEL (label), _("Procedural note at"));
          gtk_box_append (GTK_BOX (box), label);
          gtk_box_append (GTK_BOX (box), new_time_entry (entry, "from", _("Time of the note")));
          break;
        }
    }
  else
    {
      GtkWidget *editable = gtk_entry_new ();

      g_object_set_data (G_OBJECT (row), "editable", editable);
      gtk_widget_set_hexpand (editable, TRUE);
      /* Ctrl+Z undoes in the meeting, across fields, not in one entry. */
      gtk_editable_set_enable_undo (GTK_EDITABLE (editable), FALSE);
      gtk_entry_set_placeholder_text (GTK_ENTRY (editable),
                                      type == MINUTES_ENTRY_POINT ? _("Key point") : _("Narrative line"));
      minutes_bind_text (entry, "text", GTK_EDITABLE (editable));
      g_signal_connect (editable, "activate", G_CALLBACK (entry_activate_cb), row);
      gtk_box_append (GTK_BOX (box), editable);
      add_row_shortcut (row, "BackSpace", "backspace");
    }

  add_row_shortcut (row, "<Control><Shift>Up", "up");
  add_row_shortcut (row, "<Control><Shift>Down", "down");

  button = new_remove_button (_("Remove This Line"));
  g_signal_connect (button, "clicked", G_CALLBACK (remove_entry_clicked_cb), row);
  gtk_box_append (GTK_BOX (box), button);

  update_number_cb (entry, NULL, row);
  g_signal_connect_object (entry, "notify::number", G_CALLBACK (update_number_cb), row, G_CONNECT_DEFAULT);

  return row;
}

static void
owner_selected_cb (GtkDropDown   *dropdown,
                   GParamSpec    *pspec,
                   MinutesAction *action)
{
  g_autoptr(MinutesPerson) person = NULL;
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  person = g_list_model_get_item (gtk_drop_down_get_model (dropdown), selected);
  minutes_action_set_owner (action, person);
}

static void
owner_notify_cb (MinutesAction *action,
                 GParamSpec    *pspec,
                 GtkDropDown   *dropdown)
{
  MinutesPerson *owner = minutes_action_get_owner (action);
  guint position = GTK_INVALID_LIST_POSITION;

  if (owner != NULL &&
      !g_list_store_find (G_LIST_STORE (gtk_drop_down_get_model (dropdown)), owner, &position))
    position = GTK_INVALID_LIST_POSITION;

  if (gtk_drop_down_get_selected (dropdown) != position)
    gtk_drop_down_set_selected (dropdown, position);
}

static void
remove_action_clicked_cb (GtkButton     *button,
                          MinutesAction *action)
{
  MinutesAgendaItem *item = MINUTES_AGENDA_ITEM (minutes_node_get_parent (MINUTES_NODE (action)));

  if (item != NULL)
    minutes_agenda_item_remove_action (item, action);
}

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  MinutesItemForm *self = user_data;
  MinutesAction *action = item;
  MinutesMeeting *meeting = minutes_agenda_item_get_meeting (self->item);
  GtkWidget *row = adw_entry_row_new ();
  GtkExpression *expression;
  GtkWidget *owner;
  GtkWidget *button;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Action"));
  g_object_set_data_full (G_OBJECT (row), "action", g_object_ref (action), g_object_unref);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  minutes_bind_text (action, "text", GTK_EDITABLE (row));

  expression = gtk_property_expression_new (MINUTES_TYPE_PERSON, NULL, "name");
  owner = gtk_drop_down_new (g_object_ref (minutes_meeting_get_people (meeting)), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (owner), TRUE);
  gtk_widget_set_valign (owner, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (owner, _("Owner"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (owner),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Owner"),
                                  -1);
  owner_notify_cb (action, NULL, GTK_DROP_DOWN (owner));
  g_signal_connect_object (owner, "notify::selected", G_CALLBACK (owner_selected_cb), action, G_CONNECT_DEFAULT);
  g_signal_connect_object (action, "notify::owner", G_CALLBACK (owner_notify_cb), owner, G_CONNECT_DEFAULT);
  g_object_set_data (G_OBJECT (row), "owner", owner);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), owner);

  button = new_remove_button (_("Remove This Action"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_action_clicked_cb), action, G_CONNECT_DEFAULT);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

  return row;
}

static void
title_activated_cb (MinutesItemForm *self)
{
  /* From the title straight into the discussion. */
  if (g_list_model_get_n_items (minutes_agenda_item_get_discussion (self->item)) == 0)
    insert_entry (self, 0, MINUTES_ENTRY_POINT);
  else
    focus_row (self->discussion_list, 0);
}

static void
minutes_item_form_dispose (GObject *object)
{
  MinutesItemForm *self = MINUTES_ITEM_FORM (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MINUTES_TYPE_ITEM_FORM);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (minutes_item_form_parent_class)->dispose (object);
}

static void
minutes_item_form_class_init (MinutesItemFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = minutes_item_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/minutes-item-form.ui");
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, title_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, number_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, discussion_list);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, actions_list);
  gtk_widget_class_bind_template_callback (widget_class, title_activated_cb);
}

static GtkWidget *
new_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);

  return label;
}

static void
minutes_item_form_init (MinutesItemForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_placeholder (self->discussion_list,
                                new_placeholder (_("No points yet: press Enter in the title to start")));
  gtk_list_box_set_placeholder (self->actions_list, new_placeholder (_("No actions")));

  gtk_editable_set_enable_undo (GTK_EDITABLE (self->title_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->number_row), FALSE);
}

GtkWidget *
minutes_item_form_new (MinutesAgendaItem *item)
{
  MinutesItemForm *self;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (item), NULL);
  g_return_val_if_fail (minutes_agenda_item_get_meeting (item) != NULL, NULL);

  self = g_object_new (MINUTES_TYPE_ITEM_FORM, NULL);
  self->item = g_object_ref (item);

  minutes_bind_text (item, "title", GTK_EDITABLE (self->title_row));
  minutes_bind_text (item, "number-label", GTK_EDITABLE (self->number_row));
  gtk_list_box_bind_model (self->discussion_list,
                           minutes_agenda_item_get_discussion (item),
                           create_entry_row, self, NULL);
  gtk_list_box_bind_model (self->actions_list,
                           minutes_agenda_item_get_actions (item),
                           create_action_row, self, NULL);

  return GTK_WIDGET (self);
}

MinutesAgendaItem *
minutes_item_form_get_item (MinutesItemForm *self)
{
  g_return_val_if_fail (MINUTES_IS_ITEM_FORM (self), NULL);

  return self->item;
}

/* Adds a point or narrative line after the line that has the focus, or at
 * the end, and puts the cursor in it. */
void
minutes_item_form_add_entry (MinutesItemForm  *self,
                             MinutesEntryType  type)
{
  GtkWidget *focus;
  guint position;

  g_return_if_fail (MINUTES_IS_ITEM_FORM (self));

  position = g_list_model_get_n_items (minutes_agenda_item_get_discussion (self->item));

  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (GTK_IS_LIST_BOX_ROW (w) && gtk_widget_get_parent (w) == GTK_WIDGET (self->discussion_list))
        {
          MinutesDiscussionEntry *entry = g_object_get_data (G_OBJECT (w), "entry");
          guint at = entry_position (self->item, entry);

          if (at != GTK_INVALID_LIST_POSITION)
            position = at + 1;
          break;
        }
    }

  insert_entry (self, position, type);
}

void
minutes_item_form_add_action (MinutesItemForm *self)
{
  g_autoptr(MinutesAction) action = minutes_action_new ();
  guint position;
  GtkListBoxRow *row;

  g_return_if_fail (MINUTES_IS_ITEM_FORM (self));

  position = g_list_model_get_n_items (minutes_agenda_item_get_actions (self->item));
  minutes_agenda_item_append_action (self->item, action);
  row = gtk_list_box_get_row_at_index (self->actions_list, (int) position);
  if (row != NULL)
    minutes_focus_editable (GTK_WIDGET (row));
}

/* Puts the cursor where the clerk will type next: the title of a new item,
 * else the last line of the discussion. */
void
minutes_item_form_focus (MinutesItemForm *self)
{
  guint n_entries;

  g_return_if_fail (MINUTES_IS_ITEM_FORM (self));

  n_entries = g_list_model_get_n_items (minutes_agenda_item_get_discussion (self->item));
  if (minutes_agenda_item_get_title (self->item) == NULL || n_entries == 0)
    minutes_focus_editable (GTK_WIDGET (self->title_row));
  else
    focus_row (self->discussion_list, n_entries - 1);
}

static GtkWidget *
find_row_with (GtkListBox *list,
               const char *key,
               gpointer    object)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      if (row == NULL)
        return NULL;
      if (g_object_get_data (G_OBJECT (row), key) == object)
        return GTK_WIDGET (row);
    }
}

/* Focuses the field of property name of object: the item itself (title,
 * number), one of its lines of discussion or one of its actions. Parts of
 * the item with no field yet (motions, resolutions, witnesses) focus where
 * the clerk would carry on, as minutes_item_form_focus() does. FALSE when
 * object is not this item or in it, or the form has no field for it. */
gboolean
minutes_item_form_focus_property (MinutesItemForm *self,
                                  GObject         *object,
                                  const char      *name)
{
  GtkWidget *row;

  g_return_val_if_fail (MINUTES_IS_ITEM_FORM (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  if (object == G_OBJECT (self->item))
    {
      if (g_strcmp0 (name, "title") == 0)
        minutes_focus_editable (GTK_WIDGET (self->title_row));
      else if (g_strcmp0 (name, "number-label") == 0 || g_strcmp0 (name, "number") == 0 ||
               g_strcmp0 (name, "unnumbered") == 0)
        minutes_focus_editable (GTK_WIDGET (self->number_row));
      else
        {
          minutes_item_form_focus (self);
          return FALSE;
        }
      return TRUE;
    }

  if (MINUTES_IS_DISCUSSION_ENTRY (object) &&
      (row = find_row_with (self->discussion_list, "entry", object)) != NULL)
    {
      minutes_focus_editable (row);
      return TRUE;
    }

  if (MINUTES_IS_ACTION (object) &&
      (row = find_row_with (self->actions_list, "action", object)) != NULL)
    {
      GtkWidget *owner = g_object_get_data (G_OBJECT (row), "owner");

      if (g_strcmp0 (name, "owner") == 0 && owner != NULL)
        return gtk_widget_child_focus (owner, GTK_DIR_TAB_FORWARD);

      minutes_focus_editable (row);
      return TRUE;
    }

  minutes_item_form_focus (self);
  return FALSE;
}
