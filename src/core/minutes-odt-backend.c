/* minutes-odt-backend.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* memmem() */
#define _GNU_SOURCE

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <string.h>
#include <zip.h>

#include "minutes-odt-backend.h"
#include "minutes-xml-private.h"

/* An OpenDocument Text (ODF 1.3) package written with libzip: mimetype
 * (first, stored), content.xml, styles.xml, meta.xml and
 * META-INF/manifest.xml, every part built with libxml2's tree API.
 *
 * Every block gets a named paragraph style defined in styles.xml ("Key
 * Point", "Resolution", …), so a council restyles the whole document by
 * editing a style. Numbered blocks become real lists: the derived number
 * "3.12." is a list style with prefix "3." and suffix "." and an item
 * whose start value is 12, so the numbers stay those of the record even
 * across the narrative lines that interrupt a list. */

#define ODT_MIME_TYPE "application/vnd.oasis.opendocument.text"
#define ODF_VERSION   "1.3"

#define NS_OFFICE   "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_STYLE    "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_TEXT     "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_FO       "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define NS_SVG      "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
#define NS_XLINK    "http://www.w3.org/1999/xlink"
#define NS_DC       "http://purl.org/dc/elements/1.1/"
#define NS_META     "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
#define NS_MANIFEST "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

typedef struct
{
  xmlNs *office;
  xmlNs *style;
  xmlNs *text;
  xmlNs *fo;
  xmlNs *svg;
  xmlNs *xlink;
  xmlNs *dc;
  xmlNs *meta;
} Ns;

struct _MinutesOdtBackend
{
  MinutesBackend parent_instance;

  /* content.xml while rendering */
  xmlDoc     *content;
  Ns          ns;
  xmlNode    *automatic_styles;
  xmlNode    *body;
  xmlNode    *list;
  int         list_kind;
  char       *list_style;
  GHashTable *list_styles;   /* "prefix\nsuffix" → automatic list style name */
  GHashTable *language_styles; /* "style\nlanguage" → automatic paragraph style name */
  gboolean    in_item;

  /* what styles.xml and meta.xml need */
  MinutesDocumentKind kind;
  char       *title;
  char       *committee;
  char       *date;
  char       *date_text;
  char       *language;
  gboolean    confidential;
  char       *confidential_label;

  /* the finished parts, by name */
  GHashTable *parts;
};

G_DEFINE_QUARK (minutes-export-error-quark, minutes_export_error)

G_DEFINE_FINAL_TYPE (MinutesOdtBackend, minutes_odt_backend, MINUTES_TYPE_BACKEND)

/* A paragraph style of styles.xml. */
typedef struct
{
  const char *name;
  const char *display_name;
  const char *parent;
  const char *size;
  gboolean    bold;
  gboolean    italic;
  const char *margin_top;
  const char *margin_bottom;
  gboolean    keep_with_next;
  const char *align;
  const char *color;
  int         outline_level;
} ParagraphStyle;

static const ParagraphStyle paragraph_styles[] = {
  { "Text_20_body", "Text body", "Standard", NULL, FALSE, FALSE, "0cm", "0.25cm", FALSE, NULL, NULL, 0 },
  { "Title", "Title", "Standard", "16pt", TRUE, FALSE, "0cm", "0.3cm", TRUE, NULL, NULL, 0 },
  { "Heading", "Heading", "Standard", NULL, TRUE, FALSE, "0.4cm", "0.2cm", TRUE, NULL, NULL, 0 },
  { "Heading_20_1", "Heading 1", "Heading", "13pt", TRUE, FALSE, "0.6cm", "0.25cm", TRUE, NULL, NULL, 1 },
  { "Heading_20_2", "Heading 2", "Heading", "11pt", TRUE, FALSE, "0.35cm", "0.2cm", TRUE, NULL, NULL, 2 },
  { "Dateline", "Dateline", "Text_20_body", "12pt", FALSE, FALSE, NULL, "0.4cm", FALSE, NULL, NULL, 0 },
  { "Detail", "Detail", "Text_20_body", NULL, FALSE, FALSE, NULL, NULL, FALSE, NULL, NULL, 0 },
  { "Attendance", "Attendance", "Text_20_body", NULL, FALSE, FALSE, NULL, NULL, FALSE, NULL, NULL, 0 },
  { "Note", "Note", "Text_20_body", NULL, FALSE, FALSE, NULL, NULL, FALSE, NULL, NULL, 0 },
  { "Witness", "Witness", "Text_20_body", NULL, FALSE, FALSE, "0cm", "0cm", FALSE, NULL, NULL, 0 },
  { "Key_20_Point", "Key Point", "Text_20_body", NULL, FALSE, FALSE, NULL, NULL, FALSE, NULL, NULL, 0 },
  { "Narrative", "Narrative", "Text_20_body", NULL, FALSE, FALSE, NULL, NULL, FALSE, NULL, NULL, 0 },
  { "Procedural", "Procedural", "Text_20_body", NULL, FALSE, TRUE, NULL, NULL, FALSE, NULL, NULL, 0 },
  { "Action", "Action", "Text_20_body", NULL, FALSE, FALSE, "0cm", "0.1cm", FALSE, NULL, NULL, 0 },
  { "Resolution", "Resolution", "Text_20_body", NULL, FALSE, FALSE, NULL, NULL, FALSE, NULL, NULL, 0 },
  { "Resolution_20_Point", "Resolution Point", "Text_20_body", NULL, FALSE, FALSE, "0cm", "0.1cm", FALSE, NULL, NULL, 0 },
  { "Motion", "Motion", "Text_20_body", NULL, FALSE, FALSE, NULL, NULL, FALSE, NULL, NULL, 0 },
  { "Declaration", "Declaration", "Text_20_body", NULL, FALSE, FALSE, NULL, NULL, FALSE, NULL, NULL, 0 },
  { "Document", "Document", "Text_20_body", NULL, FALSE, FALSE, "0cm", "0cm", FALSE, NULL, NULL, 0 },
  { "Decision", "Decision", "Text_20_body", NULL, FALSE, FALSE, NULL, NULL, FALSE, NULL, NULL, 0 },
  { "Exempt", "Exempt", "Text_20_body", NULL, FALSE, TRUE, NULL, NULL, FALSE, NULL, NULL, 0 },
  { "Signature", "Signature", "Text_20_body", NULL, FALSE, FALSE, "0cm", "0cm", FALSE, NULL, NULL, 0 },
  { "Header", "Header", "Standard", NULL, TRUE, FALSE, NULL, NULL, FALSE, "center", "#a51d2d", 0 },
  { "Footer", "Footer", "Standard", "9pt", FALSE, FALSE, NULL, NULL, FALSE, NULL, NULL, 0 },
};

