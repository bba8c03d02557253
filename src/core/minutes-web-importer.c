/* minutes-web-importer.c: the committee web site's meeting page → the model
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <stdio.h>
#include <string.h>

#include "minutes-import-private.h"
#include "minutes-xml-private.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathContext, xmlXPathFreeContext)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathObject, xmlXPathFreeObject)

/* The "Agenda, decisions and minutes" page of the committee management
 * system most UK councils use, saved as HTML or copied from a browser as
 * text. Both are read into the same description of the page, and that
 * into the model; the minutes of each item go through the text
 * importer's reading of an item. Nothing is ever fetched: links are kept
 * as URLs. */

typedef struct
{
  char      *number;
  char      *title;
  GPtrArray *documents;     /* MinutesAttachment */
  char      *publication_note;
  char      *agenda_text;
  char      *decision;
  GPtrArray *minutes;       /* paragraphs */
  gboolean   truncated;
} PageItem;

typedef struct
{
  char      *committee;
  char      *when;
  char      *venue;
  char      *contact;
  char      *phone;
  char      *email;
  GPtrArray *items;         /* PageItem */
} Page;

static void
page_item_free (gpointer data)
{
  PageItem *item = data;

  g_free (item->number);
  g_free (item->title);
  g_ptr_array_unref (item->documents);
  g_free (item->publication_note);
  g_free (item->agenda_text);
  g_free (item->decision);
  g_ptr_array_unref (item->minutes);
  g_free (item);
}

static PageItem *
page_item_new (void)
{
  PageItem *item = g_new0 (PageItem, 1);

  item->documents = g_ptr_array_new_with_free_func (g_object_unref);
  item->minutes = g_ptr_array_new_with_free_func (g_free);

  return item;
}

