/* minutes-declarations-form.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-declarations-form"

#include "config.h"

#include <glib/gi18n.h>

#include "minutes-declarations-form.h"
#include "minutes-form-util.h"
#include "minutes-picker.h"

/* The declarations of interest: each one a person from the attendance, the
 * item it concerns, its kind, what was said and whether they withdrew; or,
 * explicitly, "there were none". */
struct _MinutesDeclarationsForm
{
  AdwBin          parent_instance;

  /* Template widgets */
  GtkWidget      *add_button;
  AdwActionRow   *none_row;
  GtkSwitch      *none_switch;
  GtkListBox     *declarations_list;

  MinutesMeeting *meeting;
};

G_DEFINE_FINAL_TYPE (MinutesDeclarationsForm, minutes_declarations_form, ADW_TYPE_BIN)

static const char *kind_labels[] = {
  N_("Disclosable pecuniary"),
  N_("Other registrable"),
  N_("Non-registrable"),
  N_("Other"),
  NULL
};

static void
remove_clicked_cb (GtkButton          *button,
                   MinutesDeclaration *declaration)
{
  MinutesMeeting *meeting = MINUTES_MEETING (minutes_node_get_parent (MINUTES_NODE (declaration)));

  if (meeting != NULL)
    minutes_meeting_remove_declaration (meeting, declaration);
}

static GtkWidget *
new_caption (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static GtkWidget *
create_declaration_row (gpointer item,
                        gpointer user_data)
{
  MinutesDeclarationsForm *self = user_data;
  MinutesDeclaration *declaration = item;
  const char *kinds[G_N_ELEMENTS (kind_labels)];
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *person;
  GtkWidget *agenda_item;
  GtkWidget *kind;
  GtkWidget *withdrew;
  GtkWidget *text;
  GtkWidget *button;

  for (guint i = 0; i < G_N_ELEMENTS (kind_labels); i++)
    kinds[i] = kind_labels[i] != NULL ? _(kind_labels[i]) : NULL;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_box_append (GTK_BOX (box), line);
  g_object_set_data_full (G_OBJECT (row), "declaration", g_object_ref (declaration), g_object_unref);

  person = minutes_person_picker_new (self->meeting, _("Person declaring"));
  minutes_bind_picker (declaration, "person", GTK_DROP_DOWN (person));
  gtk_widget_set_hexpand (person, TRUE);
  gtk_box_append (GTK_BOX (line), new_caption (_("Who")));
  gtk_box_append (GTK_BOX (line), person);
  g_object_set_data (G_OBJECT (row), "person", person);

  agenda_item = minutes_item_picker_new (self->meeting, _("Agenda item concerned"));
  minutes_bind_picker (declaration, "item", GTK_DROP_DOWN (agenda_item));
  gtk_widget_set_hexpand (agenda_item, TRUE);
  gtk_box_append (GTK_BOX (line), new_caption (_("Item")));
  gtk_box_append (GTK_BOX (line), agenda_item);
  g_object_set_data (G_OBJECT (row), "item", agenda_item);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove This Declaration"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove This Declaration"),
                                  -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_clicked_cb), declaration, G_CONNECT_DEFAULT);
  gtk_box_append (GTK_BOX (line), button);

  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), line);

  kind = minutes_enum_picker_new (kinds, _("Kind of interest"));
  minutes_bind_enum_picker (declaration, "kind", GTK_DROP_DOWN (kind));
  gtk_box_append (GTK_BOX (line), kind);
  g_object_set_data (G_OBJECT (row), "kind", kind);

  text = gtk_entry_new ();
  gtk_widget_set_hexpand (text, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (text), _("The interest declared"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (text),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("The interest declared"),
                                  -1);
  minutes_bind_text (declaration, "text", GTK_EDITABLE (text));
  gtk_box_append (GTK_BOX (line), text);
  g_object_set_data (G_OBJECT (row), "text", text);

  withdrew = gtk_check_button_new_with_mnemonic (_("_Withdrew"));
  gtk_widget_set_tooltip_text (withdrew, _("Withdrew from the meeting for the item"));
  g_object_bind_property (declaration, "withdrew", withdrew, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (line), withdrew);
  g_object_set_data (G_OBJECT (row), "withdrew", withdrew);

  return row;
}