static const char *
paragraph_style_for (MinutesBlockKind kind)
{
  switch (kind)
    {
    case MINUTES_BLOCK_TITLE:            return "Title";
    case MINUTES_BLOCK_DATELINE:         return "Dateline";
    case MINUTES_BLOCK_DETAIL:           return "Detail";
    case MINUTES_BLOCK_ATTENDANCE:       return "Attendance";
    case MINUTES_BLOCK_NOTE:             return "Note";
    case MINUTES_BLOCK_ITEM_HEADING:     return "Heading_20_1";
    case MINUTES_BLOCK_HEADING:          return "Heading_20_2";
    case MINUTES_BLOCK_PARAGRAPH:        return "Text_20_body";
    case MINUTES_BLOCK_WITNESS:          return "Witness";
    case MINUTES_BLOCK_POINT:            return "Key_20_Point";
    case MINUTES_BLOCK_NARRATIVE:        return "Narrative";
    case MINUTES_BLOCK_PROCEDURAL:       return "Procedural";
    case MINUTES_BLOCK_ACTION:           return "Action";
    case MINUTES_BLOCK_RESOLUTION:       return "Resolution";
    case MINUTES_BLOCK_RESOLUTION_POINT: return "Resolution_20_Point";
    case MINUTES_BLOCK_MOTION:           return "Motion";
    case MINUTES_BLOCK_DECLARATION:      return "Declaration";
    case MINUTES_BLOCK_ATTACHMENT:       return "Document";
    case MINUTES_BLOCK_DECISION:         return "Decision";
    case MINUTES_BLOCK_EXEMPT:           return "Exempt";
    case MINUTES_BLOCK_SIGNATURE:        return "Signature";
    default:                             return "Text_20_body";
    }
}

static void
declare_namespaces (xmlNode *root,
                    Ns      *ns)
{
  ns->office = xmlNewNs (root, BAD_CAST NS_OFFICE, BAD_CAST "office");
  ns->style = xmlNewNs (root, BAD_CAST NS_STYLE, BAD_CAST "style");
  ns->text = xmlNewNs (root, BAD_CAST NS_TEXT, BAD_CAST "text");
  ns->fo = xmlNewNs (root, BAD_CAST NS_FO, BAD_CAST "fo");
  ns->svg = xmlNewNs (root, BAD_CAST NS_SVG, BAD_CAST "svg");
  ns->xlink = xmlNewNs (root, BAD_CAST NS_XLINK, BAD_CAST "xlink");
  ns->dc = xmlNewNs (root, BAD_CAST NS_DC, BAD_CAST "dc");
  ns->meta = xmlNewNs (root, BAD_CAST NS_META, BAD_CAST "meta");
  xmlSetNs (root, ns->office);
}

static xmlDoc *
new_part (const char *root_name,
          Ns         *ns)
{
  xmlDoc *doc = xmlNewDoc (BAD_CAST "1.0");
  xmlNode *root = xmlNewDocNode (doc, NULL, BAD_CAST root_name, NULL);

  xmlDocSetRootElement (doc, root);
  declare_namespaces (root, ns);
  xmlNewNsProp (root, ns->office, BAD_CAST "version", BAD_CAST ODF_VERSION);

  return doc;
}

static xmlNode *
add_element (xmlNode    *parent,
             xmlNs      *ns,
             const char *name)
{
  return xmlAddChild (parent, xmlNewDocNode (parent->doc, ns, BAD_CAST name, NULL));
}

static void
set_attribute (xmlNode    *node,
               xmlNs      *ns,
               const char *name,
               const char *value)
{
  g_autofree char *safe = minutes_dup_markup_safe_text (value);

  xmlNewNsProp (node, ns, BAD_CAST name, BAD_CAST safe);
}

static void
flush_text (xmlNode *parent,
            GString *pending)
{
  if (pending->len > 0)
    xmlAddChild (parent, xmlNewDocText (parent->doc, BAD_CAST pending->str));
  g_string_truncate (pending, 0);
}

/* ODF collapses white space in text, so tabs, line breaks and runs of
 * spaces are written as <text:tab/>, <text:line-break/> and <text:s/>. */
