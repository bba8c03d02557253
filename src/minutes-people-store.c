/* minutes-people-store.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-people-store"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>

#include <json-glib/json-glib.h>

#include "minutes-people-store.h"

/* The people the clerk has added to meetings, most recent first, so that
 * the attendance form can offer them as a name is typed. They live in
 * $XDG_DATA_HOME/com.example.Minutes/people.json:
 *
 *   { "format" : "minutes-people", "version" : 1,
 *     "people" : [ { "name" : "…", "honorific" : "…", "job-title" : "…",
 *                    "organisation" : "…", "kind" : "officer" }, … ] }
 *
 * The file is rewritten whole and atomically (a temporary file renamed
 * over it), readable by the user only, and holds at most
 * MINUTES_PEOPLE_STORE_MAX people. A file that cannot be read, or that is
 * not such a list, is set aside with a warning in the log: the store
 * starts empty and the next write replaces it. */

#define PEOPLE_FORMAT   "minutes-people"
#define PEOPLE_VERSION  1
#define MAX_FILE_SIZE   (1024 * 1024)

struct _MinutesPeopleStore
{
  GObject     parent_instance;

  char       *path;
  GListStore *people;  /* of MinutesPerson, in no meeting */
};

G_DEFINE_FINAL_TYPE (MinutesPeopleStore, minutes_people_store, G_TYPE_OBJECT)

static const char * const kind_names[] = { "member", "substitute", "officer", "external" };

static const char *
get_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static gboolean
load (MinutesPeopleStore  *self,
      GError             **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *contents = NULL;
  gsize length;
  JsonObject *root;
  JsonArray *people;
  JsonNode *node;

  if (!g_file_get_contents (self->path, &contents, &length, error))
    return FALSE;

  if (length > MAX_FILE_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "the file is larger than %d bytes", MAX_FILE_SIZE);
      return FALSE;
    }

  if (!json_parser_load_from_data (parser, contents, length, error))
    return FALSE;

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    goto invalid;
  root = json_node_get_object (node);
  if (g_strcmp0 (get_member (root, "format"), PEOPLE_FORMAT) != 0 ||
      json_object_get_int_member_with_default (root, "version", 0) != PEOPLE_VERSION)
    goto invalid;
  node = json_object_get_member (root, "people");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    goto invalid;
  people = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (people) && i < MINUTES_PEOPLE_STORE_MAX; i++)
    {
      JsonNode *element = json_array_get_element (people, i);
      g_autoptr(MinutesPerson) person = NULL;
      JsonObject *object;
      const char *name;
      const char *kind;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        goto invalid;
      object = json_node_get_object (element);
      name = get_member (object, "name");
      if (name == NULL || name[0] == '\0' || !g_utf8_validate (name, -1, NULL))
        goto invalid;

      person = minutes_person_new ();
      minutes_person_set_name (person, name);
      minutes_person_set_honorific (person, get_member (object, "honorific"));
      minutes_person_set_job_title (person, get_member (object, "job-title"));
      minutes_person_set_organisation (person, get_member (object, "organisation"));
      kind = get_member (object, "kind");
      for (guint k = 0; kind != NULL && k < G_N_ELEMENTS (kind_names); k++)
        {
          if (g_str_equal (kind, kind_names[k]))
            minutes_person_set_kind (person, (MinutesPersonKind) k);
        }
      g_list_store_append (self->people, person);
    }

  return TRUE;

invalid:
  g_list_store_remove_all (self->people);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "it is not a list of people written by Minutes");
  return FALSE;
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
save (MinutesPeopleStore *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *data = NULL;
  gsize length;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, PEOPLE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, PEOPLE_VERSION);
  json_builder_set_member_name (builder, "people");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (G_LIST_MODEL (self->people), i);
      MinutesPersonKind kind = minutes_person_get_kind (person);

      json_builder_begin_object (builder);
      add_string (builder, "name", minutes_person_get_name (person));
      add_string (builder, "honorific", minutes_person_get_honorific (person));
      add_string (builder, "job-title", minutes_person_get_job_title (person));
      add_string (builder, "organisation", minutes_person_get_organisation (person));
      if ((guint) kind < G_N_ELEMENTS (kind_names))
        add_string (builder, "kind", kind_names[kind]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &length);

  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents_full (self->path, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    {
      /* Only suggestions are lost; the meeting itself is not affected. */
      g_warning ("Could not keep the recently used people in %s: %s",
                 self->path, error != NULL ? error->message : g_strerror (errno));
    }
}

static guint
find_by_name (MinutesPeopleStore *self,
              const char         *name)
{
  g_autofree char *key = g_utf8_casefold (name, -1);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (G_LIST_MODEL (self->people), i);
      g_autofree char *other = g_utf8_casefold (minutes_person_get_name (person), -1);

      if (g_str_equal (key, other))
        return i;
    }

  return G_MAXUINT;
}

