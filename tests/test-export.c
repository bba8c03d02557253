/* test-export.c: the HTML and ODT back ends, checked by structure, by
 * escaping, by confidentiality, and by real validators (the Nu Html
 * Checker, the OASIS ODF 1.3 RelaxNG schemas, LibreOffice)
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
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "minutes-core.h"
#include "test-fields.h"

static const char *examples[] = {
  "2024-01-16-safer-stronger-communities",
  "next-meeting-safer-stronger-communities",
};

static const char *kind_names[] = { "minutes", "agenda", "decisions" };

/* Every kind of trouble a field can hold: markup, entities, quotes, an
 * emoji, right-to-left text with its controls, and control characters that
 * XML cannot carry (they must be dropped). */
#define NASTY " <b>x</b> & &amp; \"q\" 'a' 🗳️ مجلس \u202Bשלום\u202C \x01\x08\x0b\x0c\x1f\x7f\xc2\x85\xef\xbf\xbe end"

typedef struct
{
  MinutesDocumentKind kind;
  guint               example;
} ExportCase;

static MinutesMeeting *
load_example (guint index)
{
  g_autofree char *name = g_strconcat (examples[index], ".minutes", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MinutesMeeting *meeting = minutes_document_load (file, NULL, &error);

  g_assert_no_error (error);

  return meeting;
}

static MinutesTemplate *
default_template (void)
{
  g_autoptr(GError) error = NULL;
  MinutesTemplate *template = minutes_template_lookup (MINUTES_DEFAULT_TEMPLATE, &error);

  g_assert_no_error (error);

  return template;
}

static char *
render_html (MinutesMeeting      *meeting,
             MinutesDocumentKind  kind,
             MinutesRenderFlags   flags)
{
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(MinutesHtmlBackend) backend = minutes_html_backend_new ();

  minutes_render (meeting, template, kind, flags, MINUTES_BACKEND (backend));

  return minutes_html_backend_dup_html (backend);
}

static char *
render_text (MinutesMeeting      *meeting,
             MinutesDocumentKind  kind,
             MinutesRenderFlags   flags)
{
  g_autoptr(MinutesTemplate) template = default_template ();

  return minutes_render_text (meeting, template, kind, flags);
}

static htmlDocPtr
parse_html (const char *html)
{
  htmlDocPtr doc = htmlReadMemory (html, strlen (html), NULL, "UTF-8",
                                   HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);

  g_assert_nonnull (doc);

  return doc;
}

static gboolean
is_inline (const xmlNode *node)
{
  const char *inline_names[] = { "span", "time", "a" };

  for (guint i = 0; i < G_N_ELEMENTS (inline_names); i++)
    {
      if (xmlStrEqual (node->name, BAD_CAST inline_names[i]))
        return TRUE;
    }

  return FALSE;
}

/* The words a reader sees: text nodes, with block elements apart. */
static void
collect_text (const xmlNode *node,
              GString       *text)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE)
        g_string_append (text, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE)
        {
          if (!is_inline (child))
            g_string_append_c (text, '\n');
          collect_text (child, text);
          if (!is_inline (child))
            g_string_append_c (text, '\n');
        }
    }
}

static char *
words_of (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  GString *joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (joined->len > 0)
        g_string_append_c (joined, ' ');
      g_string_append (joined, words[i]);
    }

  return g_string_free (joined, FALSE);
}

static xmlNode *
find_body (htmlDocPtr doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && xmlStrEqual (child->name, BAD_CAST "body"))
        return child;
    }

  g_assert_not_reached ();
}

static double
xpath_number (htmlDocPtr  doc,
              const char *expression)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result = xmlXPathEvalExpression (BAD_CAST expression, context);
  double value;

  g_assert_nonnull (result);
  value = xmlXPathCastToNumber (result);
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);

  return value;
}

static char *
xpath_string (htmlDocPtr  doc,
              const char *expression)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result = xmlXPathEvalExpression (BAD_CAST expression, context);
  xmlChar *value;
  char *copy;

  g_assert_nonnull (result);
  value = xmlXPathCastToString (result);
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);

  return copy;
}

/* An outline of the body: one line per element with its class, indented
 * by depth; the visible numbers are kept, other text is left out. */
static void
outline (const xmlNode *node,
         guint          depth,
         GString       *out)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree xmlChar *class_name = NULL;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      class_name = xmlGetProp (child, BAD_CAST "class");
      for (guint i = 0; i < depth; i++)
        g_string_append (out, "  ");
      g_string_append (out, (const char *) child->name);
      if (class_name != NULL)
        g_string_append_printf (out, ".%s", class_name);
      if (g_strcmp0 ((const char *) class_name, "number") == 0)
        {
          g_autofree xmlChar *number = xmlNodeGetContent (child);

          g_strstrip ((char *) number);
          g_string_append_printf (out, " %s", number);
        }
      g_string_append_c (out, '\n');
      outline (child, depth + 1, out);
    }
}