static void
add_text (xmlNode    *parent,
          const Ns   *ns,
          const char *text)
{
  g_autofree char *safe = minutes_dup_markup_safe_text (text);
  g_autoptr(GString) pending = g_string_new (NULL);
  const char *p = safe;

  while (*p != '\0')
    {
      if (*p == '\t')
        {
          flush_text (parent, pending);
          add_element (parent, ns->text, "tab");
          p++;
        }
      else if (*p == '\n' || *p == '\r')
        {
          flush_text (parent, pending);
          add_element (parent, ns->text, "line-break");
          p += (p[0] == '\r' && p[1] == '\n') ? 2 : 1;
        }
      else if (*p == ' ' && (p[1] == ' ' || (parent->children == NULL && pending->len == 0)))
        {
          guint n = 0;
          gboolean at_start = parent->children == NULL && pending->len == 0;

          while (p[n] == ' ')
            n++;
          p += n;

          if (!at_start)
            {
              g_string_append_c (pending, ' ');
              n--;
            }
          if (n > 0)
            {
              g_autofree char *count = g_strdup_printf ("%u", n);
              xmlNode *spaces;

              flush_text (parent, pending);
              spaces = add_element (parent, ns->text, "s");
              xmlNewNsProp (spaces, ns->text, BAD_CAST "c", BAD_CAST count);
            }
        }
      else
        {
          /* Words and the single spaces between them, up to the next tab,
           * line break or run of spaces, in one piece */
          gsize run = strcspn (p, "\t\n\r");
          const char *spaces = memmem (p + 1, run - 1, "  ", 2);

          if (spaces != NULL)
            run = spaces - p;
          g_string_append_len (pending, p, run);
          p += run;
        }
    }

  flush_text (parent, pending);
}

/* Metadata holds plain strings, without ODF's text elements. */
static void
add_plain_text (xmlNode    *parent,
                const char *text)
{
  g_autofree char *safe = minutes_dup_markup_safe_text (text);

  xmlAddChild (parent, xmlNewDocText (parent->doc, BAD_CAST safe));
}

static void
add_spans (MinutesOdtBackend  *self,
           xmlNode            *parent,
           const MinutesBlock *block)
{
  for (guint i = 0; block->spans != NULL && i < block->spans->len; i++)
    {
      const MinutesSpan *span = g_ptr_array_index (block->spans, i);
      g_autofree char *href = NULL;

      if (span->kind == MINUTES_SPAN_LINK && (href = minutes_dup_safe_link (span->value)) != NULL)
        {
          xmlNode *link = add_element (parent, self->ns.text, "a");

          xmlNewNsProp (link, self->ns.xlink, BAD_CAST "type", BAD_CAST "simple");
          set_attribute (link, self->ns.xlink, "href", href);
          add_text (link, &self->ns, span->text);
        }
      else
        {
          if (span->kind == MINUTES_SPAN_DATE && block->kind == MINUTES_BLOCK_DATELINE &&
              self->date_text == NULL)
            self->date_text = minutes_dup_markup_safe_text (span->text);
          add_text (parent, &self->ns, span->text);
        }
    }
}

/* Splits "3.12." into "3.", 12 and ".": the list style shows the prefix
 * and suffix around the item's start value. */
static gboolean
split_number (const char  *number,
              char       **prefix,
              guint       *value,
              char       **suffix)
{
  const char *end = number + strlen (number);
  const char *digits_end = end;
  const char *digits_start;
  guint64 parsed;

  while (digits_end > number && !g_ascii_isdigit (digits_end[-1]))
    digits_end--;
  digits_start = digits_end;
  while (digits_start > number && g_ascii_isdigit (digits_start[-1]))
    digits_start--;
  if (digits_start == digits_end || digits_end - digits_start > 6)
    return FALSE;

  parsed = g_ascii_strtoull (digits_start, NULL, 10);
  if (parsed == 0)
    return FALSE;

  *prefix = g_strndup (number, digits_start - number);
  *value = (guint) parsed;
  *suffix = g_strdup (digits_end);

  return TRUE;
}

static void
add_list_level_properties (MinutesOdtBackend *self,
                           xmlNode           *level)
{
  xmlNode *properties = add_element (level, self->ns.style, "list-level-properties");
  xmlNode *alignment;

  xmlNewNsProp (properties, self->ns.text, BAD_CAST "list-level-position-and-space-mode",
                BAD_CAST "label-alignment");
  alignment = add_element (properties, self->ns.style, "list-level-label-alignment");
  xmlNewNsProp (alignment, self->ns.text, BAD_CAST "label-followed-by", BAD_CAST "listtab");
  xmlNewNsProp (alignment, self->ns.text, BAD_CAST "list-tab-stop-position", BAD_CAST "1.4cm");
  xmlNewNsProp (alignment, self->ns.fo, BAD_CAST "text-indent", BAD_CAST "-1.4cm");
  xmlNewNsProp (alignment, self->ns.fo, BAD_CAST "margin-left", BAD_CAST "1.4cm");
}