static void
page_clear (Page *page)
{
  g_clear_pointer (&page->committee, g_free);
  g_clear_pointer (&page->when, g_free);
  g_clear_pointer (&page->venue, g_free);
  g_clear_pointer (&page->contact, g_free);
  g_clear_pointer (&page->phone, g_free);
  g_clear_pointer (&page->email, g_free);
  g_clear_pointer (&page->items, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Page, page_clear)

/* Text helpers */

static char *
fold_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
empty_to_null (char *text)
{
  if (text != NULL && text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

gboolean
_minutes_import_parse_file_size (const char  *text,
                                 char       **file_type,
                                 gint64      *size)
{
  g_autoptr(GRegex) regex = g_regex_new ("^\\s*([A-Za-z]{2,5})\\s+([0-9]+(?:\\.[0-9]+)?)\\s*(KB|MB|kB|Kb|B)\\s*$",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *number = NULL;
  g_autofree char *unit = NULL;
  double value;

  if (!g_regex_match (regex, text, 0, &info))
    return FALSE;

  number = g_match_info_fetch (info, 2);
  unit = g_match_info_fetch (info, 3);
  value = g_ascii_strtod (number, NULL);
  if (g_ascii_strcasecmp (unit, "MB") == 0)
    value *= 1024 * 1024;
  else if (g_ascii_strcasecmp (unit, "KB") == 0)
    value *= 1024;

  *file_type = g_match_info_fetch (info, 1);
  *size = (gint64) value;

  return TRUE;
}

gboolean
_minutes_import_strip_truncation (char *text)
{
  g_autoptr(GRegex) regex = g_regex_new ("\\s*(?:\\.\\.\\.|…)?\\s*view the full minutes text for item [^ ]+\\.?\\s*$",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) info = NULL;
  int start;

  if (!g_regex_match (regex, text, 0, &info))
    return FALSE;

  g_match_info_fetch_pos (info, 0, &start, NULL);
  text[start] = '\0';

  return TRUE;
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* Breaks the run-on minutes text of a copied page ("Witnesses James Lee,
 * … Key points from discussion The witnesses introduced … 3.1. …") into
 * the lines the text importer reads. */
static GPtrArray *
split_minutes_run (const char *text)
{
  static const char * const patterns[] = {
    "(?:^|(?<=\\s))\\d{1,3}\\.\\d{1,3}\\.\\s",
    "(?<=\\s)RESOLVED\\b",
    "(?<=\\s)ACTIONS\\b",
    "(?<=\\s)· ",
    "^·\\s",
  };
  static const char * const enclosed[] = {
    "^Witnesses\\b",
    "Key points from discussion",
    "The meeting adjourned (?:from|at) \\d{1,2}[.:]\\d{2}\\s*[ap]\\.?m\\.?(?: to \\d{1,2}[.:]\\d{2}\\s*[ap]\\.?m\\.?)?\\.",
    "The [^.:]{0,80}?(?:introduced the report|put questions to the witnesses)\\. Key points raised included:",
  };
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (int));
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  int len = strlen (text);
  int previous = 0;

  for (guint i = 0; i < G_N_ELEMENTS (patterns) + G_N_ELEMENTS (enclosed); i++)
    {
      gboolean both = i >= G_N_ELEMENTS (patterns);
      const char *pattern = both ? enclosed[i - G_N_ELEMENTS (patterns)] : patterns[i];
      g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
      g_autoptr(GMatchInfo) info = NULL;

      g_assert (regex != NULL);
      g_regex_match (regex, text, 0, &info);
      while (g_match_info_matches (info))
        {
          int start, end;

          g_match_info_fetch_pos (info, 0, &start, &end);
          g_array_append_val (cuts, start);
          if (both)
            g_array_append_val (cuts, end);
          g_match_info_next (info, NULL);
        }
    }

  g_array_append_val (cuts, len);
  g_array_sort (cuts, compare_ints);

  for (guint i = 0; i < cuts->len; i++)
    {
      int cut = g_array_index (cuts, int, i);
      g_autofree char *part = NULL;
      const char *line;

      if (cut <= previous)
        continue;

      part = g_strstrip (g_strndup (text + previous, cut - previous));
      previous = cut;
      line = part;
      if (g_str_has_prefix (line, "·"))
        line = g_strchug ((char *) line + strlen ("·"));
      if (line[0] != '\0')
        g_ptr_array_add (lines, g_strdup (line));
    }

  return lines;
}

/* The page → the model */

static MinutesStanding
standing_of (const char *title)
{
  g_autofree char *lower = g_utf8_strdown (title, -1);

  if (g_str_has_prefix (lower, "minutes"))
    return MINUTES_STANDING_PREVIOUS_MINUTES;
  if (g_str_has_prefix (lower, "apologies"))
    return MINUTES_STANDING_APOLOGIES;
  if (g_str_has_prefix (lower, "declaration") || g_str_has_prefix (lower, "disclosure"))
    return MINUTES_STANDING_DECLARATIONS;
  if (g_str_has_prefix (lower, "matters arising"))
    return MINUTES_STANDING_MATTERS_ARISING;
  if (g_str_has_prefix (lower, "urgent"))
    return MINUTES_STANDING_URGENT_BUSINESS;
  if (strstr (lower, "public question") != NULL)
    return MINUTES_STANDING_PUBLIC_QUESTIONS;
  if (g_str_has_prefix (lower, "petitions"))
    return MINUTES_STANDING_PETITIONS;
  if (strstr (lower, "work programme") != NULL)
    return MINUTES_STANDING_WORK_PROGRAMME;
  if (g_str_has_prefix (lower, "exclusion of"))
    return MINUTES_STANDING_EXCLUSION;

  return MINUTES_STANDING_NONE;
}

static void
set_when (MinutesMeeting *meeting,
          const char     *when)
{
  g_autoptr(GRegex) date_regex = g_regex_new ("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+),?\\s+(\\d{4})\\b", 0, 0, NULL);
  g_autoptr(GRegex) time_regex = g_regex_new ("\\b(\\d{1,2})[.:](\\d{2})\\s*([ap])\\.?m\\b", G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GMatchInfo) info = NULL;
  static const char * const months[] = { "january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december" };

  if (g_regex_match (date_regex, when, 0, &info))
    {
      g_autofree char *d = g_match_info_fetch (info, 1);
      g_autofree char *m = g_match_info_fetch (info, 2);
      g_autofree char *y = g_match_info_fetch (info, 3);
      g_autofree char *lower = g_utf8_strdown (m, -1);

      for (guint i = 0; i < G_N_ELEMENTS (months); i++)
        {
          if (g_str_equal (lower, months[i]) && g_date_valid_dmy (atoi (d), i + 1, atoi (y)))
            {
              g_autoptr(GDate) date = g_date_new_dmy (atoi (d), i + 1, atoi (y));

              minutes_meeting_set_date (meeting, date);
            }
        }
    }
  g_clear_pointer (&info, g_match_info_free);

  if (g_regex_match (time_regex, when, 0, &info))
    {
      g_autofree char *h = g_match_info_fetch (info, 1);
      g_autofree char *m = g_match_info_fetch (info, 2);
      g_autofree char *ampm = g_match_info_fetch (info, 3);
      int hour = atoi (h) % 12 + (g_ascii_tolower (ampm[0]) == 'p' ? 12 : 0);

      if (atoi (m) < 60)
        minutes_meeting_set_scheduled_start (meeting, hour * 60 + atoi (m));
    }
}

/* "Benjamin Awkal Scrutiny Manager", "Alice Aubrey": the name is the
 * first two words. */
static void
set_contact (MinutesMeeting *meeting,
             const char     *contact)
{
  g_auto(GStrv) words = g_strsplit (contact, " ", 3);

  if (g_strv_length (words) < 3)
    {
      minutes_meeting_set_contact_name (meeting, contact);
      return;
    }

  {
    g_autofree char *name = g_strconcat (words[0], " ", words[1], NULL);

    minutes_meeting_set_contact_name (meeting, name);
    minutes_meeting_set_contact_role (meeting, words[2]);
  }
}

static MinutesMeeting *
meeting_from_page (Page                *page,
                   MinutesTemplate     *template,
                   MinutesImportReport *report)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  MinutesTextReader *reader;

  minutes_meeting_set_committee (meeting, page->committee != NULL ? page->committee : "");
  minutes_meeting_set_template_id (meeting, minutes_template_get_id (template));
  minutes_meeting_set_language (meeting, minutes_template_get_language (template));
  minutes_meeting_set_venue (meeting, page->venue);
  minutes_meeting_set_contact_email (meeting, page->email);
  minutes_meeting_set_contact_phone (meeting, page->phone);
  if (page->contact != NULL)
    set_contact (meeting, page->contact);
  if (page->when != NULL)
    set_when (meeting, page->when);

  reader = _minutes_text_reader_new (meeting, template, report);

  for (guint i = 0; i < page->items->len; i++)
    {
      PageItem *source = g_ptr_array_index (page->items, i);
      g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
      g_autofree char *id = g_strdup_printf ("item-%u", i + 1);

      minutes_agenda_item_set_id (item, id);
      minutes_agenda_item_set_title (item, source->title != NULL ? source->title : "");
      minutes_agenda_item_set_standing (item, standing_of (source->title != NULL ? source->title : ""));
      minutes_agenda_item_set_publication_note (item, source->publication_note);
      minutes_agenda_item_set_agenda_text (item, source->agenda_text);
      minutes_agenda_item_set_decision (item, source->decision);
      minutes_agenda_item_set_minutes_truncated (item, source->truncated);
      for (guint d = 0; d < source->documents->len; d++)
        minutes_agenda_item_append_attachment (item, g_ptr_array_index (source->documents, d));
      minutes_meeting_append_item (meeting, item);

      if (source->number != NULL)
        {
          g_autofree char *derived = minutes_agenda_item_dup_number (item);

          if (g_strcmp0 (derived, source->number) != 0)
            minutes_agenda_item_set_number_label (item, source->number);
        }

      _minutes_text_reader_begin_item (reader, item);
      for (guint p = 0; p < source->minutes->len; p++)
        {
          g_autoptr(GPtrArray) lines = split_minutes_run (g_ptr_array_index (source->minutes, p));

          for (guint l = 0; l < lines->len; l++)
            _minutes_text_reader_read_line (reader, g_ptr_array_index (lines, l));
        }

      /* Minutes cut short (or missing) before their resolution: the
       * decision says what was resolved. */
      if (source->decision != NULL &&
          g_list_model_get_n_items (minutes_agenda_item_get_resolutions (item)) == 0)
        {
          g_auto(GStrv) paragraphs = g_strsplit (source->decision, "\n", -1);

          if (g_regex_match_simple ("^(RESOLVED|Resolved|AGREED|Agreed|NOTED|Noted)\\b", source->decision, 0, 0))
            {
              _minutes_text_reader_begin_item (reader, item);
              for (guint p = 0; paragraphs[p] != NULL; p++)
                {
                  g_autoptr(GPtrArray) lines = split_minutes_run (paragraphs[p]);

                  for (guint l = 0; l < lines->len; l++)
                    _minutes_text_reader_read_line (reader, g_ptr_array_index (lines, l));
                }
            }
          else
            {
              g_autoptr(MinutesResolution) resolution = minutes_resolution_new ();

              minutes_resolution_set_kind (resolution, MINUTES_RESOLUTION_OTHER);
              minutes_resolution_set_text (resolution, source->decision);
              minutes_agenda_item_append_resolution (item, resolution);
            }
        }
    }

  _minutes_text_reader_finish (reader);

  return g_steal_pointer (&meeting);
}

/* The page as copied from a browser (seed 000) */

static MinutesAttachment *
attachment_new (const char *title,
                const char *file_type,
                gint64      size,
                const char *url,
                gboolean    additional)
{
  MinutesAttachment *attachment = minutes_attachment_new ();

  minutes_attachment_set_title (attachment, title);
  minutes_attachment_set_file_type (attachment, file_type);
  minutes_attachment_set_size (attachment, size);
  minutes_attachment_set_url (attachment, url);
  minutes_attachment_set_additional (attachment, additional);

  return attachment;
}

/* "Title PDF 294 KB To follow on … Additional documents: Decision: …
 * Minutes: …" */
static PageItem *
parse_row (const char *row)
{
  g_autoptr(GRegex) size_regex = g_regex_new ("\\s([A-Z]{2,5} \\d+(?:\\.\\d+)? [KM]B)(?=\\s|$)", 0, 0, NULL);
  g_autoptr(GMatchInfo) info = NULL;
  PageItem *item = page_item_new ();
  g_autofree char *text = fold_spaces (row);
  char *decision = strstr (text, "Decision:");
  char *minutes = strstr (text, "Minutes:");
  char *additional = strstr (text, "Additional documents:");
  char *head_end;
  g_autofree char *head = NULL;

  if (minutes != NULL)
    {
      g_autofree char *body = g_strstrip (g_strdup (minutes + strlen ("Minutes:")));

      item->truncated = _minutes_import_strip_truncation (body);
      g_strstrip (body);
      if (body[0] != '\0')
        g_ptr_array_add (item->minutes, g_steal_pointer (&body));
      *minutes = '\0';
    }
  if (decision != NULL)
    {
      item->decision = empty_to_null (g_strstrip (g_strdup (decision + strlen ("Decision:"))));
      *decision = '\0';
    }

  head_end = additional != NULL ? additional : text + strlen (text);
  head = g_strstrip (g_strndup (text, head_end - text));

  if (g_regex_match (size_regex, head, 0, &info))
    {
      int start, end;
      g_autofree char *size_text = g_match_info_fetch (info, 1);
      g_autofree char *file_type = NULL;
      gint64 size = 0;

      g_match_info_fetch_pos (info, 0, &start, &end);
      item->title = g_strstrip (g_strndup (head, start));
      _minutes_import_parse_file_size (size_text, &file_type, &size);
      g_ptr_array_add (item->documents, attachment_new (item->title, file_type, size, NULL, FALSE));
      item->publication_note = empty_to_null (g_strstrip (g_strdup (head + end)));
    }
  else
    {
      item->title = g_steal_pointer (&head);
    }

  /* "Additional documents: Annex 1 PDF 10 KB Annex 2 PDF 20 KB" */
  if (additional != NULL)
    {
      const char *rest = additional + strlen ("Additional documents:");

      g_clear_pointer (&info, g_match_info_free);
      while (g_regex_match (size_regex, rest, 0, &info))
        {
          int start, end;
          g_autofree char *size_text = g_match_info_fetch (info, 1);
          g_autofree char *title = NULL;
          g_autofree char *file_type = NULL;
          gint64 size = 0;

          g_match_info_fetch_pos (info, 0, &start, &end);
          title = g_strstrip (g_strndup (rest, start));
          _minutes_import_parse_file_size (size_text, &file_type, &size);
          if (title[0] != '\0')
            g_ptr_array_add (item->documents, attachment_new (title, file_type, size, NULL, TRUE));
          rest += end;
          g_clear_pointer (&info, g_match_info_free);
        }
    }

  return item;
}

MinutesMeeting *
_minutes_import_web_page_text (const char           *text,
                               const char           *display_name,
                               MinutesTemplate      *template,
                               MinutesImportReport  *report,
                               GError              **error)
{
  g_auto(Page) page = { 0 };
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) row = g_string_new (NULL);
  gboolean in_table = FALSE;

  page.items = g_ptr_array_new_with_free_func (page_item_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      gsize len = strlen (line);

      if (line[0] != '\0')
        report->n_lines++;

      if (!in_table)
        {
          if (g_str_has_prefix (line, "Venue:") && page.venue == NULL)
            page.venue = empty_to_null (g_strstrip (g_strdup (line + strlen ("Venue:"))));
          else if (g_str_has_prefix (line, "Contact:") && page.contact == NULL)
            page.contact = empty_to_null (g_strstrip (g_strdup (line + strlen ("Contact:"))));
          else if (g_str_has_prefix (line, "No.") && strchr (line, '|') != NULL)
            in_table = TRUE;
          else if (line[0] != '\0' && page.committee == NULL)
            page.committee = g_strdup (line);
          else if (line[0] != '\0')
            {
              /* Unknown lines above the table: kept as the first item's
               * agenda text would misplace them, so they count. */
              _minutes_import_report_unplaced (report, line);
              if (page.when == NULL)
                page.when = g_strdup (line);
            }
          continue;
        }

      if (g_str_has_prefix (line, "---"))
        continue;

      /* A row ends with " |"; a lone "|" is the empty cell between rows. */
      if (g_str_equal (line, "|") || line[0] == '\0')
        continue;

      if (row->len > 0)
        g_string_append_c (row, ' ');
      if (len > 0 && line[len - 1] == '|')
        {
          line[len - 1] = '\0';
          g_string_append (row, line);
          g_ptr_array_add (page.items, parse_row (row->str));
          g_string_truncate (row, 0);
        }
      else
        g_string_append (row, line);
    }

  if (row->len > 0)
    g_ptr_array_add (page.items, parse_row (row->str));

  if (page.items->len == 0)
    {
      g_set_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_NOT_MINUTES,
                   _("%s has the “No. | Item” table of a meeting page but no items in it"), display_name);
      return NULL;
    }

  return meeting_from_page (&page, template, report);
}

/* The page saved as HTML */

static char *
node_text (xmlNode *node)
{
  g_autoptr(xmlChar) content = xmlNodeGetContent (node);

  return fold_spaces (content != NULL ? (const char *) content : "");
}

static gboolean
has_class (xmlNode    *node,
           const char *name)
{
  g_autoptr(xmlChar) value = NULL;
  g_auto(GStrv) classes = NULL;

  if (node->type != XML_ELEMENT_NODE)
    return FALSE;

  value = xmlGetProp (node, (const xmlChar *) "class");
  if (value == NULL)
    return FALSE;

  classes = g_strsplit_set ((const char *) value, " \t", -1);

  return g_strv_contains ((const char * const *) classes, name);
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && xmlStrcasecmp (node->name, (const xmlChar *) name) == 0;
}

static xmlNode *
find_descendant (xmlNode    *node,
                 const char *element,
                 const char *class_name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlNode *found;

      if ((element == NULL || is_element (child, element)) &&
          (class_name == NULL || has_class (child, class_name)))
        return child;

      found = find_descendant (child, element, class_name);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The text of a link without the file size span inside it */
static char *
link_title (xmlNode *link)
{
  GString *out = g_string_new (NULL);
  g_autofree char *folded = NULL;

  for (xmlNode *child = link->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;

      if (has_class (child, "mgFileSize") || has_class (child, "mgHide") || is_element (child, "img"))
        continue;
      text = node_text (child);
      if (child->type == XML_TEXT_NODE)
        {
          g_autoptr(xmlChar) content = xmlNodeGetContent (child);

          g_string_append (out, (const char *) content);
          continue;
        }
      g_string_append_c (out, ' ');
      g_string_append (out, text);
    }

  folded = fold_spaces (out->str);
  g_string_free (out, TRUE);

  return g_steal_pointer (&folded);
}

static MinutesAttachment *
attachment_from_link (xmlNode  *link,
                      gboolean  additional)
{
  g_autofree char *title = link_title (link);
  g_autoptr(xmlChar) href = xmlGetProp (link, (const xmlChar *) "href");
  xmlNode *size_node = find_descendant (link, NULL, "mgFileSize");
  g_autofree char *size_text = size_node != NULL ? node_text (size_node) : NULL;
  g_autofree char *file_type = NULL;
  gint64 size = 0;

  if (size_text != NULL && !_minutes_import_parse_file_size (size_text, &file_type, &size))
    size = 0;

  return attachment_new (title, file_type, size, (const char *) href, additional);
}

/* The paragraphs of Word HTML: every p, li and heading with text */
static void
collect_paragraphs (xmlNode   *node,
                    GPtrArray *paragraphs)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;

      /* Numbered lists keep their numbers: "1. That …" */
      if (is_element (child, "ol"))
        {
          guint n = 0;

          for (xmlNode *li = child->children; li != NULL; li = li->next)
            {
              g_autofree char *text = NULL;

              if (!is_element (li, "li"))
                continue;
              text = node_text (li);
              if (text[0] != '\0')
                g_ptr_array_add (paragraphs, g_strdup_printf ("%u. %s", ++n, text));
            }
          continue;
        }

      if (is_element (child, "p") || is_element (child, "li") ||
          (child->name[0] == 'h' && g_ascii_isdigit (child->name[1])))
        {
          g_autofree char *text = node_text (child);

          if (text[0] != '\0')
            g_ptr_array_add (paragraphs, g_steal_pointer (&text));
          continue;
        }

      collect_paragraphs (child, paragraphs);
    }
}

static char *
join_paragraphs (xmlNode *node)
{
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);

  collect_paragraphs (node, paragraphs);
  if (paragraphs->len == 0)
    return empty_to_null (node_text (node));

  g_ptr_array_add (paragraphs, NULL);
  return g_strjoinv ("\n", (char **) paragraphs->pdata);
}

