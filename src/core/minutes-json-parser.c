/* minutes-json-parser.c: a fast path for reading .minutes files
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib's parser runs a general tokenizer (GScanner's) over every byte
 * and validates every string again, and its tree (a hash table per object,
 * a reference count per node) took as long to free as to build: together
 * they were most of the time taken to open a full council year. This
 * parser reads the plain, strict JSON that Minutes writes in one pass into
 * a read-only tree allocated from one arena, freed at once.
 *
 * It does not report errors: on anything outside that subset (a syntax
 * error, a comment, a fraction or exponent, a duplicate member, a control
 * character in a string, an object of more than 64 members) it returns NULL
 * and the caller parses the text with json-glib instead, which gives the
 * user its exact error message and accepts whatever json-glib accepts; its
 * tree is then copied into the same form. The caller has already checked
 * that the text is valid UTF-8 with sound \u escapes and sane nesting.
 */

#include "config.h"

#include <string.h>

#include "minutes-json-private.h"

/* Deeper than any .minutes file (the loader refuses more than 64 levels) */
#define MAX_DEPTH 128

/* No object in a .minutes file has more; checking for duplicates stays
 * cheap */
#define MAX_MEMBERS 64

#define BLOCK_SIZE (64 * 1024)

struct _MinutesJsonDocument
{
  GSList          *blocks;
  char            *next;    /* free space in the first block */
  gsize            left;
  MinutesJsonNode *root;
};

typedef struct
{
  const char          *p;
  const char          *end;
  guint                depth;
  MinutesJsonDocument *document;
  GString             *buffer;
  GArray              *members;    /* MinutesJsonMember, of the objects being read */
  GPtrArray           *elements;   /* MinutesJsonNode, of the arrays being read */
} Parser;

static gpointer
document_alloc (MinutesJsonDocument *self,
                gsize                size)
{
  gpointer memory;

  size = (size + 7) & ~(gsize) 7;
  if (size > BLOCK_SIZE / 4)
    {
      /* A block of its own, behind the current one */
      memory = g_malloc (size);
      if (self->blocks == NULL)
        self->blocks = g_slist_prepend (self->blocks, memory);
      else
        self->blocks->next = g_slist_prepend (self->blocks->next, memory);
      return memory;
    }

  if (size > self->left)
    {
      self->next = g_malloc (BLOCK_SIZE);
      self->left = BLOCK_SIZE;
      self->blocks = g_slist_prepend (self->blocks, self->next);
    }
  memory = self->next;
  self->next += size;
  self->left -= size;

  return memory;
}

static const char *
document_strndup (MinutesJsonDocument *self,
                  const char          *text,
                  gsize                length)
{
  char *copy = document_alloc (self, length + 1);

  memcpy (copy, text, length);
  copy[length] = '\0';

  return copy;
}

static MinutesJsonNode *
document_new_node (MinutesJsonDocument *self,
                   MinutesJsonType      type)
{
  MinutesJsonNode *node = document_alloc (self, sizeof (MinutesJsonNode));

  node->type = type;
  node->length = 0;

  return node;
}

void
_minutes_json_document_free (MinutesJsonDocument *self)
{
  if (self == NULL)
    return;

  g_slist_free_full (self->blocks, g_free);
  g_free (self);
}

MinutesJsonNode *
_minutes_json_document_get_root (MinutesJsonDocument *self)
{
  return self->root;
}

/* The member @name of @object, or NULL */
MinutesJsonNode *
_minutes_json_get_member (MinutesJsonNode *object,
                          const char      *name)
{
  g_assert (object->type == MINUTES_JSON_OBJECT);

  for (guint i = 0; i < object->length; i++)
    if (strcmp (object->v.members[i].name, name) == 0)
      return object->v.members[i].value;

  return NULL;
}