static void
update_none_cb (MinutesDeclarationsForm *self)
{
  GListModel *declarations = minutes_meeting_get_declarations (self->meeting);

  /* "There were none" only makes sense while the list is empty. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->none_row),
                            g_list_model_get_n_items (declarations) == 0);
}

static void
add_clicked_cb (MinutesDeclarationsForm *self)
{
  minutes_declarations_form_add_declaration (self);
}

static void
minutes_declarations_form_dispose (GObject *object)
{
  MinutesDeclarationsForm *self = MINUTES_DECLARATIONS_FORM (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MINUTES_TYPE_DECLARATIONS_FORM);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (minutes_declarations_form_parent_class)->dispose (object);
}

static void
minutes_declarations_form_class_init (MinutesDeclarationsFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = minutes_declarations_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/minutes-declarations-form.ui");
  gtk_widget_class_bind_template_child (widget_class, MinutesDeclarationsForm, add_button);
  gtk_widget_class_bind_template_child (widget_class, MinutesDeclarationsForm, none_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesDeclarationsForm, none_switch);
  gtk_widget_class_bind_template_child (widget_class, MinutesDeclarationsForm, declarations_list);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
}

static void
minutes_declarations_form_init (MinutesDeclarationsForm *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No declarations recorded"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->declarations_list, placeholder);
}

GtkWidget *
minutes_declarations_form_new (MinutesMeeting *meeting)
{
  MinutesDeclarationsForm *self;

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), NULL);

  self = g_object_new (MINUTES_TYPE_DECLARATIONS_FORM, NULL);
  self->meeting = g_object_ref (meeting);

  g_object_bind_property (meeting, "no-declarations", self->none_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_list_box_bind_model (self->declarations_list,
                           minutes_meeting_get_declarations (meeting),
                           create_declaration_row, self, NULL);
  g_signal_connect_object (minutes_meeting_get_declarations (meeting), "items-changed",
                           G_CALLBACK (update_none_cb), self, G_CONNECT_SWAPPED);
  update_none_cb (self);

  return GTK_WIDGET (self);
}

/* Adds a declaration at the end, clears "there were none" in the same
 * step, and puts the focus on who declared it. */
MinutesDeclaration *
minutes_declarations_form_add_declaration (MinutesDeclarationsForm *self)
{
  g_autoptr(MinutesDeclaration) declaration = minutes_declaration_new ();
  GListModel *declarations;
  GtkListBoxRow *row;
  guint position;

  g_return_val_if_fail (MINUTES_IS_DECLARATIONS_FORM (self), NULL);

  declarations = minutes_meeting_get_declarations (self->meeting);
  position = g_list_model_get_n_items (declarations);
  minutes_meeting_set_no_declarations (self->meeting, FALSE);
  minutes_meeting_append_declaration (self->meeting, declaration);

  row = gtk_list_box_get_row_at_index (self->declarations_list, (int) position);
  if (row != NULL)
    gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "person"));

  return declaration;
}

/* Focuses the field of property NAME of DECLARATION (its person when the
 * property has no field of its own); for the meeting's "no-declarations",
 * the "There were none" switch. FALSE when the form has no such field. */
gboolean
minutes_declarations_form_focus_property (MinutesDeclarationsForm *self,
                                          GObject                 *object,
                                          const char              *name)
{
  g_return_val_if_fail (MINUTES_IS_DECLARATIONS_FORM (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  if (MINUTES_IS_MEETING (object))
    return g_strcmp0 (name, "no-declarations") == 0 &&
           gtk_widget_grab_focus (GTK_WIDGET (self->none_switch));

  if (!MINUTES_IS_DECLARATION (object))
    return FALSE;

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->declarations_list, i);
      GtkWidget *field;

      if (row == NULL)
        return FALSE;
      if (g_object_get_data (G_OBJECT (row), "declaration") != object)
        continue;

      field = name != NULL ? g_object_get_data (G_OBJECT (row), name) : NULL;
      if (field == NULL)
        field = g_object_get_data (G_OBJECT (row), "person");
      return gtk_widget_child_focus (field, GTK_DIR_TAB_FORWARD) || gtk_widget_grab_focus (field);
    }
}