/* The automatic list style that numbers items PREFIX<n>SUFFIX. */
static const char *
list_style_for (MinutesOdtBackend *self,
                const char        *prefix,
                const char        *suffix)
{
  g_autofree char *key = g_strconcat (prefix, "\n", suffix, NULL);
  const char *name = g_hash_table_lookup (self->list_styles, key);
  xmlNode *style;
  xmlNode *level;

  if (name != NULL)
    return name;

  name = g_strdup_printf ("L%u", g_hash_table_size (self->list_styles) + 1);
  g_hash_table_insert (self->list_styles, g_steal_pointer (&key), (char *) name);

  style = add_element (self->automatic_styles, self->ns.text, "list-style");
  xmlNewNsProp (style, self->ns.style, BAD_CAST "name", BAD_CAST name);
  level = add_element (style, self->ns.text, "list-level-style-number");
  xmlNewNsProp (level, self->ns.text, BAD_CAST "level", BAD_CAST "1");
  if (prefix[0] != '\0')
    set_attribute (level, self->ns.style, "num-prefix", prefix);
  if (suffix[0] != '\0')
    set_attribute (level, self->ns.style, "num-suffix", suffix);
  xmlNewNsProp (level, self->ns.style, BAD_CAST "num-format", BAD_CAST "1");
  add_list_level_properties (self, level);

  return name;
}

static void
close_list (MinutesOdtBackend *self)
{
  self->list = NULL;
  self->list_kind = -1;
  g_clear_pointer (&self->list_style, g_free);
}

/* The paragraph of a numbered block, inside its list item. Returns NULL
 * when the number has no digits to count: the caller prints it as text. */
static xmlNode *
open_list_paragraph (MinutesOdtBackend  *self,
                     const MinutesBlock *block,
                     gboolean           *number_shown)
{
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  g_autofree char *start = NULL;
  const char *style;
  xmlNode *item;
  guint value = 0;

  *number_shown = FALSE;
  if (block->number == NULL || !split_number (block->number, &prefix, &value, &suffix))
    {
      close_list (self);
      return NULL;
    }

  style = list_style_for (self, prefix, suffix);
  if (self->list == NULL || self->list_kind != (int) block->kind || g_strcmp0 (self->list_style, style) != 0)
    {
      close_list (self);
      self->list = add_element (self->body, self->ns.text, "list");
      xmlNewNsProp (self->list, self->ns.text, BAD_CAST "style-name", BAD_CAST style);
      self->list_kind = block->kind;
      self->list_style = g_strdup (style);
    }

  item = add_element (self->list, self->ns.text, "list-item");
  start = g_strdup_printf ("%u", value);
  xmlNewNsProp (item, self->ns.text, BAD_CAST "start-value", BAD_CAST start);
  *number_shown = TRUE;

  return add_element (item, self->ns.text, "p");
}

static void
minutes_odt_backend_begin_document (MinutesBackend            *backend,
                                    const MinutesDocumentInfo *info)
{
  MinutesOdtBackend *self = MINUTES_ODT_BACKEND (backend);
  xmlNode *body;

  g_clear_pointer (&self->content, xmlFreeDoc);
  g_hash_table_remove_all (self->list_styles);
  g_hash_table_remove_all (self->language_styles);
  g_hash_table_remove_all (self->parts);
  self->in_item = FALSE;
  close_list (self);

  self->kind = info->kind;
  g_free (self->title);
  self->title = minutes_dup_markup_safe_text (info->title);
  g_free (self->committee);
  self->committee = minutes_dup_markup_safe_text (info->committee);
  g_free (self->date);
  self->date = g_strdup (info->date);
  g_clear_pointer (&self->date_text, g_free);
  g_free (self->language);
  self->language = g_strdup (info->language != NULL ? info->language : "en");
  self->confidential = info->confidential;
  g_free (self->confidential_label);
  self->confidential_label = minutes_dup_markup_safe_text (info->confidential_label);

  self->content = new_part ("document-content", &self->ns);
  self->automatic_styles = add_element (xmlDocGetRootElement (self->content), self->ns.office,
                                        "automatic-styles");
  body = add_element (xmlDocGetRootElement (self->content), self->ns.office, "body");
  self->body = add_element (body, self->ns.office, "text");

  /* The private version says so in the header of every page (styles.xml). */
}

static void
minutes_odt_backend_begin_section (MinutesBackend     *backend,
                                   MinutesSectionKind  kind,
                                   GObject            *source)
{
  close_list (MINUTES_ODT_BACKEND (backend));
  if (kind == MINUTES_SECTION_ITEM)
    MINUTES_ODT_BACKEND (backend)->in_item = TRUE;
}

static void
minutes_odt_backend_end_section (MinutesBackend     *backend,
                                 MinutesSectionKind  kind)
{
  close_list (MINUTES_ODT_BACKEND (backend));
  if (kind == MINUTES_SECTION_ITEM)
    MINUTES_ODT_BACKEND (backend)->in_item = FALSE;
}

static void set_language (xmlNode    *text_properties,
                          const Ns   *ns,
                          const char *tag);

/* The paragraph style @style in another language than the document's: an
 * automatic style that only changes fo:language and fo:country, so that
 * LibreOffice checks the spelling of each paragraph in its own language. */
