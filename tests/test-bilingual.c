/* test-bilingual.c: Welsh and bilingual exports, and their structure
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <libxml/relaxng.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "minutes-core.h"

#define EXAMPLE "2024-01-16-safer-stronger-communities"

static MinutesMeeting *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 EXAMPLE ".minutes", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MinutesMeeting *meeting = minutes_document_load (file, NULL, &error);

  g_assert_no_error (error);

  return meeting;
}

static MinutesTemplate *
lookup (const char *name)
{
  g_autoptr(GError) error = NULL;
  MinutesTemplate *template = minutes_template_lookup (name, &error);

  g_assert_no_error (error);

  return template;
}

/* The export in the languages of @names (one or two template names), as
 * text, HTML or the ODT's content.xml. */
static char *
render (MinutesMeeting      *meeting,
        const char          *format,
        MinutesDocumentKind  kind,
        const char          *first,
        const char          *second)
{
  g_autoptr(MinutesTemplate) a = lookup (first);
  g_autoptr(MinutesTemplate) b = second != NULL ? lookup (second) : NULL;
  MinutesTemplate *templates[] = { a, b };
  guint n = b != NULL ? 2 : 1;

  if (g_str_equal (format, "html"))
    {
      g_autoptr(MinutesHtmlBackend) backend = minutes_html_backend_new ();

      minutes_render_languages (meeting, templates, n, kind, MINUTES_RENDER_DEFAULT, MINUTES_BACKEND (backend));
      return minutes_html_backend_dup_html (backend);
    }
  else if (g_str_equal (format, "odt"))
    {
      g_autoptr(MinutesOdtBackend) backend = minutes_odt_backend_new ();
      g_autoptr(GBytes) content = NULL;
      g_autoptr(GBytes) styles = NULL;

      minutes_render_languages (meeting, templates, n, kind, MINUTES_RENDER_DEFAULT, MINUTES_BACKEND (backend));
      content = minutes_odt_backend_dup_part (backend, "content.xml");
      styles = minutes_odt_backend_dup_part (backend, "styles.xml");
      g_assert_nonnull (content);
      g_assert_nonnull (styles);

      return g_strdup_printf ("%.*s\n%.*s",
                              (int) g_bytes_get_size (content), (const char *) g_bytes_get_data (content, NULL),
                              (int) g_bytes_get_size (styles), (const char *) g_bytes_get_data (styles, NULL));
    }
  else
    {
      g_autoptr(MinutesTextBackend) backend = minutes_text_backend_new ();

      minutes_render_languages (meeting, templates, n, kind, MINUTES_RENDER_DEFAULT, MINUTES_BACKEND (backend));
      return g_strdup (minutes_text_backend_get_text (backend));
    }
}

/* The Welsh template is valid (the loader checks it against template.rng)
 * and says it is Welsh. */
static void
test_welsh_template (void)
{
  g_autoptr(MinutesTemplate) welsh = lookup ("select-committee-cy");

  g_assert_cmpstr (minutes_template_get_id (welsh), ==, "select-committee-cy");
  g_assert_cmpstr (minutes_template_get_language (welsh), ==, "cy");
  g_assert_cmpstr (minutes_template_get_month_name (welsh, G_DATE_JANUARY), ==, "Ionawr");
  g_assert_cmpstr (minutes_template_get_weekday_name (welsh, G_DATE_TUESDAY), ==, "Dydd Mawrth");
  g_assert_cmpstr (minutes_template_get_phrase (welsh, "resolution-resolved"), ==, "PENDERFYNWYD");
}