typedef enum
{
  PART_AGENDA,
  PART_ADDITIONAL,
  PART_DECISION,
  PART_MINUTES,
  PART_OTHER,
} Part;

static void
read_item_cell (PageItem *item,
                xmlNode  *cell)
{
  Part part = PART_AGENDA;

  for (xmlNode *child = cell->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (has_class (child, "mgAiTitleTxt"))
        {
          xmlNode *link = find_descendant (child, "a", "mgAiTitleLnk");

          if (link != NULL)
            {
              MinutesAttachment *attachment = attachment_from_link (link, FALSE);

              g_free (item->title);
              item->title = g_strdup (minutes_attachment_get_title (attachment));
              g_ptr_array_add (item->documents, attachment);
            }
          else
            {
              g_free (item->title);
              item->title = node_text (child);
            }
          continue;
        }

      if (has_class (child, "mgSubItemTitleTxt"))
        {
          g_autofree char *label = node_text (child);

          if (g_str_has_prefix (label, "Additional documents"))
            part = PART_ADDITIONAL;
          else if (g_str_has_prefix (label, "Decision"))
            part = PART_DECISION;
          else if (g_str_has_prefix (label, "Minutes"))
            part = PART_MINUTES;
          else
            part = PART_OTHER;
          continue;
        }

      if (has_class (child, "mgWordPara"))
        {
          switch (part)
            {
            case PART_AGENDA:
              g_free (item->agenda_text);
              item->agenda_text = join_paragraphs (child);
              break;

            case PART_DECISION:
              g_free (item->decision);
              item->decision = join_paragraphs (child);
              break;

            case PART_MINUTES:
            case PART_OTHER:
            case PART_ADDITIONAL:
            default:
              collect_paragraphs (child, item->minutes);
              break;
            }
          continue;
        }

      if (part == PART_ADDITIONAL && (is_element (child, "ul") || is_element (child, "ol")))
        {
          for (xmlNode *li = child->children; li != NULL; li = li->next)
            {
              xmlNode *link = is_element (li, "li") ? find_descendant (li, "a", NULL) : NULL;

              if (link != NULL)
                g_ptr_array_add (item->documents, attachment_from_link (link, TRUE));
            }
          continue;
        }

      /* Publication notes ("To follow …") sit as plain paragraphs under the
       * title, before the decision and minutes. */
      if (part == PART_AGENDA && is_element (child, "p"))
        {
          g_autofree char *text = node_text (child);

          if (text[0] != '\0')
            {
              g_free (item->publication_note);
              item->publication_note = g_steal_pointer (&text);
            }
        }
    }

  /* "… view the full minutes text for item 59." */
  if (item->minutes->len > 0)
    {
      char *last = g_ptr_array_index (item->minutes, item->minutes->len - 1);

      item->truncated = _minutes_import_strip_truncation (last);
      g_strstrip (last);
      if (last[0] == '\0')
        g_ptr_array_remove_index (item->minutes, item->minutes->len - 1);
    }
}