static void
test_html_structure (gconstpointer data)
{
  const ExportCase *export_case = data;
  g_autoptr(MinutesMeeting) meeting = load_example (export_case->example);
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autofree char *html = render_html (meeting, export_case->kind, MINUTES_RENDER_DEFAULT);
  g_autofree char *text = render_text (meeting, export_case->kind, MINUTES_RENDER_DEFAULT);
  g_autofree char *golden_name = g_strdup_printf ("%s-%s.outline", examples[export_case->example],
                                                  kind_names[export_case->kind]);
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "data", golden_name, NULL);
  g_autofree char *golden = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *html_words = NULL;
  g_autofree char *text_words = NULL;
  g_autoptr(GString) shape = g_string_new (NULL);
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  htmlDocPtr doc = parse_html (html);
  GListModel *items = minutes_meeting_get_items (meeting);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\""));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "src="));
  g_assert_null (strstr (html, "@import"));
  g_assert_null (strstr (html, "http-equiv"));

  lang = xpath_string (doc, "string(/html/@lang)");
  g_assert_cmpstr (lang, ==, minutes_template_get_language (template));
  g_assert_cmpfloat (xpath_number (doc, "count(//meta[@charset='utf-8'])"), ==, 1);
  g_assert_cmpfloat (xpath_number (doc, "count(//h1)"), ==, 1);
  g_assert_cmpfloat (xpath_number (doc, "count(//style)"), ==, 1);
  g_assert_cmpfloat (xpath_number (doc, "count(//style[contains(., '@media print')])"), ==, 1);
  /* One h2 per agenda item. */
  g_assert_cmpfloat (xpath_number (doc, "count(//section[@class='item'])"), ==,
                     g_list_model_get_n_items (items));
  g_assert_cmpfloat (xpath_number (doc, "count(//section[@class='item']/h2)"), ==,
                     g_list_model_get_n_items (items));
  g_assert_cmpfloat (xpath_number (doc, "count(//h2)"), ==, g_list_model_get_n_items (items));
  /* Every date and time is machine-readable. */
  g_assert_cmpfloat (xpath_number (doc, "count(//time[not(@datetime)])"), ==, 0);
  if (minutes_meeting_get_date (meeting) != NULL && export_case->kind != MINUTES_DOCUMENT_KIND_DECISIONS)
    g_assert_cmpfloat (xpath_number (doc, "count(//time)"), >, 0);

  /* The visible numbers are those of the legal record: the text export's. */
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      g_autofree char *number = minutes_agenda_item_dup_number (item);
      g_autofree char *expression = g_strdup_printf ("string(//section[@class='item'][%u]/h2/span[@class='number'])", i + 1);
      g_autofree char *shown = xpath_string (doc, expression);

      if (number != NULL && number[0] != '\0')
        g_assert_true (g_str_has_prefix (shown, number));
    }

  /* Nothing lost, nothing added: the same words as the text export. */
  collect_text (find_body (doc), seen);
  html_words = words_of (seen->str);
  text_words = words_of (text);
  g_assert_cmpstr (html_words, ==, text_words);

  outline (find_body (doc), 0, shape);
  if (g_getenv ("MINUTES_UPDATE_GOLDEN") != NULL)
    {
      g_file_set_contents (golden_path, shape->str, -1, &error);
      g_assert_no_error (error);
    }
  g_file_get_contents (golden_path, &golden, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (shape->str, ==, golden);

  xmlFreeDoc (doc);
}

/* Points are numbered lists whose visible numbers carry on across the
 * narrative lines between them, as in the minutes (3.1. … 3.17.). */
static void
test_html_numbering (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example (0);
  g_autofree char *html = render_html (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);
  htmlDocPtr doc = parse_html (html);
  g_autofree char *first = NULL;
  g_autofree char *fourth = NULL;

  g_assert_cmpfloat (xpath_number (doc, "count(//ol[contains(@class,'point')])"), >=, 2);
  g_assert_cmpfloat (xpath_number (doc, "count(//ol/li[not(span[@class='number'])])"), ==, 0);
  first = xpath_string (doc, "string((//ol[contains(@class,'point')])[1]/li[1]/span[@class='number'])");
  fourth = xpath_string (doc, "string((//ol[contains(@class,'point')])[2]/li[1]/span[@class='number'])");
  g_assert_cmpstr (first, ==, "3.1. ");
  g_assert_cmpstr (fourth, ==, "3.4. ");

  xmlFreeDoc (doc);
}

static void
append_to_field (GObject    *object,
                 const char *property,
                 gpointer    user_data)
{
  g_autofree char *value = NULL;
  g_autofree char *changed = NULL;

  g_object_get (object, property, &value, NULL);
  /* URLs keep their form; a hostile one is tested on its own. */
  if (g_str_equal (property, "url") || g_str_equal (property, "contact-email"))
    return;
  changed = g_strconcat (value != NULL ? value : "", (const char *) user_data, NULL);
  g_object_set (object, property, changed, NULL);
}


/* The first example with trouble in every field, hostile links, and an
 * exempt item (shown in the confidential version). */
static MinutesMeeting *
nasty_meeting (void)
{
  MinutesMeeting *meeting = load_example (0);
  GListModel *items = minutes_meeting_get_items (meeting);
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, 2);
  g_autoptr(MinutesAttachment) attachment = g_object_new (MINUTES_TYPE_ATTACHMENT, NULL);
  g_autoptr(MinutesAttachment) script = g_object_new (MINUTES_TYPE_ATTACHMENT, NULL);

  g_object_set (attachment, "title", "Report", "url", "https://example.org/a?b=1&c=\"2\"<x>", NULL);
  g_object_set (script, "title", "Script", "url", "javascript:alert(1)", NULL);
  minutes_agenda_item_insert_attachment (item, 0, attachment);
  minutes_agenda_item_insert_attachment (item, 1, script);
  minutes_meeting_set_contact_email (meeting, "clerk@example.org\"><script>");

  test_fields_foreach_meeting (meeting, append_to_field, (gpointer) NASTY);

  return meeting;
}

