/* minutes-motion-editor.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-motion-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "minutes-form-util.h"
#include "minutes-motion-editor.h"
#include "minutes-picker.h"

/* One motion of an item: its wording, who moved and seconded it (picked
 * from the people of the meeting), the votes counted and the outcome. */
struct _MinutesMotionEditor
{
  AdwBin          parent_instance;

  /* Template widgets */
  AdwEntryRow    *text_row;
  AdwEntryRow    *record_row;
  AdwActionRow   *mover_row;
  AdwActionRow   *seconder_row;
  GtkSpinButton  *for_spin;
  GtkSpinButton  *against_spin;
  GtkSpinButton  *abstain_spin;
  AdwActionRow   *outcome_row;

  MinutesMotion  *motion;
};

G_DEFINE_FINAL_TYPE (MinutesMotionEditor, minutes_motion_editor, ADW_TYPE_BIN)

static const char *outcome_labels[] = {
  N_("Pending"),
  N_("Carried"),
  N_("Lost"),
  N_("Withdrawn"),
  NULL
};

static void
setup_spin (GtkSpinButton *spin,
            MinutesMotion *motion,
            const char    *property)
{
  GtkAdjustment *adjustment = gtk_adjustment_new (-1, -1, 9999, 1, 10, 0);

  gtk_spin_button_set_adjustment (spin, adjustment);
  minutes_spin_button_allow_unset (spin);
  g_object_bind_property (motion, property, adjustment, "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
remove_clicked_cb (MinutesMotionEditor *self)
{
  MinutesNode *parent = minutes_node_get_parent (MINUTES_NODE (self->motion));

  if (MINUTES_IS_AGENDA_ITEM (parent))
    minutes_agenda_item_remove_motion (MINUTES_AGENDA_ITEM (parent), self->motion);
}

static void
minutes_motion_editor_dispose (GObject *object)
{
  MinutesMotionEditor *self = MINUTES_MOTION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MINUTES_TYPE_MOTION_EDITOR);
  g_clear_object (&self->motion);

  G_OBJECT_CLASS (minutes_motion_editor_parent_class)->dispose (object);
}

/* An imported motion keeps the minutes' own words, which print instead of
 * the fields: shown only then, so the clerk knows what prints. */
static void
update_record_row (MinutesMotionEditor *self)
{
  const char *record = minutes_motion_get_record (self->motion);

  gtk_widget_set_visible (GTK_WIDGET (self->record_row), record != NULL && record[0] != '\0');
}

static void
use_fields_clicked_cb (MinutesMotionEditor *self)
{
  minutes_motion_set_record (self->motion, NULL);
}

static void
minutes_motion_editor_class_init (MinutesMotionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = minutes_motion_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/minutes-motion-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MinutesMotionEditor, text_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesMotionEditor, record_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesMotionEditor, mover_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesMotionEditor, seconder_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesMotionEditor, for_spin);
  gtk_widget_class_bind_template_child (widget_class, MinutesMotionEditor, against_spin);
  gtk_widget_class_bind_template_child (widget_class, MinutesMotionEditor, abstain_spin);
  gtk_widget_class_bind_template_child (widget_class, MinutesMotionEditor, outcome_row);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, use_fields_clicked_cb);
}

static void
minutes_motion_editor_init (MinutesMotionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static MinutesMeeting *
find_meeting (MinutesNode *node)
{
  while (node != NULL && !MINUTES_IS_MEETING (node))
    node = minutes_node_get_parent (node);

  return node != NULL ? MINUTES_MEETING (node) : NULL;
}

GtkWidget *
minutes_motion_editor_new (MinutesMotion *motion)
{
  MinutesMotionEditor *self;
  MinutesMeeting *meeting;
  const char *outcomes[G_N_ELEMENTS (outcome_labels)];
  GtkWidget *picker;

  g_return_val_if_fail (MINUTES_IS_MOTION (motion), NULL);
  meeting = find_meeting (MINUTES_NODE (motion));
  g_return_val_if_fail (meeting != NULL, NULL);

  self = g_object_new (MINUTES_TYPE_MOTION_EDITOR, NULL);
  self->motion = g_object_ref (motion);

  minutes_bind_text (motion, "text", GTK_EDITABLE (self->text_row));
  minutes_bind_text (motion, "record", GTK_EDITABLE (self->record_row));
  update_record_row (self);
  g_signal_connect_object (motion, "notify::record", G_CALLBACK (update_record_row), self, G_CONNECT_SWAPPED);

  picker = minutes_person_picker_new (meeting, _("Moved by"));
  minutes_bind_picker (motion, "mover", GTK_DROP_DOWN (picker));
  adw_action_row_add_suffix (self->mover_row, picker);

  picker = minutes_person_picker_new (meeting, _("Seconded by"));
  minutes_bind_picker (motion, "seconder", GTK_DROP_DOWN (picker));
  adw_action_row_add_suffix (self->seconder_row, picker);

  setup_spin (self->for_spin, motion, "votes-for");
  setup_spin (self->against_spin, motion, "votes-against");
  setup_spin (self->abstain_spin, motion, "abstentions");

  for (guint i = 0; i < G_N_ELEMENTS (outcome_labels); i++)
    outcomes[i] = outcome_labels[i] != NULL ? _(outcome_labels[i]) : NULL;
  picker = minutes_enum_picker_new (outcomes, _("Outcome"));
  minutes_bind_enum_picker (motion, "outcome", GTK_DROP_DOWN (picker));
  adw_action_row_add_suffix (self->outcome_row, picker);

  return GTK_WIDGET (self);
}

MinutesMotion *
minutes_motion_editor_get_motion (MinutesMotionEditor *self)
{
  g_return_val_if_fail (MINUTES_IS_MOTION_EDITOR (self), NULL);

  return self->motion;
}

void
minutes_motion_editor_focus (MinutesMotionEditor *self)
{
  g_return_if_fail (MINUTES_IS_MOTION_EDITOR (self));

  minutes_focus_editable (GTK_WIDGET (self->text_row));
  /* The whole motion, down to its outcome, comes into view. */
  minutes_reveal_later (GTK_WIDGET (self));
}