GType
_minutes_json_get_value_type (MinutesJsonNode *node)
{
  switch (node->type)
    {
    case MINUTES_JSON_BOOLEAN:
      return G_TYPE_BOOLEAN;

    case MINUTES_JSON_INT:
      return G_TYPE_INT64;

    case MINUTES_JSON_DOUBLE:
      return G_TYPE_DOUBLE;

    case MINUTES_JSON_STRING:
      return G_TYPE_STRING;

    case MINUTES_JSON_NULL:
    case MINUTES_JSON_OBJECT:
    case MINUTES_JSON_ARRAY:
    default:
      return G_TYPE_INVALID;
    }
}

static MinutesJsonNode *parse_value (Parser *parser);

static inline void
skip_space (Parser *parser)
{
  while (parser->p < parser->end &&
         (*parser->p == ' ' || *parser->p == '\n' || *parser->p == '\r' || *parser->p == '\t'))
    parser->p++;
}

static int
parse_hex4 (const char *p,
            const char *end)
{
  int code = 0;

  if (end - p < 4)
    return -1;

  for (guint i = 0; i < 4; i++)
    {
      if (!g_ascii_isxdigit (p[i]))
        return -1;
      code = code * 16 + g_ascii_xdigit_value (p[i]);
    }

  return code;
}

/* The string at parser->p (after its opening quote) into parser->buffer */
static gboolean
parse_string (Parser *parser)
{
  const char *p = parser->p;
  const char *end = parser->end;

  g_string_truncate (parser->buffer, 0);

  for (;;)
    {
      const char *start = p;

      while (p < end && *p != '"' && *p != '\\' && (guchar) *p >= 0x20)
        p++;
      g_string_append_len (parser->buffer, start, p - start);

      if (p >= end || (guchar) *p < 0x20)
        return FALSE;

      if (*p == '"')
        {
          parser->p = p + 1;
          return TRUE;
        }

      /* An escape */
      if (++p >= end)
        return FALSE;
      switch (*p)
        {
        case '"':
        case '\\':
        case '/':
          g_string_append_c (parser->buffer, *p);
          p++;
          break;

        case 'b':
          g_string_append_c (parser->buffer, '\b');
          p++;
          break;

        case 'f':
          g_string_append_c (parser->buffer, '\f');
          p++;
          break;

        case 'n':
          g_string_append_c (parser->buffer, '\n');
          p++;
          break;

        case 'r':
          g_string_append_c (parser->buffer, '\r');
          p++;
          break;

        case 't':
          g_string_append_c (parser->buffer, '\t');
          p++;
          break;

        case 'u':
          {
            int code = parse_hex4 (p + 1, end);

            p += 5;
            if (code <= 0 || (code >= 0xDC00 && code <= 0xDFFF))
              return FALSE;
            if (code >= 0xD800 && code <= 0xDBFF)
              {
                int low = end - p >= 6 && p[0] == '\\' && p[1] == 'u' ? parse_hex4 (p + 2, end) : -1;

                if (low < 0xDC00 || low > 0xDFFF)
                  return FALSE;
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                p += 6;
              }
            g_string_append_unichar (parser->buffer, code);
          }
          break;

        default:
          return FALSE;
        }
    }
}

static MinutesJsonNode *
parse_number (Parser *parser)
{
  const char *p = parser->p;
  gboolean negative = FALSE;
  gint64 value = 0;
  guint digits = 0;
  MinutesJsonNode *node;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  if (p >= parser->end || !g_ascii_isdigit (*p))
    return NULL;
  if (*p == '0' && p + 1 < parser->end && g_ascii_isdigit (p[1]))
    return NULL;

  while (p < parser->end && g_ascii_isdigit (*p))
    {
      /* 18 digits always fit in a gint64 */
      if (++digits > 18)
        return NULL;
      value = value * 10 + (*p - '0');
      p++;
    }

  /* Fractions and exponents: json-glib's own reading decides */
  if (p < parser->end && (*p == '.' || *p == 'e' || *p == 'E'))
    return NULL;

  parser->p = p;
  node = document_new_node (parser->document, MINUTES_JSON_INT);
  node->v.integer = negative ? -value : value;

  return node;
}