static gboolean
has_forbidden_character (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f) || c == 0xfffe)
        return TRUE;
    }

  return FALSE;
}

static void
test_html_escaping (void)
{
  g_autoptr(MinutesMeeting) meeting = nasty_meeting ();

  for (MinutesDocumentKind kind = 0; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
    {
      g_autofree char *html = render_html (meeting, kind, MINUTES_RENDER_CONFIDENTIAL);
      g_autofree char *text = render_text (meeting, kind, MINUTES_RENDER_CONFIDENTIAL);
      g_autofree char *safe_text = minutes_dup_markup_safe_text (text);
      g_autofree char *html_words = NULL;
      g_autofree char *text_words = NULL;
      g_autoptr(GString) seen = g_string_new (NULL);
      htmlDocPtr doc = parse_html (html);

      g_assert_true (g_utf8_validate (html, -1, NULL));
      g_assert_false (has_forbidden_character (html));
      /* Typed markup stays text. */
      g_assert_cmpfloat (xpath_number (doc, "count(//b | //script)"), ==, 0);
      g_assert_null (strstr (html, "<b>"));
      g_assert_nonnull (strstr (html, "&lt;b&gt;x&lt;/b&gt; &amp; &amp;amp;"));
      g_assert_cmpfloat (xpath_number (doc, "count(//a[starts-with(@href,'javascript')])"), ==, 0);

      /* Every field arrives, in order, with its emoji and RTL text. */
      collect_text (find_body (doc), seen);
      g_assert_nonnull (strstr (seen->str, "🗳️ مجلس \u202Bשלום\u202C"));
      html_words = words_of (seen->str);
      text_words = words_of (safe_text);
      g_assert_cmpstr (html_words, ==, text_words);

      if (kind == MINUTES_DOCUMENT_KIND_AGENDA)
        {
          g_assert_cmpfloat (xpath_number (doc, "count(//a[starts-with(@href,'https://example.org/a?b=1')])"), ==, 1);
          g_assert_cmpfloat (xpath_number (doc, "count(//a[starts-with(@href,'mailto:')])"), <=, 1);
        }

      xmlFreeDoc (doc);
    }
}

/* Removes a directory tree that a tool (LibreOffice) filled. */
static void
rm_rf (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileEnumerator) children = NULL;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;

      if (!g_file_enumerator_iterate (children, &info, &child, NULL, NULL) || info == NULL)
        break;
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        {
          g_autofree char *child_path = g_file_get_path (child);

          rm_rf (child_path);
        }
      else
        g_file_delete (child, NULL, NULL);
    }
  g_file_delete (file, NULL, NULL);
}

static char *
find_vnu_jar (void)
{
  const char *jar = g_getenv ("MINUTES_VNU_JAR");

  if (jar != NULL && jar[0] != '\0')
    return g_strdup (jar);

  /* Where build-aux/dev installs it with npm. */
  return g_build_filename (g_get_user_cache_dir (), "minutes", "vnu",
                           "node_modules", "vnu-jar", "build", "dist", "vnu.jar", NULL);
}

static void
write_export (const char *dir,
              const char *name,
              const char *contents,
              GPtrArray  *argv)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  g_ptr_array_add (argv, g_steal_pointer (&path));
}

/* Every HTML export of this suite through the Nu Html Checker: public and
 * confidential versions of both examples in all three documents, and the
 * escaping meeting. Zero errors are required, and zero warnings. */