static const char *
language_style (MinutesOdtBackend *self,
                const char        *style,
                const char        *language)
{
  g_autofree char *key = g_strconcat (style, "\n", language, NULL);
  const char *name = g_hash_table_lookup (self->language_styles, key);
  xmlNode *node;
  xmlNode *properties;

  if (name != NULL)
    return name;

  name = g_strdup_printf ("Lang%u_%s", g_hash_table_size (self->language_styles) + 1, style);
  node = add_element (self->automatic_styles, self->ns.style, "style");
  xmlNewNsProp (node, self->ns.style, BAD_CAST "name", BAD_CAST name);
  xmlNewNsProp (node, self->ns.style, BAD_CAST "family", BAD_CAST "paragraph");
  xmlNewNsProp (node, self->ns.style, BAD_CAST "parent-style-name", BAD_CAST style);
  properties = add_element (node, self->ns.style, "text-properties");
  set_language (properties, &self->ns, language);
  g_hash_table_insert (self->language_styles, g_steal_pointer (&key), (char *) name);

  return name;
}

static void
minutes_odt_backend_add_block (MinutesBackend     *backend,
                               const MinutesBlock *block)
{
  MinutesOdtBackend *self = MINUTES_ODT_BACKEND (backend);
  gboolean number_shown = FALSE;
  xmlNode *p = NULL;
  const char *style = paragraph_style_for (block->kind);
  const char *language = minutes_backend_get_language (backend);
  gboolean top_heading = block->kind == MINUTES_BLOCK_ITEM_HEADING ||
                         (block->kind == MINUTES_BLOCK_HEADING && !self->in_item);

  g_return_if_fail (self->content != NULL);

  /* Outline levels never skip: a heading outside an item (the
   * declarations when no item holds them) is at the items' level. */
  if (block->kind == MINUTES_BLOCK_HEADING && top_heading)
    style = "Heading_20_1";
  if (language != NULL && g_ascii_strcasecmp (language, self->language) != 0)
    style = language_style (self, style, language);

  if (minutes_block_kind_is_numbered (block->kind))
    p = open_list_paragraph (self, block, &number_shown);
  else
    close_list (self);

  if (p == NULL)
    {
      if (block->kind == MINUTES_BLOCK_ITEM_HEADING || block->kind == MINUTES_BLOCK_HEADING)
        {
          p = add_element (self->body, self->ns.text, "h");
          xmlNewNsProp (p, self->ns.text, BAD_CAST "outline-level",
                        BAD_CAST (top_heading ? "1" : "2"));
        }
      else
        p = add_element (self->body, self->ns.text, "p");
    }
  xmlNewNsProp (p, self->ns.text, BAD_CAST "style-name", BAD_CAST style);

  if (block->label != NULL)
    {
      xmlNode *label = add_element (p, self->ns.text, "span");

      xmlNewNsProp (label, self->ns.text, BAD_CAST "style-name", BAD_CAST "Label");
      add_text (label, &self->ns, block->label);
      if (block->spans != NULL && block->spans->len > 0)
        add_text (p, &self->ns, " ");
    }
  if (block->number != NULL && !number_shown)
    {
      add_text (p, &self->ns, block->number);
      add_element (p, self->ns.text, "tab");
    }

  add_spans (self, p, block);
}

static GBytes *
serialize (xmlDoc *doc)
{
  xmlChar *xml = NULL;
  int size = 0;
  GBytes *bytes;

  xmlDocDumpMemoryEnc (doc, &xml, &size, "UTF-8");
  g_assert (xml != NULL);
  bytes = g_bytes_new (xml, size);
  xmlFree (xml);

  return bytes;
}

static void
add_paragraph_style (xmlNode              *styles,
                     const Ns             *ns,
                     const ParagraphStyle *def)
{
  xmlNode *style = add_element (styles, ns->style, "style");
  xmlNode *paragraph;
  xmlNode *text;

  xmlNewNsProp (style, ns->style, BAD_CAST "name", BAD_CAST def->name);
  xmlNewNsProp (style, ns->style, BAD_CAST "display-name", BAD_CAST def->display_name);
  xmlNewNsProp (style, ns->style, BAD_CAST "family", BAD_CAST "paragraph");
  xmlNewNsProp (style, ns->style, BAD_CAST "parent-style-name", BAD_CAST def->parent);
  if (def->outline_level > 0)
    {
      g_autofree char *level = g_strdup_printf ("%d", def->outline_level);

      xmlNewNsProp (style, ns->style, BAD_CAST "next-style-name", BAD_CAST "Text_20_body");
      xmlNewNsProp (style, ns->style, BAD_CAST "default-outline-level", BAD_CAST level);
    }

  paragraph = add_element (style, ns->style, "paragraph-properties");
  if (def->margin_top != NULL)
    xmlNewNsProp (paragraph, ns->fo, BAD_CAST "margin-top", BAD_CAST def->margin_top);
  if (def->margin_bottom != NULL)
    xmlNewNsProp (paragraph, ns->fo, BAD_CAST "margin-bottom", BAD_CAST def->margin_bottom);
  if (def->keep_with_next)
    xmlNewNsProp (paragraph, ns->fo, BAD_CAST "keep-with-next", BAD_CAST "always");
  if (def->align != NULL)
    xmlNewNsProp (paragraph, ns->fo, BAD_CAST "text-align", BAD_CAST def->align);
  if (g_str_equal (def->name, "Footer"))
    {
      xmlNode *stops = add_element (paragraph, ns->style, "tab-stops");
      xmlNode *stop = add_element (stops, ns->style, "tab-stop");

      xmlNewNsProp (stop, ns->style, BAD_CAST "position", BAD_CAST "17cm");
      xmlNewNsProp (stop, ns->style, BAD_CAST "type", BAD_CAST "right");
    }
  else if (def->outline_level == 1)
    {
      /* Item titles start where the text of numbered points does. */
      xmlNode *stops = add_element (paragraph, ns->style, "tab-stops");
      xmlNode *stop = add_element (stops, ns->style, "tab-stop");

      xmlNewNsProp (stop, ns->style, BAD_CAST "position", BAD_CAST "1.4cm");
    }

  text = add_element (style, ns->style, "text-properties");
  if (def->size != NULL)
    xmlNewNsProp (text, ns->fo, BAD_CAST "font-size", BAD_CAST def->size);
  if (def->bold)
    xmlNewNsProp (text, ns->fo, BAD_CAST "font-weight", BAD_CAST "bold");
  if (def->italic)
    xmlNewNsProp (text, ns->fo, BAD_CAST "font-style", BAD_CAST "italic");
  if (def->color != NULL)
    xmlNewNsProp (text, ns->fo, BAD_CAST "color", BAD_CAST def->color);
}

