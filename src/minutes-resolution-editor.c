/* minutes-resolution-editor.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-resolution-editor"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "minutes-form-util.h"
#include "minutes-picker.h"
#include "minutes-resolution-editor.h"

/* One resolution of an item: its kind (resolved, agreed, to recommend …),
 * its wording and its numbered points, typed like key points: Enter starts
 * the next, Backspace in an empty one removes it. */
struct _MinutesResolutionEditor
{
  AdwBin             parent_instance;

  /* Template widgets */
  AdwActionRow      *kind_row;
  AdwEntryRow       *text_row;
  AdwEntryRow       *text_translation_row;
  GtkListBox        *points_list;

  MinutesResolution *resolution;
};

G_DEFINE_FINAL_TYPE (MinutesResolutionEditor, minutes_resolution_editor, ADW_TYPE_BIN)

static const char *kind_labels[] = {
  N_("Resolved"),
  N_("Agreed"),
  N_("Noted"),
  N_("To recommend"),
  N_("Referred"),
  N_("Other"),
  NULL
};

static void
focus_point (MinutesResolutionEditor *self,
             guint                    position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->points_list, (int) position);

  if (row != NULL)
    {
      minutes_focus_editable (GTK_WIDGET (row));
      minutes_reveal_later (GTK_WIDGET (row));
    }
}

static guint
point_position (MinutesResolutionEditor *self,
                MinutesResolutionPoint  *point)
{
  guint position;

  if (!g_list_store_find (G_LIST_STORE (minutes_resolution_get_points (self->resolution)), point, &position))
    return GTK_INVALID_LIST_POSITION;

  return position;
}

static MinutesResolutionPoint *
insert_point (MinutesResolutionEditor *self,
              guint                    position)
{
  g_autoptr(MinutesResolutionPoint) point = minutes_resolution_point_new ();

  minutes_resolution_insert_point (self->resolution, position, point);
  focus_point (self, position);

  return point;
}

static void
point_activate_cb (GtkEntry  *entry,
                   GtkWidget *row)
{
  MinutesResolutionEditor *self = g_object_get_data (G_OBJECT (row), "editor");
  guint position = point_position (self, g_object_get_data (G_OBJECT (row), "point"));

  if (position != GTK_INVALID_LIST_POSITION)
    insert_point (self, position + 1);
}

static gboolean
point_backspace_cb (GtkWidget *row,
                    GVariant  *args,
                    gpointer   user_data)
{
  MinutesResolutionEditor *self = g_object_get_data (G_OBJECT (row), "editor");
  MinutesResolutionPoint *point = g_object_get_data (G_OBJECT (row), "point");
  GtkWidget *entry = g_object_get_data (G_OBJECT (row), "entry");
  guint position = point_position (self, point);

  if (position == GTK_INVALID_LIST_POSITION ||
      gtk_editable_get_text (GTK_EDITABLE (entry))[0] != '\0')
    return FALSE;

  minutes_resolution_remove_point (self->resolution, point);
  if (position > 0)
    focus_point (self, position - 1);
  else
    minutes_focus_editable (GTK_WIDGET (self->text_row));

  return TRUE;
}

static void
remove_point_clicked_cb (GtkButton *button,
                         GtkWidget *row)
{
  MinutesResolutionEditor *self = g_object_get_data (G_OBJECT (row), "editor");

  minutes_resolution_remove_point (self->resolution, g_object_get_data (G_OBJECT (row), "point"));
}

static GtkWidget *
create_point_row (gpointer item,
                  gpointer user_data)
{
  MinutesResolutionEditor *self = user_data;
  MinutesResolutionPoint *point = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkEventController *controller;
  GtkShortcut *shortcut;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "editor", self);
  g_object_set_data_full (G_OBJECT (row), "point", g_object_ref (point), g_object_unref);
  g_object_set_data (G_OBJECT (row), "entry", entry);
  g_object_set_data (G_OBJECT (row), "number-label", number);

  gtk_label_set_width_chars (GTK_LABEL (number), 3);
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "dim-label");
  gtk_box_append (GTK_BOX (box), number);

  gtk_widget_set_hexpand (entry, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Numbered point"));
  minutes_bind_text (point, "text", GTK_EDITABLE (entry));
  g_signal_connect (entry, "activate", G_CALLBACK (point_activate_cb), row);
  gtk_box_append (GTK_BOX (box), entry);

  controller = gtk_shortcut_controller_new ();
  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_BackSpace, 0),
                               gtk_callback_action_new (point_backspace_cb, NULL, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (row, controller);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Remove This Point"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove This Point"),
                                  -1);
  g_signal_connect (button, "clicked", G_CALLBACK (remove_point_clicked_cb), row);
  gtk_box_append (GTK_BOX (box), button);

  return row;
}

/* Numbers follow every insertion and removal. */
static void
renumber_points (MinutesResolutionEditor *self)
{
  GtkListBoxRow *row;

  gtk_widget_set_visible (GTK_WIDGET (self->points_list),
                          g_list_model_get_n_items (minutes_resolution_get_points (self->resolution)) > 0);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->points_list, i)) != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%d.", i + 1);
      /* Translators: the accessible name of a numbered point of a resolution, %d its number */
      g_autofree char *accessible = g_strdup_printf (_("Resolution point %d"), i + 1);

      gtk_label_set_text (g_object_get_data (G_OBJECT (row), "number-label"), number);
      gtk_accessible_update_property (GTK_ACCESSIBLE (g_object_get_data (G_OBJECT (row), "entry")),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
    }
}

