/* minutes-html-backend.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libxml/HTMLtree.h>
#include <stdio.h>
#include <string.h>

#include "minutes-html-backend.h"
#include "minutes-xml-private.h"

/* A standalone HTML5 document built with libxml2's tree API and written by
 * its HTML serializer, which escapes every text and attribute.
 *
 * Numbered blocks (key points, actions, recommendations) become ordered
 * lists. Their numbers are derived ("3.1.", "3.2.", carried on across
 * narrative lines), which an <ol> cannot count itself, so the list style
 * is off and each item starts with its number as text in a
 * <span class="number">: what readers, screen readers and copy-and-paste
 * see is the number of the legal record. */
struct _MinutesHtmlBackend
{
  MinutesBackend parent_instance;

  xmlDoc    *doc;
  xmlNode   *body;
  GPtrArray *parents;      /* of xmlNode: the open sections, innermost last */
  xmlNode   *list;         /* the open <ol>/<ul>, or NULL */
  int        list_kind;    /* the MinutesBlockKind in it, or -1 */
  gboolean   have_h1;
  gboolean   bilingual;    /* each top-level section says its language */
  gboolean   in_item;      /* headings in an item are h3, else h2 */
  guint      n_items;
};

G_DEFINE_FINAL_TYPE (MinutesHtmlBackend, minutes_html_backend, MINUTES_TYPE_BACKEND)

static const char stylesheet[] =
  "\n"
  "body { font-family: \"Noto Sans\", \"Cantarell\", Arial, sans-serif; line-height: 1.5;\n"
  "       color: #1a1a1a; background: #fff; max-width: 46em; margin: 2em auto; padding: 0 1.5em; }\n"
  "h1 { font-size: 1.6em; line-height: 1.25; margin: 0 0 0.4em; }\n"
  "h2 { font-size: 1.25em; margin: 1.8em 0 0.6em; }\n"
  "h3 { font-size: 1em; margin: 1.2em 0 0.4em; }\n"
  "p { margin: 0.6em 0; }\n"
  ".dateline { font-size: 1.1em; }\n"
  ".label { font-weight: bold; }\n"
  ".number { display: inline-block; min-width: 3em; text-indent: 0; font-variant-numeric: tabular-nums; }\n"
  "h2 .number { min-width: 2em; }\n"
  "ol.numbered, ul.lines { list-style: none; margin: 0.6em 0; padding: 0; }\n"
  "ol.numbered > li { margin: 0.6em 0; padding-left: 3em; text-indent: -3em; }\n"
  "ol.compact > li, ul.lines > li { margin: 0; }\n"
  ".exempt { font-style: italic; }\n"
  ".signature { margin: 0; }\n"
  ".closing { margin-top: 2.5em; }\n"
  ".confidential { border: 2px solid #a51d2d; color: #a51d2d; font-weight: bold;\n"
  "                letter-spacing: 0.1em; text-align: center; padding: 0.3em; margin: 0 0 1.5em; }\n"
  "a { color: #1c4f9c; }\n"
  "@media print {\n"
  "  @page { size: A4; margin: 2cm 2cm 2.5cm; }\n"
  "  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }\n"
  "  h2, h3 { break-after: avoid; page-break-after: avoid; }\n"
  "  p, li { orphans: 3; widows: 3; }\n"
  "  a { color: inherit; text-decoration: none; }\n"
  "  a[href^=\"http\"]::after { content: \" (\" attr(href) \")\"; font-size: 90%; }\n"

  "}\n";

static xmlNode *
add_element (xmlNode    *parent,
             const char *name,
             const char *class_name)
{
  xmlNode *node = xmlNewDocNode (parent->doc, NULL, BAD_CAST name, NULL);

  if (class_name != NULL)
    xmlNewProp (node, BAD_CAST "class", BAD_CAST class_name);

  return xmlAddChild (parent, node);
}