static gboolean
parse_literal (Parser     *parser,
               const char *word)
{
  gsize length = strlen (word);

  if ((gsize) (parser->end - parser->p) < length || memcmp (parser->p, word, length) != 0)
    return FALSE;
  parser->p += length;

  return TRUE;
}

static MinutesJsonNode *
parse_object (Parser *parser)
{
  guint first = parser->members->len;
  MinutesJsonNode *node;

  parser->p++;   /* { */
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == '}')
    {
      parser->p++;
      return document_new_node (parser->document, MINUTES_JSON_OBJECT);
    }

  for (;;)
    {
      MinutesJsonMember member;

      if (parser->p >= parser->end || *parser->p != '"')
        return NULL;
      parser->p++;
      if (!parse_string (parser))
        return NULL;

      /* json-glib's rule for duplicates decides */
      for (guint i = first; i < parser->members->len; i++)
        if (strcmp (g_array_index (parser->members, MinutesJsonMember, i).name, parser->buffer->str) == 0)
          return NULL;
      if (parser->members->len - first >= MAX_MEMBERS)
        return NULL;
      member.name = document_strndup (parser->document, parser->buffer->str, parser->buffer->len);

      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != ':')
        return NULL;
      parser->p++;
      skip_space (parser);

      member.value = parse_value (parser);
      if (member.value == NULL)
        return NULL;
      g_array_append_val (parser->members, member);

      skip_space (parser);
      if (parser->p >= parser->end)
        return NULL;
      if (*parser->p == '}')
        break;
      if (*parser->p != ',')
        return NULL;
      parser->p++;
      skip_space (parser);
    }
  parser->p++;

  node = document_new_node (parser->document, MINUTES_JSON_OBJECT);
  node->length = parser->members->len - first;
  node->v.members = document_alloc (parser->document, node->length * sizeof (MinutesJsonMember));
  memcpy (node->v.members, &g_array_index (parser->members, MinutesJsonMember, first),
          node->length * sizeof (MinutesJsonMember));
  g_array_set_size (parser->members, first);

  return node;
}

static MinutesJsonNode *
parse_array (Parser *parser)
{
  guint first = parser->elements->len;
  MinutesJsonNode *node;

  parser->p++;   /* [ */
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == ']')
    {
      parser->p++;
      return document_new_node (parser->document, MINUTES_JSON_ARRAY);
    }

  for (;;)
    {
      MinutesJsonNode *value = parse_value (parser);

      if (value == NULL)
        return NULL;
      g_ptr_array_add (parser->elements, value);

      skip_space (parser);
      if (parser->p >= parser->end)
        return NULL;
      if (*parser->p == ']')
        break;
      if (*parser->p != ',')
        return NULL;
      parser->p++;
      skip_space (parser);
    }
  parser->p++;

  node = document_new_node (parser->document, MINUTES_JSON_ARRAY);
  node->length = parser->elements->len - first;
  node->v.elements = document_alloc (parser->document, node->length * sizeof (MinutesJsonNode *));
  memcpy (node->v.elements, &g_ptr_array_index (parser->elements, first),
          node->length * sizeof (MinutesJsonNode *));
  g_ptr_array_set_size (parser->elements, first);

  return node;
}

static MinutesJsonNode *
parse_value (Parser *parser)
{
  MinutesJsonNode *node = NULL;

  if (parser->p >= parser->end || parser->depth >= MAX_DEPTH)
    return NULL;

  switch (*parser->p)
    {
    case '{':
      parser->depth++;
      node = parse_object (parser);
      parser->depth--;
      return node;

    case '[':
      parser->depth++;
      node = parse_array (parser);
      parser->depth--;
      return node;

    case '"':
      parser->p++;
      if (!parse_string (parser))
        return NULL;
      node = document_new_node (parser->document, MINUTES_JSON_STRING);
      node->v.string = document_strndup (parser->document, parser->buffer->str, parser->buffer->len);
      return node;

    case 't':
    case 'f':
      {
        gboolean value = *parser->p == 't';

        if (!parse_literal (parser, value ? "true" : "false"))
          return NULL;
        node = document_new_node (parser->document, MINUTES_JSON_BOOLEAN);
        node->v.boolean = value;
        return node;
      }

    case 'n':
      return parse_literal (parser, "null") ? document_new_node (parser->document, MINUTES_JSON_NULL) : NULL;

    default:
      return parse_number (parser);
    }
}