/* fo:language and fo:country from a BCP 47 tag such as "en-GB". */
static void
set_language (xmlNode    *text_properties,
              const Ns   *ns,
              const char *tag)
{
  g_auto(GStrv) parts = g_strsplit (tag, "-", -1);
  gsize length = strlen (parts[0]);

  if (length < 2 || length > 3)
    return;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isalpha (parts[0][i]))
        return;
    }
  xmlNewNsProp (text_properties, ns->fo, BAD_CAST "language", BAD_CAST parts[0]);

  if (parts[1] != NULL && strlen (parts[1]) == 2 &&
      g_ascii_isalpha (parts[1][0]) && g_ascii_isalpha (parts[1][1]))
    xmlNewNsProp (text_properties, ns->fo, BAD_CAST "country", BAD_CAST parts[1]);
}

static GBytes *
build_styles (MinutesOdtBackend *self)
{
  Ns ns;
  g_autoptr(xmlDoc) doc = new_part ("document-styles", &ns);
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *fonts = add_element (root, ns.office, "font-face-decls");
  xmlNode *styles;
  xmlNode *automatic;
  xmlNode *masters;
  xmlNode *node;
  xmlNode *properties;
  xmlNode *layout;
  xmlNode *master;
  xmlNode *p;

  node = add_element (fonts, ns.style, "font-face");
  xmlNewNsProp (node, ns.style, BAD_CAST "name", BAD_CAST "Liberation Sans");
  xmlNewNsProp (node, ns.svg, BAD_CAST "font-family", BAD_CAST "'Liberation Sans'");
  xmlNewNsProp (node, ns.style, BAD_CAST "font-family-generic", BAD_CAST "swiss");
  xmlNewNsProp (node, ns.style, BAD_CAST "font-pitch", BAD_CAST "variable");

  styles = add_element (root, ns.office, "styles");

  node = add_element (styles, ns.style, "default-style");
  xmlNewNsProp (node, ns.style, BAD_CAST "family", BAD_CAST "paragraph");
  properties = add_element (node, ns.style, "paragraph-properties");
  xmlNewNsProp (properties, ns.fo, BAD_CAST "line-height", BAD_CAST "115%");
  properties = add_element (node, ns.style, "text-properties");
  xmlNewNsProp (properties, ns.style, BAD_CAST "font-name", BAD_CAST "Liberation Sans");
  xmlNewNsProp (properties, ns.fo, BAD_CAST "font-size", BAD_CAST "11pt");
  set_language (properties, &ns, self->language);

  node = add_element (styles, ns.style, "style");
  xmlNewNsProp (node, ns.style, BAD_CAST "name", BAD_CAST "Standard");
  xmlNewNsProp (node, ns.style, BAD_CAST "family", BAD_CAST "paragraph");
  xmlNewNsProp (node, ns.style, BAD_CAST "class", BAD_CAST "text");

  for (guint i = 0; i < G_N_ELEMENTS (paragraph_styles); i++)
    add_paragraph_style (styles, &ns, &paragraph_styles[i]);

  node = add_element (styles, ns.style, "style");
  xmlNewNsProp (node, ns.style, BAD_CAST "name", BAD_CAST "Label");
  xmlNewNsProp (node, ns.style, BAD_CAST "family", BAD_CAST "text");
  properties = add_element (node, ns.style, "text-properties");
  xmlNewNsProp (properties, ns.fo, BAD_CAST "font-weight", BAD_CAST "bold");

  /* A4 pages; the footer names the committee and date and numbers the
   * pages, and the private version says so at the top of every page. */
  automatic = add_element (root, ns.office, "automatic-styles");
  layout = add_element (automatic, ns.style, "page-layout");
  xmlNewNsProp (layout, ns.style, BAD_CAST "name", BAD_CAST "pm1");
  properties = add_element (layout, ns.style, "page-layout-properties");
  xmlNewNsProp (properties, ns.fo, BAD_CAST "page-width", BAD_CAST "21cm");
  xmlNewNsProp (properties, ns.fo, BAD_CAST "page-height", BAD_CAST "29.7cm");
  xmlNewNsProp (properties, ns.style, BAD_CAST "print-orientation", BAD_CAST "portrait");
  xmlNewNsProp (properties, ns.fo, BAD_CAST "margin-top", BAD_CAST "1.5cm");
  xmlNewNsProp (properties, ns.fo, BAD_CAST "margin-bottom", BAD_CAST "1.5cm");
  xmlNewNsProp (properties, ns.fo, BAD_CAST "margin-left", BAD_CAST "2cm");
  xmlNewNsProp (properties, ns.fo, BAD_CAST "margin-right", BAD_CAST "2cm");
  node = add_element (layout, ns.style, "header-style");
  properties = add_element (node, ns.style, "header-footer-properties");
  xmlNewNsProp (properties, ns.fo, BAD_CAST "min-height", BAD_CAST "0cm");
  xmlNewNsProp (properties, ns.fo, BAD_CAST "margin-bottom", BAD_CAST "0.5cm");
  node = add_element (layout, ns.style, "footer-style");
  properties = add_element (node, ns.style, "header-footer-properties");
  xmlNewNsProp (properties, ns.fo, BAD_CAST "min-height", BAD_CAST "0cm");
  xmlNewNsProp (properties, ns.fo, BAD_CAST "margin-top", BAD_CAST "0.5cm");

  masters = add_element (root, ns.office, "master-styles");
  master = add_element (masters, ns.style, "master-page");
  xmlNewNsProp (master, ns.style, BAD_CAST "name", BAD_CAST "Standard");
  xmlNewNsProp (master, ns.style, BAD_CAST "page-layout-name", BAD_CAST "pm1");
  if (self->confidential)
    {
      node = add_element (master, ns.style, "header");
      p = add_element (node, ns.text, "p");
      xmlNewNsProp (p, ns.text, BAD_CAST "style-name", BAD_CAST "Header");
      add_text (p, &ns, self->confidential_label);
    }
  node = add_element (master, ns.style, "footer");
  p = add_element (node, ns.text, "p");
  xmlNewNsProp (p, ns.text, BAD_CAST "style-name", BAD_CAST "Footer");
  add_text (p, &ns, self->committee);
  if (self->date_text != NULL)
    {
      add_text (p, &ns, ", ");
      add_text (p, &ns, self->date_text);
    }
  add_element (p, ns.text, "tab");
  node = add_element (p, ns.text, "page-number");
  xmlNewNsProp (node, ns.text, BAD_CAST "select-page", BAD_CAST "current");
  xmlAddChild (node, xmlNewDocText (doc, BAD_CAST "1"));

  return serialize (doc);
}