/* Text is added as a text node, so it is never parsed as markup. */
static void
add_text (xmlNode    *parent,
          const char *text)
{
  g_autofree char *safe = minutes_dup_markup_safe_text (text);

  if (safe[0] != '\0')
    xmlAddChild (parent, xmlNewDocText (parent->doc, BAD_CAST safe));
}

static void
set_attribute (xmlNode    *node,
               const char *name,
               const char *value)
{
  g_autofree char *safe = minutes_dup_markup_safe_text (value);

  xmlNewProp (node, BAD_CAST name, BAD_CAST safe);
}

static gboolean
is_date_value (const char *value)
{
  guint year, month, day;
  char end;

  if (value == NULL || strlen (value) != 10)
    return FALSE;
  if (sscanf (value, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3)
    return FALSE;

  return year >= 1 && g_date_valid_dmy (day, month, year);
}

static gboolean
is_time_value (const char *value)
{
  guint hour, minute;
  char end;

  if (value == NULL || strlen (value) != 5)
    return FALSE;
  if (sscanf (value, "%2u:%2u%c", &hour, &minute, &end) != 2)
    return FALSE;

  return hour < 24 && minute < 60;
}

static void
add_spans (xmlNode           *parent,
           const MinutesBlock *block)
{
  for (guint i = 0; block->spans != NULL && i < block->spans->len; i++)
    {
      const MinutesSpan *span = g_ptr_array_index (block->spans, i);
      g_autofree char *href = NULL;
      xmlNode *node;

      switch (span->kind)
        {
        case MINUTES_SPAN_DATE:
        case MINUTES_SPAN_TIME:
          if (span->kind == MINUTES_SPAN_DATE ? is_date_value (span->value)
                                              : is_time_value (span->value))
            {
              node = add_element (parent, "time", NULL);
              set_attribute (node, "datetime", span->value);
              add_text (node, span->text);
            }
          else
            add_text (parent, span->text);
          break;

        case MINUTES_SPAN_LINK:
          href = minutes_dup_safe_link (span->value);
          if (href != NULL)
            {
              node = add_element (parent, "a", NULL);
              set_attribute (node, "href", href);
              add_text (node, span->text);
            }
          else
            add_text (parent, span->text);
          break;

        case MINUTES_SPAN_TEXT:
        default:
          add_text (parent, span->text);
          break;
        }
    }
}

static xmlNode *
current_parent (MinutesHtmlBackend *self)
{
  if (self->parents->len == 0)
    return self->body;

  return g_ptr_array_index (self->parents, self->parents->len - 1);
}

static void
close_list (MinutesHtmlBackend *self)
{
  self->list = NULL;
  self->list_kind = -1;
}

/* TEXT as the inside of a CSS string: letters, digits and spaces as they
 * are, every other character as a six-digit hexadecimal escape, so that
 * nothing in it can end the string or the <style> element. */
static char *
dup_css_string (const char *text)
{
  g_autofree char *safe = minutes_dup_markup_safe_text (text);
  GString *css = g_string_new (NULL);

  for (const char *p = safe; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 && (g_ascii_isalnum (c) || c == ' '))
        g_string_append_c (css, (char) c);
      else
        g_string_append_printf (css, "\\%06X", c);
    }

  return g_string_free (css, FALSE);
}