static void
test_welsh_text (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ();
  g_autofree char *text = render (meeting, "text", MINUTES_DOCUMENT_KIND_MINUTES, "select-committee-cy", NULL);
  const char *expected[] = {
    "COFNODION SAFER STRONGER COMMUNITIES SELECT COMMITTEE\n",
    "Dydd Mawrth, 16 Ionawr 2024 am 7.00 yh\n",
    "YN BRESENNOL: Y Cynghorwyr Liam Shrivastava (Cadeirydd), Hau-Yu Tam (Is-gadeirydd), "
      "Mark Jackson ac Ayesha Lahai-Taylor.",
    "HEFYD YN YMUNO Â'R CYFARFOD O BELL: Y Cynghorwyr Coral Howard ac Oana Olaru.",
    "\nPENDERFYNWYD\n",
    "Ni chafwyd unrhyw ddatganiadau.",
    "\nTystion\n",
    "\nPwyntiau allweddol o'r drafodaeth\n",
    "Daeth y cyfarfod i ben am ",
    "Cadeirydd:",
    "Dyddiad:",
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      if (strstr (text, expected[i]) == NULL)
        g_error ("the Welsh minutes lack “%s”:\n%s", expected[i], text);
    }
  /* No English fixed phrase is left. */
  g_assert_null (strstr (text, "IN ATTENDANCE"));
  g_assert_null (strstr (text, "RESOLVED"));
  g_assert_null (strstr (text, "January"));
  g_assert_null (strstr (text, " pm"));
}

/* Bilingual text: each section in Welsh, then in English. */
static void
test_bilingual_order (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ();
  g_autofree char *text = render (meeting, "text", MINUTES_DOCUMENT_KIND_MINUTES,
                                  "select-committee-cy", "select-committee");
  const char *in_order[] = {
    "COFNODION", "Dydd Mawrth, 16 Ionawr 2024", "MINUTES OF THE", "Tuesday, 16 January 2024",
    "YN BRESENNOL:", "IN ATTENDANCE:",
    "1. Minutes of the meeting held on 7 November 2023\n\nPENDERFYNWYD",
    "1. Minutes of the meeting held on 7 November 2023\n\nRESOLVED",
    "Ni chafwyd unrhyw ddatganiadau.", "There were none.",
    "Daeth y cyfarfod i ben", "The meeting ended",
  };
  const char *from = text;

  for (guint i = 0; i < G_N_ELEMENTS (in_order); i++)
    {
      const char *found = strstr (from, in_order[i]);

      if (found == NULL)
        g_error ("“%s” is missing or out of order in the bilingual minutes:\n%s", in_order[i], text);
      from = found + strlen (in_order[i]);
    }
}

/* The machine's locale never changes an export: every format in Welsh,
 * English and both, under C and under Welsh, byte for byte. */
static void
test_locale_independent (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ();
  const char *formats[] = { "text", "html", "odt" };
  const char *pairs[][2] = {
    { "select-committee-cy", NULL },
    { "select-committee", NULL },
    { "select-committee-cy", "select-committee" },
    { "select-committee", "select-committee-cy" },
  };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  if (setlocale (LC_ALL, "cy_GB.UTF-8") == NULL)
    {
      g_test_skip ("the cy_GB.UTF-8 locale is not installed: "
                   "localedef -i cy_GB -f UTF-8 cy_GB.UTF-8 (build-aux/dev test does it)");
      return;
    }

  /* The locale is really in force: the C library names January in Welsh. */
  {
    struct tm tm = { .tm_mday = 16, .tm_mon = 0, .tm_year = 124 };
    char month[64];

    strftime (month, sizeof month, "%B", &tm);
    g_assert_cmpstr (month, ==, "Ionawr");
  }

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      for (guint p = 0; p < G_N_ELEMENTS (pairs); p++)
        {
          for (MinutesDocumentKind kind = 0; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
            {
              g_autofree char *welsh = NULL;
              g_autofree char *c = NULL;

              g_assert_nonnull (setlocale (LC_ALL, "cy_GB.UTF-8"));
              welsh = render (meeting, formats[f], kind, pairs[p][0], pairs[p][1]);
              g_assert_nonnull (setlocale (LC_ALL, "C"));
              c = render (meeting, formats[f], kind, pairs[p][0], pairs[p][1]);

              if (strcmp (welsh, c) != 0)
                g_error ("%s export (%s%s%s, kind %d) differs between LANG=C and LANG=cy_GB.UTF-8",
                         formats[f], pairs[p][0], pairs[p][1] ? " + " : "",
                         pairs[p][1] ? pairs[p][1] : "", kind);
            }
        }
    }

  setlocale (LC_ALL, saved);
}