static void
minutes_people_store_finalize (GObject *object)
{
  MinutesPeopleStore *self = MINUTES_PEOPLE_STORE (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_object (&self->people);

  G_OBJECT_CLASS (minutes_people_store_parent_class)->finalize (object);
}

static void
minutes_people_store_class_init (MinutesPeopleStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_people_store_finalize;
}

static void
minutes_people_store_init (MinutesPeopleStore *self)
{
  self->people = g_list_store_new (MINUTES_TYPE_PERSON);
}

/**
 * minutes_people_store_new:
 * @path: the file the people are kept in
 *
 * Reads @path, if it exists. A damaged file is ignored (with a warning in
 * the log) and replaced at the next write.
 */
MinutesPeopleStore *
minutes_people_store_new (const char *path)
{
  MinutesPeopleStore *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (MINUTES_TYPE_PEOPLE_STORE, NULL);
  self->path = g_strdup (path);

  if (!load (self, &error) &&
      !g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    g_warning ("Ignoring the recently used people in %s: %s", path, error->message);

  return self;
}

/**
 * minutes_people_store_get_default:
 *
 * Returns: (transfer none): the store in the user's data folder
 */
MinutesPeopleStore *
minutes_people_store_get_default (void)
{
  static MinutesPeopleStore *store;

  if (store == NULL)
    {
      g_autofree char *path = g_build_filename (g_get_user_data_dir (), APP_ID, "people.json", NULL);

      store = minutes_people_store_new (path);
    }

  return store;
}

const char *
minutes_people_store_get_path (MinutesPeopleStore *self)
{
  g_return_val_if_fail (MINUTES_IS_PEOPLE_STORE (self), NULL);

  return self->path;
}

/**
 * minutes_people_store_get_people:
 *
 * Returns: (transfer none): the people, most recently used first
 */
GListModel *
minutes_people_store_get_people (MinutesPeopleStore *self)
{
  g_return_val_if_fail (MINUTES_IS_PEOPLE_STORE (self), NULL);

  return G_LIST_MODEL (self->people);
}

static gboolean
remember_one (MinutesPeopleStore *self,
              MinutesPerson      *person)
{
  g_autoptr(MinutesPerson) copy = NULL;
  g_autofree char *name = NULL;
  guint position;

  name = g_strstrip (g_strdup (minutes_person_get_name (person) != NULL
                               ? minutes_person_get_name (person) : ""));
  if (name[0] == '\0')
    return FALSE;

  copy = minutes_person_new ();
  minutes_person_set_name (copy, name);
  minutes_person_set_honorific (copy, minutes_person_get_honorific (person));
  minutes_person_set_job_title (copy, minutes_person_get_job_title (person));
  minutes_person_set_organisation (copy, minutes_person_get_organisation (person));
  minutes_person_set_kind (copy, minutes_person_get_kind (person));

  position = find_by_name (self, name);
  if (position != G_MAXUINT)
    g_list_store_remove (self->people, position);
  g_list_store_insert (self->people, 0, copy);

  while (g_list_model_get_n_items (G_LIST_MODEL (self->people)) > MINUTES_PEOPLE_STORE_MAX)
    g_list_store_remove (self->people, MINUTES_PEOPLE_STORE_MAX);

  return TRUE;
}

/**
 * minutes_people_store_remember:
 * @person: someone just added to a meeting
 *
 * Puts @person (name, honorific, job title, organisation, kind) first,
 * replacing an earlier entry of the same name, and writes the file.
 */
void
minutes_people_store_remember (MinutesPeopleStore *self,
                               MinutesPerson      *person)
{
  g_return_if_fail (MINUTES_IS_PEOPLE_STORE (self));
  g_return_if_fail (MINUTES_IS_PERSON (person));

  if (remember_one (self, person))
    save (self);
}

/**
 * minutes_people_store_remember_meeting:
 * @meeting: a meeting just saved
 *
 * Remembers everyone in @meeting as they are now (with the job titles and
 * organisations typed since they were added), writing the file once.
 */
void
minutes_people_store_remember_meeting (MinutesPeopleStore *self,
                                       MinutesMeeting     *meeting)
{
  GListModel *people;
  gboolean changed = FALSE;
  guint n;

  g_return_if_fail (MINUTES_IS_PEOPLE_STORE (self));
  g_return_if_fail (MINUTES_IS_MEETING (meeting));

  people = minutes_meeting_get_people (meeting);
  n = g_list_model_get_n_items (people);
  /* Backwards, so that the first of the meeting ends up first. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i - 1);

      changed |= remember_one (self, person);
    }

  if (changed)
    save (self);
}
