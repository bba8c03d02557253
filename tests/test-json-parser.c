/* test-json-parser.c: the tree .minutes files are read into
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
assert_same_tree (MinutesJsonNode *a,
                  JsonNode        *b)
{
  switch (a->type)
    {
    case MINUTES_JSON_OBJECT:
      {
        JsonObject *object = json_node_get_object (b);
        g_autoptr(GList) names = json_object_get_members (object);
        guint i = 0;

        g_assert_cmpint (JSON_NODE_TYPE (b), ==, JSON_NODE_OBJECT);
        g_assert_cmpuint (a->length, ==, g_list_length (names));
        for (const GList *l = names; l != NULL; l = l->next, i++)
          {
            g_assert_cmpstr (a->v.members[i].name, ==, l->data);   /* in the same order */
            g_assert_true (_minutes_json_get_member (a, l->data) == a->v.members[i].value);
            assert_same_tree (a->v.members[i].value, json_object_get_member (object, l->data));
          }
        g_assert_null (_minutes_json_get_member (a, "not-a-member"));
      }
      break;

    case MINUTES_JSON_ARRAY:
      {
        JsonArray *array = json_node_get_array (b);

        g_assert_cmpint (JSON_NODE_TYPE (b), ==, JSON_NODE_ARRAY);
        g_assert_cmpuint (a->length, ==, json_array_get_length (array));
        for (guint i = 0; i < a->length; i++)
          assert_same_tree (a->v.elements[i], json_array_get_element (array, i));
      }
      break;

    case MINUTES_JSON_NULL:
      g_assert_cmpint (JSON_NODE_TYPE (b), ==, JSON_NODE_NULL);
      break;

    case MINUTES_JSON_STRING:
      g_assert_true (json_node_get_value_type (b) == G_TYPE_STRING);
      g_assert_cmpstr (a->v.string, ==, json_node_get_string (b));
      break;

    case MINUTES_JSON_INT:
      g_assert_true (json_node_get_value_type (b) == G_TYPE_INT64);
      g_assert_cmpint (a->v.integer, ==, json_node_get_int (b));
      break;

    case MINUTES_JSON_BOOLEAN:
      g_assert_true (json_node_get_value_type (b) == G_TYPE_BOOLEAN);
      g_assert_cmpint (a->v.boolean, ==, json_node_get_boolean (b));
      break;

    case MINUTES_JSON_DOUBLE:
    default:
      g_assert_true (json_node_get_value_type (b) == G_TYPE_DOUBLE);
      g_assert_cmpfloat (a->v.number, ==, json_node_get_double (b));
      break;
    }

  g_assert_true (_minutes_json_get_value_type (a) ==
                 (JSON_NODE_TYPE (b) == JSON_NODE_VALUE ? json_node_get_value_type (b) : G_TYPE_INVALID));
}

static void
assert_as_json_glib (const char *text)
{
  g_autoptr(MinutesJsonDocument) fast = _minutes_json_document_parse (text, strlen (text));
  g_autoptr(JsonNode) reference = parse_with_json_glib (text);
  g_autoptr(MinutesJsonDocument) copy = _minutes_json_document_new_from (reference);

  if (fast == NULL)
    g_error ("the fast path refused plain JSON: %s", text);
  assert_same_tree (_minutes_json_document_get_root (fast), reference);
  assert_same_tree (_minutes_json_document_get_root (copy), reference);
}

/* What json-glib accepts beyond plain JSON reaches the loader as the same tree */
static void
test_json_parser_copy (void)
{
  const char *texts[] = { "[1.5, 2e3, -0.25]", "{\"a\": [1, {\"b\": null}], \"c\": true}" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(JsonNode) reference = parse_with_json_glib (texts[i]);
      g_autoptr(MinutesJsonDocument) copy = _minutes_json_document_new_from (reference);

      assert_same_tree (_minutes_json_document_get_root (copy), reference);
    }
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
    "{\"1\":0,\"2\":0,\"3\":0,\"4\":0,\"5\":0,\"6\":0,\"7\":0,\"8\":0,\"9\":0,\"10\":0,\"11\":0,"
    "\"12\":0,\"13\":0,\"14\":0,\"15\":0,\"16\":0,\"17\":0,\"18\":0,\"19\":0,\"20\":0,\"21\":0,\"22\":0,"
    "\"23\":0,\"24\":0,\"25\":0,\"26\":0,\"27\":0,\"28\":0,\"29\":0,\"30\":0,\"31\":0,\"32\":0,\"33\":0,"
    "\"34\":0,\"35\":0,\"36\":0,\"37\":0,\"38\":0,\"39\":0,\"40\":0,\"41\":0,\"42\":0,\"43\":0,\"44\":0,"
    "\"45\":0,\"46\":0,\"47\":0,\"48\":0,\"49\":0,\"50\":0,\"51\":0,\"52\":0,\"53\":0,\"54\":0,\"55\":0,"
    "\"56\":0,\"57\":0,\"58\":0,\"59\":0,\"60\":0,\"61\":0,\"62\":0,\"63\":0,\"64\":0,\"65\":0}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(MinutesJsonDocument) document = _minutes_json_document_parse (refused[i], strlen (refused[i]));

      if (document != NULL)
        g_error ("the fast path accepted %s", refused[i]);
    }

  /* Nesting beyond any .minutes file */
  {
    g_autoptr(GString) deep = g_string_new (NULL);
    g_autoptr(MinutesJsonDocument) document = NULL;

    for (guint i = 0; i < 200; i++)
      g_string_append_c (deep, '[');
    for (guint i = 0; i < 200; i++)
      g_string_append_c (deep, ']');
    document = _minutes_json_document_parse (deep->str, deep->len);
    g_assert_null (document);
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
  g_test_add_func ("/json-parser/copy", test_json_parser_copy);
  g_test_add_func ("/json-parser/fallback", test_json_parser_fallback);

  return g_test_run ();
}