/* The tree of @data, or NULL if it is not JSON of the plain kind this reads:
 * then json-glib must parse it (and say what is wrong with it). */
MinutesJsonDocument *
_minutes_json_document_parse (const char *data,
                              gsize       size)
{
  g_autoptr(MinutesJsonDocument) document = g_new0 (MinutesJsonDocument, 1);
  g_autoptr(GString) buffer = g_string_sized_new (256);
  g_autoptr(GArray) members = g_array_sized_new (FALSE, FALSE, sizeof (MinutesJsonMember), 64);
  g_autoptr(GPtrArray) elements = g_ptr_array_sized_new (256);
  Parser parser = { data, data + size, 0, document, buffer, members, elements };

  skip_space (&parser);
  document->root = parse_value (&parser);
  if (document->root == NULL)
    return NULL;

  skip_space (&parser);
  if (parser.p != parser.end)
    return NULL;

  return g_steal_pointer (&document);
}

static MinutesJsonNode *
copy_node (MinutesJsonDocument *document,
           JsonNode            *from)
{
  MinutesJsonNode *node;

  switch (JSON_NODE_TYPE (from))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (from);
        g_autoptr(GList) names = json_object_get_members (object);
        guint i = 0;

        node = document_new_node (document, MINUTES_JSON_OBJECT);
        node->length = g_list_length (names);
        node->v.members = document_alloc (document, node->length * sizeof (MinutesJsonMember));
        for (const GList *l = names; l != NULL; l = l->next, i++)
          {
            node->v.members[i].name = document_strndup (document, l->data, strlen (l->data));
            node->v.members[i].value = copy_node (document, json_object_get_member (object, l->data));
          }
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (from);

        node = document_new_node (document, MINUTES_JSON_ARRAY);
        node->length = json_array_get_length (array);
        node->v.elements = document_alloc (document, node->length * sizeof (MinutesJsonNode *));
        for (guint i = 0; i < node->length; i++)
          node->v.elements[i] = copy_node (document, json_array_get_element (array, i));
      }
      break;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (from) == G_TYPE_STRING)
        {
          const char *text = json_node_get_string (from);

          node = document_new_node (document, MINUTES_JSON_STRING);
          node->v.string = document_strndup (document, text, strlen (text));
        }
      else if (json_node_get_value_type (from) == G_TYPE_BOOLEAN)
        {
          node = document_new_node (document, MINUTES_JSON_BOOLEAN);
          node->v.boolean = json_node_get_boolean (from);
        }
      else if (json_node_get_value_type (from) == G_TYPE_INT64)
        {
          node = document_new_node (document, MINUTES_JSON_INT);
          node->v.integer = json_node_get_int (from);
        }
      else
        {
          node = document_new_node (document, MINUTES_JSON_DOUBLE);
          node->v.number = json_node_get_double (from);
        }
      break;

    case JSON_NODE_NULL:
    default:
      node = document_new_node (document, MINUTES_JSON_NULL);
      break;
    }

  return node;
}

/* The same tree as json-glib's @root (which may be NULL: no JSON at all) */
MinutesJsonDocument *
_minutes_json_document_new_from (JsonNode *root)
{
  MinutesJsonDocument *document = g_new0 (MinutesJsonDocument, 1);

  document->root = root != NULL ? copy_node (document, root) : NULL;

  return document;
}