static xmlXPathObject *
xpath (xmlXPathContext *context,
       const char      *expression)
{
  return xmlXPathEvalExpression ((const xmlChar *) expression, context);
}

static guint
n_nodes (xmlXPathObject *result)
{
  return result != NULL && result->nodesetval != NULL ? (guint) result->nodesetval->nodeNr : 0;
}

static void
read_label (Page    *page,
            xmlNode *label)
{
  g_autofree char *name = node_text (label);
  GString *value = g_string_new (NULL);
  g_autofree char *folded = NULL;

  for (xmlNode *sibling = label->next; sibling != NULL; sibling = sibling->next)
    {
      g_autoptr(xmlChar) content = NULL;

      if (is_element (sibling, "a"))
        {
          g_autoptr(xmlChar) href = xmlGetProp (sibling, (const xmlChar *) "href");

          if (href != NULL && g_str_has_prefix ((const char *) href, "mailto:"))
            {
              g_free (page->email);
              page->email = g_strdup ((const char *) href + strlen ("mailto:"));
            }
          break;
        }
      content = xmlNodeGetContent (sibling);
      g_string_append (value, (const char *) content);
    }

  folded = fold_spaces (value->str);
  g_string_free (value, TRUE);

  if (g_str_has_prefix (name, "Venue"))
    {
      gsize len = strlen (folded);

      if (len > 0 && folded[len - 1] == '.')
        folded[len - 1] = '\0';
      g_free (page->venue);
      page->venue = empty_to_null (g_steal_pointer (&folded));
    }
  else if (g_str_has_prefix (name, "Contact"))
    {
      char *tel = strstr (folded, "Tel:");
      char *email = strstr (folded, "Email:");

      if (tel != NULL)
        {
          g_autofree char *phone = g_strdup (tel + strlen ("Tel:"));
          char *slash = strchr (phone, '/');

          if (slash != NULL)
            *slash = '\0';
          g_free (page->phone);
          page->phone = empty_to_null (g_strdup (g_strstrip (phone)));
          *tel = '\0';
        }
      else if (email != NULL)
        *email = '\0';
      g_free (page->contact);
      page->contact = empty_to_null (g_strdup (g_strstrip (folded)));
    }
}

