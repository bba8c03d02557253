/* minutes-form-util.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

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

/* Languages */

static gboolean
has_language_prefix (const char *tag,
                     const char *prefix)
{
  gsize len = strlen (prefix);

  return g_ascii_strncasecmp (tag, prefix, len) == 0 &&
         (tag[len] == '\0' || tag[len] == '-' || tag[len] == '_');
}

/* The name of a language tag we can name, to choose it by ("Welsh
 * (Cymraeg)"); any other is shown as its tag. */
char *
minutes_dup_language_name (const char *tag)
{
  static const struct {
    const char *prefix;
    const char *name;
  } names[] = {
    { "en-GB", N_("English (United Kingdom)") },
    { "en", N_("English") },
    { "cy", N_("Welsh (Cymraeg)") },
  };

  g_return_val_if_fail (tag != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (has_language_prefix (tag, names[i].prefix))
        return g_strdup (_(names[i].name));
    }

  return g_strdup (tag);
}

/* The short name of a language to label a field with ("Welsh"); any other
 * is its tag. */
const char *
minutes_get_language_short_name (const char *tag)
{
  g_return_val_if_fail (tag != NULL, NULL);

  if (has_language_prefix (tag, "cy"))
    return _("Welsh");
  if (has_language_prefix (tag, "en"))
    return _("English");

  return tag;
}

static void
add_languages (GPtrArray  *languages,
               char      **held)
{
  for (guint i = 0; held != NULL && held[i] != NULL; i++)
    {
      if (!g_ptr_array_find_with_equal_func (languages, held[i], g_str_equal, NULL))
        g_ptr_array_add (languages, g_strdup (held[i]));
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The language MEETING is typed in: its own, else its template's. Looked
 * up only when needed, as this runs with every edit of a meeting in one
 * language. */
static const char *
get_own_language (MinutesMeeting   *meeting,
                  MinutesTemplate **template)
{
  const char *own = minutes_meeting_get_language (meeting);

  if (own == NULL && *template == NULL)
    *template = minutes_template_lookup_for_meeting (meeting, NULL);
  if (own == NULL && *template != NULL)
    own = minutes_template_get_language (*template);

  return own;
}

/* The language the clerk gives the texts of MEETING in besides its own:
 * the other language of a bilingual export (EXPORT_LANGUAGE, the setting:
 * "cy+en-GB"), else the first language the meeting already holds
 * translations in. NULL when the meeting is in one language only. */
char *
minutes_dup_translation_language (MinutesMeeting *meeting,
                                  const char     *export_language)
{
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MinutesTemplate) template = NULL;
  g_auto(GStrv) exported = NULL;
  g_auto(GStrv) meeting_languages = NULL;
  const char *own = NULL;
  GListModel *items;

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), NULL);

  exported = g_strsplit (export_language != NULL ? export_language : "", "+", -1);
  if (g_strv_length (exported) > 1)
    {
      own = get_own_language (meeting, &template);
      for (guint i = 0; exported[i] != NULL; i++)
        {
          if (exported[i][0] != '\0' && (own == NULL || !minutes_language_matches (exported[i], own)))
            return g_strdup (exported[i]);
        }
    }

  meeting_languages = minutes_node_dup_translation_languages (MINUTES_NODE (meeting));
  add_languages (held, meeting_languages);
  items = minutes_meeting_get_items (meeting);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      g_auto(GStrv) item_languages = minutes_agenda_item_dup_translation_languages (item);

      add_languages (held, item_languages);
    }

  if (held->len == 0)
    return NULL;

  g_ptr_array_sort (held, compare_strings);
  own = get_own_language (meeting, &template);
  for (guint i = 0; i < held->len; i++)
    {
      const char *language = g_ptr_array_index (held, i);

      if (own == NULL || !minutes_language_matches (language, own))
        return g_strdup (language);
    }

  return NULL;
}

static void
translation_notify_cb (MinutesNode *node,
                       GParamSpec  *pspec,
                       GtkEditable *editable)
{
  const char *language = g_object_get_data (G_OBJECT (editable), "minutes-language");
  const char *field = g_object_get_data (G_OBJECT (editable), "minutes-field");
  const char *text = minutes_node_get_translation (node, language, field);

  if (g_strcmp0 (gtk_editable_get_text (editable), text != NULL ? text : "") != 0)
    gtk_editable_set_text (editable, text != NULL ? text : "");
}

static void
translation_changed_cb (GtkEditable *editable,
                        MinutesNode *node)
{
  const char *language = g_object_get_data (G_OBJECT (editable), "minutes-language");
  const char *field = g_object_get_data (G_OBJECT (editable), "minutes-field");
  const char *text = gtk_editable_get_text (editable);
  const char *held = minutes_node_get_translation (node, language, field);

  if (g_strcmp0 (held != NULL ? held : "", text) != 0)
    minutes_node_set_translation (node, language, field, text);
}

/* Binds the translation of FIELD of NODE into LANGUAGE both ways to an
 * entry, as minutes_bind_text() binds the field: typing sets it with
 * minutes_node_set_translation() (so undo and autosave see it; an empty
 * entry removes it), and a change of the model shows in the entry. */
