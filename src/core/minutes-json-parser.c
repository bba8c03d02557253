/* minutes-json-parser.c: a fast path for reading .minutes files
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib's parser runs a general tokenizer (GScanner's) over every byte
 * and validates every string again: on a full council year it was half of
 * the time taken to open the file. This parser builds the same JsonNode
 * tree from the plain, strict JSON that Minutes writes, in one pass. It
 * does not report errors: on anything outside that subset (a syntax error,
 * a comment, a fraction or exponent, a duplicate member, a control
 * character in a string) it returns NULL and the caller parses the text
 * with json-glib instead, which gives the user its exact error message and
 * accepts whatever json-glib accepts. The caller has already checked that
 * the text is valid UTF-8 with sound \u escapes and sane nesting.
 */

#include "config.h"

#include <string.h>

#include "minutes-json-private.h"

/* Deeper than any .minutes file (the loader refuses more than 64 levels) */
#define MAX_DEPTH 128

typedef struct
{
  const char *p;
  const char *end;
  guint       depth;
  GString    *buffer;
} Parser;

static JsonNode *parse_value (Parser *parser);

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

static JsonNode *
parse_number (Parser *parser)
{
  const char *p = parser->p;
  gboolean negative = FALSE;
  gint64 value = 0;
  guint digits = 0;

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

  return json_node_init_int (json_node_alloc (), negative ? -value : value);
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

static JsonNode *
parse_object (Parser *parser)
{
  g_autoptr(JsonObject) object = json_object_new ();

  parser->p++;   /* { */
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == '}')
    {
      parser->p++;
      return json_node_init_object (json_node_alloc (), object);
    }

  for (;;)
    {
      g_autofree char *name = NULL;
      JsonNode *value;

      if (parser->p >= parser->end || *parser->p != '"')
        return NULL;
      parser->p++;
      if (!parse_string (parser))
        return NULL;
      if (json_object_has_member (object, parser->buffer->str))
        return NULL;   /* json-glib's rule for duplicates decides */
      name = g_strndup (parser->buffer->str, parser->buffer->len);

      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != ':')
        return NULL;
      parser->p++;
      skip_space (parser);

      value = parse_value (parser);
      if (value == NULL)
        return NULL;
      json_object_set_member (object, name, value);

      skip_space (parser);
      if (parser->p >= parser->end)
        return NULL;
      if (*parser->p == '}')
        {
          parser->p++;
          return json_node_init_object (json_node_alloc (), object);
        }
      if (*parser->p != ',')
        return NULL;
      parser->p++;
      skip_space (parser);
    }
}

static JsonNode *
parse_array (Parser *parser)
{
  g_autoptr(JsonArray) array = json_array_new ();

  parser->p++;   /* [ */
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == ']')
    {
      parser->p++;
      return json_node_init_array (json_node_alloc (), array);
    }

  for (;;)
    {
      JsonNode *value = parse_value (parser);

      if (value == NULL)
        return NULL;
      json_array_add_element (array, value);

      skip_space (parser);
      if (parser->p >= parser->end)
        return NULL;
      if (*parser->p == ']')
        {
          parser->p++;
          return json_node_init_array (json_node_alloc (), array);
        }
      if (*parser->p != ',')
        return NULL;
      parser->p++;
      skip_space (parser);
    }
}

static JsonNode *
parse_value (Parser *parser)
{
  JsonNode *node = NULL;

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
      return json_node_init_string (json_node_alloc (), parser->buffer->str);

    case 't':
      return parse_literal (parser, "true") ? json_node_init_boolean (json_node_alloc (), TRUE) : NULL;

    case 'f':
      return parse_literal (parser, "false") ? json_node_init_boolean (json_node_alloc (), FALSE) : NULL;

    case 'n':
      return parse_literal (parser, "null") ? json_node_init_null (json_node_alloc ()) : NULL;

    default:
      return parse_number (parser);
    }
}

/* The tree of @data, or NULL if it is not JSON of the plain kind this reads:
 * then json-glib must parse it (and say what is wrong with it). */
JsonNode *
_minutes_json_parse (const char *data,
                     gsize       size)
{
  g_autoptr(GString) buffer = g_string_sized_new (256);
  Parser parser = { data, data + size, 0, buffer };
  g_autoptr(JsonNode) root = NULL;

  skip_space (&parser);
  root = parse_value (&parser);
  if (root == NULL)
    return NULL;

  skip_space (&parser);
  if (parser.p != parser.end)
    return NULL;

  return g_steal_pointer (&root);
}
