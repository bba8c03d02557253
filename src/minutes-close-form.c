/* minutes-close-form.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-close-form"

#include "config.h"

#include "minutes-close-form.h"
#include "minutes-form-util.h"

/* The close of the meeting: the times the meeting clock recorded, which
 * stay editable, and who signs. */
struct _MinutesCloseForm
{
  AdwBin       parent_instance;

  /* Template widgets */
  AdwEntryRow *start_row;
  AdwEntryRow *end_row;
  AdwEntryRow *signed_by_row;
};

G_DEFINE_FINAL_TYPE (MinutesCloseForm, minutes_close_form, ADW_TYPE_BIN)

static void
minutes_close_form_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MINUTES_TYPE_CLOSE_FORM);

  G_OBJECT_CLASS (minutes_close_form_parent_class)->dispose (object);
}

static void
minutes_close_form_class_init (MinutesCloseFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = minutes_close_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/minutes-close-form.ui");
  gtk_widget_class_bind_template_child (widget_class, MinutesCloseForm, start_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesCloseForm, end_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesCloseForm, signed_by_row);
}

static void
minutes_close_form_init (MinutesCloseForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
minutes_close_form_new (MinutesMeeting *meeting)
{
  MinutesCloseForm *self;

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), NULL);

  self = g_object_new (MINUTES_TYPE_CLOSE_FORM, NULL);
  minutes_bind_time (meeting, "actual-start", GTK_EDITABLE (self->start_row));
  minutes_bind_time (meeting, "end", GTK_EDITABLE (self->end_row));
  minutes_bind_text (meeting, "signed-by", GTK_EDITABLE (self->signed_by_row));

  return GTK_WIDGET (self);
}

/* Focuses the field of the meeting's property name; FALSE when the form
 * has no field for it. */
gboolean
minutes_close_form_focus_property (MinutesCloseForm *self,
                                   const char       *name)
{
  GtkWidget *row = NULL;

  g_return_val_if_fail (MINUTES_IS_CLOSE_FORM (self), FALSE);

  if (g_strcmp0 (name, "actual-start") == 0)
    row = GTK_WIDGET (self->start_row);
  else if (g_strcmp0 (name, "end") == 0)
    row = GTK_WIDGET (self->end_row);
  else if (g_strcmp0 (name, "signed-by") == 0)
    row = GTK_WIDGET (self->signed_by_row);

  if (row == NULL)
    return FALSE;

  minutes_focus_editable (row);
  return TRUE;
}