void
minutes_bind_translation (gpointer     node,
                          const char  *language,
                          const char  *field,
                          GtkEditable *editable)
{
  g_return_if_fail (MINUTES_IS_NODE (node));
  g_return_if_fail (language != NULL && field != NULL);
  g_return_if_fail (GTK_IS_EDITABLE (editable));

  gtk_editable_set_enable_undo (editable, FALSE);
  g_object_set_data_full (G_OBJECT (editable), "minutes-language", g_strdup (language), g_free);
  g_object_set_data_full (G_OBJECT (editable), "minutes-field", g_strdup (field), g_free);
  g_object_set_data_full (G_OBJECT (editable), "minutes-node", g_object_ref (node), g_object_unref);
  translation_notify_cb (node, NULL, editable);
  g_signal_connect_object (node, "notify::translations", G_CALLBACK (translation_notify_cb),
                           editable, G_CONNECT_DEFAULT);
  g_signal_connect_object (editable, "changed", G_CALLBACK (translation_changed_cb),
                           node, G_CONNECT_DEFAULT);
}

/* A small label naming LANGUAGE by its code ("CY"), beside a field that
 * holds the text in that language. */
GtkWidget *
minutes_language_badge_new (const char *language)
{
  g_autofree char *code = g_ascii_strup (language, (gssize) strcspn (language, "-_"));
  GtkWidget *badge = gtk_label_new (code);

  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (badge, minutes_get_language_short_name (language));
  gtk_widget_add_css_class (badge, "minutes-language-badge");
  /* The field's own name says the language. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  return badge;
}

/* Makes ROW (an entry row of a form's template, hidden until then) the
 * field for the translation of FIELD of NODE into LANGUAGE, titled after
 * the field's TITLE: "Title (Welsh)". */
void
minutes_setup_translation_row (AdwEntryRow *row,
                               gpointer     node,
                               const char  *field,
                               const char  *title,
                               const char  *language)
{
  /* Translators: the title of the field for a text in another language,
   * e.g. "Title (Welsh)": %s the field's own title, then the language */
  g_autofree char *translated_title = g_strdup_printf (_("%s (%s)"), title,
                                                       minutes_get_language_short_name (language));

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), translated_title);
  adw_entry_row_add_prefix (row, minutes_language_badge_new (language));
  gtk_widget_add_css_class (GTK_WIDGET (row), "minutes-translation");
  minutes_bind_translation (node, language, field, GTK_EDITABLE (row));
  gtk_widget_set_visible (GTK_WIDGET (row), TRUE);
}

GtkWidget *
minutes_translation_row_new (gpointer    node,
                             const char *field,
                             const char *title,
                             const char *language)
{
  GtkWidget *row = adw_entry_row_new ();

  minutes_setup_translation_row (ADW_ENTRY_ROW (row), node, field, title, language);

  return row;
}

static void
source_text_notify_cb (GObject      *node,
                       GParamSpec   *pspec,
                       AdwActionRow *row)
{
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;

  g_object_get (node, pspec->name, &text, NULL);
  escaped = g_markup_escape_text (text != NULL ? text : "", -1);
  adw_action_row_set_subtitle (row, escaped);
}

/* Adds to GROUP a text of NODE the forms do not edit (it came with the
 * agenda papers: an item's introduction, the meeting's attendance note),
 * as a row that shows it, and the field for its translation into
 * LANGUAGE below. Nothing when the text is blank and has no translation
 * either. Returns whether it added the rows. */
gboolean
minutes_add_source_translation (AdwPreferencesGroup *group,
                                gpointer             node,
                                const char          *field,
                                const char          *title,
                                const char          *language)
{
  g_autofree char *text = NULL;
  g_autofree char *signal = g_strdup_printf ("notify::%s", field);
  GtkWidget *source;

  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), FALSE);
  g_return_val_if_fail (MINUTES_IS_NODE (node), FALSE);

  g_object_get (node, field, &text, NULL);
  if ((text == NULL || g_strstrip (text)[0] == '\0') &&
      minutes_node_get_translation (node, language, field) == NULL)
    return FALSE;

  source = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (source), title);
  source_text_notify_cb (node, g_object_class_find_property (G_OBJECT_GET_CLASS (node), field),
                         ADW_ACTION_ROW (source));
  g_signal_connect_object (node, signal, G_CALLBACK (source_text_notify_cb), source, G_CONNECT_DEFAULT);
  adw_preferences_group_add (group, source);
  adw_preferences_group_add (group, minutes_translation_row_new (node, field, title, language));

  return TRUE;
}

static GtkWidget *
find_translation (GtkWidget  *widget,
                  gpointer    node,
                  const char *field)
{
  if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget) &&
      g_object_get_data (G_OBJECT (widget), "minutes-node") == node &&
      g_strcmp0 (g_object_get_data (G_OBJECT (widget), "minutes-field"), field) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_translation (child, node, field);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Focuses the field bound with minutes_bind_translation() to FIELD of
 * NODE inside WIDGET, and scrolls it into view; FALSE when there is none. */
gboolean
minutes_focus_translation_in (GtkWidget  *widget,
                              gpointer    node,
                              const char *field)
{
  GtkWidget *editable;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  editable = find_translation (widget, node, field);
  if (editable == NULL)
    return FALSE;

  gtk_widget_grab_focus (editable);
  gtk_editable_set_position (GTK_EDITABLE (editable), -1);
  minutes_reveal_later (editable);

  return TRUE;
}
