/* minutes-preferences-window.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "minutes-core.h"
#include "minutes-form-util.h"
#include "minutes-preferences-window.h"

/* The preferences, each stored in GSettings (com.example.Minutes) the
 * moment it is changed: what File → New fills in (template, committee,
 * council, venue, start, the clerk as contact), the autosave interval and
 * whether the minutes are shown beside the form (both read by every
 * window), and the language of exports. */
struct _MinutesPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwComboRow          *template_row;
  AdwEntryRow          *committee_row;
  AdwEntryRow          *body_row;
  AdwEntryRow          *venue_row;
  AdwEntryRow          *start_row;
  AdwEntryRow          *clerk_name_row;
  AdwEntryRow          *clerk_email_row;
  AdwEntryRow          *clerk_phone_row;
  GtkSpinButton        *autosave_spin;
  GtkSwitch            *preview_switch;
  AdwComboRow          *language_row;

  GSettings            *settings;
  GPtrArray            *template_ids;   /* in the order of template_row */
  GPtrArray            *languages;      /* in the order of language_row; "" first */
};

G_DEFINE_FINAL_TYPE (MinutesPreferencesWindow, minutes_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
add_ids_in_dir (GHashTable *ids,
                const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      if (g_str_has_suffix (name, ".xml"))
        g_hash_table_add (ids, g_strndup (name, strlen (name) - strlen (".xml")));
    }
}

static int
compare_templates (gconstpointer a,
                   gconstpointer b)
{
  MinutesTemplate *template_a = *(MinutesTemplate * const *) a;
  MinutesTemplate *template_b = *(MinutesTemplate * const *) b;

  return g_utf8_collate (minutes_template_get_name (template_a),
                         minutes_template_get_name (template_b));
}

/**
 * minutes_preferences_list_templates:
 *
 * The templates installed: built in, for the machine, in
 * MINUTES_TEMPLATE_PATH and the user's own, each once under its id (the
 * one minutes_template_lookup() finds), sorted by name. A template that
 * does not load is left out, with a message in the log.
 *
 * Returns: (transfer full) (element-type MinutesTemplate): the templates
 */
GPtrArray *
minutes_preferences_list_templates (void)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) builtin = NULL;
  g_autofree char *user_dir = NULL;
  GPtrArray *templates = g_ptr_array_new_with_free_func (g_object_unref);
  const char *env;
  GHashTableIter iter;
  gpointer key;

  builtin = g_resources_enumerate_children (RESOURCE_BASE "/templates/", G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  for (guint i = 0; builtin != NULL && builtin[i] != NULL; i++)
    {
      if (g_str_has_suffix (builtin[i], ".xml"))
        g_hash_table_add (ids, g_strndup (builtin[i], strlen (builtin[i]) - strlen (".xml")));
    }

  for (const char * const *system = g_get_system_data_dirs (); *system != NULL; system++)
    {
      g_autofree char *dir = g_build_filename (*system, PACKAGE_NAME, "templates", NULL);

      add_ids_in_dir (ids, dir);
    }

  env = g_getenv ("MINUTES_TEMPLATE_PATH");
  if (env != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          if (parts[i][0] != '\0')
            add_ids_in_dir (ids, parts[i]);
        }
    }

  user_dir = g_build_filename (g_get_user_data_dir (), APP_ID, "templates", NULL);
  add_ids_in_dir (ids, user_dir);

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autoptr(GError) error = NULL;
      MinutesTemplate *template = minutes_template_lookup (key, &error);

      if (template != NULL)
        g_ptr_array_add (templates, template);
      else
        g_message ("Template “%s” is not offered: %s", (const char *) key, error->message);
    }

  g_ptr_array_sort (templates, compare_templates);

  return templates;
}

static void
template_selected_cb (MinutesPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->template_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->template_ids->len)
    return;

  g_settings_set_string (self->settings, "default-template",
                         g_ptr_array_index (self->template_ids, selected));
}

static void
language_selected_cb (MinutesPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->languages->len)
    return;

  g_settings_set_string (self->settings, "export-language",
                         g_ptr_array_index (self->languages, selected));
}

static guint
find_string (GPtrArray  *array,
             const char *value)
{
  guint index;

  if (g_ptr_array_find_with_equal_func (array, value, g_str_equal, &index))
    return index;

  return GTK_INVALID_LIST_POSITION;
}

static void
settings_changed_cb (MinutesPreferencesWindow *self,
                     const char               *key)
{
  if (key == NULL || g_str_equal (key, "default-template"))
    {
      g_autofree char *id = g_settings_get_string (self->settings, "default-template");
      guint index = find_string (self->template_ids, id);

      if (index != GTK_INVALID_LIST_POSITION)
        adw_combo_row_set_selected (self->template_row, index);
    }

  if (key == NULL || g_str_equal (key, "export-language"))
    {
      g_autofree char *language = g_settings_get_string (self->settings, "export-language");
      guint index = find_string (self->languages, language);

      adw_combo_row_set_selected (self->language_row,
                                  index != GTK_INVALID_LIST_POSITION ? index : 0);
    }
}

