/* minutes-document.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "minutes-document.h"
#include "minutes-document-private.h"
#include "minutes-model-private.h"
#include "minutes-node-private.h"

/* The .minutes file: UTF-8 JSON, members in a fixed order, empty members
 * left out. Loading is all or nothing: any problem is a GError that names
 * the file and the place, and no half-built meeting escapes. */

G_DEFINE_QUARK (minutes-document-error-quark, minutes_document_error)

/* No real meeting nests deeper than ~8 levels (amendments to amendments);
 * refusing absurd depth up front keeps the parser's recursion bounded. */
#define MAX_DEPTH 64

typedef struct
{
  const char     *display_name;
  MinutesMeeting *meeting;
  GHashTable     *people;   /* id → MinutesPerson (borrowed) */
  GHashTable     *items;    /* id → MinutesAgendaItem (borrowed) */
} Loader;

static gboolean G_GNUC_PRINTF (4, 5)
fail (Loader      *loader,
      GError     **error,
      int          code,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, MINUTES_DOCUMENT_ERROR, code, "%s: %s", loader->display_name, message);

  return FALSE;
}

static const char *
describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");

    case JSON_NODE_ARRAY:
      return _("an array");

    case JSON_NODE_NULL:
      return _("null");

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _("a string");

        case G_TYPE_BOOLEAN:
          return _("true or false");

        default:
          return _("a number");
        }

    default:
      return _("something else");
    }
}

static gboolean
wrong_type (Loader      *loader,
            GError     **error,
            const char  *path,
            const char  *expected,
            JsonNode    *node)
{
  return fail (loader, error, MINUTES_DOCUMENT_ERROR_WRONG_TYPE,
               _("%s should be %s, but is %s"), path, expected, describe_node (node));
}

static char *
member_path (const char *path,
             const char *member)
{
  return path[0] == '\0' ? g_strdup (member) : g_strdup_printf ("%s.%s", path, member);
}

static gboolean
check_members (Loader             *loader,
               JsonObject         *object,
               const char         *path,
               const char * const *known,
               GError            **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (known, l->data))
        {
          g_autofree char *where = member_path (path, l->data);

          return fail (loader, error, MINUTES_DOCUMENT_ERROR_UNKNOWN_MEMBER,
                       _("%s is not part of the .minutes format (misspelt, or written by another program?)"),
                       where);
        }
    }

  return TRUE;
}

/* Returns the member, or NULL when it is absent or null. */
static JsonNode *
get_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  return node;
}

static gboolean
read_string (Loader      *loader,
             JsonObject  *object,
             const char  *path,
             const char  *name,
             const char **out,
             GError     **error)
{
  JsonNode *node = get_member (object, name);

  *out = NULL;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *where = member_path (path, name);

      return wrong_type (loader, error, where, _("a string"), node);
    }

  *out = json_node_get_string (node);

  return TRUE;
}

static gboolean
read_bool (Loader      *loader,
           JsonObject  *object,
           const char  *path,
           const char  *name,
           gboolean    *out,
           GError     **error)
{
  JsonNode *node = get_member (object, name);

  *out = FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_autofree char *where = member_path (path, name);

      return wrong_type (loader, error, where, _("true or false"), node);
    }

  *out = json_node_get_boolean (node);

  return TRUE;
}

/* A whole number from 0 to max; absent gives -1. */
static gboolean
read_count (Loader      *loader,
            JsonObject  *object,
            const char  *path,
            const char  *name,
            gint64       max,
            gint64      *out,
            GError     **error)
{
  JsonNode *node = get_member (object, name);
  g_autofree char *where = NULL;

  *out = -1;
  if (node == NULL)
    return TRUE;

  where = member_path (path, name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return wrong_type (loader, error, where, _("a whole number"), node);

  *out = json_node_get_int (node);
  if (*out < 0 || *out > max)
    {
      /* Numbers as text: gettext cannot see through G_GINT64_FORMAT. */
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT, *out);
      g_autofree char *limit = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      return fail (loader, error, MINUTES_DOCUMENT_ERROR_INVALID_VALUE,
                   _("%s is %s, but must be between 0 and %s"), where, value, limit);
    }

  return TRUE;
}

/* "19:05" → minutes since midnight; absent gives MINUTES_TIME_UNSET. */
static gboolean
read_time (Loader      *loader,
           JsonObject  *object,
           const char  *path,
           const char  *name,
           int         *out,
           GError     **error)
{
  const char *text;
  g_autofree char *where = NULL;

  *out = MINUTES_TIME_UNSET;
  if (!read_string (loader, object, path, name, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  if (strlen (text) == 5 && text[2] == ':' &&
      g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) &&
      g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4]))
    {
      int hours = (text[0] - '0') * 10 + (text[1] - '0');
      int minutes = (text[3] - '0') * 10 + (text[4] - '0');

      if (hours < 24 && minutes < 60)
        {
          *out = hours * 60 + minutes;
          return TRUE;
        }
    }

  where = member_path (path, name);
  return fail (loader, error, MINUTES_DOCUMENT_ERROR_INVALID_VALUE,
               _("%s is “%s”, but must be a time as HH:MM (24-hour)"), where, text);
}

/* "2024-01-16" → a valid GDate; absent gives NULL. */
static gboolean
read_date (Loader      *loader,
           JsonObject  *object,
           const char  *path,
           const char  *name,
           GDate      **out,
           GError     **error)
{
  const char *text;
  g_autofree char *where = NULL;

  *out = NULL;
  if (!read_string (loader, object, path, name, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  if (strlen (text) == 10 && text[4] == '-' && text[7] == '-')
    {
      guint year = 0, month = 0, day = 0;
      gboolean digits = TRUE;

      for (guint i = 0; i < 10; i++)
        {
          if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
            digits = FALSE;
        }

      if (digits)
        {
          year = g_ascii_strtoull (text, NULL, 10);
          month = g_ascii_strtoull (text + 5, NULL, 10);
          day = g_ascii_strtoull (text + 8, NULL, 10);
        }

      if (digits && g_date_valid_dmy (day, month, year))
        {
          *out = g_date_new_dmy (day, month, year);
          return TRUE;
        }
    }

  where = member_path (path, name);
  return fail (loader, error, MINUTES_DOCUMENT_ERROR_INVALID_VALUE,
               _("%s is “%s”, but must be a real date as YYYY-MM-DD"), where, text);
}

static gboolean
read_enum (Loader      *loader,
           JsonObject  *object,
           const char  *path,
           const char  *name,
           GType        enum_type,
           int          fallback,
           int         *out,
           GError     **error)
{
  g_autoptr(GEnumClass) enum_class = NULL;
  g_autoptr(GString) choices = NULL;
  g_autofree char *where = NULL;
  const char *text;
  GEnumValue *value;

  *out = fallback;
  if (!read_string (loader, object, path, name, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  enum_class = g_type_class_ref (enum_type);
  value = g_enum_get_value_by_nick (enum_class, text);
  if (value != NULL)
    {
      *out = value->value;
      return TRUE;
    }

  choices = g_string_new (NULL);
  for (guint i = 0; i < enum_class->n_values; i++)
    g_string_append_printf (choices, "%s%s", i > 0 ? ", " : "", enum_class->values[i].value_nick);

  where = member_path (path, name);
  return fail (loader, error, MINUTES_DOCUMENT_ERROR_INVALID_VALUE,
               _("%s is “%s”, but must be one of: %s"), where, text, choices->str);
}

static gboolean
read_array (Loader      *loader,
            JsonObject  *object,
            const char  *path,
            const char  *name,
            JsonArray  **out,
            GError     **error)
{
  JsonNode *node = get_member (object, name);

  *out = NULL;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *where = member_path (path, name);

      return wrong_type (loader, error, where, _("a list"), node);
    }

  *out = json_node_get_array (node);

  return TRUE;
}

static JsonObject *
element_object (Loader      *loader,
                JsonArray   *array,
                guint        index,
                const char  *element_path,
                GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      wrong_type (loader, error, element_path, _("an object"), node);
      return NULL;
    }

  return json_node_get_object (node);
}

static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || id[0] == '\0')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && strchr ("_.:-", *p) == NULL)
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_id (Loader      *loader,
         JsonObject  *object,
         const char  *path,
         GHashTable  *taken,
         const char **out,
         GError     **error)
{
  g_autofree char *where = member_path (path, "id");

  if (!read_string (loader, object, path, "id", out, error))
    return FALSE;

  if (*out == NULL)
    return fail (loader, error, MINUTES_DOCUMENT_ERROR_MISSING_MEMBER, _("%s is missing"), where);

  if (!is_valid_id (*out))
    return fail (loader, error, MINUTES_DOCUMENT_ERROR_INVALID_VALUE,
                 _("%s is “%s”, but ids may only use letters, digits and _ . : -"), where, *out);

  if (g_hash_table_contains (taken, *out))
    return fail (loader, error, MINUTES_DOCUMENT_ERROR_DUPLICATE_ID,
                 _("%s “%s” is used twice"), where, *out);

  return TRUE;
}