static char *
dup_now (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) now = NULL;

  /* Reproducible builds and tests can fix the time stamp. */
  if (epoch != NULL && g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT64, NULL, NULL))
    now = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));
  else
    now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static GBytes *
build_meta (MinutesOdtBackend *self)
{
  Ns ns;
  g_autoptr(xmlDoc) doc = new_part ("document-meta", &ns);
  xmlNode *meta = add_element (xmlDocGetRootElement (doc), ns.office, "meta");
  g_autofree char *now = dup_now ();
  xmlNode *node;

  node = add_element (meta, ns.meta, "generator");
  add_plain_text (node, "Minutes/" PACKAGE_VERSION);
  node = add_element (meta, ns.dc, "title");
  add_plain_text (node, self->title);
  if (self->committee[0] != '\0')
    {
      node = add_element (meta, ns.dc, "subject");
      add_plain_text (node, self->committee);
    }
  node = add_element (meta, ns.dc, "language");
  add_plain_text (node, self->language);
  node = add_element (meta, ns.meta, "creation-date");
  add_plain_text (node, now);
  node = add_element (meta, ns.dc, "date");
  add_plain_text (node, now);
  if (self->date != NULL)
    {
      node = add_element (meta, ns.meta, "user-defined");
      xmlNewNsProp (node, ns.meta, BAD_CAST "name", BAD_CAST "Meeting date");
      xmlNewNsProp (node, ns.meta, BAD_CAST "value-type", BAD_CAST "date");
      add_plain_text (node, self->date);
    }

  return serialize (doc);
}

static GBytes *
build_manifest (void)
{
  g_autoptr(xmlDoc) doc = xmlNewDoc (BAD_CAST "1.0");
  xmlNode *root = xmlNewDocNode (doc, NULL, BAD_CAST "manifest", NULL);
  const char *entries[][2] = {
    { "/", ODT_MIME_TYPE },
    { "content.xml", "text/xml" },
    { "styles.xml", "text/xml" },
    { "meta.xml", "text/xml" },
  };
  xmlNs *ns;

  xmlDocSetRootElement (doc, root);
  ns = xmlNewNs (root, BAD_CAST NS_MANIFEST, BAD_CAST "manifest");
  xmlSetNs (root, ns);
  xmlNewNsProp (root, ns, BAD_CAST "version", BAD_CAST ODF_VERSION);

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      xmlNode *entry = xmlAddChild (root, xmlNewDocNode (doc, ns, BAD_CAST "file-entry", NULL));

      xmlNewNsProp (entry, ns, BAD_CAST "full-path", BAD_CAST entries[i][0]);
      if (i == 0)
        xmlNewNsProp (entry, ns, BAD_CAST "version", BAD_CAST ODF_VERSION);
      xmlNewNsProp (entry, ns, BAD_CAST "media-type", BAD_CAST entries[i][1]);
    }

  return serialize (doc);
}

