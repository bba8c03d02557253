/* test-json-parser.c: the fast path for reading .minutes files
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "minutes-core.h"
#include "minutes-json-private.h"

static JsonNode *
parse_with_json_glib (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);

  return json_parser_steal_root (parser);
}

/* Same tree as json-glib, down to the type of every value */
static void
assert_same_tree (JsonNode *a,
                  JsonNode *b)
{
  g_assert_cmpint (JSON_NODE_TYPE (a), ==, JSON_NODE_TYPE (b));

  switch (JSON_NODE_TYPE (a))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *oa = json_node_get_object (a);
        JsonObject *ob = json_node_get_object (b);
        g_autoptr(GList) ma = json_object_get_members (oa);
        g_autoptr(GList) mb = json_object_get_members (ob);

        g_assert_cmpuint (g_list_length (ma), ==, g_list_length (mb));
        for (GList *la = ma, *lb = mb; la != NULL; la = la->next, lb = lb->next)
          {
            g_assert_cmpstr (la->data, ==, lb->data);   /* in the same order */
            assert_same_tree (json_object_get_member (oa, la->data), json_object_get_member (ob, lb->data));
          }
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *aa = json_node_get_array (a);
        JsonArray *ab = json_node_get_array (b);

        g_assert_cmpuint (json_array_get_length (aa), ==, json_array_get_length (ab));
        for (guint i = 0; i < json_array_get_length (aa); i++)
          assert_same_tree (json_array_get_element (aa, i), json_array_get_element (ab, i));
      }
      break;

    case JSON_NODE_VALUE:
      g_assert_true (json_node_get_value_type (a) == json_node_get_value_type (b));
      g_assert_true (json_node_equal (a, b));
      break;

    case JSON_NODE_NULL:
    default:
      break;
    }
}

static void
assert_as_json_glib (const char *text)
{
  g_autoptr(JsonNode) fast = _minutes_json_parse (text, strlen (text));
  g_autoptr(JsonNode) reference = parse_with_json_glib (text);

  if (fast == NULL)
    g_error ("the fast path refused plain JSON: %s", text);
  assert_same_tree (fast, reference);
}

static void
test_json_parser_plain (void)
{
  assert_as_json_glib ("{}");
  assert_as_json_glib ("[]");
  assert_as_json_glib ("  {\"a\" : 1 , \"b\":[true,false,null,-7,0],\n\t\"c\":{\"d\":\"e\"}}\r\n");
  assert_as_json_glib ("{\"z\": 1, \"a\": 2, \"m\": 3}");
  assert_as_json_glib ("[\"quote \\\" backslash \\\\ slash \\/ \\b\\f\\n\\r\\t\"]");
  assert_as_json_glib ("[\"caf\\u00e9 \\u20ac \\ud83d\\ude00 café €\"]");
  assert_as_json_glib ("[123456789012345678, -123456789012345678]");
  assert_as_json_glib ("[[[[{\"deep\": [[]]}]]]]");
  assert_as_json_glib ("\"just a string\"");
  assert_as_json_glib ("42");
}

/* A whole meeting as Minutes writes it */
static void
test_json_parser_meeting (void)
{
  const char *path = g_test_get_filename (G_TEST_DIST, "..", "data", "examples",
                                          "2024-01-16-safer-stronger-communities.minutes", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MinutesMeeting) meeting = minutes_document_load (file, NULL, &error);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  bytes = minutes_document_serialize (meeting, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  assert_as_json_glib (text);
}

/* What it leaves to json-glib: errors and anything beyond plain JSON */
static void
test_json_parser_refuses (void)
{
  const char *refused[] = {
    "",
    "   ",
    "{",
    "{\"a\": 1",
    "{\"a\": 1,}",
    "[1, 2,]",
    "{\"a\" 1}",
    "{a: 1}",
    "{\"a\": 1} x",
    "{\"a\": 1}{}",
    "{\"a\": 1, \"a\": 2}",        /* duplicate member */
    "[1.5]",                       /* fraction */
    "[1e3]",                       /* exponent */
    "[01]",                        /* leading zero */
    "[-]",
    "[1234567890123456789]",       /* beyond 18 digits */
    "[\"tab\tinside\"]",           /* control character */
    "[\"\\x\"]",                   /* unknown escape */
    "[\"\\u12\"]",
    "[\"\\ud83d alone\"]",         /* half a surrogate pair */
    "[\"\\ude00\"]",
    "[\"\\u0000\"]",
    "[\"unterminated]",
    "[tru]",
    "[nul]",
    "// comment\n{}",
    "{/* comment */}",
    "[+1]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(JsonNode) node = _minutes_json_parse (refused[i], strlen (refused[i]));

      if (node != NULL)
        g_error ("the fast path accepted %s", refused[i]);
    }

  /* Nesting beyond any .minutes file */
  {
    g_autoptr(GString) deep = g_string_new (NULL);
    g_autoptr(JsonNode) node = NULL;

    for (guint i = 0; i < 200; i++)
      g_string_append_c (deep, '[');
    for (guint i = 0; i < 200; i++)
      g_string_append_c (deep, ']');
    node = _minutes_json_parse (deep->str, deep->len);
    g_assert_null (node);
  }
}

/* Through the loader: what the fast path refuses still loads or fails as
 * json-glib decides, with json-glib's position in the message. */
static void
test_json_parser_fallback (void)
{
  g_autoptr(GError) error = NULL;
  const char *text = "{\"format\": \"minutes\",\n \"version\": 1,,}";
  g_autoptr(GBytes) broken = g_bytes_new_static (text, strlen (text));
  g_autoptr(MinutesMeeting) meeting = minutes_document_load_bytes (broken, "broken.minutes", &error);

  g_assert_null (meeting);
  g_assert_error (error, MINUTES_DOCUMENT_ERROR, MINUTES_DOCUMENT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "2:"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-parser/plain", test_json_parser_plain);
  g_test_add_func ("/json-parser/meeting", test_json_parser_meeting);
  g_test_add_func ("/json-parser/refuses", test_json_parser_refuses);
  g_test_add_func ("/json-parser/fallback", test_json_parser_fallback);

  return g_test_run ();
}