MinutesMeeting *
minutes_import_web_page (GBytes               *bytes,
                         const char           *display_name,
                         MinutesTemplate      *template,
                         MinutesImportReport  *report,
                         GError              **error)
{
  g_autofree char *text = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(xmlXPathContext) context = NULL;
  g_autoptr(xmlXPathObject) title = NULL;
  g_autoptr(xmlXPathObject) labels = NULL;
  g_autoptr(xmlXPathObject) rows = NULL;
  g_auto(Page) page = { 0 };
  MinutesImportReport local_report = { 0 };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (template), NULL);

  if (report == NULL)
    report = &local_report;
  _minutes_import_report_reset (report);

  text = minutes_import_decode_text (bytes, display_name, error);
  if (text == NULL)
    return NULL;

  /* Never fetch anything the page refers to. */
  doc = htmlReadMemory (text, strlen (text), NULL, "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      g_set_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_NOT_MINUTES,
                   _("%s cannot be read as HTML"), display_name);
      return NULL;
    }

  context = xmlXPathNewContext (doc);
  rows = xpath (context, "//table[@id='mgItemTable']//tr[td[contains(concat(' ', @class, ' '), ' mgItemNumberCell ')]]");
  title = xpath (context, "//*[contains(concat(' ', @class, ' '), ' mgSubTitleTxt ')]");
  labels = xpath (context, "//span[contains(concat(' ', @class, ' '), ' mgLabel ')]");

  if (n_nodes (rows) == 0 && n_nodes (title) == 0)
    {
      g_set_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_NOT_MINUTES,
                   _("%s is not a meeting page of the committee web site (it has no meeting title "
                     "and no table of items); save the “Agenda, decisions and minutes” page"),
                   display_name);
      return NULL;
    }

  page.items = g_ptr_array_new_with_free_func (page_item_free);

  /* "Kingston … Neighbourhood Committee - Thursday 15 January 2026 7:30 pm" */
  if (n_nodes (title) > 0)
    {
      g_autofree char *heading = node_text (title->nodesetval->nodeTab[0]);
      char *dash = g_strrstr (heading, " - ");

      if (dash != NULL)
        {
          page.when = g_strdup (dash + 3);
          *dash = '\0';
        }
      page.committee = g_strdup (heading);
    }

  for (guint i = 0; i < n_nodes (labels); i++)
    read_label (&page, labels->nodesetval->nodeTab[i]);

  for (guint i = 0; i < n_nodes (rows); i++)
    {
      xmlNode *row = rows->nodesetval->nodeTab[i];
      PageItem *item = page_item_new ();
      gboolean first = TRUE;

      for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
        {
          if (!is_element (cell, "td"))
            continue;

          if (has_class (cell, "mgItemNumberCell"))
            {
              g_autofree char *number = node_text (cell);
              gsize len = strlen (number);

              if (len > 0 && number[len - 1] == '.')
                number[len - 1] = '\0';
              g_free (item->number);
              item->number = empty_to_null (g_steal_pointer (&number));
              continue;
            }

          if (first)
            read_item_cell (item, cell);
          first = FALSE;
        }

      report->n_lines += 1 + item->minutes->len;
      g_ptr_array_add (page.items, item);
    }

  return meeting_from_page (&page, template, report);
}