static void
minutes_odt_backend_end_document (MinutesBackend *backend)
{
  MinutesOdtBackend *self = MINUTES_ODT_BACKEND (backend);

  g_return_if_fail (self->content != NULL);

  close_list (self);

  g_hash_table_insert (self->parts, g_strdup ("mimetype"),
                       g_bytes_new_static (ODT_MIME_TYPE, strlen (ODT_MIME_TYPE)));
  g_hash_table_insert (self->parts, g_strdup ("content.xml"), serialize (self->content));
  g_hash_table_insert (self->parts, g_strdup ("styles.xml"), build_styles (self));
  g_hash_table_insert (self->parts, g_strdup ("meta.xml"), build_meta (self));
  g_hash_table_insert (self->parts, g_strdup ("META-INF/manifest.xml"), build_manifest ());

  g_clear_pointer (&self->content, xmlFreeDoc);
}

static void
minutes_odt_backend_finalize (GObject *object)
{
  MinutesOdtBackend *self = (MinutesOdtBackend *) object;

  g_clear_pointer (&self->content, xmlFreeDoc);
  g_clear_pointer (&self->list_style, g_free);
  g_hash_table_unref (self->list_styles);
  g_hash_table_unref (self->language_styles);
  g_hash_table_unref (self->parts);
  g_free (self->title);
  g_free (self->committee);
  g_free (self->date);
  g_free (self->date_text);
  g_free (self->language);
  g_free (self->confidential_label);

  G_OBJECT_CLASS (minutes_odt_backend_parent_class)->finalize (object);
}

static void
minutes_odt_backend_class_init (MinutesOdtBackendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MinutesBackendClass *backend_class = MINUTES_BACKEND_CLASS (klass);

  object_class->finalize = minutes_odt_backend_finalize;

  backend_class->begin_document = minutes_odt_backend_begin_document;
  backend_class->end_document = minutes_odt_backend_end_document;
  backend_class->begin_section = minutes_odt_backend_begin_section;
  backend_class->end_section = minutes_odt_backend_end_section;
  backend_class->add_block = minutes_odt_backend_add_block;
}

static void
minutes_odt_backend_init (MinutesOdtBackend *self)
{
  self->list_kind = -1;
  self->list_styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->language_styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
}

MinutesOdtBackend *
minutes_odt_backend_new (void)
{
  return g_object_new (MINUTES_TYPE_ODT_BACKEND, NULL);
}

/* One part of the rendered package ("content.xml", "META-INF/manifest.xml"
 * …), or NULL if there is no such part or nothing was rendered yet. */
GBytes *
minutes_odt_backend_dup_part (MinutesOdtBackend *self,
                              const char        *name)
{
  GBytes *part;

  g_return_val_if_fail (MINUTES_IS_ODT_BACKEND (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  part = g_hash_table_lookup (self->parts, name);

  return part != NULL ? g_bytes_ref (part) : NULL;
}

static gboolean
add_part (zip_t       *archive,
          GBytes      *bytes,
          const char  *name,
          gboolean     store,
          GError     **error)
{
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);
  zip_source_t *source = zip_source_buffer (archive, data, size, 0);
  zip_int64_t index;

  if (source == NULL)
    goto failed;

  index = zip_file_add (archive, name, source, ZIP_FL_ENC_UTF_8);
  if (index < 0)
    {
      zip_source_free (source);
      goto failed;
    }

  /* Deflate's fastest level: content.xml is a few per cent larger than at
   * the default level, and compressing it takes a third of the time */
  if (zip_set_file_compression (archive, index, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, store ? 0 : 1) < 0)
    goto failed;

  return TRUE;

failed:
  g_set_error (error, MINUTES_EXPORT_ERROR, MINUTES_EXPORT_ERROR_WRITE,
               "%s", zip_error_strerror (zip_get_error (archive)));
  return FALSE;
}

/* Writes the package to PATH, replacing it only once it is complete
 * (libzip writes a temporary file beside it and renames it). */
gboolean
minutes_odt_backend_save (MinutesOdtBackend  *self,
                          const char         *path,
                          GError            **error)
{
  const char *order[] = { "mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml" };
  g_autoptr(GError) local_error = NULL;
  zip_t *archive;
  int code = 0;

  g_return_val_if_fail (MINUTES_IS_ODT_BACKEND (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_hash_table_size (self->parts) == 0)
    {
      g_set_error (error, MINUTES_EXPORT_ERROR, MINUTES_EXPORT_ERROR_NOTHING_RENDERED,
                   _("%s: nothing was rendered to save"), path);
      return FALSE;
    }

  archive = zip_open (path, ZIP_CREATE | ZIP_TRUNCATE, &code);
  if (archive == NULL)
    {
      zip_error_t zip_error;

      zip_error_init_with_code (&zip_error, code);
      g_set_error (error, MINUTES_EXPORT_ERROR, MINUTES_EXPORT_ERROR_WRITE,
                   "%s: %s", path, zip_error_strerror (&zip_error));
      zip_error_fini (&zip_error);
      return FALSE;
    }

  /* The mimetype first and stored, so that tools recognise the package
   * from its first bytes. */
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      if (!add_part (archive, g_hash_table_lookup (self->parts, order[i]), order[i], i == 0, &local_error))
        {
          zip_discard (archive);
          g_set_error (error, MINUTES_EXPORT_ERROR, MINUTES_EXPORT_ERROR_WRITE,
                       "%s: %s", path, local_error->message);
          return FALSE;
        }
    }

  if (zip_close (archive) < 0)
    {
      g_set_error (error, MINUTES_EXPORT_ERROR, MINUTES_EXPORT_ERROR_WRITE,
                   "%s: %s", path, zip_error_strerror (zip_get_error (archive)));
      zip_discard (archive);
      return FALSE;
    }

  return TRUE;
}
