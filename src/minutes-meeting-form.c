/* minutes-meeting-form.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-meeting-form"

#include "config.h"

#include <glib/gi18n.h>

#include "minutes-form-util.h"
#include "minutes-meeting-form.h"

/* The details of the meeting itself: committee, date, time, venue,
 * contact officer; the template it is printed with. */
struct _MinutesMeetingForm
{
  AdwBin          parent_instance;

  /* Template widgets */
  AdwEntryRow    *committee_row;
  AdwEntryRow    *date_row;
  AdwEntryRow    *scheduled_row;
  AdwEntryRow    *venue_row;
  AdwEntryRow    *contact_name_row;
  AdwEntryRow    *contact_role_row;
  AdwEntryRow    *contact_email_row;
  AdwActionRow   *template_row;
  AdwEntryRow    *committee_translation_row;
  AdwPreferencesGroup *texts_group;

  MinutesMeeting *meeting;
  char           *translation_language;
};

G_DEFINE_FINAL_TYPE (MinutesMeetingForm, minutes_meeting_form, ADW_TYPE_BIN)

static char *
format_date (const GDate *date)
{
  char text[64];

  if (date == NULL)
    return g_strdup ("");

  g_date_strftime (text, sizeof text, "%-d %B %Y", date);

  return g_strdup (text);
}

static void
date_notify_cb (MinutesMeetingForm *self)
{
  const GDate *date = minutes_meeting_get_date (self->meeting);
  g_autoptr(GDate) shown = g_date_new ();
  g_autofree char *text = NULL;

  /* Leave what is being typed alone while it means the same date. */
  g_date_set_parse (shown, gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  if (date != NULL && g_date_valid (shown) && g_date_compare (shown, date) == 0)
    return;
  if (date == NULL && gtk_editable_get_text (GTK_EDITABLE (self->date_row))[0] == '\0')
    return;

  text = format_date (date);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
}

static void
date_changed_cb (MinutesMeetingForm *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autoptr(GDate) date = g_date_new ();

  if (text[0] == '\0')
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
      minutes_meeting_set_date (self->meeting, NULL);
      return;
    }

  g_date_set_parse (date, text);
  if (!g_date_valid (date))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  minutes_meeting_set_date (self->meeting, date);
}

static void
template_notify_cb (MinutesMeetingForm *self)
{
  g_autoptr(MinutesTemplate) template = NULL;
  g_autofree char *escaped = NULL;

  template = minutes_template_lookup_for_meeting (self->meeting, NULL);
  /* Subtitles are markup; a council's template name may hold "&". */
  escaped = g_markup_escape_text (template != NULL ? minutes_template_get_name (template)
                                                   : minutes_meeting_get_template_id (self->meeting) ?: "", -1);
  adw_action_row_set_subtitle (self->template_row, escaped);
}

static void
minutes_meeting_form_dispose (GObject *object)
{
  MinutesMeetingForm *self = MINUTES_MEETING_FORM (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MINUTES_TYPE_MEETING_FORM);
  g_clear_object (&self->meeting);
  g_clear_pointer (&self->translation_language, g_free);

  G_OBJECT_CLASS (minutes_meeting_form_parent_class)->dispose (object);
}

static void
minutes_meeting_form_class_init (MinutesMeetingFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = minutes_meeting_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/minutes-meeting-form.ui");
  gtk_widget_class_bind_template_child (widget_class, MinutesMeetingForm, committee_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesMeetingForm, date_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesMeetingForm, scheduled_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesMeetingForm, venue_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesMeetingForm, contact_name_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesMeetingForm, contact_role_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesMeetingForm, contact_email_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesMeetingForm, template_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesMeetingForm, committee_translation_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesMeetingForm, texts_group);
}