/* The start time is kept only when it is a time; while it is not, the
 * row says so and the setting keeps its last good value. */
static void
start_changed_cb (MinutesPreferencesWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->start_row));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  int time;
  gboolean valid = stripped[0] == '\0' || minutes_parse_time (stripped, &time);

  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->start_row), "error");
      g_settings_set_string (self->settings, "default-start", stripped);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->start_row), "error");
    }
}

static gboolean
get_seconds_mapping (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_uint32 (variant));

  return TRUE;
}

static GVariant *
set_seconds_mapping (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  return g_variant_new_uint32 ((guint32) CLAMP (g_value_get_double (value), 1, 60));
}

static void
fill_templates (MinutesPreferencesWindow *self)
{
  g_autoptr(GPtrArray) templates = minutes_preferences_list_templates ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) language_names = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_languages;

  gtk_string_list_append (language_names, _("The language of each meeting’s template"));
  g_ptr_array_add (self->languages, g_strdup (""));

  for (guint i = 0; i < templates->len; i++)
    {
      MinutesTemplate *template = g_ptr_array_index (templates, i);
      const char *language = minutes_template_get_language (template);

      gtk_string_list_append (names, minutes_template_get_name (template));
      g_ptr_array_add (self->template_ids, g_strdup (minutes_template_get_id (template)));

      if (language != NULL && language[0] != '\0' && !g_hash_table_contains (seen, language))
        {
          g_autofree char *name = minutes_dup_language_name (language);

          g_hash_table_add (seen, (gpointer) language);
          gtk_string_list_append (language_names, name);
          g_ptr_array_add (self->languages, g_strdup (language));
        }
    }

  /* Both languages, section by section, in either order. */
  n_languages = self->languages->len;
  for (guint a = 1; a < n_languages; a++)
    {
      for (guint b = 1; b < n_languages; b++)
        {
          const char *first = g_ptr_array_index (self->languages, a);
          const char *second = g_ptr_array_index (self->languages, b);
          g_autofree char *first_name = NULL;
          g_autofree char *second_name = NULL;
          g_autofree char *name = NULL;

          if (a == b)
            continue;
          first_name = minutes_dup_language_name (first);
          second_name = minutes_dup_language_name (second);
          /* Translators: a bilingual export, e.g. "Welsh, then English" */
          name = g_strdup_printf (_("%s, then %s"), first_name, second_name);
          gtk_string_list_append (language_names, name);
          g_ptr_array_add (self->languages, g_strconcat (first, "+", second, NULL));
        }
    }

  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (names));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (language_names));
}

static void
minutes_preferences_window_dispose (GObject *object)
{
  MinutesPreferencesWindow *self = MINUTES_PREFERENCES_WINDOW (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), MINUTES_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->template_ids, g_ptr_array_unref);
  g_clear_pointer (&self->languages, g_ptr_array_unref);

  G_OBJECT_CLASS (minutes_preferences_window_parent_class)->dispose (object);
}

static void
minutes_preferences_window_class_init (MinutesPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = minutes_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/minutes-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MinutesPreferencesWindow, template_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesPreferencesWindow, committee_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesPreferencesWindow, body_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesPreferencesWindow, venue_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesPreferencesWindow, start_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesPreferencesWindow, clerk_name_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesPreferencesWindow, clerk_email_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesPreferencesWindow, clerk_phone_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesPreferencesWindow, autosave_spin);
  gtk_widget_class_bind_template_child (widget_class, MinutesPreferencesWindow, preview_switch);
  gtk_widget_class_bind_template_child (widget_class, MinutesPreferencesWindow, language_row);
  gtk_widget_class_bind_template_callback (widget_class, start_changed_cb);
}

static void
minutes_preferences_window_init (MinutesPreferencesWindow *self)
{
  g_autofree char *start = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->template_ids = g_ptr_array_new_with_free_func (g_free);
  self->languages = g_ptr_array_new_with_free_func (g_free);

  fill_templates (self);
  settings_changed_cb (self, NULL);
  g_signal_connect_object (self->template_row, "notify::selected",
                           G_CALLBACK (template_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->language_row, "notify::selected",
                           G_CALLBACK (language_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);

  g_settings_bind (self->settings, "default-committee", self->committee_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "default-body", self->body_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "default-venue", self->venue_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "clerk-name", self->clerk_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "clerk-email", self->clerk_email_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "clerk-phone", self->clerk_phone_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-preview", self->preview_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "autosave-interval",
                                gtk_spin_button_get_adjustment (self->autosave_spin), "value",
                                G_SETTINGS_BIND_DEFAULT,
                                get_seconds_mapping, set_seconds_mapping, NULL, NULL);

  start = g_settings_get_string (self->settings, "default-start");
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
}

GtkWidget *
minutes_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (MINUTES_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
}