/* The same through minutes-cli, run with LANG=C and with LANG=cy_GB.UTF-8. */
static char *
run_cli_in (const char *lang,
            const char *format)
{
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                    EXAMPLE ".minutes", NULL);
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = {
    g_getenv ("MINUTES_CLI"), "export", "-t", "select-committee-cy", "-b", "select-committee",
    "-f", format, example, NULL
  };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  env = g_environ_setenv (env, "LANG", lang, TRUE);
  env = g_environ_setenv (env, "LC_ALL", lang, TRUE);
  env = g_environ_unsetenv (env, "LANGUAGE");
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

static void
test_cli_locale (void)
{
  if (g_getenv ("MINUTES_CLI") == NULL)
    {
      g_test_skip ("MINUTES_CLI is not set (run through meson test)");
      return;
    }
  if (setlocale (LC_ALL, "cy_GB.UTF-8") == NULL)
    {
      g_test_skip ("the cy_GB.UTF-8 locale is not installed");
      return;
    }
  setlocale (LC_ALL, "C");

  for (guint f = 0; f < 2; f++)
    {
      const char *format = f == 0 ? "text" : "html";
      g_autofree char *c = run_cli_in ("C", format);
      g_autofree char *welsh = run_cli_in ("cy_GB.UTF-8", format);

      g_assert_nonnull (strstr (c, "Dydd Mawrth, 16 Ionawr 2024"));
      g_assert_nonnull (strstr (c, "Tuesday, 16 January 2024"));
      g_assert_cmpstr (c, ==, welsh);
    }
}

/* HTML */

static htmlDocPtr
parse_html (const char *html)
{
  htmlDocPtr doc = htmlReadMemory (html, strlen (html), NULL, "UTF-8",
                                   HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);

  g_assert_nonnull (doc);

  return doc;
}

/* h1, h2, h3 never skip a level, and there is one h1. */
static void
assert_heading_order (xmlNode *node,
                      int     *previous,
                      guint   *n_h1)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (child->name[0] == 'h' && child->name[1] >= '1' && child->name[1] <= '6' && child->name[2] == '\0')
        {
          int level = child->name[1] - '0';

          if (level > *previous + 1)
            g_error ("<%s> follows <h%d>: a heading level is skipped", child->name, *previous);
          if (level == 1)
            (*n_h1)++;
          *previous = level;
        }
      assert_heading_order (child, previous, n_h1);
    }
}

static void
check_html_structure (const char *html,
                      gboolean    bilingual)
{
  htmlDocPtr doc = parse_html (html);
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *body = NULL;
  int previous = 0;
  guint n_h1 = 0;
  guint n_sections = 0;
  g_autofree char *last_lang = NULL;

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && xmlStrEqual (child->name, BAD_CAST "body"))
      body = child;
  g_assert_nonnull (body);

  assert_heading_order (body, &previous, &n_h1);
  g_assert_cmpuint (n_h1, ==, 1);

  /* Bilingual: every top-level section says its language, Welsh then
   * English in turn. */
  for (xmlNode *child = body->children; child != NULL; child = child->next)
    {
      xmlChar *lang;

      if (child->type != XML_ELEMENT_NODE || xmlStrEqual (child->name, BAD_CAST "p"))
        continue;

      lang = xmlGetProp (child, BAD_CAST "lang");
      n_sections++;
      if (!bilingual)
        {
          g_assert_null (lang);
          continue;
        }

      g_assert_nonnull (lang);
      g_assert_true (g_str_equal (lang, "cy") || g_str_equal (lang, "en-GB"));
      if (g_str_equal (lang, "en-GB"))
        g_assert_cmpstr (last_lang, ==, "cy");
      else
        g_assert_true (last_lang == NULL || g_str_equal (last_lang, "en-GB"));
      g_free (last_lang);
      last_lang = g_strdup ((const char *) lang);
      xmlFree (lang);
    }
  g_assert_cmpuint (n_sections, >, 2);
  if (bilingual)
    g_assert_cmpstr (last_lang, ==, "en-GB");

  xmlFreeDoc (doc);
}