static void
remove_clicked_cb (MinutesResolutionEditor *self)
{
  MinutesNode *parent = minutes_node_get_parent (MINUTES_NODE (self->resolution));

  if (MINUTES_IS_AGENDA_ITEM (parent))
    minutes_agenda_item_remove_resolution (MINUTES_AGENDA_ITEM (parent), self->resolution);
}

static void
add_point_clicked_cb (MinutesResolutionEditor *self)
{
  minutes_resolution_editor_add_point (self);
}

static void
text_activated_cb (MinutesResolutionEditor *self)
{
  /* From the wording into the numbered points, if there are any. */
  if (g_list_model_get_n_items (minutes_resolution_get_points (self->resolution)) > 0)
    focus_point (self, 0);
}

static void
minutes_resolution_editor_dispose (GObject *object)
{
  MinutesResolutionEditor *self = MINUTES_RESOLUTION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MINUTES_TYPE_RESOLUTION_EDITOR);
  g_clear_object (&self->resolution);

  G_OBJECT_CLASS (minutes_resolution_editor_parent_class)->dispose (object);
}

static void
minutes_resolution_editor_class_init (MinutesResolutionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = minutes_resolution_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/minutes-resolution-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MinutesResolutionEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesResolutionEditor, text_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesResolutionEditor, text_translation_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesResolutionEditor, points_list);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_point_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_activated_cb);
}

static void
minutes_resolution_editor_init (MinutesResolutionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
minutes_resolution_editor_new (MinutesResolution *resolution)
{
  MinutesResolutionEditor *self;
  const char *kinds[G_N_ELEMENTS (kind_labels)];
  GtkWidget *picker;
  GListModel *points;

  g_return_val_if_fail (MINUTES_IS_RESOLUTION (resolution), NULL);

  self = g_object_new (MINUTES_TYPE_RESOLUTION_EDITOR, NULL);
  self->resolution = g_object_ref (resolution);

  for (guint i = 0; i < G_N_ELEMENTS (kind_labels); i++)
    kinds[i] = kind_labels[i] != NULL ? _(kind_labels[i]) : NULL;
  picker = minutes_enum_picker_new (kinds, _("Kind of resolution"));
  minutes_bind_enum_picker (resolution, "kind", GTK_DROP_DOWN (picker));
  adw_action_row_add_prefix (self->kind_row, picker);

  minutes_bind_text (resolution, "text", GTK_EDITABLE (self->text_row));

  points = minutes_resolution_get_points (resolution);
  gtk_list_box_bind_model (self->points_list, points, create_point_row, self, NULL);
  g_signal_connect_object (points, "items-changed", G_CALLBACK (renumber_points), self, G_CONNECT_SWAPPED);
  renumber_points (self);

  return GTK_WIDGET (self);
}

MinutesResolution *
minutes_resolution_editor_get_resolution (MinutesResolutionEditor *self)
{
  g_return_val_if_fail (MINUTES_IS_RESOLUTION_EDITOR (self), NULL);

  return self->resolution;
}

/* Puts the cursor in the wording, with a {placeholder} of a quick phrase
 * selected to be typed over; or in the first numbered point of a
 * resolution without wording. */
void
minutes_resolution_editor_focus (MinutesResolutionEditor *self)
{
  const char *text;
  const char *open;
  const char *close;

  g_return_if_fail (MINUTES_IS_RESOLUTION_EDITOR (self));

  text = minutes_resolution_get_text (self->resolution);
  if (text == NULL && g_list_model_get_n_items (minutes_resolution_get_points (self->resolution)) > 0)
    {
      focus_point (self, 0);
      return;
    }

  minutes_focus_editable (GTK_WIDGET (self->text_row));
  minutes_reveal_later (GTK_WIDGET (self->text_row));

  if (text != NULL && (open = strchr (text, '{')) != NULL && (close = strchr (open, '}')) != NULL)
    gtk_editable_select_region (GTK_EDITABLE (self->text_row),
                                (int) g_utf8_pointer_to_offset (text, open),
                                (int) g_utf8_pointer_to_offset (text, close + 1));
}

/* Adds a numbered point after the one that has the focus, else at the end,
 * and puts the cursor in it. */
MinutesResolutionPoint *
minutes_resolution_editor_add_point (MinutesResolutionEditor *self)
{
  GtkWidget *focus;
  guint position;

  g_return_val_if_fail (MINUTES_IS_RESOLUTION_EDITOR (self), NULL);

  position = g_list_model_get_n_items (minutes_resolution_get_points (self->resolution));
  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (GTK_IS_LIST_BOX_ROW (w) && gtk_widget_get_parent (w) == GTK_WIDGET (self->points_list))
        {
          guint at = point_position (self, g_object_get_data (G_OBJECT (w), "point"));

          if (at != GTK_INVALID_LIST_POSITION)
            position = at + 1;
          break;
        }
    }

  return insert_point (self, position);
}

/* Shows, below the wording, a field for it in LANGUAGE (NULL: none).
 * Called once, before the editor is shown. */
void
minutes_resolution_editor_set_translation_language (MinutesResolutionEditor *self,
                                                    const char              *language)
{
  g_return_if_fail (MINUTES_IS_RESOLUTION_EDITOR (self));

  if (language == NULL || gtk_widget_get_visible (GTK_WIDGET (self->text_translation_row)))
    return;

  minutes_setup_translation_row (self->text_translation_row, self->resolution, "text",
                                 _("Wording"), language);
}