static void
test_html_nu_checker (void)
{
  g_autofree char *java = g_find_program_in_path ("java");
  g_autofree char *jar = find_vnu_jar ();
  g_autofree char *dir = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MinutesMeeting) nasty = nasty_meeting ();
  g_autoptr(GError) error = NULL;
  int status;

  if (java == NULL)
    {
      g_test_skip ("java is not installed: the Nu Html Checker needs it (apt install default-jre-headless)");
      return;
    }
  if (!g_file_test (jar, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *message = g_strdup_printf ("the Nu Html Checker is not at %s: "
                                                  "run build-aux/dev test, or set MINUTES_VNU_JAR", jar);
      g_test_skip (message);
      return;
    }

  dir = g_dir_make_tmp ("minutes-vnu-XXXXXX", &error);
  g_assert_no_error (error);

  g_ptr_array_add (argv, g_strdup (java));
  g_ptr_array_add (argv, g_strdup ("-jar"));
  g_ptr_array_add (argv, g_strdup (jar));
  g_ptr_array_add (argv, g_strdup ("--verbose"));
  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(MinutesMeeting) meeting = load_example (e);

      for (MinutesDocumentKind kind = 0; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
        {
          for (guint confidential = 0; confidential < 2; confidential++)
            {
              MinutesRenderFlags flags = confidential ? MINUTES_RENDER_CONFIDENTIAL : MINUTES_RENDER_DEFAULT;
              g_autofree char *html = render_html (meeting, kind, flags);
              g_autofree char *name = g_strdup_printf ("%s-%s%s.html", examples[e], kind_names[kind],
                                                       confidential ? "-confidential" : "");

              write_export (dir, name, html, argv);
            }
        }
    }
  for (MinutesDocumentKind kind = 0; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
    {
      for (guint confidential = 0; confidential < 2; confidential++)
        {
          MinutesRenderFlags flags = confidential ? MINUTES_RENDER_CONFIDENTIAL : MINUTES_RENDER_DEFAULT;
          g_autofree char *html = render_html (nasty, kind, flags);
          g_autofree char *name = g_strdup_printf ("escaping-%s%s.html", kind_names[kind],
                                                   confidential ? "-confidential" : "");

          write_export (dir, name, html, argv);
        }
    }
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("vnu checked %u files:\n%s%s", argv->len - 5, out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_null (strstr (err, "error:"));
  /* Warnings fail too, except vnu's guess at the language of the text,
   * which the synthetic escaping meeting (Hebrew, Arabic, markup) can
   * mislead: lang comes from the template, on purpose. */
  {
    g_auto(GStrv) lines = g_strsplit (err, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      {
        if (strstr (lines[i], "warning:") != NULL && strstr (lines[i], "appears to be written in") == NULL)
          g_error ("vnu: %s", lines[i]);
      }
  }

  for (guint i = 4; i < argv->len - 1; i++)
    g_remove (g_ptr_array_index (argv, i));
  g_rmdir (dir);
}

/* ODT */

static GBytes *
render_odt (MinutesMeeting      *meeting,
            MinutesDocumentKind  kind,
            MinutesRenderFlags   flags,
            const char          *path)
{
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(MinutesOdtBackend) backend = minutes_odt_backend_new ();
  g_autoptr(GError) error = NULL;

  minutes_render (meeting, template, kind, flags, MINUTES_BACKEND (backend));
  if (path != NULL)
    {
      minutes_odt_backend_save (backend, path, &error);
      g_assert_no_error (error);
    }

  return minutes_odt_backend_dup_part (backend, "content.xml");
}

static xmlRelaxNGPtr
load_schema (const char *name)
{
  const char *dir = g_getenv ("MINUTES_ODF_SCHEMA_DIR");
  g_autofree char *path = NULL;
  xmlRelaxNGParserCtxtPtr parser;
  xmlRelaxNGPtr schema;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, name, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    g_error ("the OASIS ODF schema %s is missing: it comes with ../shared/schemas/odf", path);

  parser = xmlRelaxNGNewParserCtxt (path);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  g_assert_nonnull (schema);

  return schema;
}

static xmlRelaxNGPtr
odf_schema (gboolean manifest)
{
  static xmlRelaxNGPtr schemas[2];

  if (schemas[manifest] == NULL)
    schemas[manifest] = load_schema (manifest ? "OpenDocument-v1.3-manifest-schema.rng"
                                              : "OpenDocument-v1.3-schema.rng");

  return schemas[manifest];
}

static void
assert_valid_part (zip_t      *archive,
                   const char *name)
{
  zip_stat_t stat;
  zip_file_t *file;
  g_autofree char *data = NULL;
  xmlRelaxNGValidCtxtPtr validator;
  xmlDocPtr doc;
  int result;

  g_assert_cmpint (zip_stat (archive, name, 0, &stat), ==, 0);
  data = g_malloc (stat.size + 1);
  file = zip_fopen (archive, name, 0);
  g_assert_nonnull (file);
  g_assert_cmpint (zip_fread (file, data, stat.size), ==, (zip_int64_t) stat.size);
  zip_fclose (file);

  doc = xmlReadMemory (data, stat.size, name, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  validator = xmlRelaxNGNewValidCtxt (odf_schema (g_str_equal (name, "META-INF/manifest.xml")));
  result = xmlRelaxNGValidateDoc (validator, doc);
  xmlRelaxNGFreeValidCtxt (validator);
  xmlFreeDoc (doc);

  if (result != 0)
    g_error ("%s does not validate against the ODF 1.3 schema (%d)", name, result);
}

static char *
xml_xpath_string (xmlDocPtr   doc,
                  const char *expression)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result;
  xmlChar *value;
  char *copy;

  xmlXPathRegisterNs (context, BAD_CAST "office", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:office:1.0");
  xmlXPathRegisterNs (context, BAD_CAST "style", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:style:1.0");
  xmlXPathRegisterNs (context, BAD_CAST "text", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
  xmlXPathRegisterNs (context, BAD_CAST "fo", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
  xmlXPathRegisterNs (context, BAD_CAST "dc", BAD_CAST "http://purl.org/dc/elements/1.1/");
  xmlXPathRegisterNs (context, BAD_CAST "meta", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
  result = xmlXPathEvalExpression (BAD_CAST expression, context);
  g_assert_nonnull (result);
  value = xmlXPathCastToString (result);
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);

  return copy;
}

static xmlDocPtr
read_part (zip_t      *archive,
           const char *name)
{
  zip_stat_t stat;
  zip_file_t *file;
  g_autofree char *data = NULL;
  xmlDocPtr doc;

  g_assert_cmpint (zip_stat (archive, name, 0, &stat), ==, 0);
  data = g_malloc (stat.size + 1);
  file = zip_fopen (archive, name, 0);
  g_assert_cmpint (zip_fread (file, data, stat.size), ==, (zip_int64_t) stat.size);
  zip_fclose (file);
  doc = xmlReadMemory (data, stat.size, name, NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);

  return doc;
}

/* The numbers LibreOffice will show: each list item's style prefix, start
 * value and suffix, in document order. */
static char *
odt_list_numbers (xmlDocPtr content)
{
  xmlXPathContextPtr context = xmlXPathNewContext (content);
  xmlXPathObjectPtr items;
  GString *numbers = g_string_new (NULL);

  xmlXPathRegisterNs (context, BAD_CAST "text", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
  items = xmlXPathEvalExpression (BAD_CAST "//text:list-item", context);
  for (int i = 0; items->nodesetval != NULL && i < items->nodesetval->nodeNr; i++)
    {
      xmlNode *item = items->nodesetval->nodeTab[i];
      g_autofree xmlChar *style = xmlGetNsProp (item->parent, BAD_CAST "style-name",
                                                BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
      g_autofree xmlChar *start = xmlGetNsProp (item, BAD_CAST "start-value",
                                                BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
      g_autofree char *prefix_path = g_strdup_printf ("string(//text:list-style[@style:name='%s']/text:list-level-style-number/@style:num-prefix)", style);
      g_autofree char *suffix_path = g_strdup_printf ("string(//text:list-style[@style:name='%s']/text:list-level-style-number/@style:num-suffix)", style);
      g_autofree char *prefix = xml_xpath_string (content, prefix_path);
      g_autofree char *suffix = xml_xpath_string (content, suffix_path);

      g_string_append_printf (numbers, "%s%s%s%s ", prefix, start, suffix, "");
    }
  xmlXPathFreeObject (items);
  xmlXPathFreeContext (context);

  return g_string_free (numbers, FALSE);
}

static char *
html_list_numbers (const char *html)
{
  htmlDocPtr doc = parse_html (html);
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr numbers = xmlXPathEvalExpression (BAD_CAST "//ol/li/span[@class='number']", context);
  GString *joined = g_string_new (NULL);

  for (int i = 0; numbers->nodesetval != NULL && i < numbers->nodesetval->nodeNr; i++)
    {
      g_autofree xmlChar *number = xmlNodeGetContent (numbers->nodesetval->nodeTab[i]);

      g_string_append_printf (joined, "%s ", g_strstrip ((char *) number));
    }
  xmlXPathFreeObject (numbers);
  xmlXPathFreeContext (context);
  xmlFreeDoc (doc);

  return g_string_free (joined, FALSE);
}

/* An outline of office:text: one line per element with its style and,
 * for list items, their start value; text is left out. */
static void
odt_outline (const xmlNode *node,
             guint          depth,
             GString       *out)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree xmlChar *style = NULL;
      g_autofree xmlChar *start = NULL;
      g_autofree xmlChar *level = NULL;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      style = xmlGetNsProp (child, BAD_CAST "style-name", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
      start = xmlGetNsProp (child, BAD_CAST "start-value", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
      level = xmlGetNsProp (child, BAD_CAST "outline-level", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
      for (guint i = 0; i < depth; i++)
        g_string_append (out, "  ");
      g_string_append_printf (out, "%s:%s", child->ns != NULL ? (const char *) child->ns->prefix : "",
                              (const char *) child->name);
      if (level != NULL)
        g_string_append_printf (out, " level=%s", level);
      if (style != NULL)
        g_string_append_printf (out, " %s", style);
      if (start != NULL)
        g_string_append_printf (out, " start=%s", start);
      g_string_append_c (out, '\n');
      odt_outline (child, depth + 1, out);
    }
}

static void
assert_golden (const char *name,
               const char *actual)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *golden = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("MINUTES_UPDATE_GOLDEN") != NULL)
    {
      g_file_set_contents (path, actual, -1, &error);
      g_assert_no_error (error);
    }
  g_file_get_contents (path, &golden, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (actual, ==, golden);
}

static void
test_odt_package (gconstpointer data)
{
  const ExportCase *export_case = data;
  g_autoptr(MinutesMeeting) meeting = load_example (export_case->example);
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("minutes-odt-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "export.odt", NULL);
  g_autoptr(GBytes) content_bytes = render_odt (meeting, export_case->kind, MINUTES_RENDER_DEFAULT, path);
  g_autofree char *html = render_html (meeting, export_case->kind, MINUTES_RENDER_DEFAULT);
  g_autofree char *package = NULL;
  g_autofree char *odt_numbers = NULL;
  g_autofree char *html_numbers = NULL;
  g_autofree char *value = NULL;
  const char *parts[] = { "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml" };
  const char *mime = "application/vnd.oasis.opendocument.text";
  GListModel *items = minutes_meeting_get_items (meeting);
  zip_stat_t stat;
  xmlDocPtr content;
  xmlDocPtr styles;
  xmlDocPtr meta;
  gsize size;
  zip_t *archive;
  int code;

  g_assert_no_error (error);

  /* mimetype first, stored, with no extra field: its name and value sit
   * at fixed offsets, as ODF requires for detection by magic bytes. */
  g_file_get_contents (path, &package, &size, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (size, >, 38 + strlen (mime));
  g_assert_cmpint (memcmp (package, "PK\003\004", 4), ==, 0);
  g_assert_cmpint (memcmp (package + 30, "mimetype", 8), ==, 0);
  g_assert_cmpint (memcmp (package + 38, mime, strlen (mime)), ==, 0);

  archive = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, &code);
  g_assert_nonnull (archive);
  g_assert_cmpint (zip_get_num_entries (archive, 0), ==, 5);
  g_assert_cmpstr (zip_get_name (archive, 0, 0), ==, "mimetype");
  g_assert_cmpint (zip_stat_index (archive, 0, 0, &stat), ==, 0);
  g_assert_cmpint (stat.comp_method, ==, ZIP_CM_STORE);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    assert_valid_part (archive, parts[i]);

  content = read_part (archive, "content.xml");
  styles = read_part (archive, "styles.xml");
  meta = read_part (archive, "meta.xml");

  /* The part in the package is the one the back end built. */
  g_assert_cmpuint (g_bytes_get_size (content_bytes), >, 0);

  /* One Heading 1 per item; every paragraph style is a named style of
   * styles.xml, so a council can restyle the whole document. */
  value = xml_xpath_string (content, "count(//text:h[@text:outline-level='1' and @text:style-name='Heading_20_1'])");
  g_assert_cmpint (atoi (value), ==, g_list_model_get_n_items (items));
  g_clear_pointer (&value, g_free);
  value = xml_xpath_string (content, "count(//text:p[@text:style-name='Title'])");
  g_assert_cmpstr (value, ==, "1");
  {
    xmlXPathContextPtr context = xmlXPathNewContext (content);
    xmlXPathObjectPtr used;

    xmlXPathRegisterNs (context, BAD_CAST "text", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
    used = xmlXPathEvalExpression (BAD_CAST "//text:p/@text:style-name | //text:h/@text:style-name | //text:span/@text:style-name", context);
    for (int i = 0; used->nodesetval != NULL && i < used->nodesetval->nodeNr; i++)
      {
        g_autofree xmlChar *name = xmlNodeGetContent (used->nodesetval->nodeTab[i]);
        g_autofree char *expression = g_strdup_printf ("count(/office:document-styles/office:styles/style:style[@style:name='%s'])", name);
        g_autofree char *found = xml_xpath_string (styles, expression);

        if (!g_str_equal (found, "1"))
          g_error ("style %s is used in content.xml but not defined in styles.xml", name);
      }
    xmlXPathFreeObject (used);
    xmlXPathFreeContext (context);
  }
  g_clear_pointer (&value, g_free);
  value = xml_xpath_string (styles, "string(//style:style[@style:name='Key_20_Point']/@style:display-name)");
  g_assert_cmpstr (value, ==, "Key Point");
  g_clear_pointer (&value, g_free);
  value = xml_xpath_string (styles, "concat(//style:default-style/style:text-properties/@fo:language, '-', "
                                    "//style:default-style/style:text-properties/@fo:country)");
  g_assert_cmpstr (value, ==, minutes_template_get_language (template));

  /* Real numbered lists that show the numbers of the record. */
  odt_numbers = odt_list_numbers (content);
  html_numbers = html_list_numbers (html);
  g_assert_cmpstr (odt_numbers, ==, html_numbers);

  /* The shape of the body, against the golden outline. */
  {
    g_autofree char *golden_name = g_strdup_printf ("%s-%s.odt-outline", examples[export_case->example],
                                                    kind_names[export_case->kind]);
    g_autoptr(GString) shape = g_string_new (NULL);
    xmlXPathContextPtr context = xmlXPathNewContext (content);
    xmlXPathObjectPtr text;

    xmlXPathRegisterNs (context, BAD_CAST "office", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:office:1.0");
    text = xmlXPathEvalExpression (BAD_CAST "/office:document-content/office:body/office:text", context);
    g_assert_nonnull (text->nodesetval);
    g_assert_cmpint (text->nodesetval->nodeNr, ==, 1);
    odt_outline (text->nodesetval->nodeTab[0], 0, shape);
    xmlXPathFreeObject (text);
    xmlXPathFreeContext (context);
    assert_golden (golden_name, shape->str);
  }

  /* Metadata: title, generator, language, meeting date. */
  g_clear_pointer (&value, g_free);
  value = xml_xpath_string (meta, "string(//dc:title)");
  {
    htmlDocPtr html_doc = parse_html (html);
    g_autofree char *html_title = xpath_string (html_doc, "string(//title)");

    g_assert_cmpstr (value, !=, "");
    g_assert_cmpstr (value, ==, html_title);
    xmlFreeDoc (html_doc);
  }
  g_clear_pointer (&value, g_free);
  value = xml_xpath_string (meta, "string(//meta:generator)");
  g_assert_cmpstr (value, ==, "Minutes/" PACKAGE_VERSION);
  g_clear_pointer (&value, g_free);
  value = xml_xpath_string (meta, "string(//dc:language)");
  g_assert_cmpstr (value, ==, minutes_template_get_language (template));

  xmlFreeDoc (content);
  xmlFreeDoc (styles);
  xmlFreeDoc (meta);
  zip_close (archive);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_odt_escaping (void)
{
  g_autoptr(MinutesMeeting) meeting = nasty_meeting ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("minutes-odt-XXXXXX", &error);

  for (MinutesDocumentKind kind = 0; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
    {
      g_autofree char *path = g_build_filename (dir, "escaping.odt", NULL);
      g_autoptr(GBytes) content = render_odt (meeting, kind, MINUTES_RENDER_CONFIDENTIAL, path);
      g_autofree char *xml = g_strndup (g_bytes_get_data (content, NULL), g_bytes_get_size (content));
      zip_t *archive;
      int code;

      g_assert_true (g_utf8_validate (xml, -1, NULL));
      g_assert_false (has_forbidden_character (xml));
      g_assert_nonnull (strstr (xml, "&lt;b&gt;x&lt;/b&gt; &amp; &amp;amp;"));
      g_assert_null (strstr (xml, "javascript:"));

      archive = zip_open (path, ZIP_RDONLY, &code);
      g_assert_nonnull (archive);
      assert_valid_part (archive, "content.xml");
      assert_valid_part (archive, "styles.xml");
      assert_valid_part (archive, "meta.xml");
      zip_close (archive);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* Spaces a clerk typed twice, tabs and line breaks keep their place in
 * the ODT: ODF collapses runs of spaces unless they are text:s */
static void
test_odt_spaces (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example (0);
  GListModel *items = minutes_meeting_get_items (meeting);
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, 2);
  g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("minutes-odt-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "spaces.odt", NULL);
  g_autoptr(GBytes) content = NULL;
  g_autofree char *xml = NULL;

  minutes_discussion_entry_set_text (entry, "Two  spaces,   three\tand a tab\nthen a new line.");
  minutes_agenda_item_append_entry (item, entry);
  content = render_odt (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT, path);
  xml = g_strndup (g_bytes_get_data (content, NULL), g_bytes_get_size (content));

  g_assert_nonnull (strstr (xml, "Two <text:s text:c=\"1\"/>spaces, <text:s text:c=\"2\"/>three"
                                 "<text:tab/>and a tab<text:line-break/>then a new line."));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_odt_save_errors (void)
{
  g_autoptr(MinutesOdtBackend) backend = minutes_odt_backend_new ();
  g_autoptr(MinutesMeeting) meeting = load_example (0);
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GError) error = NULL;

  g_assert_false (minutes_odt_backend_save (backend, "/nonexistent/never.odt", &error));
  g_assert_error (error, MINUTES_EXPORT_ERROR, MINUTES_EXPORT_ERROR_NOTHING_RENDERED);
  g_clear_error (&error);

  minutes_render (meeting, template, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT,
                  MINUTES_BACKEND (backend));
  g_assert_false (minutes_odt_backend_save (backend, "/nonexistent/dir/minutes.odt", &error));
  g_assert_error (error, MINUTES_EXPORT_ERROR, MINUTES_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "/nonexistent/dir/minutes.odt"));
}

/* Confidentiality */

#define MARKER "XQZ-EXEMPT-7f3a9c"

typedef struct
{
  GObject *item;
} MarkerData;

static void
set_marker (GObject    *object,
            const char *property,
            gpointer    user_data)
{
  MarkerData *data = user_data;
  g_autofree char *value = NULL;

  /* An exempt item's title and ground are public by law. */
  if (object == data->item && (g_str_equal (property, "title") || g_str_equal (property, "exemption-ground")))
    return;

  if (g_str_equal (property, "url"))
    value = g_strdup ("https://example.org/" MARKER);
  else
    value = g_strdup_printf ("%s %s", property, MARKER);
  g_object_set (object, property, value, NULL);
}

static char *
odt_package_text (MinutesMeeting      *meeting,
                  MinutesDocumentKind  kind,
                  MinutesRenderFlags   flags)
{
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(MinutesOdtBackend) backend = minutes_odt_backend_new ();
  const char *parts[] = { "content.xml", "styles.xml", "meta.xml" };
  GString *all = g_string_new (NULL);

  minutes_render (meeting, template, kind, flags, MINUTES_BACKEND (backend));
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(GBytes) part = minutes_odt_backend_dup_part (backend, parts[i]);

      g_string_append_len (all, g_bytes_get_data (part, NULL), g_bytes_get_size (part));
    }

  return g_string_free (all, FALSE);
}

/* A unique marker in every field of an exempt item (its discussion,
 * actions, motions, resolutions, documents, notes …) never reaches a
 * public export in any format; the confidential version has it. */
static void
test_confidential_marker (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example (0);
  GListModel *items = minutes_meeting_get_items (meeting);
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, 3);
  g_autoptr(MinutesAttachment) attachment = g_object_new (MINUTES_TYPE_ATTACHMENT, NULL);
  MarkerData data = { G_OBJECT (item) };
  guint n_fields = 0;

  minutes_agenda_item_insert_attachment (item, 0, attachment);
  minutes_agenda_item_set_exempt (item, TRUE);
  minutes_agenda_item_set_exemption_ground (item, "paragraph 3 of Part 1 of Schedule 12A");
  test_fields_foreach_item (item, set_marker, &data);

  /* The marker is really in the model: the private version shows it. */
  {
    g_autofree char *text = render_text (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_CONFIDENTIAL);
    g_autofree char *html = render_html (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_CONFIDENTIAL);
    g_autofree char *odt = odt_package_text (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_CONFIDENTIAL);

    for (const char *p = text; (p = strstr (p, MARKER)) != NULL; p++)
      n_fields++;
    g_test_message ("the confidential minutes show the marker %u times", n_fields);
    g_assert_cmpuint (n_fields, >=, 10);
    g_assert_nonnull (strstr (html, MARKER));
    g_assert_nonnull (strstr (odt, MARKER));
    /* …and says so at the top of every page. */
    g_assert_nonnull (strstr (odt, "<style:header><text:p text:style-name=\"Header\">CONFIDENTIAL</text:p></style:header>"));
    g_assert_nonnull (strstr (html, "<p class=\"confidential\">CONFIDENTIAL</p>"));
  }

  for (MinutesDocumentKind kind = 0; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
    {
      g_autofree char *text = render_text (meeting, kind, MINUTES_RENDER_DEFAULT);
      g_autofree char *html = render_html (meeting, kind, MINUTES_RENDER_DEFAULT);
      g_autofree char *odt = odt_package_text (meeting, kind, MINUTES_RENDER_DEFAULT);

      g_assert_null (strstr (text, MARKER));
      g_assert_null (strstr (html, MARKER));
      g_assert_null (strstr (odt, MARKER));
      g_assert_null (strstr (odt, "CONFIDENTIAL"));
      g_assert_null (strstr (html, "CONFIDENTIAL"));
      /* Its title and ground are still there. */
      g_assert_nonnull (strstr (text, minutes_agenda_item_get_title (item)));
      g_assert_nonnull (strstr (html, "paragraph 3 of Part 1 of Schedule 12A"));
      g_assert_nonnull (strstr (odt, "paragraph 3 of Part 1 of Schedule 12A"));
    }
}

/* LibreOffice opens every ODT export, and its plain text has the words of
 * the text export. One soffice run, with its own profile, converts all. */
static void
test_odt_libreoffice (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *outdir = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MinutesMeeting) nasty = nasty_meeting ();
  g_autoptr(MinutesTemplate) template = default_template ();
  int status;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed: apt install libreoffice-writer-nogui "
                   "to check that the ODT exports open");
      return;
    }

  dir = g_dir_make_tmp ("minutes-soffice-XXXXXX", &error);
  g_assert_no_error (error);
  profile = g_build_filename (dir, "profile", NULL);
  outdir = g_build_filename (dir, "out", NULL);

  g_ptr_array_add (argv, g_strdup (soffice));
  g_ptr_array_add (argv, g_strconcat ("-env:UserInstallation=file://", profile, NULL));
  g_ptr_array_add (argv, g_strdup ("--headless"));
  g_ptr_array_add (argv, g_strdup ("--norestore"));
  g_ptr_array_add (argv, g_strdup ("--convert-to"));
  g_ptr_array_add (argv, g_strdup ("txt:Text (encoded):UTF8"));
  g_ptr_array_add (argv, g_strdup ("--outdir"));
  g_ptr_array_add (argv, g_strdup (outdir));

  for (guint e = 0; e <= G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(MinutesMeeting) meeting = e < G_N_ELEMENTS (examples) ? load_example (e) : g_object_ref (nasty);
      MinutesRenderFlags flags = e < G_N_ELEMENTS (examples) ? MINUTES_RENDER_DEFAULT : MINUTES_RENDER_CONFIDENTIAL;

      for (MinutesDocumentKind kind = 0; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
        {
          g_autofree char *name = g_strdup_printf ("%s-%s", e < G_N_ELEMENTS (examples) ? examples[e] : "escaping",
                                                   kind_names[kind]);
          g_autofree char *file = g_strconcat (name, ".odt", NULL);
          g_autofree char *path = g_build_filename (dir, file, NULL);
          g_autofree char *text = render_text (meeting, kind, flags);
          g_autoptr(GBytes) content = render_odt (meeting, kind, flags, path);

          g_autofree char *label = g_strdup_printf ("%s\n\n", minutes_template_get_phrase (template, "confidential"));

          /* LibreOffice's text export leaves out page headers, where the
           * private version says CONFIDENTIAL. */
          if ((flags & MINUTES_RENDER_CONFIDENTIAL) != 0)
            {
              g_assert_true (g_str_has_prefix (text, label));
              g_ptr_array_add (expected, minutes_dup_markup_safe_text (text + strlen (label)));
            }
          else
            g_ptr_array_add (expected, minutes_dup_markup_safe_text (text));
          g_ptr_array_add (names, g_steal_pointer (&name));
          g_ptr_array_add (argv, g_steal_pointer (&path));
        }
    }
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("soffice: %s%s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* soffice exits 0 even when it cannot load a file: check every output. */
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file = g_strconcat (g_ptr_array_index (names, i), ".txt", NULL);
      g_autofree char *path = g_build_filename (outdir, file, NULL);
      g_autofree char *converted = NULL;
      g_autofree char *converted_words = NULL;
      g_autofree char *expected_words = NULL;
      const char *text;

      if (!g_file_get_contents (path, &converted, NULL, &error))
        g_error ("LibreOffice did not convert %s.odt: %s", (char *) g_ptr_array_index (names, i), error->message);

      text = converted;
      if (g_str_has_prefix (text, "\xef\xbb\xbf"))
        text += 3;
      converted_words = words_of (text);
      expected_words = words_of (g_ptr_array_index (expected, i));
      g_assert_cmpstr (converted_words, ==, expected_words);
      g_unlink (path);
    }

  for (guint i = 8; i < argv->len - 1; i++)
    g_remove (g_ptr_array_index (argv, i));
  g_rmdir (outdir);
  rm_rf (profile);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  static ExportCase cases[G_N_ELEMENTS (examples) * 3];

  g_test_init (&argc, &argv, NULL);

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      for (MinutesDocumentKind kind = 0; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
        {
          ExportCase *export_case = &cases[e * 3 + kind];
          g_autofree char *path = g_strdup_printf ("/export/html/structure/%s/%s", examples[e], kind_names[kind]);

          export_case->kind = kind;
          export_case->example = e;
          g_autofree char *odt_path = g_strdup_printf ("/export/odt/package/%s/%s", examples[e], kind_names[kind]);

          g_test_add_data_func (path, export_case, test_html_structure);
          g_test_add_data_func (odt_path, export_case, test_odt_package);
        }
    }
  g_test_add_func ("/export/html/numbering", test_html_numbering);
  g_test_add_func ("/export/html/escaping", test_html_escaping);
  g_test_add_func ("/export/html/nu-checker", test_html_nu_checker);
  g_test_add_func ("/export/odt/escaping", test_odt_escaping);
  g_test_add_func ("/export/odt/save-errors", test_odt_save_errors);
  g_test_add_func ("/export/odt/spaces", test_odt_spaces);
  g_test_add_func ("/export/odt/libreoffice", test_odt_libreoffice);
  g_test_add_func ("/export/confidential-marker", test_confidential_marker);

  return g_test_run ();
}