static void
test_html_structure (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ();

  for (MinutesDocumentKind kind = 0; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
    {
      g_autofree char *welsh = render (meeting, "html", kind, "select-committee-cy", NULL);
      g_autofree char *both = render (meeting, "html", kind, "select-committee-cy", "select-committee");

      g_assert_nonnull (strstr (welsh, "<html lang=\"cy\">"));
      check_html_structure (welsh, FALSE);
      g_assert_nonnull (strstr (both, "<html lang=\"cy\">"));
      check_html_structure (both, TRUE);
    }
}

/* Declarations printed without an item of their own: their heading is at
 * the level of the items (h2 in HTML, outline level 1 in ODT), not below
 * the title with a level skipped. */
static void
test_heading_levels_without_items (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autofree char *html = NULL;
  g_autofree char *odt = NULL;

  minutes_meeting_set_committee (meeting, "Audit Committee");
  minutes_meeting_set_no_declarations (meeting, TRUE);

  html = render (meeting, "html", MINUTES_DOCUMENT_KIND_MINUTES, "select-committee", NULL);
  g_assert_nonnull (strstr (html, "<h2>Declarations of interest</h2>"));
  check_html_structure (html, FALSE);

  odt = render (meeting, "odt", MINUTES_DOCUMENT_KIND_MINUTES, "select-committee", NULL);
  g_assert_nonnull (strstr (odt, "<text:h text:outline-level=\"1\" text:style-name=\"Heading_20_1\">Declarations of interest</text:h>"));
}

/* ODT: outline levels never skip, numbered points are lists, and in a
 * bilingual document the English paragraphs carry their language. */
static void
test_odt_structure (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ();
  g_autofree char *content = render (meeting, "odt", MINUTES_DOCUMENT_KIND_MINUTES,
                                     "select-committee-cy", "select-committee");
  xmlDocPtr doc = NULL;
  xmlXPathContextPtr xpath;
  xmlXPathObjectPtr result;
  const char *end = strstr (content, "\n<?xml");
  int previous = 0;
  guint english = 0, welsh = 0;

  g_assert_nonnull (end);
  doc = xmlReadMemory (content, end - content, "content.xml", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  xpath = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (xpath, BAD_CAST "text", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
  xmlXPathRegisterNs (xpath, BAD_CAST "style", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:style:1.0");
  xmlXPathRegisterNs (xpath, BAD_CAST "fo", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");

  result = xmlXPathEvalExpression (BAD_CAST "//text:h", xpath);
  g_assert_cmpint (xmlXPathNodeSetGetLength (result->nodesetval), >, 4);
  for (int i = 0; i < xmlXPathNodeSetGetLength (result->nodesetval); i++)
    {
      xmlNode *h = xmlXPathNodeSetItem (result->nodesetval, i);
      xmlChar *level = xmlGetNsProp (h, BAD_CAST "outline-level",
                                     BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
      int value;

      g_assert_nonnull (level);
      value = atoi ((const char *) level);
      g_assert_cmpint (value, <=, previous + 1);
      previous = value;
      xmlFree (level);
    }
  xmlXPathFreeObject (result);

  /* Key points 3.1, 3.2 … are list items. */
  result = xmlXPathEvalExpression (BAD_CAST "//text:list/text:list-item/text:p", xpath);
  g_assert_cmpint (xmlXPathNodeSetGetLength (result->nodesetval), >, 10);
  xmlXPathFreeObject (result);

  /* Every paragraph or heading is either in a style that says English, or
   * in a plain style (the document's language, Welsh); both occur. */
  result = xmlXPathEvalExpression (BAD_CAST "//text:p | //text:h", xpath);
  for (int i = 0; i < xmlXPathNodeSetGetLength (result->nodesetval); i++)
    {
      xmlNode *p = xmlXPathNodeSetItem (result->nodesetval, i);
      xmlChar *style = xmlGetNsProp (p, BAD_CAST "style-name",
                                     BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
      g_autofree char *query = g_strdup_printf ("//style:style[@style:name='%s']/style:text-properties/@fo:language",
                                                (const char *) style);
      xmlXPathObjectPtr language = xmlXPathEvalExpression (BAD_CAST query, xpath);

      if (xmlXPathNodeSetGetLength (language->nodesetval) == 1)
        {
          xmlChar *value = xmlXPathCastToString (language);

          g_assert_cmpstr ((const char *) value, ==, "en");
          english++;
          xmlFree (value);
        }
      else
        welsh++;
      xmlXPathFreeObject (language);
      xmlFree (style);
    }
  xmlXPathFreeObject (result);
  g_assert_cmpuint (english, >, 20);
  g_assert_cmpuint (welsh, >, 20);
  /* The document's own language (styles.xml) is Welsh. */
  g_assert_nonnull (strstr (end, "fo:language=\"cy\""));

  xmlXPathFreeContext (xpath);
  xmlFreeDoc (doc);
}

/* The bilingual ODT, with its language styles, is valid ODF 1.3: content
 * and styles against the OASIS schema (../shared/schemas/odf). */
static void
test_odt_valid (void)
{
  const char *dir = g_getenv ("MINUTES_ODF_SCHEMA_DIR");
  g_autofree char *path = NULL;
  g_autoptr(MinutesMeeting) meeting = load_example ();
  g_autoptr(MinutesTemplate) welsh = lookup ("select-committee-cy");
  g_autoptr(MinutesTemplate) english = lookup ("select-committee");
  g_autoptr(MinutesOdtBackend) backend = minutes_odt_backend_new ();
  MinutesTemplate *templates[] = { welsh, english };
  const char *parts[] = { "content.xml", "styles.xml", "meta.xml" };
  xmlRelaxNGParserCtxtPtr parser;
  xmlRelaxNGPtr schema;

  if (dir == NULL)
    {
      g_test_skip ("MINUTES_ODF_SCHEMA_DIR is not set (run through meson test)");
      return;
    }
  path = g_build_filename (dir, "OpenDocument-v1.3-schema.rng", NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  parser = xmlRelaxNGNewParserCtxt (path);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  g_assert_nonnull (schema);

  minutes_node_set_translation (MINUTES_NODE (meeting), "cy", "committee",
                                "Pwyllgor Dethol Cymunedau Mwy Diogel a Chryfach");
  minutes_render_languages (meeting, templates, 2, MINUTES_DOCUMENT_KIND_MINUTES,
                            MINUTES_RENDER_DEFAULT, MINUTES_BACKEND (backend));

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(GBytes) bytes = minutes_odt_backend_dup_part (backend, parts[i]);
      xmlRelaxNGValidCtxtPtr validator;
      xmlDocPtr doc;
      int result;

      g_assert_nonnull (bytes);
      doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), parts[i], NULL,
                           XML_PARSE_NONET);
      g_assert_nonnull (doc);
      validator = xmlRelaxNGNewValidCtxt (schema);
      result = xmlRelaxNGValidateDoc (validator, doc);
      xmlRelaxNGFreeValidCtxt (validator);
      xmlFreeDoc (doc);
      if (result != 0)
        g_error ("the bilingual %s does not validate against the ODF 1.3 schema (%d)", parts[i], result);
    }

  xmlRelaxNGFree (schema);
}

/* The Nu Html Checker passes the Welsh and bilingual exports, as it does
 * the English ones in test-export. */
static void
test_html_nu_checker (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ();
  g_autofree char *java = g_find_program_in_path ("java");
  const char *jar = g_getenv ("MINUTES_VNU_JAR");
  g_autofree char *default_jar = g_build_filename (g_get_user_cache_dir (), "minutes", "vnu", "node_modules",
                                                   "vnu-jar", "build", "dist", "vnu.jar", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  if (jar == NULL || jar[0] == '\0')
    jar = default_jar;
  if (java == NULL || !g_file_test (jar, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("java or the Nu Html Checker is missing (build-aux/dev test installs both)");
      return;
    }

  dir = g_dir_make_tmp ("minutes-vnu-cy-XXXXXX", &error);
  g_assert_no_error (error);
  g_ptr_array_add (argv, g_strdup (java));
  g_ptr_array_add (argv, g_strdup ("-jar"));
  g_ptr_array_add (argv, g_strdup (jar));
  g_ptr_array_add (argv, g_strdup ("--verbose"));
  for (MinutesDocumentKind kind = 0; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
    {
      for (guint both = 0; both < 2; both++)
        {
          g_autofree char *html = render (meeting, "html", kind, "select-committee-cy",
                                          both ? "select-committee" : NULL);
          g_autofree char *name = g_strdup_printf ("%d-%s.html", kind, both ? "bilingual" : "cy");
          g_autofree char *path = g_build_filename (dir, name, NULL);

          g_file_set_contents (path, html, -1, &error);
          g_assert_no_error (error);
          g_ptr_array_add (argv, g_steal_pointer (&path));
        }
    }
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("vnu:\n%s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_null (strstr (err, "error:"));
  /* vnu guesses the language of the text: the Welsh sections of this
   * meeting hold English that the clerk typed, which it may point out. */
  {
    g_auto(GStrv) lines = g_strsplit (err, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      if (strstr (lines[i], "warning:") != NULL && strstr (lines[i], "appears to be written in") == NULL)
        g_error ("vnu: %s", lines[i]);
  }

  for (guint i = 4; i < argv->len - 1; i++)
    g_remove (g_ptr_array_index (argv, i));
  g_rmdir (dir);
}

/* Per-field translations */

static void
test_translation_api (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ();
  g_autoptr(MinutesUndoStack) stack = minutes_undo_stack_new (meeting);
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (minutes_meeting_get_items (meeting), 2);
  MinutesNode *node = MINUTES_NODE (item);

  g_assert_null (minutes_node_get_translation (node, "cy", "title"));
  g_assert_null (minutes_node_get_translations (node));

  minutes_node_set_translation (node, "cy", "title", "Cydraddoldeb y Gweithlu");
  minutes_undo_stack_close_step (stack);
  minutes_node_set_translation (node, "cy", "introduction", "Cyflwynodd y Cyfarwyddwr yr adroddiad.");
  minutes_undo_stack_close_step (stack);
  g_assert_cmpstr (minutes_node_get_translation (node, "cy", "title"), ==, "Cydraddoldeb y Gweithlu");
  g_assert_cmpstr (minutes_node_get_translation (node, "cy", "introduction"), ==,
                   "Cyflwynodd y Cyfarwyddwr yr adroddiad.");
  g_assert_null (minutes_node_get_translation (node, "fr", "title"));
  /* The field as typed is untouched. */
  g_assert_cmpstr (minutes_agenda_item_get_title (item), ==, "Workforce Equalities");

  /* Each change is one step of undo, and redo brings it back. */
  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_null (minutes_node_get_translation (node, "cy", "introduction"));
  g_assert_cmpstr (minutes_node_get_translation (node, "cy", "title"), ==, "Cydraddoldeb y Gweithlu");
  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_null (minutes_node_get_translations (node));
  g_assert_true (minutes_undo_stack_redo (stack));
  g_assert_cmpstr (minutes_node_get_translation (node, "cy", "title"), ==, "Cydraddoldeb y Gweithlu");

  /* An empty text removes the translation, and the last one removes all. */
  minutes_node_set_translation (node, "cy", "title", "");
  g_assert_null (minutes_node_get_translations (node));
}

static void
test_translation_file (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ();
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (minutes_meeting_get_items (meeting), 2);
  g_autoptr(MinutesDiscussionEntry) entry = g_list_model_get_item (minutes_agenda_item_get_discussion (item), 0);
  g_autoptr(MinutesMeeting) loaded = NULL;
  g_autoptr(MinutesAgendaItem) loaded_item = NULL;
  g_autoptr(MinutesDiscussionEntry) loaded_entry = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;

  minutes_node_set_translation (MINUTES_NODE (meeting), "cy", "committee",
                                "Pwyllgor Dethol Cymunedau Mwy Diogel a Chryfach");
  minutes_node_set_translation (MINUTES_NODE (item), "cy", "title", "Cydraddoldeb y Gweithlu");
  minutes_node_set_translation (MINUTES_NODE (entry), "cy", "text", "Pwynt yn Gymraeg.");

  bytes = minutes_document_serialize (meeting, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"translations\""));

  loaded = minutes_document_load_bytes (bytes, "round-trip.minutes", &error);
  g_assert_no_error (error);
  loaded_item = g_list_model_get_item (minutes_meeting_get_items (loaded), 2);
  loaded_entry = g_list_model_get_item (minutes_agenda_item_get_discussion (loaded_item), 0);
  g_assert_cmpstr (minutes_node_get_translation (MINUTES_NODE (loaded), "cy", "committee"), ==,
                   "Pwyllgor Dethol Cymunedau Mwy Diogel a Chryfach");
  g_assert_cmpstr (minutes_node_get_translation (MINUTES_NODE (loaded_item), "cy", "title"), ==,
                   "Cydraddoldeb y Gweithlu");
  g_assert_cmpstr (minutes_node_get_translation (MINUTES_NODE (loaded_entry), "cy", "text"), ==,
                   "Pwynt yn Gymraeg.");

  again = minutes_document_serialize (loaded, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (bytes, again));
}

/* A bad "translations" is refused, saying where and what is wrong. */
static void
test_translation_strict (void)
{
  struct {
    const char *translations;
    int         code;
    const char *message;
  } cases[] = {
    { "[]", MINUTES_DOCUMENT_ERROR_WRONG_TYPE, "items[0].translations" },
    { "{\"cy\": \"Teitl\"}", MINUTES_DOCUMENT_ERROR_WRONG_TYPE, "items[0].translations.cy" },
    { "{\"c y\": {\"title\": \"Teitl\"}}", MINUTES_DOCUMENT_ERROR_INVALID_VALUE, "is not a language tag" },
    { "{\"cy\": {\"title\": 3}}", MINUTES_DOCUMENT_ERROR_WRONG_TYPE, "items[0].translations.cy.title" },
    { "{\"cy\": {\"titel\": \"Teitl\"}}", MINUTES_DOCUMENT_ERROR_UNKNOWN_MEMBER, "“titel” is not a text" },
    { "{\"cy\": {\"exempt\": \"ie\"}}", MINUTES_DOCUMENT_ERROR_UNKNOWN_MEMBER, "“exempt” is not a text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"format\": \"minutes\", \"version\": 1, "
                                               "\"meeting\": {\"committee\": \"Audit\"}, "
                                               "\"items\": [{\"id\": \"i1\", \"title\": \"Budget\", "
                                               "\"translations\": %s}]}", cases[i].translations);
      g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
      g_autoptr(GError) error = NULL;
      g_autoptr(MinutesMeeting) meeting = minutes_document_load_bytes (bytes, "bad.minutes", &error);

      g_assert_null (meeting);
      g_assert_error (error, MINUTES_DOCUMENT_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("“%s”: the error “%s” does not say “%s”", cases[i].translations, error->message, cases[i].message);
    }
}

/* The bilingual export prints each text in its language: the clerk's
 * Welsh in the Welsh sections, the English as typed in the English ones. */
static void
test_translation_export (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ();
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (minutes_meeting_get_items (meeting), 2);
  g_autoptr(MinutesDiscussionEntry) entry = g_list_model_get_item (minutes_agenda_item_get_discussion (item), 0);
  g_autofree char *text = NULL;
  g_autofree char *english = NULL;
  const char *welsh_title, *english_title, *welsh_point, *english_point;

  minutes_node_set_translation (MINUTES_NODE (item), "cy", "title", "Cydraddoldeb y Gweithlu");
  minutes_node_set_translation (MINUTES_NODE (entry), "cy", "text", "Pwynt yn Gymraeg.");

  text = render (meeting, "text", MINUTES_DOCUMENT_KIND_MINUTES, "select-committee-cy", "select-committee");
  welsh_title = strstr (text, "3. Cydraddoldeb y Gweithlu\n");
  english_title = strstr (text, "3. Workforce Equalities\n");
  welsh_point = strstr (text, "3.1. Pwynt yn Gymraeg.");
  english_point = strstr (text, "3.1. The increases in staff");
  g_assert_nonnull (welsh_title);
  g_assert_nonnull (english_title);
  g_assert_nonnull (welsh_point);
  g_assert_nonnull (english_point);
  g_assert_true (welsh_title < welsh_point && welsh_point < english_title && english_title < english_point);
  /* Untranslated fields are printed as typed in both. */
  g_assert_nonnull (strstr (welsh_point, "3.2. The mean age of Council employees"));

  /* In English alone, nothing Welsh. */
  english = render (meeting, "text", MINUTES_DOCUMENT_KIND_MINUTES, "select-committee", NULL);
  g_assert_null (strstr (english, "Cydraddoldeb"));
}

/* One template in two languages is found from either side; a template
 * with no version in a language says so, naming where to install one. */
static void
test_template_translation (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesTemplate) english = minutes_template_lookup ("select-committee", &error);
  g_autoptr(MinutesTemplate) welsh = NULL;
  g_autoptr(MinutesTemplate) back = NULL;
  g_autoptr(MinutesTemplate) same = NULL;
  g_autoptr(MinutesTemplate) cabinet = NULL;
  g_autoptr(MinutesTemplate) missing = NULL;

  g_assert_no_error (error);
  welsh = minutes_template_lookup_translation (english, "cy", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (minutes_template_get_id (welsh), ==, "select-committee-cy");
  back = minutes_template_lookup_translation (welsh, "en-GB", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (minutes_template_get_id (back), ==, "select-committee");
  same = minutes_template_lookup_translation (english, "en", &error);
  g_assert_no_error (error);
  g_assert_true (same == english);

  cabinet = minutes_template_lookup ("cabinet", &error);
  g_assert_no_error (error);
  missing = minutes_template_lookup_translation (cabinet, "cy", &error);
  g_assert_null (missing);
  g_assert_error (error, MINUTES_TEMPLATE_ERROR, MINUTES_TEMPLATE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "cabinet-cy.xml"));
}

/* Which languages tags name the same language, and which languages a
 * node holds, as the renderer, the validator and the forms all ask */
static void
test_languages (void)
{
  g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();
  g_auto(GStrv) none = minutes_node_dup_translation_languages (MINUTES_NODE (entry));
  g_auto(GStrv) held = NULL;

  g_assert_true (minutes_language_matches ("cy", "cy-GB"));
  g_assert_true (minutes_language_matches ("en-GB", "EN_us"));
  g_assert_false (minutes_language_matches ("cy", "en-GB"));
  g_assert_false (minutes_language_matches ("c", "cy"));
  g_assert_false (minutes_language_matches (NULL, "cy"));

  g_assert_null (none);
  minutes_discussion_entry_set_text (entry, "The report was noted.");
  minutes_node_set_translation (MINUTES_NODE (entry), "cy", "text", "Nodwyd yr adroddiad.");
  held = minutes_node_dup_translation_languages (MINUTES_NODE (entry));
  g_assert_nonnull (held);
  g_assert_cmpstr (held[0], ==, "cy");
  g_assert_null (held[1]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bilingual/welsh-template", test_welsh_template);
  g_test_add_func ("/bilingual/languages", test_languages);
  g_test_add_func ("/bilingual/template-translation", test_template_translation);
  g_test_add_func ("/bilingual/welsh-text", test_welsh_text);
  g_test_add_func ("/bilingual/order", test_bilingual_order);
  g_test_add_func ("/bilingual/locale-independent", test_locale_independent);
  g_test_add_func ("/bilingual/cli-locale", test_cli_locale);
  g_test_add_func ("/bilingual/html-structure", test_html_structure);
  g_test_add_func ("/bilingual/heading-levels", test_heading_levels_without_items);
  g_test_add_func ("/bilingual/odt-structure", test_odt_structure);
  g_test_add_func ("/bilingual/odt-valid", test_odt_valid);
  g_test_add_func ("/bilingual/html-nu-checker", test_html_nu_checker);
  g_test_add_func ("/bilingual/translation/api", test_translation_api);
  g_test_add_func ("/bilingual/translation/file", test_translation_file);
  g_test_add_func ("/bilingual/translation/strict", test_translation_strict);
  g_test_add_func ("/bilingual/translation/export", test_translation_export);

  return g_test_run ();
}