static gboolean
read_required_string (Loader      *loader,
                      JsonObject  *object,
                      const char  *path,
                      const char  *name,
                      const char **out,
                      GError     **error)
{
  if (!read_string (loader, object, path, name, out, error))
    return FALSE;

  if (*out == NULL)
    {
      g_autofree char *where = member_path (path, name);

      return fail (loader, error, MINUTES_DOCUMENT_ERROR_MISSING_MEMBER, _("%s is missing"), where);
    }

  return TRUE;
}

/* A reference: the id of a person (or item) in this file. */
static gboolean
read_reference (Loader      *loader,
                JsonObject  *object,
                const char  *path,
                const char  *name,
                GHashTable  *table,
                const char  *what,
                gpointer    *out,
                GError     **error)
{
  const char *id;

  *out = NULL;
  if (!read_string (loader, object, path, name, &id, error))
    return FALSE;
  if (id == NULL)
    return TRUE;

  *out = g_hash_table_lookup (table, id);
  if (*out == NULL)
    {
      g_autofree char *where = member_path (path, name);

      return fail (loader, error, MINUTES_DOCUMENT_ERROR_DANGLING_REFERENCE,
                   _("%s refers to “%s”, which is not a %s in this file"), where, id, what);
    }

  return TRUE;
}

static gboolean
read_person_list (Loader      *loader,
                  JsonObject  *object,
                  const char  *path,
                  const char  *name,
                  GListStore  *store,
                  GError     **error)
{
  JsonArray *array;

  if (!read_array (loader, object, path, name, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("%s.%s[%u]", path, name, i);
      MinutesPerson *person;
      const char *id;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return wrong_type (loader, error, where, _("the id of a person"), node);

      id = json_node_get_string (node);
      person = g_hash_table_lookup (loader->people, id);
      if (person == NULL)
        return fail (loader, error, MINUTES_DOCUMENT_ERROR_DANGLING_REFERENCE,
                     _("%s refers to “%s”, which is not a person in this file"), where, id);

      g_list_store_append (store, person);
    }

  return TRUE;
}

/* Meeting */

/* "translations": { "cy": { "title": "…" } } — what the clerk typed in
 * other languages, per field (a text property of the node). Read strictly:
 * a language must be a language tag, a field a text of this kind of node. */
static gboolean
is_language_tag (const char *tag)
{
  gsize length = strlen (tag);

  if (length < 2 || length > 35 || !g_ascii_isalpha (tag[0]))
    return FALSE;
  for (const char *p = tag; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_translations (Loader      *loader,
                   JsonObject  *object,
                   const char  *path,
                   MinutesNode *node,
                   GError     **error)
{
  JsonNode *member = get_member (object, "translations");
  g_autofree char *member_at = NULL;
  g_auto(GVariantBuilder) outer = { { { 0, } } };
  g_autoptr(GList) languages = NULL;

  /* Most nodes have none: nothing to build for them */
  if (member == NULL)
    return TRUE;
  member_at = member_path (path, "translations");
  g_variant_builder_init (&outer, G_VARIANT_TYPE ("a{sa{ss}}"));
  if (!JSON_NODE_HOLDS_OBJECT (member))
    return wrong_type (loader, error, member_at, _("an object"), member);

  languages = json_object_get_members (json_node_get_object (member));
  for (const GList *l = languages; l != NULL; l = l->next)
    {
      const char *language = l->data;
      g_autofree char *language_at = member_path (member_at, language);
      JsonNode *fields_node = json_object_get_member (json_node_get_object (member), language);
      g_autoptr(GList) fields = NULL;
      GVariantBuilder inner;

      if (!is_language_tag (language))
        return fail (loader, error, MINUTES_DOCUMENT_ERROR_INVALID_VALUE,
                     _("%s: “%s” is not a language tag (like cy or en-GB)"), member_at, language);
      if (!JSON_NODE_HOLDS_OBJECT (fields_node))
        return wrong_type (loader, error, language_at, _("an object"), fields_node);

      g_variant_builder_init (&inner, G_VARIANT_TYPE ("a{ss}"));
      fields = json_object_get_members (json_node_get_object (fields_node));
      for (const GList *f = fields; f != NULL; f = f->next)
        {
          const char *field = f->data;
          g_autofree char *field_at = member_path (language_at, field);
          JsonNode *text = json_object_get_member (json_node_get_object (fields_node), field);
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (node), field);

          if (pspec == NULL || G_PARAM_SPEC_VALUE_TYPE (pspec) != G_TYPE_STRING ||
              (pspec->flags & G_PARAM_WRITABLE) == 0 || g_str_equal (field, "id"))
            {
              g_variant_builder_clear (&inner);
              return fail (loader, error, MINUTES_DOCUMENT_ERROR_UNKNOWN_MEMBER,
                           _("%s: “%s” is not a text of this part of the meeting, so it cannot be translated"),
                           field_at, field);
            }
          if (!JSON_NODE_HOLDS_VALUE (text) || json_node_get_value_type (text) != G_TYPE_STRING)
            {
              g_variant_builder_clear (&inner);
              return wrong_type (loader, error, field_at, _("a string"), text);
            }
          g_variant_builder_add (&inner, "{ss}", field, json_node_get_string (text));
        }
      g_variant_builder_add (&outer, "{s@a{ss}}", language, g_variant_builder_end (&inner));
    }

  g_object_set (node, "translations", g_variant_builder_end (&outer), NULL);

  return TRUE;
}

static gboolean
load_meeting (Loader      *loader,
              JsonObject  *object,
              GError     **error)
{
  static const char * const known[] = {
    "committee", "body", "title", "date", "scheduled-start", "actual-start",
    "end", "venue", "contact", "status", "template", "language",
    "attendance-note", "no-declarations", "signed-by", "signed-date",
    "translations", NULL
  };
  static const char * const contact_known[] = { "name", "role", "email", "phone", NULL };
  MinutesMeeting *meeting = loader->meeting;
  const char *committee, *body, *title, *venue, *template_id, *language, *note, *signed_by;
  const char *name = NULL, *role = NULL, *email = NULL, *phone = NULL;
  g_autoptr(GDate) date = NULL;
  g_autoptr(GDate) signed_date = NULL;
  int scheduled, actual, end, status;
  gboolean no_declarations;
  JsonNode *contact;

  if (!check_members (loader, object, "meeting", known, error) ||
      !read_required_string (loader, object, "meeting", "committee", &committee, error) ||
      !read_string (loader, object, "meeting", "body", &body, error) ||
      !read_string (loader, object, "meeting", "title", &title, error) ||
      !read_date (loader, object, "meeting", "date", &date, error) ||
      !read_time (loader, object, "meeting", "scheduled-start", &scheduled, error) ||
      !read_time (loader, object, "meeting", "actual-start", &actual, error) ||
      !read_time (loader, object, "meeting", "end", &end, error) ||
      !read_string (loader, object, "meeting", "venue", &venue, error) ||
      !read_enum (loader, object, "meeting", "status", MINUTES_TYPE_MEETING_STATUS,
                  MINUTES_MEETING_STATUS_DRAFT, &status, error) ||
      !read_string (loader, object, "meeting", "template", &template_id, error) ||
      !read_string (loader, object, "meeting", "language", &language, error) ||
      !read_string (loader, object, "meeting", "attendance-note", &note, error) ||
      !read_bool (loader, object, "meeting", "no-declarations", &no_declarations, error) ||
      !read_string (loader, object, "meeting", "signed-by", &signed_by, error) ||
      !read_date (loader, object, "meeting", "signed-date", &signed_date, error))
    return FALSE;

  contact = get_member (object, "contact");
  if (contact != NULL)
    {
      JsonObject *contact_object;

      if (!JSON_NODE_HOLDS_OBJECT (contact))
        return wrong_type (loader, error, "meeting.contact", _("an object"), contact);

      contact_object = json_node_get_object (contact);
      if (!check_members (loader, contact_object, "meeting.contact", contact_known, error) ||
          !read_string (loader, contact_object, "meeting.contact", "name", &name, error) ||
          !read_string (loader, contact_object, "meeting.contact", "role", &role, error) ||
          !read_string (loader, contact_object, "meeting.contact", "email", &email, error) ||
          !read_string (loader, contact_object, "meeting.contact", "phone", &phone, error))
        return FALSE;
    }

  g_object_set (meeting,
                "committee", committee,
                "body", body,
                "title", title,
                "date", date,
                "scheduled-start", scheduled,
                "actual-start", actual,
                "end", end,
                "venue", venue,
                "contact-name", name,
                "contact-role", role,
                "contact-email", email,
                "contact-phone", phone,
                "status", status,
                "template-id", template_id,
                "language", language,
                "attendance-note", note,
                "no-declarations", no_declarations,
                "signed-by", signed_by,
                "signed-date", signed_date,
                NULL);

  return read_translations (loader, object, "meeting", MINUTES_NODE (meeting), error);
}

/* People */

static gboolean
load_people (Loader      *loader,
             JsonObject  *root,
             GError     **error)
{
  static const char * const known[] = {
    "id", "name", "honorific", "job-title", "organisation", "kind",
    "attendance", "role", "substitute-for", "arrived-at", "left-at", NULL
  };
  JsonArray *array;

  if (!read_array (loader, root, "", "people", &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  /* First the people, then who substitutes for whom: a reference may point
   * forward in the list. */
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("people[%u]", i);
      g_autoptr(MinutesPerson) person = NULL;
      const char *id, *name, *honorific, *job, *organisation;
      int kind, attendance, role, arrived, left;
      JsonObject *object;

      if ((object = element_object (loader, array, i, path, error)) == NULL ||
          !check_members (loader, object, path, known, error) ||
          !read_id (loader, object, path, loader->people, &id, error) ||
          !read_required_string (loader, object, path, "name", &name, error) ||
          !read_string (loader, object, path, "honorific", &honorific, error) ||
          !read_string (loader, object, path, "job-title", &job, error) ||
          !read_string (loader, object, path, "organisation", &organisation, error) ||
          !read_enum (loader, object, path, "kind", MINUTES_TYPE_PERSON_KIND,
                      MINUTES_PERSON_KIND_MEMBER, &kind, error) ||
          !read_enum (loader, object, path, "attendance", MINUTES_TYPE_ATTENDANCE,
                      MINUTES_ATTENDANCE_EXPECTED, &attendance, error) ||
          !read_enum (loader, object, path, "role", MINUTES_TYPE_ROLE,
                      MINUTES_ROLE_NONE, &role, error) ||
          !read_time (loader, object, path, "arrived-at", &arrived, error) ||
          !read_time (loader, object, path, "left-at", &left, error))
        return FALSE;

      person = g_object_new (MINUTES_TYPE_PERSON,
                             "id", id,
                             "name", name,
                             "honorific", honorific,
                             "job-title", job,
                             "organisation", organisation,
                             "kind", kind,
                             "attendance", attendance,
                             "role", role,
                             "arrived-at", arrived,
                             "left-at", left,
                             NULL);
      g_hash_table_insert (loader->people, (gpointer) minutes_person_get_id (person), person);
      minutes_meeting_append_person (loader->meeting, person);
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("people[%u]", i);
      JsonObject *object = json_array_get_object_element (array, i);
      g_autoptr(MinutesPerson) person = g_list_model_get_item (minutes_meeting_get_people (loader->meeting), i);
      gpointer substitute_for;

      if (!read_reference (loader, object, path, "substitute-for", loader->people,
                           _("person"), &substitute_for, error))
        return FALSE;

      minutes_person_set_substitute_for (person, substitute_for);
    }

  return TRUE;
}

/* Items */

static gboolean
load_attachments (Loader            *loader,
                  JsonObject        *object,
                  const char        *path,
                  MinutesAgendaItem *item,
                  GError           **error)
{
  static const char * const known[] = { "title", "type", "size", "url", "additional", NULL };
  JsonArray *array;

  if (!read_array (loader, object, path, "documents", &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *element_path = g_strdup_printf ("%s.documents[%u]", path, i);
      g_autoptr(MinutesAttachment) attachment = NULL;
      const char *title, *type, *url;
      gboolean additional;
      gint64 size;
      JsonObject *element;

      if ((element = element_object (loader, array, i, element_path, error)) == NULL ||
          !check_members (loader, element, element_path, known, error) ||
          !read_required_string (loader, element, element_path, "title", &title, error) ||
          !read_string (loader, element, element_path, "type", &type, error) ||
          !read_count (loader, element, element_path, "size", G_MAXINT64, &size, error) ||
          !read_string (loader, element, element_path, "url", &url, error) ||
          !read_bool (loader, element, element_path, "additional", &additional, error))
        return FALSE;

      attachment = g_object_new (MINUTES_TYPE_ATTACHMENT,
                                 "title", title,
                                 "file-type", type,
                                 "size", size,
                                 "url", url,
                                 "additional", additional,
                                 NULL);
      minutes_agenda_item_append_attachment (item, attachment);
    }

  return TRUE;
}

static gboolean
load_discussion (Loader            *loader,
                 JsonObject        *object,
                 const char        *path,
                 MinutesAgendaItem *item,
                 GError           **error)
{
  static const char * const known[] = { "type", "text", "procedure", "from", "to", "person",
                                        "translations", NULL };
  JsonArray *array;

  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);

  if (!read_array (loader, object, path, "discussion", &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *element_path = g_strdup_printf ("%s.discussion[%u]", path, i);
      g_autofree char *type_path = NULL;
      g_autoptr(MinutesDiscussionEntry) entry = NULL;
      const char *text;
      int type, procedure, from, to;
      gpointer person;
      JsonObject *element;

      if ((element = element_object (loader, array, i, element_path, error)) == NULL ||
          !check_members (loader, element, element_path, known, error))
        return FALSE;

      if (get_member (element, "type") == NULL)
        {
          type_path = member_path (element_path, "type");
          return fail (loader, error, MINUTES_DOCUMENT_ERROR_MISSING_MEMBER, _("%s is missing"), type_path);
        }

      if (!read_enum (loader, element, element_path, "type", MINUTES_TYPE_ENTRY_TYPE,
                      MINUTES_ENTRY_POINT, &type, error) ||
          !read_string (loader, element, element_path, "text", &text, error) ||
          !read_enum (loader, element, element_path, "procedure", MINUTES_TYPE_PROCEDURE,
                      MINUTES_PROCEDURE_OTHER, &procedure, error) ||
          !read_time (loader, element, element_path, "from", &from, error) ||
          !read_time (loader, element, element_path, "to", &to, error) ||
          !read_reference (loader, element, element_path, "person", loader->people,
                           _("person"), &person, error))
        return FALSE;

      /* Setters, not g_object_new()'s properties by name: a long
       * discussion has thousands of points */
      entry = minutes_discussion_entry_new ();
      minutes_discussion_entry_set_entry_type (entry, type);
      minutes_discussion_entry_set_text (entry, text);
      minutes_discussion_entry_set_procedure (entry, procedure);
      minutes_discussion_entry_set_from (entry, from);
      minutes_discussion_entry_set_to (entry, to);
      minutes_discussion_entry_set_person (entry, person);
      if (!read_translations (loader, element, element_path, MINUTES_NODE (entry), error))
        return FALSE;
      g_ptr_array_add (entries, g_steal_pointer (&entry));
    }

  /* In one go: a long discussion added point by point told every watcher
   * of the list (numbering, parents) thousands of times */
  g_list_store_splice (G_LIST_STORE (minutes_agenda_item_get_discussion (item)), 0, 0,
                       entries->pdata, entries->len);

  return TRUE;
}

static gboolean
load_actions (Loader            *loader,
              JsonObject        *object,
              const char        *path,
              MinutesAgendaItem *item,
              GError           **error)
{
  static const char * const known[] = { "owner", "owner-text", "text", "due", "status",
                                        "translations", NULL };
  JsonArray *array;

  if (!read_array (loader, object, path, "actions", &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *element_path = g_strdup_printf ("%s.actions[%u]", path, i);
      g_autoptr(MinutesAction) action = NULL;
      g_autoptr(GDate) due = NULL;
      const char *owner_text, *text;
      gpointer owner;
      int status;
      JsonObject *element;

      if ((element = element_object (loader, array, i, element_path, error)) == NULL ||
          !check_members (loader, element, element_path, known, error) ||
          !read_reference (loader, element, element_path, "owner", loader->people,
                           _("person"), &owner, error) ||
          !read_string (loader, element, element_path, "owner-text", &owner_text, error) ||
          !read_string (loader, element, element_path, "text", &text, error) ||
          !read_date (loader, element, element_path, "due", &due, error) ||
          !read_enum (loader, element, element_path, "status", MINUTES_TYPE_ACTION_STATUS,
                      MINUTES_ACTION_STATUS_OPEN, &status, error))
        return FALSE;

      action = g_object_new (MINUTES_TYPE_ACTION,
                             "owner", owner,
                             "owner-text", owner_text,
                             "text", text,
                             "due", due,
                             "status", status,
                             NULL);
      if (!read_translations (loader, element, element_path, MINUTES_NODE (action), error))
        return FALSE;
      minutes_agenda_item_append_action (item, action);
    }

  return TRUE;
}

static MinutesMotion *
load_motion (Loader      *loader,
             JsonObject  *element,
             const char  *element_path,
             GError     **error)
{
  static const char * const known[] = {
    "text", "mover", "seconder", "outcome", "votes-for", "votes-against",
    "abstentions", "voted-for", "voted-against", "abstained", "amendments", "record", NULL
  };
  g_autoptr(MinutesMotion) motion = NULL;
  const char *text, *record;
  gpointer mover, seconder;
  gint64 votes_for, votes_against, abstentions;
  int outcome;
  JsonArray *amendments;

  if (!check_members (loader, element, element_path, known, error) ||
      !read_string (loader, element, element_path, "text", &text, error) ||
      !read_string (loader, element, element_path, "record", &record, error) ||
      !read_reference (loader, element, element_path, "mover", loader->people, _("person"), &mover, error) ||
      !read_reference (loader, element, element_path, "seconder", loader->people, _("person"), &seconder, error) ||
      !read_enum (loader, element, element_path, "outcome", MINUTES_TYPE_MOTION_OUTCOME,
                  MINUTES_MOTION_OUTCOME_PENDING, &outcome, error) ||
      !read_count (loader, element, element_path, "votes-for", G_MAXINT, &votes_for, error) ||
      !read_count (loader, element, element_path, "votes-against", G_MAXINT, &votes_against, error) ||
      !read_count (loader, element, element_path, "abstentions", G_MAXINT, &abstentions, error) ||
      !read_array (loader, element, element_path, "amendments", &amendments, error))
    return NULL;

  motion = g_object_new (MINUTES_TYPE_MOTION,
                         "text", text,
                         "mover", mover,
                         "seconder", seconder,
                         "outcome", outcome,
                         "votes-for", (int) votes_for,
                         "votes-against", (int) votes_against,
                         "abstentions", (int) abstentions,
                         "record", record,
                         NULL);

  if (!read_person_list (loader, element, element_path, "voted-for",
                         G_LIST_STORE (minutes_motion_get_voted_for (motion)), error) ||
      !read_person_list (loader, element, element_path, "voted-against",
                         G_LIST_STORE (minutes_motion_get_voted_against (motion)), error) ||
      !read_person_list (loader, element, element_path, "abstained",
                         G_LIST_STORE (minutes_motion_get_abstained (motion)), error))
    return NULL;

  for (guint i = 0; amendments != NULL && i < json_array_get_length (amendments); i++)
    {
      g_autofree char *amendment_path = g_strdup_printf ("%s.amendments[%u]", element_path, i);
      g_autoptr(MinutesMotion) amendment = NULL;
      JsonObject *object;

      if ((object = element_object (loader, amendments, i, amendment_path, error)) == NULL ||
          (amendment = load_motion (loader, object, amendment_path, error)) == NULL)
        return NULL;

      minutes_motion_append_amendment (motion, amendment);
    }

  return g_steal_pointer (&motion);
}

static gboolean
load_motions (Loader            *loader,
              JsonObject        *object,
              const char        *path,
              MinutesAgendaItem *item,
              GError           **error)
{
  JsonArray *array;

  if (!read_array (loader, object, path, "motions", &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *element_path = g_strdup_printf ("%s.motions[%u]", path, i);
      g_autoptr(MinutesMotion) motion = NULL;
      JsonObject *element;

      if ((element = element_object (loader, array, i, element_path, error)) == NULL ||
          (motion = load_motion (loader, element, element_path, error)) == NULL)
        return FALSE;

      minutes_agenda_item_append_motion (item, motion);
    }

  return TRUE;
}

static gboolean
load_resolutions (Loader            *loader,
                  JsonObject        *object,
                  const char        *path,
                  MinutesAgendaItem *item,
                  GError           **error)
{
  static const char * const known[] = { "kind", "text", "points", "translations", NULL };
  JsonArray *array;

  if (!read_array (loader, object, path, "resolutions", &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *element_path = g_strdup_printf ("%s.resolutions[%u]", path, i);
      g_autoptr(MinutesResolution) resolution = NULL;
      const char *text;
      JsonArray *points;
      int kind;
      JsonObject *element;

      if ((element = element_object (loader, array, i, element_path, error)) == NULL ||
          !check_members (loader, element, element_path, known, error) ||
          !read_enum (loader, element, element_path, "kind", MINUTES_TYPE_RESOLUTION_KIND,
                      MINUTES_RESOLUTION_RESOLVED, &kind, error) ||
          !read_string (loader, element, element_path, "text", &text, error) ||
          !read_array (loader, element, element_path, "points", &points, error))
        return FALSE;

      resolution = g_object_new (MINUTES_TYPE_RESOLUTION,
                                 "kind", kind,
                                 "text", text,
                                 NULL);
      if (!read_translations (loader, element, element_path, MINUTES_NODE (resolution), error))
        return FALSE;

      for (guint p = 0; points != NULL && p < json_array_get_length (points); p++)
        {
          JsonNode *node = json_array_get_element (points, p);
          g_autoptr(MinutesResolutionPoint) point = NULL;

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
            {
              g_autofree char *point_path = g_strdup_printf ("%s.points[%u]", element_path, p);

              return wrong_type (loader, error, point_path, _("a string"), node);
            }

          point = minutes_resolution_point_new ();
          minutes_resolution_point_set_text (point, json_node_get_string (node));
          minutes_resolution_append_point (resolution, point);
        }

      minutes_agenda_item_append_resolution (item, resolution);
    }

  return TRUE;
}

static gboolean
load_items (Loader      *loader,
            JsonObject  *root,
            GError     **error)
{
  static const char * const known[] = {
    "id", "number", "unnumbered", "title", "standing", "exempt",
    "exemption-ground", "agenda-text", "documents", "publication-note",
    "chair", "witnesses", "introduction", "discussion", "actions", "motions",
    "resolutions", "decision", "minutes-truncated", "recommendation",
    "translations", NULL
  };
  JsonArray *array;

  if (!read_array (loader, root, "", "items", &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("items[%u]", i);
      g_autoptr(MinutesAgendaItem) item = NULL;
      const char *id, *number, *title, *ground, *agenda_text, *note, *introduction, *decision;
      const char *recommendation;
      gboolean unnumbered, exempt, truncated;
      gpointer chair;
      int standing;
      JsonObject *object;

      if ((object = element_object (loader, array, i, path, error)) == NULL ||
          !check_members (loader, object, path, known, error) ||
          !read_id (loader, object, path, loader->items, &id, error) ||
          !read_string (loader, object, path, "number", &number, error) ||
          !read_bool (loader, object, path, "unnumbered", &unnumbered, error) ||
          !read_required_string (loader, object, path, "title", &title, error) ||
          !read_enum (loader, object, path, "standing", MINUTES_TYPE_STANDING,
                      MINUTES_STANDING_NONE, &standing, error) ||
          !read_bool (loader, object, path, "exempt", &exempt, error) ||
          !read_string (loader, object, path, "exemption-ground", &ground, error) ||
          !read_string (loader, object, path, "agenda-text", &agenda_text, error) ||
          !read_string (loader, object, path, "publication-note", &note, error) ||
          !read_reference (loader, object, path, "chair", loader->people, _("person"), &chair, error) ||
          !read_string (loader, object, path, "introduction", &introduction, error) ||
          !read_string (loader, object, path, "decision", &decision, error) ||
          !read_string (loader, object, path, "recommendation", &recommendation, error) ||
          !read_bool (loader, object, path, "minutes-truncated", &truncated, error))
        return FALSE;

      item = g_object_new (MINUTES_TYPE_AGENDA_ITEM,
                           "id", id,
                           "number-label", number,
                           "unnumbered", unnumbered,
                           "title", title,
                           "standing", standing,
                           "exempt", exempt,
                           "exemption-ground", ground,
                           "agenda-text", agenda_text,
                           "publication-note", note,
                           "chair", chair,
                           "introduction", introduction,
                           "decision", decision,
                           "recommendation", recommendation,
                           "minutes-truncated", truncated,
                           NULL);

      if (!read_translations (loader, object, path, MINUTES_NODE (item), error) ||
          !load_attachments (loader, object, path, item, error) ||
          !read_person_list (loader, object, path, "witnesses",
                             G_LIST_STORE (minutes_agenda_item_get_witnesses (item)), error) ||
          !load_discussion (loader, object, path, item, error) ||
          !load_actions (loader, object, path, item, error) ||
          !load_motions (loader, object, path, item, error) ||
          !load_resolutions (loader, object, path, item, error))
        return FALSE;

      g_hash_table_insert (loader->items, (gpointer) minutes_agenda_item_get_id (item), item);
      minutes_meeting_append_item (loader->meeting, item);
    }

  return TRUE;
}

static gboolean
load_declarations (Loader      *loader,
                   JsonObject  *root,
                   GError     **error)
{
  static const char * const known[] = { "person", "item", "kind", "text", "withdrew", NULL };
  JsonArray *array;

  if (!read_array (loader, root, "", "declarations", &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("declarations[%u]", i);
      g_autoptr(MinutesDeclaration) declaration = NULL;
      gpointer person, item;
      const char *text;
      gboolean withdrew;
      int kind;
      JsonObject *object;

      if ((object = element_object (loader, array, i, path, error)) == NULL ||
          !check_members (loader, object, path, known, error) ||
          !read_reference (loader, object, path, "person", loader->people, _("person"), &person, error) ||
          !read_reference (loader, object, path, "item", loader->items, _("item"), &item, error) ||
          !read_enum (loader, object, path, "kind", MINUTES_TYPE_DECLARATION_KIND,
                      MINUTES_DECLARATION_KIND_OTHER, &kind, error) ||
          !read_string (loader, object, path, "text", &text, error) ||
          !read_bool (loader, object, path, "withdrew", &withdrew, error))
        return FALSE;

      if (person == NULL)
        return fail (loader, error, MINUTES_DOCUMENT_ERROR_MISSING_MEMBER,
                     _("%s.person is missing"), path);

      declaration = g_object_new (MINUTES_TYPE_DECLARATION,
                                  "person", person,
                                  "item", item,
                                  "kind", kind,
                                  "text", text,
                                  "withdrew", withdrew,
                                  NULL);
      minutes_meeting_append_declaration (loader->meeting, declaration);
    }

  return TRUE;
}

/* Line and column (in characters) of a byte offset in valid UTF-8. */
static void
position_of (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  *line = 1;
  *column = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        {
          (*column)++;
        }
    }
}

static gboolean G_GNUC_PRINTF (5, 6)
fail_at (Loader      *loader,
         const char  *data,
         gsize        offset,
         GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  position_of (data, offset, &line, &column);

  return fail (loader, error, MINUTES_DOCUMENT_ERROR_INVALID_VALUE, "%u:%u: %s", line, column, message);
}

/* The code point of the \\uXXXX escape at offset, or -1. */
static int
parse_unicode_escape (const char *data,
                      gsize       size,
                      gsize       offset)
{
  int code = 0;

  if (offset + 6 > size || data[offset] != '\\' || data[offset + 1] != 'u')
    return -1;

  for (gsize i = offset + 2; i < offset + 6; i++)
    {
      if (!g_ascii_isxdigit (data[i]))
        return -1;
      code = code * 16 + g_ascii_xdigit_value (data[i]);
    }

  return code;
}

/* Checks what the JSON parser cannot be trusted with: valid UTF-8 (with the
 * place of the first bad byte) and sane nesting depth. */
static gboolean
check_text (Loader      *loader,
            const char  *data,
            gsize        size,
            GError     **error)
{
  const char *end = NULL;
  guint line, column;
  guint depth = 0;
  gboolean in_string = FALSE;
  gsize quote_at = G_MAXSIZE;   /* the next '"' in the string being read */

  if (!g_utf8_validate_len (data, size, &end))
    {
      position_of (data, end - data, &line, &column);

      if (*end == '\0')
        return fail (loader, error, MINUTES_DOCUMENT_ERROR_ENCODING,
                     _("%u:%u: the file contains a NUL byte: it is binary, not a .minutes file"),
                     line, column);

      return fail (loader, error, MINUTES_DOCUMENT_ERROR_ENCODING,
                   _("%u:%u: the text is not valid UTF-8 (was it saved in another encoding?)"),
                   line, column);
    }

  for (gsize i = 0; i < size; i++)
    {
      char c;

      if (in_string)
        {
          const char *backslash;

          /* Straight to the next escape or the closing quote: the text of
           * a long meeting is almost all inside strings */
          if (quote_at == G_MAXSIZE || quote_at < i)
            {
              const char *quote = memchr (data + i, '"', size - i);

              quote_at = quote != NULL ? (gsize) (quote - data) : size;
            }
          backslash = memchr (data + i, '\\', quote_at - i);
          i = backslash != NULL ? (gsize) (backslash - data) : quote_at;
          if (i >= size)
            break;
        }
      c = data[i];

      if (in_string)
        {
          if (c == '\\' && i + 1 < size && data[i + 1] == 'u')
            {
              /* json-glib turns these into a truncated string or invalid
               * UTF-8, which would not survive the next save. */
              int code = parse_unicode_escape (data, size, i);
              int low = code >= 0xD800 && code <= 0xDBFF ? parse_unicode_escape (data, size, i + 6) : -1;

              if (code < 0)
                return fail_at (loader, data, i, error,
                                _("a \\u escape needs four hexadecimal digits"));
              if (code == 0)
                return fail_at (loader, data, i, error,
                                _("the escape \\u0000 (a NUL character) cannot be part of a text"));
              if ((code >= 0xD800 && code <= 0xDBFF && !(low >= 0xDC00 && low <= 0xDFFF)) ||
                  (code >= 0xDC00 && code <= 0xDFFF))
                return fail_at (loader, data, i, error,
                                _("the escape is half of a UTF-16 surrogate pair and is not a character"));
              i += low >= 0 ? 11 : 5;
            }
          else if (c == '\\')
            i++;
          else if (c == '"')
            {
              in_string = FALSE;
              quote_at = G_MAXSIZE;
            }
        }
      else if (c == '"')
        {
          in_string = TRUE;
        }
      else if (c == '{' || c == '[')
        {
          if (++depth > MAX_DEPTH)
            return fail (loader, error, MINUTES_DOCUMENT_ERROR_TOO_DEEP,
                         _("the data is nested more than %d levels deep; no .minutes file is"),
                         MAX_DEPTH);
        }
      else if ((c == '}' || c == ']') && depth > 0)
        {
          depth--;
        }
    }

  return TRUE;
}

static gboolean
load_root (Loader      *loader,
           JsonNode    *root_node,
           GError     **error)
{
  static const char * const known[] = { "format", "version", "meeting", "people", "declarations", "items", NULL };
  g_autofree char *version_text = NULL;
  JsonObject *root;
  JsonNode *format, *version, *meeting;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    return fail (loader, error, MINUTES_DOCUMENT_ERROR_NOT_MINUTES,
                 _("not a .minutes file (the file is JSON, but not an object with \"format\": \"minutes\")"));

  root = json_node_get_object (root_node);
  format = get_member (root, "format");
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), MINUTES_FILE_FORMAT_NAME) != 0)
    return fail (loader, error, MINUTES_DOCUMENT_ERROR_NOT_MINUTES,
                 _("not a .minutes file (\"format\" is not \"minutes\")"));

  version = get_member (root, "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64)
    return fail (loader, error, MINUTES_DOCUMENT_ERROR_NOT_MINUTES,
                 _("the file has no format version (\"version\" should be %d)"),
                 MINUTES_FILE_FORMAT_VERSION);

  version_text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));
  if (json_node_get_int (version) > MINUTES_FILE_FORMAT_VERSION)
    return fail (loader, error, MINUTES_DOCUMENT_ERROR_NEWER_VERSION,
                 _("the file was written by a newer version of Minutes (format version %s, "
                   "this version reads %d); update Minutes to open it"),
                 version_text, MINUTES_FILE_FORMAT_VERSION);

  if (json_node_get_int (version) < 1)
    return fail (loader, error, MINUTES_DOCUMENT_ERROR_INVALID_VALUE,
                 _("\"version\" is %s, which no version of Minutes wrote"), version_text);

  if (!check_members (loader, root, "", known, error))
    return FALSE;

  meeting = get_member (root, "meeting");
  if (meeting == NULL)
    return fail (loader, error, MINUTES_DOCUMENT_ERROR_MISSING_MEMBER, _("meeting is missing"));
  if (!JSON_NODE_HOLDS_OBJECT (meeting))
    return wrong_type (loader, error, "meeting", _("an object"), meeting);

  return load_meeting (loader, json_node_get_object (meeting), error) &&
         load_people (loader, root, error) &&
         load_items (loader, root, error) &&
         load_declarations (loader, root, error);
}

MinutesMeeting *
minutes_document_load_bytes (GBytes      *bytes,
                             const char  *display_name,
                             GError     **error)
{
  g_autoptr(MinutesMeeting) meeting = NULL;
  g_autoptr(GHashTable) people = NULL;
  g_autoptr(GHashTable) items = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  Loader loader = { display_name, NULL, NULL, NULL };
  const char *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);

  if (size > MINUTES_FILE_MAX_SIZE)
    {
      fail (&loader, error, MINUTES_DOCUMENT_ERROR_TOO_LARGE,
            _("the file is %u MB; a .minutes file is never larger than %d MB"),
            (guint) MIN (size / (1024 * 1024), G_MAXUINT), MINUTES_FILE_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (size == 0)
    {
      fail (&loader, error, MINUTES_DOCUMENT_ERROR_SYNTAX, _("the file is empty"));
      return NULL;
    }

  if (!check_text (&loader, data, size, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, size, &parse_error))
    {
      /* json-glib reports "<data>:LINE:COL: Parse error: …" */
      const char *message = parse_error->message;

      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");

      fail (&loader, error, MINUTES_DOCUMENT_ERROR_SYNTAX,
            _("%s (the file is damaged or incomplete)"), message);
      return NULL;
    }

  meeting = minutes_meeting_new ();
  people = g_hash_table_new (g_str_hash, g_str_equal);
  items = g_hash_table_new (g_str_hash, g_str_equal);
  loader.meeting = meeting;
  loader.people = people;
  loader.items = items;

  if (!load_root (&loader, json_parser_get_root (parser), error))
    return NULL;

  return g_steal_pointer (&meeting);
}

MinutesMeeting *
minutes_document_load (GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = g_file_get_parse_name (file);

  /* Refuse huge files before reading them into memory. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
      return NULL;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("%s: is a folder, not a .minutes file"), display_name);
      return NULL;
    }

  if (g_file_info_get_size (info) > MINUTES_FILE_MAX_SIZE)
    {
      g_set_error (error, MINUTES_DOCUMENT_ERROR, MINUTES_DOCUMENT_ERROR_TOO_LARGE,
                   _("%s: the file is %u MB; a .minutes file is never larger than %d MB"),
                   display_name, (guint) MIN (g_file_info_get_size (info) / (1024 * 1024), G_MAXUINT),
                   MINUTES_FILE_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (bytes == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
      return NULL;
    }

  return minutes_document_load_bytes (bytes, display_name, error);
}

/* Writing */

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_bool (JsonBuilder *builder,
          const char  *name,
          gboolean     value)
{
  if (!value)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, TRUE);
}

static void
add_count (JsonBuilder *builder,
           const char  *name,
           gint64       value)
{
  if (value < 0)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_time (JsonBuilder *builder,
          const char  *name,
          int          minutes)
{
  char text[8];

  if (minutes < 0)
    return;

  g_snprintf (text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
  add_string (builder, name, text);
}

static void
add_date (JsonBuilder *builder,
          const char  *name,
          const GDate *date)
{
  char text[16];

  if (date == NULL || !g_date_valid (date))
    return;

  g_snprintf (text, sizeof text, "%04u-%02u-%02u", g_date_get_year (date),
              g_date_get_month (date), g_date_get_day (date));
  add_string (builder, name, text);
}

/* Enum values equal to the format's default are left out. */
static void
add_enum (JsonBuilder *builder,
          const char  *name,
          GType        enum_type,
          int          value,
          int          default_value)
{
  g_autoptr(GEnumClass) enum_class = NULL;
  GEnumValue *enum_value;

  if (value == default_value)
    return;

  enum_class = g_type_class_ref (enum_type);
  enum_value = g_enum_get_value (enum_class, value);
  g_return_if_fail (enum_value != NULL);

  add_string (builder, name, enum_value->value_nick);
}

typedef struct
{
  MinutesMeeting *meeting;
  GHashTable     *people;      /* the meeting's people, to check references */
  GError         *error;       /* first dangling reference found */
} Writer;

static const char *
person_id (Writer        *writer,
           MinutesPerson *person)
{
  if (person == NULL)
    return NULL;

  if (writer->error == NULL && !g_hash_table_contains (writer->people, person))
    g_set_error (&writer->error, MINUTES_DOCUMENT_ERROR, MINUTES_DOCUMENT_ERROR_DANGLING_REFERENCE,
                 _("“%s” is named in the minutes but is not in the meeting's list of people"),
                 minutes_person_get_name (person) != NULL ? minutes_person_get_name (person) : "?");

  return minutes_person_get_id (person);
}

static void
add_person (Writer        *writer,
            JsonBuilder   *builder,
            const char    *name,
            MinutesPerson *person)
{
  add_string (builder, name, person_id (writer, person));
}

static void
add_person_list (Writer      *writer,
                 JsonBuilder *builder,
                 const char  *name,
                 GListModel  *people)
{
  if (g_list_model_get_n_items (people) == 0)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);

      json_builder_add_string_value (builder, person_id (writer, person));
    }
  json_builder_end_array (builder);
}

static void
write_translations (JsonBuilder *builder,
                    gpointer     node)
{
  GVariant *translations = minutes_node_get_translations (MINUTES_NODE (node));
  GVariantIter languages;
  const char *language;
  GVariant *fields;

  if (translations == NULL)
    return;

  json_builder_set_member_name (builder, "translations");
  json_builder_begin_object (builder);
  g_variant_iter_init (&languages, translations);
  while (g_variant_iter_next (&languages, "{&s@a{ss}}", &language, &fields))
    {
      GVariantIter iter;
      const char *field;
      const char *text;

      json_builder_set_member_name (builder, language);
      json_builder_begin_object (builder);
      g_variant_iter_init (&iter, fields);
      while (g_variant_iter_next (&iter, "{&s&s}", &field, &text))
        {
          json_builder_set_member_name (builder, field);
          json_builder_add_string_value (builder, text);
        }
      json_builder_end_object (builder);
      g_variant_unref (fields);
    }
  json_builder_end_object (builder);
}

static void
write_meeting (Writer      *writer,
               JsonBuilder *builder)
{
  MinutesMeeting *meeting = writer->meeting;

  json_builder_set_member_name (builder, "meeting");
  json_builder_begin_object (builder);
  /* Committee is required: write it even when the clerk has not typed it. */
  json_builder_set_member_name (builder, "committee");
  json_builder_add_string_value (builder, minutes_meeting_get_committee (meeting) != NULL ?
                                          minutes_meeting_get_committee (meeting) : "");
  add_string (builder, "body", minutes_meeting_get_body (meeting));
  add_string (builder, "title", minutes_meeting_get_title (meeting));
  add_date (builder, "date", minutes_meeting_get_date (meeting));
  add_time (builder, "scheduled-start", minutes_meeting_get_scheduled_start (meeting));
  add_time (builder, "actual-start", minutes_meeting_get_actual_start (meeting));
  add_time (builder, "end", minutes_meeting_get_end (meeting));
  add_string (builder, "venue", minutes_meeting_get_venue (meeting));

  if (minutes_meeting_get_contact_name (meeting) != NULL ||
      minutes_meeting_get_contact_role (meeting) != NULL ||
      minutes_meeting_get_contact_email (meeting) != NULL ||
      minutes_meeting_get_contact_phone (meeting) != NULL)
    {
      json_builder_set_member_name (builder, "contact");
      json_builder_begin_object (builder);
      add_string (builder, "name", minutes_meeting_get_contact_name (meeting));
      add_string (builder, "role", minutes_meeting_get_contact_role (meeting));
      add_string (builder, "email", minutes_meeting_get_contact_email (meeting));
      add_string (builder, "phone", minutes_meeting_get_contact_phone (meeting));
      json_builder_end_object (builder);
    }

  add_enum (builder, "status", MINUTES_TYPE_MEETING_STATUS,
            minutes_meeting_get_status (meeting), MINUTES_MEETING_STATUS_DRAFT);
  add_string (builder, "template", minutes_meeting_get_template_id (meeting));
  add_string (builder, "language", minutes_meeting_get_language (meeting));
  add_string (builder, "attendance-note", minutes_meeting_get_attendance_note (meeting));
  add_bool (builder, "no-declarations", minutes_meeting_get_no_declarations (meeting));
  add_string (builder, "signed-by", minutes_meeting_get_signed_by (meeting));
  add_date (builder, "signed-date", minutes_meeting_get_signed_date (meeting));
  write_translations (builder, meeting);
  json_builder_end_object (builder);
}

static void
write_people (Writer      *writer,
              JsonBuilder *builder)
{
  GListModel *people = minutes_meeting_get_people (writer->meeting);

  if (g_list_model_get_n_items (people) == 0)
    return;

  json_builder_set_member_name (builder, "people");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", minutes_person_get_id (person));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, minutes_person_get_name (person) != NULL ?
                                              minutes_person_get_name (person) : "");
      add_string (builder, "honorific", minutes_person_get_honorific (person));
      add_string (builder, "job-title", minutes_person_get_job_title (person));
      add_string (builder, "organisation", minutes_person_get_organisation (person));
      add_enum (builder, "kind", MINUTES_TYPE_PERSON_KIND,
                minutes_person_get_kind (person), MINUTES_PERSON_KIND_MEMBER);
      add_enum (builder, "attendance", MINUTES_TYPE_ATTENDANCE,
                minutes_person_get_attendance (person), MINUTES_ATTENDANCE_EXPECTED);
      add_enum (builder, "role", MINUTES_TYPE_ROLE,
                minutes_person_get_role (person), MINUTES_ROLE_NONE);
      add_person (writer, builder, "substitute-for", minutes_person_get_substitute_for (person));
      add_time (builder, "arrived-at", minutes_person_get_arrived_at (person));
      add_time (builder, "left-at", minutes_person_get_left_at (person));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_declarations (Writer      *writer,
                    JsonBuilder *builder)
{
  GListModel *declarations = minutes_meeting_get_declarations (writer->meeting);

  if (g_list_model_get_n_items (declarations) == 0)
    return;

  json_builder_set_member_name (builder, "declarations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(MinutesDeclaration) declaration = g_list_model_get_item (declarations, i);
      MinutesAgendaItem *item = minutes_declaration_get_item (declaration);

      json_builder_begin_object (builder);
      add_person (writer, builder, "person", minutes_declaration_get_person (declaration));
      if (item != NULL && minutes_agenda_item_get_meeting (item) == writer->meeting)
        add_string (builder, "item", minutes_agenda_item_get_id (item));
      add_enum (builder, "kind", MINUTES_TYPE_DECLARATION_KIND,
                minutes_declaration_get_kind (declaration), MINUTES_DECLARATION_KIND_OTHER);
      add_string (builder, "text", minutes_declaration_get_text (declaration));
      add_bool (builder, "withdrew", minutes_declaration_get_withdrew (declaration));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_motion (Writer        *writer,
              JsonBuilder   *builder,
              MinutesMotion *motion)
{
  GListModel *amendments = minutes_motion_get_amendments (motion);

  json_builder_begin_object (builder);
  add_string (builder, "text", minutes_motion_get_text (motion));
  add_person (writer, builder, "mover", minutes_motion_get_mover (motion));
  add_person (writer, builder, "seconder", minutes_motion_get_seconder (motion));
  add_enum (builder, "outcome", MINUTES_TYPE_MOTION_OUTCOME,
            minutes_motion_get_outcome (motion), MINUTES_MOTION_OUTCOME_PENDING);
  add_count (builder, "votes-for", minutes_motion_get_votes_for (motion));
  add_count (builder, "votes-against", minutes_motion_get_votes_against (motion));
  add_count (builder, "abstentions", minutes_motion_get_abstentions (motion));
  add_person_list (writer, builder, "voted-for", minutes_motion_get_voted_for (motion));
  add_person_list (writer, builder, "voted-against", minutes_motion_get_voted_against (motion));
  add_person_list (writer, builder, "abstained", minutes_motion_get_abstained (motion));
  add_string (builder, "record", minutes_motion_get_record (motion));

  if (g_list_model_get_n_items (amendments) > 0)
    {
      json_builder_set_member_name (builder, "amendments");
      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (amendments); i++)
        {
          g_autoptr(MinutesMotion) amendment = g_list_model_get_item (amendments, i);

          write_motion (writer, builder, amendment);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

/* Writes one of an item's lists: nothing when it is empty. */
static void
write_list (Writer      *writer,
            JsonBuilder *builder,
            const char  *name,
            GListModel  *list,
            void       (*write_element) (Writer *, JsonBuilder *, gpointer))
{
  if (g_list_model_get_n_items (list) == 0)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) element = g_list_model_get_item (list, i);

      write_element (writer, builder, element);
    }
  json_builder_end_array (builder);
}

static void
write_attachment (Writer      *writer,
                  JsonBuilder *builder,
                  gpointer     element)
{
  MinutesAttachment *attachment = element;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, minutes_attachment_get_title (attachment) != NULL ?
                                          minutes_attachment_get_title (attachment) : "");
  add_string (builder, "type", minutes_attachment_get_file_type (attachment));
  add_count (builder, "size", minutes_attachment_get_size (attachment));
  add_string (builder, "url", minutes_attachment_get_url (attachment));
  add_bool (builder, "additional", minutes_attachment_get_additional (attachment));
  json_builder_end_object (builder);
}

static void
write_entry (Writer      *writer,
             JsonBuilder *builder,
             gpointer     element)
{
  MinutesDiscussionEntry *entry = element;
  MinutesEntryType type = minutes_discussion_entry_get_entry_type (entry);

  json_builder_begin_object (builder);
  /* "type" is always written: it says what the entry is. */
  add_enum (builder, "type", MINUTES_TYPE_ENTRY_TYPE, type, -1);
  add_string (builder, "text", minutes_discussion_entry_get_text (entry));
  if (type == MINUTES_ENTRY_PROCEDURAL)
    add_enum (builder, "procedure", MINUTES_TYPE_PROCEDURE,
              minutes_discussion_entry_get_procedure (entry), MINUTES_PROCEDURE_OTHER);
  add_time (builder, "from", minutes_discussion_entry_get_from (entry));
  add_time (builder, "to", minutes_discussion_entry_get_to (entry));
  add_person (writer, builder, "person", minutes_discussion_entry_get_person (entry));
  write_translations (builder, entry);
  json_builder_end_object (builder);
}

static void
write_action (Writer      *writer,
              JsonBuilder *builder,
              gpointer     element)
{
  MinutesAction *action = element;

  json_builder_begin_object (builder);
  add_person (writer, builder, "owner", minutes_action_get_owner (action));
  add_string (builder, "owner-text", minutes_action_get_owner_text (action));
  add_string (builder, "text", minutes_action_get_text (action));
  add_date (builder, "due", minutes_action_get_due (action));
  add_enum (builder, "status", MINUTES_TYPE_ACTION_STATUS,
            minutes_action_get_status (action), MINUTES_ACTION_STATUS_OPEN);
  write_translations (builder, action);
  json_builder_end_object (builder);
}

static void
write_motion_element (Writer      *writer,
                      JsonBuilder *builder,
                      gpointer     element)
{
  write_motion (writer, builder, element);
}

static void
write_resolution (Writer      *writer,
                  JsonBuilder *builder,
                  gpointer     element)
{
  MinutesResolution *resolution = element;
  GListModel *points = minutes_resolution_get_points (resolution);

  json_builder_begin_object (builder);
  add_enum (builder, "kind", MINUTES_TYPE_RESOLUTION_KIND,
            minutes_resolution_get_kind (resolution), MINUTES_RESOLUTION_RESOLVED);
  add_string (builder, "text", minutes_resolution_get_text (resolution));
  if (g_list_model_get_n_items (points) > 0)
    {
      json_builder_set_member_name (builder, "points");
      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (points); i++)
        {
          g_autoptr(MinutesResolutionPoint) point = g_list_model_get_item (points, i);
          const char *text = minutes_resolution_point_get_text (point);

          json_builder_add_string_value (builder, text != NULL ? text : "");
        }
      json_builder_end_array (builder);
    }
  write_translations (builder, resolution);
  json_builder_end_object (builder);
}

static void
write_items (Writer      *writer,
             JsonBuilder *builder)
{
  GListModel *items = minutes_meeting_get_items (writer->meeting);

  if (g_list_model_get_n_items (items) == 0)
    return;

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", minutes_agenda_item_get_id (item));
      add_string (builder, "number", minutes_agenda_item_get_number_label (item));
      add_bool (builder, "unnumbered", minutes_agenda_item_get_unnumbered (item));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, minutes_agenda_item_get_title (item) != NULL ?
                                              minutes_agenda_item_get_title (item) : "");
      add_enum (builder, "standing", MINUTES_TYPE_STANDING,
                minutes_agenda_item_get_standing (item), MINUTES_STANDING_NONE);
      add_bool (builder, "exempt", minutes_agenda_item_get_exempt (item));
      add_string (builder, "exemption-ground", minutes_agenda_item_get_exemption_ground (item));
      add_string (builder, "agenda-text", minutes_agenda_item_get_agenda_text (item));
      write_list (writer, builder, "documents", minutes_agenda_item_get_attachments (item), write_attachment);
      add_string (builder, "publication-note", minutes_agenda_item_get_publication_note (item));
      add_person (writer, builder, "chair", minutes_agenda_item_get_chair (item));
      add_person_list (writer, builder, "witnesses", minutes_agenda_item_get_witnesses (item));
      add_string (builder, "recommendation", minutes_agenda_item_get_recommendation (item));
      add_string (builder, "introduction", minutes_agenda_item_get_introduction (item));
      write_list (writer, builder, "discussion", minutes_agenda_item_get_discussion (item), write_entry);
      write_list (writer, builder, "actions", minutes_agenda_item_get_actions (item), write_action);
      write_list (writer, builder, "motions", minutes_agenda_item_get_motions (item), write_motion_element);
      write_list (writer, builder, "resolutions", minutes_agenda_item_get_resolutions (item), write_resolution);
      add_string (builder, "decision", minutes_agenda_item_get_decision (item));
      add_bool (builder, "minutes-truncated", minutes_agenda_item_get_minutes_truncated (item));
      write_translations (builder, item);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* The file as a JSON tree. Fails only when the meeting refers to a person
 * who is not in it, which would make a file that cannot be opened again. */
JsonNode *
_minutes_document_build (MinutesMeeting  *meeting,
                         GError         **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(GHashTable) people = g_hash_table_new (NULL, NULL);
  Writer writer = { meeting, people, NULL };

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), NULL);

  minutes_meeting_ensure_ids (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (minutes_meeting_get_people (meeting)); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (minutes_meeting_get_people (meeting), i);

      g_hash_table_add (people, person);
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, MINUTES_FILE_FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, MINUTES_FILE_FORMAT_VERSION);
  write_meeting (&writer, builder);
  write_people (&writer, builder);
  write_declarations (&writer, builder);
  write_items (&writer, builder);
  json_builder_end_object (builder);

  if (writer.error != NULL)
    {
      g_propagate_error (error, writer.error);
      return NULL;
    }

  return json_builder_get_root (builder);
}

GBytes *
_minutes_document_generate (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  GString *out;
  gsize length;
  char *data;

  g_return_val_if_fail (root != NULL, NULL);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  data = json_generator_to_data (generator, &length);

  out = g_string_new_len (data, length);
  g_string_append_c (out, '\n');
  g_free (data);

  return g_string_free_to_bytes (out);
}

/* The file's bytes: the tree, written out */
GBytes *
minutes_document_serialize (MinutesMeeting  *meeting,
                            GError         **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), NULL);

  root = _minutes_document_build (meeting, error);
  if (root == NULL)
    return NULL;

  return _minutes_document_generate (root);
}

/* Keeps the file as it is now as FILE~ (readable only by its owner), so a
 * save that turns out wrong can be undone by hand. */
static gboolean
make_backup (GFile         *file,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *backup_uri = g_strconcat (uri, "~", NULL);
  g_autoptr(GFile) backup = g_file_new_for_uri (backup_uri);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_copy (file, backup, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NOFOLLOW_SYMLINKS,
                    cancellable, NULL, NULL, &local_error))
    {
      /* Nothing to keep yet: the first save of a new file. */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Could not keep the previous version as a backup: "));
      return FALSE;
    }

  if (g_file_is_native (backup))
    g_file_set_attribute_uint32 (backup, G_FILE_ATTRIBUTE_UNIX_MODE, 0600,
                                 G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, NULL);

  return TRUE;
}

/* Atomic: the previous version is copied to FILE~, then the new contents go
 * to a temporary file that replaces the old one only when complete. If
 * anything fails (a full or read-only disk), the file is untouched.
 *
 * GIO's own make_backup is not used: with it, GLib rewrites the file in
 * place, and a full disk leaves it empty. */
gboolean
minutes_document_save (MinutesMeeting  *meeting,
                       GFile           *file,
                       GCancellable    *cancellable,
                       GError         **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  display_name = g_file_get_parse_name (file);

  bytes = minutes_document_serialize (meeting, &local_error);
  if (bytes == NULL ||
      !make_backup (file, cancellable, &local_error) ||
      !g_file_replace_contents (file,
                                g_bytes_get_data (bytes, NULL),
                                g_bytes_get_size (bytes),
                                NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, cancellable, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display_name);
      return FALSE;
    }

  return TRUE;
}