static void
minutes_html_backend_begin_document (MinutesBackend            *backend,
                                     const MinutesDocumentInfo *info)
{
  MinutesHtmlBackend *self = MINUTES_HTML_BACKEND (backend);
  const char *kind_classes[] = { "minutes", "agenda", "decisions" };
  xmlNode *html;
  xmlNode *head;
  xmlNode *node;
  g_autofree char *body_class = NULL;

  g_clear_pointer (&self->doc, xmlFreeDoc);
  g_ptr_array_set_size (self->parents, 0);
  close_list (self);
  self->have_h1 = FALSE;
  self->bilingual = info->languages != NULL;
  self->in_item = FALSE;
  self->n_items = 0;

  self->doc = htmlNewDocNoDtD (NULL, NULL);
  xmlCreateIntSubset (self->doc, BAD_CAST "html", NULL, NULL);

  html = xmlNewDocNode (self->doc, NULL, BAD_CAST "html", NULL);
  xmlDocSetRootElement (self->doc, html);
  set_attribute (html, "lang", info->language != NULL ? info->language : "en");

  head = add_element (html, "head", NULL);
  node = add_element (head, "meta", NULL);
  xmlNewProp (node, BAD_CAST "charset", BAD_CAST "utf-8");
  node = add_element (head, "meta", NULL);
  xmlNewProp (node, BAD_CAST "name", BAD_CAST "viewport");
  xmlNewProp (node, BAD_CAST "content", BAD_CAST "width=device-width, initial-scale=1");
  node = add_element (head, "meta", NULL);
  xmlNewProp (node, BAD_CAST "name", BAD_CAST "generator");
  xmlNewProp (node, BAD_CAST "content", BAD_CAST "Minutes " PACKAGE_VERSION);
  node = add_element (head, "title", NULL);
  add_text (node, info->title);
  if (node->children == NULL)
    add_text (node, info->committee != NULL && info->committee[0] != '\0' ? info->committee : "Minutes");
  node = add_element (head, "style", NULL);
  xmlAddChild (node, xmlNewDocText (self->doc, BAD_CAST stylesheet));
  if (info->confidential)
    {
      g_autofree char *label = dup_css_string (info->confidential_label);
      g_autofree char *rule = NULL;

      /* Printed, the private version says so at the top of every page
       * (page margin boxes; the banner above the title stays for
       * browsers without them). */
      rule = g_strdup_printf ("@media print {\n"
                              "  @page { @top-center { content: \"%s\"; color: #a51d2d; font-weight: bold; } }\n"
                              "}\n", label);
      xmlAddChild (node, xmlNewDocText (self->doc, BAD_CAST rule));
    }

  body_class = g_strdup (info->kind <= MINUTES_DOCUMENT_KIND_DECISIONS ? kind_classes[info->kind] : "minutes");
  self->body = add_element (html, "body", body_class);

  if (info->confidential)
    {
      node = add_element (self->body, "p", "confidential");
      add_text (node, info->confidential_label);
    }
}

static void
minutes_html_backend_begin_section (MinutesBackend     *backend,
                                    MinutesSectionKind  kind,
                                    GObject            *source)
{
  MinutesHtmlBackend *self = MINUTES_HTML_BACKEND (backend);
  const char *element = "div";
  const char *class_name = NULL;
  xmlNode *node;

  g_return_if_fail (self->doc != NULL);

  close_list (self);

  switch (kind)
    {
    case MINUTES_SECTION_HEADER:
      element = "header";
      class_name = "document-header";
      break;

    case MINUTES_SECTION_ATTENDANCE:
      class_name = "attendance";
      break;

    case MINUTES_SECTION_MEMBERSHIP:
      class_name = "membership";
      break;

    case MINUTES_SECTION_ITEM:
      element = "section";
      class_name = "item";
      break;

    case MINUTES_SECTION_WITNESSES:
      class_name = "witnesses";
      break;

    case MINUTES_SECTION_DISCUSSION:
      class_name = "discussion";
      break;

    case MINUTES_SECTION_ACTIONS:
      class_name = "actions";
      break;

    case MINUTES_SECTION_MOTIONS:
      class_name = "motions";
      break;

    case MINUTES_SECTION_RESOLUTIONS:
      class_name = "resolutions";
      break;

    case MINUTES_SECTION_DECLARATIONS:
      class_name = "declarations";
      break;

    case MINUTES_SECTION_ATTACHMENTS:
      class_name = "documents";
      break;

    case MINUTES_SECTION_CLOSING:
      class_name = "closing";
      break;

    default:
      break;
    }

  node = add_element (current_parent (self), element, class_name);
  if (self->bilingual && self->parents->len == 0 &&
      minutes_backend_get_language (backend) != NULL)
    set_attribute (node, "lang", minutes_backend_get_language (backend));
  if (kind == MINUTES_SECTION_ITEM)
    self->in_item = TRUE;

  g_ptr_array_add (self->parents, node);
}