/* The web service's GetMeeting response */

static xmlNode *
child_element (xmlNode    *node,
               const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE && xmlStrcasecmp (child->name, (const xmlChar *) name) == 0)
        return child;
    }

  return NULL;
}

static char *
child_text (xmlNode    *node,
            const char *name)
{
  xmlNode *child = child_element (node, name);

  if (child == NULL)
    return NULL;

  return empty_to_null (node_text (child));
}

static char *
attribute (xmlNode    *node,
           const char *name)
{
  g_autoptr(xmlChar) value = xmlGetProp (node, (const xmlChar *) name);

  if (value == NULL)
    return NULL;

  return empty_to_null (fold_spaces ((const char *) value));
}

/* agendatext and minutesnonemptyhtmlbody hold Word HTML as text: its
 * paragraphs and list items, in order. */
static GPtrArray *
html_paragraphs (const char *html)
{
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root;

  if (html == NULL || html[0] == '\0')
    return paragraphs;

  doc = htmlReadMemory (html, strlen (html), NULL, "UTF-8",
                        HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    return paragraphs;

  collect_paragraphs (root, paragraphs);
  if (paragraphs->len == 0)
    {
      char *text = empty_to_null (node_text (root));

      if (text != NULL)
        g_ptr_array_add (paragraphs, text);
    }

  return paragraphs;
}

static void
read_attendee (MinutesTextReader *reader,
               xmlNode           *node)
{
  g_autofree char *name = attribute (node, "name");
  g_autofree char *role = attribute (node, "roledescription");
  g_autofree char *attendance = attribute (node, "attendance");
  g_autofree char *lower = attendance != NULL ? g_utf8_strdown (attendance, -1) : g_strdup ("expected");
  g_autofree char *role_lower = role != NULL ? g_utf8_strdown (role, -1) : NULL;
  MinutesPerson *person;
  gboolean member = TRUE;

  if (name == NULL)
    return;

  person = _minutes_text_reader_add_person (reader, name);

  /* Expected, Present, Present virtual, Present as substitute, In
   * attendance, In attendance virtual, Absent, Apologies */
  if (g_str_has_prefix (lower, "in attendance"))
    member = FALSE;

  if (g_str_has_prefix (lower, "apolog"))
    minutes_person_set_attendance (person, MINUTES_ATTENDANCE_APOLOGIES);
  else if (g_str_has_prefix (lower, "absent"))
    minutes_person_set_attendance (person, MINUTES_ATTENDANCE_ABSENT);
  else if (strstr (lower, "virtual") != NULL || strstr (lower, "remote") != NULL)
    minutes_person_set_attendance (person, MINUTES_ATTENDANCE_PRESENT_VIRTUALLY);
  else if (g_str_has_prefix (lower, "present") || g_str_has_prefix (lower, "in attendance"))
    minutes_person_set_attendance (person, MINUTES_ATTENDANCE_PRESENT);
  else
    minutes_person_set_attendance (person, MINUTES_ATTENDANCE_EXPECTED);

  if (strstr (lower, "substitute") != NULL)
    minutes_person_set_kind (person, MINUTES_PERSON_KIND_SUBSTITUTE);
  else
    minutes_person_set_kind (person, member ? MINUTES_PERSON_KIND_MEMBER : MINUTES_PERSON_KIND_OFFICER);

  if (role_lower == NULL)
    return;

  if (g_str_equal (role_lower, "chair") || g_str_equal (role_lower, "chairman") ||
      g_str_equal (role_lower, "chairperson"))
    minutes_person_set_role (person, MINUTES_ROLE_CHAIR);
  else if (g_str_has_prefix (role_lower, "vice") && strstr (role_lower, "chair") != NULL)
    minutes_person_set_role (person, MINUTES_ROLE_VICE_CHAIR);
  else if (!g_str_equal (role_lower, "committee member") && !g_str_equal (role_lower, "member") &&
           !g_str_equal (role_lower, "substitute"))
    minutes_person_set_job_title (person, role);
}

static void
set_when_xml (MinutesMeeting *meeting,
              const char     *date_text,
              const char     *time_text)
{
  if (date_text != NULL)
    {
      int day = 0, month = 0, year = 0;

      if (sscanf (date_text, "%d/%d/%d", &day, &month, &year) == 3 && g_date_valid_dmy (day, month, year))
        {
          g_autoptr(GDate) date = g_date_new_dmy (day, month, year);

          minutes_meeting_set_date (meeting, date);
        }
    }

  if (time_text != NULL)
    set_when (meeting, time_text);
}

static void
read_agenda_item (MinutesMeeting    *meeting,
                  MinutesTextReader *reader,
                  xmlNode           *node,
                  guint              position)
{
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
  g_autofree char *id = g_strdup_printf ("item-%u", position);
  g_autofree char *title = child_text (node, "agendaitemtitle");
  g_autofree char *number = child_text (node, "fulldisplaynumberformat");
  g_autofree char *restricted = child_text (node, "isrestricted");
  g_autofree char *agenda_html = child_text (node, "agendatext");
  g_autofree char *minutes_html = child_text (node, "minutesnonemptyhtmlbody");
  g_autoptr(GPtrArray) agenda = html_paragraphs (agenda_html);
  g_autoptr(GPtrArray) minutes = html_paragraphs (minutes_html);
  xmlNode *documents = child_element (node, "linkeddocuments");

  if (number == NULL)
    number = child_text (node, "agendaitemnumber");
  if (number != NULL && g_str_has_suffix (number, "."))
    number[strlen (number) - 1] = '\0';

  minutes_agenda_item_set_id (item, id);
  minutes_agenda_item_set_title (item, title != NULL ? title : "");
  minutes_agenda_item_set_standing (item, standing_of (title != NULL ? title : ""));
  minutes_agenda_item_set_exempt (item, restricted != NULL &&
                                        (g_ascii_strcasecmp (restricted, "true") == 0 || g_str_equal (restricted, "1")));
  if (agenda->len > 0)
    {
      g_autofree char *text = NULL;

      g_ptr_array_add (agenda, NULL);
      text = g_strjoinv ("\n", (char **) agenda->pdata);
      minutes_agenda_item_set_agenda_text (item, text);
    }

  for (xmlNode *doc = documents != NULL ? documents->children : NULL; doc != NULL; doc = doc->next)
    {
      g_autofree char *doc_title = NULL;
      g_autofree char *url = NULL;
      g_autoptr(MinutesAttachment) attachment = NULL;

      if (!is_element (doc, "linkeddoc"))
        continue;
      doc_title = child_text (doc, "title");
      url = child_text (doc, "url");
      attachment = attachment_new (doc_title != NULL ? doc_title : url, NULL, 0, url, FALSE);
      minutes_agenda_item_append_attachment (item, attachment);
    }

  minutes_meeting_append_item (meeting, item);
  if (number != NULL)
    {
      g_autofree char *derived = minutes_agenda_item_dup_number (item);

      if (g_strcmp0 (derived, number) != 0)
        minutes_agenda_item_set_number_label (item, number);
    }

  _minutes_text_reader_begin_item (reader, item);
  for (guint i = 0; i < minutes->len; i++)
    _minutes_text_reader_read_line (reader, g_ptr_array_index (minutes, i));
}

MinutesMeeting *
minutes_import_web_service (GBytes               *bytes,
                            const char           *display_name,
                            MinutesTemplate      *template,
                            MinutesImportReport  *report,
                            GError              **error)
{
  g_autofree char *text = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(xmlXPathContext) context = NULL;
  g_autoptr(xmlXPathObject) found = NULL;
  g_autoptr(MinutesMeeting) meeting = NULL;
  g_autofree char *committee = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *location = NULL;
  MinutesImportReport local_report = { 0 };
  MinutesTextReader *reader;
  xmlNode *node;
  xmlNode *list;
  guint position = 0;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (template), NULL);

  if (report == NULL)
    report = &local_report;
  _minutes_import_report_reset (report);

  text = minutes_import_decode_text (bytes, display_name, error);
  if (text == NULL)
    return NULL;

  /* XML_PARSE_NONET and no XML_PARSE_NOENT/DTDLOAD: external entities and
   * DTDs are neither fetched nor expanded. */
  doc = xmlReadMemory (text, strlen (text), NULL, "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      g_set_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_NOT_MINUTES,
                   _("%s is not well-formed XML; save the web service's GetMeeting response as it came"),
                   display_name);
      return NULL;
    }

  context = xmlXPathNewContext (doc);
  found = xpath (context, "//*[local-name()='meeting']");
  if (n_nodes (found) == 0)
    {
      g_set_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_NOT_MINUTES,
                   _("%s is XML but has no <meeting> element; it is not a GetMeeting response"),
                   display_name);
      return NULL;
    }
  node = found->nodesetval->nodeTab[0];

  committee = child_text (node, "committeetitle");
  if (committee == NULL)
    committee = child_text (node, "committeename");
  date_text = child_text (node, "meetingdate");
  time_text = child_text (node, "meetingtime");
  location = child_text (node, "meetinglocation");

  meeting = minutes_meeting_new ();
  minutes_meeting_set_committee (meeting, committee != NULL ? committee : "");
  minutes_meeting_set_template_id (meeting, minutes_template_get_id (template));
  minutes_meeting_set_language (meeting, minutes_template_get_language (template));
  minutes_meeting_set_venue (meeting, location);
  set_when_xml (meeting, date_text, time_text);

  reader = _minutes_text_reader_new (meeting, template, report);

  list = child_element (node, "attendees");
  for (xmlNode *attendee = list != NULL ? list->children : NULL; attendee != NULL; attendee = attendee->next)
    {
      if (is_element (attendee, "attendee"))
        read_attendee (reader, attendee);
    }

  list = child_element (node, "agendaitems");
  for (xmlNode *item = list != NULL ? list->children : NULL; item != NULL; item = item->next)
    {
      if (is_element (item, "agendaitem"))
        read_agenda_item (meeting, reader, item, ++position);
    }

  _minutes_text_reader_finish (reader);

  return g_steal_pointer (&meeting);
}
