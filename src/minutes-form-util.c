/* minutes-form-util.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "minutes-core.h"
#include "minutes-form-util.h"

static gboolean
null_to_empty (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL ? text : "");

  return TRUE;
}

static gboolean
copy_string (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  g_value_set_string (to, g_value_get_string (from));

  return TRUE;
}

/* Binds a text property of a model object both ways to an entry: typing
 * edits the model through its property (so undo and autosave see it), and
 * an edit of the model (an undo) shows in the entry. The model stores an
 * empty text as NULL. */
GBinding *
minutes_bind_text (gpointer     object,
                   const char  *property,
                   GtkEditable *editable)
{
  /* Ctrl+Z undoes in the meeting, across fields, not in one entry. */
  gtk_editable_set_enable_undo (editable, FALSE);

  return g_object_bind_property_full (object, property,
                                      editable, "text",
                                      G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                      null_to_empty, copy_string, NULL, NULL);
}

/* "14:05" for minutes since midnight; "" when not recorded. */
char *
minutes_format_time (int time)
{
  if (time < 0)
    return g_strdup ("");

  return g_strdup_printf ("%02d:%02d", time / 60, time % 60);
}

/* Reads "14:05", "14.05" or "9:30" into minutes since midnight; an empty
 * text is "not recorded" (-1). */
gboolean
minutes_parse_time (const char *text,
                    int        *time)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  unsigned int hours;
  unsigned int minutes;
  char separator;
  char rest;

  if (stripped[0] == '\0')
    {
      *time = -1;
      return TRUE;
    }

  if (sscanf (stripped, "%2u%c%2u%c", &hours, &separator, &minutes, &rest) != 3 ||
      (separator != ':' && separator != '.') ||
      hours > 23 || minutes > 59)
    return FALSE;

  *time = (int) (hours * 60 + minutes);

  return TRUE;
}

static void
time_notify_cb (GObject     *object,
                GParamSpec  *pspec,
                GtkEditable *editable)
{
  int value;
  int shown;

  g_object_get (object, pspec->name, &value, NULL);

  /* Leave what is being typed alone while it means the same time. */
  if (minutes_parse_time (gtk_editable_get_text (editable), &shown) && shown == value)
    return;

  {
    g_autofree char *text = minutes_format_time (value);

    gtk_editable_set_text (editable, text);
  }
}

static void
time_changed_cb (GtkEditable *editable,
                 gpointer     object)
{
  const char *property = g_object_get_data (G_OBJECT (editable), "minutes-property");
  int value;

  if (!minutes_parse_time (gtk_editable_get_text (editable), &value))
    {
      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  g_object_set (object, property, value, NULL);
}

/* Binds an int time property (minutes since midnight, -1 unset) to an
 * entry that reads and shows "HH:MM". An entry that does not read as a time
 * is marked as an error and leaves the model alone. */
void
minutes_bind_time (gpointer     object,
                   const char  *property,
                   GtkEditable *editable)
{
  g_autofree char *signal = g_strdup_printf ("notify::%s", property);

  gtk_editable_set_enable_undo (editable, FALSE);
  g_object_set_data_full (G_OBJECT (editable), "minutes-property", g_strdup (property), g_free);
  time_notify_cb (object, g_object_class_find_property (G_OBJECT_GET_CLASS (object), property), editable);
  g_signal_connect_object (object, signal, G_CALLBACK (time_notify_cb), editable, G_CONNECT_DEFAULT);
  g_signal_connect_object (editable, "changed", G_CALLBACK (time_changed_cb), object, G_CONNECT_DEFAULT);
}

/* The local time of day now, in minutes since midnight. */
int
minutes_time_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
}

static GtkWidget *
find_editable (GtkWidget *widget)
{
  if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_editable (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Focuses the first entry inside widget, with the cursor at the end. */
void
minutes_focus_editable (GtkWidget *widget)
{
  GtkWidget *editable = find_editable (widget);

  if (editable == NULL)
    return;

  gtk_widget_grab_focus (editable);
  gtk_editable_set_position (GTK_EDITABLE (editable), -1);
}

static gboolean
reveal_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  guint tries = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "minutes-reveal-tries"));
  GtkAdjustment *adjustment;
  GtkWidget *content;
  graphene_point_t point;
  double top;
  double bottom;
  double value;
  double page;

  if (scrolled == NULL || tries > 10)
    goto done;

  g_object_set_data (G_OBJECT (widget), "minutes-reveal-tries", GUINT_TO_POINTER (tries + 1));

  /* Laid out yet? */
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  if (GTK_IS_VIEWPORT (content) && gtk_viewport_get_child (GTK_VIEWPORT (content)) != NULL)
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (gtk_widget_get_height (widget) == 0 ||
      !gtk_widget_compute_point (widget, content, &GRAPHENE_POINT_INIT (0, 0), &point))
    return G_SOURCE_CONTINUE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  top = point.y - 12;
  bottom = point.y + gtk_widget_get_height (widget) + 12;
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);

  if (bottom > value + page)
    gtk_adjustment_set_value (adjustment, bottom - page);
  if (top < gtk_adjustment_get_value (adjustment))
    gtk_adjustment_set_value (adjustment, top);

done:
  g_object_set_data (G_OBJECT (widget), "minutes-reveal-tries", NULL);
  return G_SOURCE_REMOVE;
}

/* Scrolls a widget just added (and not laid out yet) into view once it is,
 * so that the line the cursor went to is on screen. */
void
minutes_reveal_later (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_add_tick_callback (widget, reveal_tick_cb, NULL, NULL);
}

/* The name of FILE to show the clerk: its base name in the file system's
 * encoding made displayable, or its URI when it has none. */
char *
minutes_dup_file_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (basename == NULL)
    return g_file_get_uri (file);

  return g_filename_display_name (basename);
}

/* A count not recorded (-1) shows as an empty field, and clearing the
 * field records it as not counted. */
static gboolean
unset_spin_output_cb (GtkSpinButton *spin)
{
  if (gtk_spin_button_get_value (spin) >= 0)
    return FALSE;

  gtk_editable_set_text (GTK_EDITABLE (spin), "");
  return TRUE;
}

static int
unset_spin_input_cb (GtkSpinButton *spin,
                     double        *new_value)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));

  if (text[0] != '\0')
    return FALSE;

  *new_value = -1;
  return TRUE;
}

void
minutes_spin_button_allow_unset (GtkSpinButton *spin)
{
  g_signal_connect (spin, "output", G_CALLBACK (unset_spin_output_cb), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (unset_spin_input_cb), NULL);
}