static void
minutes_html_backend_end_section (MinutesBackend     *backend,
                                  MinutesSectionKind  kind)
{
  MinutesHtmlBackend *self = MINUTES_HTML_BACKEND (backend);

  g_return_if_fail (self->parents->len > 0);

  close_list (self);
  g_ptr_array_set_size (self->parents, self->parents->len - 1);
  if (kind == MINUTES_SECTION_ITEM)
    self->in_item = FALSE;
}

/* The class of a block's element, named after its kind. */
static const char *
block_class (MinutesBlockKind kind)
{
  switch (kind)
    {
    case MINUTES_BLOCK_TITLE:            return "title";
    case MINUTES_BLOCK_DATELINE:         return "dateline";
    case MINUTES_BLOCK_DETAIL:           return "detail";
    case MINUTES_BLOCK_ATTENDANCE:       return "attendance";
    case MINUTES_BLOCK_NOTE:             return "note";
    case MINUTES_BLOCK_ITEM_HEADING:     return "item-heading";
    case MINUTES_BLOCK_HEADING:          return "heading";
    case MINUTES_BLOCK_PARAGRAPH:        return "paragraph";
    case MINUTES_BLOCK_WITNESS:          return "witness";
    case MINUTES_BLOCK_POINT:            return "point";
    case MINUTES_BLOCK_NARRATIVE:        return "narrative";
    case MINUTES_BLOCK_PROCEDURAL:       return "procedural";
    case MINUTES_BLOCK_ACTION:           return "action";
    case MINUTES_BLOCK_RESOLUTION:       return "resolution";
    case MINUTES_BLOCK_RESOLUTION_POINT: return "resolution-point";
    case MINUTES_BLOCK_MOTION:           return "motion";
    case MINUTES_BLOCK_DECLARATION:      return "declaration";
    case MINUTES_BLOCK_ATTACHMENT:       return "document";
    case MINUTES_BLOCK_DECISION:         return "decision";
    case MINUTES_BLOCK_EXEMPT:           return "exempt";
    case MINUTES_BLOCK_SIGNATURE:        return "signature";
    default:                             return NULL;
    }
}

static gboolean
is_line_kind (MinutesBlockKind kind)
{
  return kind == MINUTES_BLOCK_WITNESS || kind == MINUTES_BLOCK_ATTACHMENT;
}

static xmlNode *
open_list_item (MinutesHtmlBackend *self,
                const MinutesBlock *block)
{
  if (self->list == NULL || self->list_kind != (int) block->kind)
    {
      gboolean numbered = minutes_block_kind_is_numbered (block->kind);
      g_autofree char *list_class = NULL;

      list_class = g_strdup_printf ("%s %s%s",
                                    numbered ? "numbered" : "lines",
                                    block_class (block->kind),
                                    minutes_block_kind_is_compact (block->kind) ? " compact" : "");
      self->list = add_element (current_parent (self), numbered ? "ol" : "ul", list_class);
      self->list_kind = block->kind;
    }

  return add_element (self->list, "li", NULL);
}