static void
minutes_meeting_form_init (MinutesMeetingForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
minutes_meeting_form_new (MinutesMeeting *meeting)
{
  MinutesMeetingForm *self;
  g_autofree char *date = NULL;

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), NULL);

  self = g_object_new (MINUTES_TYPE_MEETING_FORM, NULL);
  self->meeting = g_object_ref (meeting);

  minutes_bind_text (meeting, "committee", GTK_EDITABLE (self->committee_row));
  minutes_bind_text (meeting, "venue", GTK_EDITABLE (self->venue_row));
  minutes_bind_text (meeting, "contact-name", GTK_EDITABLE (self->contact_name_row));
  minutes_bind_text (meeting, "contact-role", GTK_EDITABLE (self->contact_role_row));
  minutes_bind_text (meeting, "contact-email", GTK_EDITABLE (self->contact_email_row));
  minutes_bind_time (meeting, "scheduled-start", GTK_EDITABLE (self->scheduled_row));

  date = format_date (minutes_meeting_get_date (meeting));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  g_signal_connect_object (meeting, "notify::date", G_CALLBACK (date_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->date_row, "changed", G_CALLBACK (date_changed_cb), self, G_CONNECT_SWAPPED);

  template_notify_cb (self);
  g_signal_connect_object (meeting, "notify::template-id", G_CALLBACK (template_notify_cb), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/* Focuses the field of the meeting's property name; FALSE when the form
 * has no field for it. */
gboolean
minutes_meeting_form_focus_property (MinutesMeetingForm *self,
                                     const char         *name)
{
  const struct {
    const char *property;
    GtkWidget  *row;
  } fields[] = {
    { "committee", GTK_WIDGET (self->committee_row) },
    { "date", GTK_WIDGET (self->date_row) },
    { "scheduled-start", GTK_WIDGET (self->scheduled_row) },
    { "venue", GTK_WIDGET (self->venue_row) },
    { "contact-name", GTK_WIDGET (self->contact_name_row) },
    { "contact-role", GTK_WIDGET (self->contact_role_row) },
    { "contact-email", GTK_WIDGET (self->contact_email_row) },
    { "template-id", GTK_WIDGET (self->template_row) },
  };

  g_return_val_if_fail (MINUTES_IS_MEETING_FORM (self), FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (fields); i++)
    {
      if (!g_str_equal (name, fields[i].property))
        continue;

      if (GTK_IS_EDITABLE (fields[i].row))
        minutes_focus_editable (fields[i].row);
      else
        gtk_widget_grab_focus (fields[i].row);
      return TRUE;
    }

  return FALSE;
}

/**
 * minutes_meeting_form_set_translation_language:
 * @self: a #MinutesMeetingForm
 * @language: (nullable): a language tag ("cy"), or %NULL
 *
 * Shows, below each text of the meeting the minutes print, a field for it
 * in @language (minutes_node_set_translation()). Called once, before the
 * form is shown: the window builds a new form when the language changes.
 */
void
minutes_meeting_form_set_translation_language (MinutesMeetingForm *self,
                                               const char         *language)
{
  gboolean any = FALSE;

  g_return_if_fail (MINUTES_IS_MEETING_FORM (self));
  g_return_if_fail (self->translation_language == NULL);

  if (language == NULL)
    return;

  self->translation_language = g_strdup (language);
  minutes_setup_translation_row (self->committee_translation_row, self->meeting, "committee",
                                 _("Committee"), language);
  any |= minutes_add_source_translation (self->texts_group, self->meeting, "title",
                                         _("Title"), language);
  any |= minutes_add_source_translation (self->texts_group, self->meeting, "attendance-note",
                                         _("Attendance Note"), language);
  gtk_widget_set_visible (GTK_WIDGET (self->texts_group), any);
}

/* Focuses the field for the translation of the meeting's property name;
 * FALSE when the form shows none. */
gboolean
minutes_meeting_form_focus_translation (MinutesMeetingForm *self,
                                        const char         *name)
{
  g_return_val_if_fail (MINUTES_IS_MEETING_FORM (self), FALSE);

  return name != NULL && minutes_focus_translation_in (GTK_WIDGET (self), self->meeting, name);
}