static void
minutes_html_backend_add_block (MinutesBackend     *backend,
                                const MinutesBlock *block)
{
  MinutesHtmlBackend *self = MINUTES_HTML_BACKEND (backend);
  const char *class_name = block_class (block->kind);
  xmlNode *node;

  g_return_if_fail (self->doc != NULL);

  if (minutes_block_kind_is_numbered (block->kind) || is_line_kind (block->kind))
    {
      node = open_list_item (self, block);
    }
  else
    {
      xmlNode *parent;

      close_list (self);
      parent = current_parent (self);

      if (block->kind == MINUTES_BLOCK_TITLE && !self->have_h1)
        {
          node = add_element (parent, "h1", NULL);
          self->have_h1 = TRUE;
        }
      else if (block->kind == MINUTES_BLOCK_ITEM_HEADING)
        {
          g_autofree char *id = g_strdup_printf ("item-%u", ++self->n_items);

          node = add_element (parent, "h2", NULL);
          xmlNewProp (node, BAD_CAST "id", BAD_CAST id);
        }
      /* Headings never skip a level: one outside an item (the
       * declarations when no item holds them) is at the items' level. */
      else if (block->kind == MINUTES_BLOCK_HEADING)
        node = add_element (parent, self->in_item ? "h3" : "h2", NULL);
      else
        node = add_element (parent, "p", class_name);
    }

  if (block->label != NULL)
    {
      xmlNode *label = add_element (node, "span", "label");

      add_text (label, block->label);
      if (block->spans != NULL && block->spans->len > 0)
        add_text (node, " ");
    }
  if (block->number != NULL)
    {
      xmlNode *number = add_element (node, "span", "number");

      /* The space inside the span, so that the text after it lines up
       * with the hanging indent. */
      add_text (number, block->number);
      add_text (number, " ");
    }

  add_spans (node, block);
}

static void
minutes_html_backend_end_document (MinutesBackend *backend)
{
  MinutesHtmlBackend *self = MINUTES_HTML_BACKEND (backend);

  close_list (self);
  g_ptr_array_set_size (self->parents, 0);
}

static void
minutes_html_backend_finalize (GObject *object)
{
  MinutesHtmlBackend *self = (MinutesHtmlBackend *) object;

  g_clear_pointer (&self->doc, xmlFreeDoc);
  g_ptr_array_unref (self->parents);

  G_OBJECT_CLASS (minutes_html_backend_parent_class)->finalize (object);
}

static void
minutes_html_backend_class_init (MinutesHtmlBackendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MinutesBackendClass *backend_class = MINUTES_BACKEND_CLASS (klass);

  object_class->finalize = minutes_html_backend_finalize;

  backend_class->begin_document = minutes_html_backend_begin_document;
  backend_class->end_document = minutes_html_backend_end_document;
  backend_class->begin_section = minutes_html_backend_begin_section;
  backend_class->end_section = minutes_html_backend_end_section;
  backend_class->add_block = minutes_html_backend_add_block;
}

static void
minutes_html_backend_init (MinutesHtmlBackend *self)
{
  self->parents = g_ptr_array_new ();
  self->list_kind = -1;
}

MinutesHtmlBackend *
minutes_html_backend_new (void)
{
  return g_object_new (MINUTES_TYPE_HTML_BACKEND, NULL);
}

/* The rendered document as UTF-8 HTML, or NULL before any rendering. */
char *
minutes_html_backend_dup_html (MinutesHtmlBackend *self)
{
  xmlOutputBuffer *buffer;
  GString *html;

  g_return_val_if_fail (MINUTES_IS_HTML_BACKEND (self), NULL);

  if (self->doc == NULL)
    return NULL;

  /* No encoder: the serializer writes UTF-8 as is, and adds no
   * http-equiv meta beside our <meta charset>. */
  buffer = xmlAllocOutputBuffer (NULL);
  htmlDocContentDumpFormatOutput (buffer, self->doc, NULL, 1);
  xmlOutputBufferFlush (buffer);

  html = g_string_new_len ((const char *) xmlOutputBufferGetContent (buffer),
                           xmlOutputBufferGetSize (buffer));
  xmlOutputBufferClose (buffer);

  return g_string_free (html, FALSE);
}
