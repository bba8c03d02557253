/* test-export-pdf.c: the PDF export (the Pango back end and its pages)
 * and the one export entry point, checked with poppler's pdftotext
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "minutes-core.h"
#include "test-fields.h"
#include "test-words.h"

static const char *examples[] = {
  "2024-01-16-safer-stronger-communities",
  "next-meeting-safer-stronger-communities",
};

#define MARKER "XQZ-EXEMPT-7f3a9c"
#define GROUND "paragraph 3 of Part 1 of Schedule 12A"

typedef struct
{
  MinutesDocumentKind kind;
  guint               example;
  MinutesRenderFlags  flags;
} PdfCase;

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

static gboolean
have_pdftotext (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed: apt install poppler-utils to check the PDF exports");
      return FALSE;
    }

  return TRUE;
}

/* Exports to a temporary PDF through the core entry point and returns its
 * path. */
static char *
export_pdf (MinutesMeeting      *meeting,
            MinutesDocumentKind  kind,
            MinutesRenderFlags   flags)
{
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("minutes-pdf-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "export.pdf", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (minutes_export_to_file (meeting, template, kind, MINUTES_EXPORT_FORMAT_PDF, flags,
                                         file, NULL, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static void
remove_export (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_remove (path);
  g_rmdir (dir);
}

/* The text of each page, as pdftotext reads it. */
static GPtrArray *
pdf_pages (const char *path)
{
  /* -layout: lines in their order on the page, so that a column of
   * list numbers is not read as a column of its own. */
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("pdftotext could not read %s: %s", path, err);

  /* A form feed ends every page. */
  g_assert_true (g_str_has_suffix (out, "\f"));
  out[strlen (out) - 1] = '\0';
  pages = g_strsplit (out, "\f", -1);
  for (guint i = 0; pages[i] != NULL; i++)
    g_ptr_array_add (result, g_strdup (pages[i]));

  return result;
}

static void
append_words (GPtrArray  *words,
              const char *text)
{
  g_autoptr(GPtrArray) more = test_words_of (text, FALSE);

  for (guint i = 0; i < more->len; i++)
    g_ptr_array_add (words, g_strdup (g_ptr_array_index (more, i)));
}

static char *
join_words (GPtrArray *words,
            guint      start,
            guint      end)
{
  GString *joined = g_string_new (NULL);

  for (guint i = start; i < end; i++)
    {
      if (joined->len > 0)
        g_string_append_c (joined, ' ');
      g_string_append (joined, g_ptr_array_index (words, i));
    }

  return g_string_free (joined, FALSE);
}

/* The footer of page PAGE of N_PAGES: "Committee, 16 January 2024" and
 * "Page 1 of 3". */
static GPtrArray *
footer_words (MinutesMeeting *meeting,
              guint           page,
              guint           n_pages)
{
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autofree char *date = minutes_template_format_date (template, "date-long", minutes_meeting_get_date (meeting));
  g_autofree char *footer = g_strdup_printf ("%s%s%s Page %u of %u", minutes_meeting_get_committee (meeting),
                                             date != NULL ? ", " : "", date != NULL ? date : "",
                                             page + 1, n_pages);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  append_words (words, footer);

  return words;
}

/* Every page of the PDF has the footer (committee, date, page N of M),
 * the private version has its label at the top of every page, and the
 * words of the pages, without header and footer, are the words of the
 * text export in order. */
static void
test_pdf_words (gconstpointer data)
{
  const PdfCase *pdf_case = data;
  g_autoptr(MinutesMeeting) meeting = load_example (pdf_case->example);
  g_autoptr(MinutesTemplate) template = default_template ();
  const char *label = minutes_template_get_phrase (template, "confidential");
  gboolean confidential = (pdf_case->flags & MINUTES_RENDER_CONFIDENTIAL) != 0;
  g_autofree char *text = minutes_render_text (meeting, template, pdf_case->kind, pdf_case->flags);
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) body = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *body_text = NULL;
  g_autofree char *expected_text = NULL;

  if (!have_pdftotext ())
    return;

  path = export_pdf (meeting, pdf_case->kind, pdf_case->flags);
  pages = pdf_pages (path);
  g_test_message ("%u pages", pages->len);
  g_assert_cmpuint (pages->len, >=, 1);

  for (guint p = 0; p < pages->len; p++)
    {
      g_autoptr(GPtrArray) words = test_words_of (g_ptr_array_index (pages, p), FALSE);
      g_autoptr(GPtrArray) footer = footer_words (meeting, p, pages->len);
      g_autofree char *page_footer = NULL;
      g_autofree char *want_footer = join_words (footer, 0, footer->len);
      guint start = 0;

      g_assert_cmpuint (words->len, >, footer->len);
      page_footer = join_words (words, words->len - footer->len, words->len);
      g_assert_cmpstr (page_footer, ==, want_footer);

      if (confidential)
        {
          g_assert_cmpstr (g_ptr_array_index (words, 0), ==, label);
          start = 1;
        }
      else
        {
          for (guint w = 0; w < words->len; w++)
            g_assert_cmpstr (g_ptr_array_index (words, w), !=, label);
        }

      for (guint w = start; w < words->len - footer->len; w++)
        g_ptr_array_add (body, g_strdup (g_ptr_array_index (words, w)));
    }

  /* The text export opens with the label once; the pages carry it in
   * their headers instead. */
  if (confidential)
    {
      g_autofree char *prefix = g_strdup_printf ("%s\n\n", label);

      g_assert_true (g_str_has_prefix (text, prefix));
      append_words (expected, text + strlen (prefix));
    }
  else
    append_words (expected, text);

  body_text = join_words (body, 0, body->len);
  expected_text = join_words (expected, 0, expected->len);
  g_assert_cmpstr (body_text, ==, expected_text);

  remove_export (path);
}

/* A4, with the document title in the PDF's metadata. */
static void
test_pdf_page_size (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example (0);
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (pdfinfo == NULL)
    {
      g_test_skip ("pdfinfo is not installed: apt install poppler-utils to check the PDF exports");
      return;
    }

  path = export_pdf (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);
  {
    const char *argv[] = { pdfinfo, path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "Page size:       595.276 x 841.89 pts (A4)"));
  g_assert_nonnull (strstr (out, "Title:           MINUTES OF THE SAFER STRONGER COMMUNITIES SELECT COMMITTEE"));

  remove_export (path);
}

/* Pagination follows the page it is given: a smaller page needs more of
 * them, each of which draws; the same code serves printing. */
static void
test_pdf_paginate (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example (0);
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(MinutesPangoBackend) backend = minutes_pango_backend_new ();
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = pango_cairo_create_context (cr);
  guint a4, a5;

  pango_cairo_context_set_resolution (context, 72);
  minutes_render (meeting, template, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT,
                  MINUTES_BACKEND (backend));

  a4 = minutes_pango_backend_paginate (backend, context, MINUTES_PAGE_A4_WIDTH, MINUTES_PAGE_A4_HEIGHT);
  g_assert_cmpuint (a4, ==, minutes_pango_backend_get_n_pages (backend));
  a5 = minutes_pango_backend_paginate (backend, context, MINUTES_PAGE_A4_HEIGHT / 2, MINUTES_PAGE_A4_WIDTH);
  g_test_message ("A4: %u pages, A5: %u pages", a4, a5);
  g_assert_cmpuint (a4, >=, 3);
  g_assert_cmpuint (a5, >, a4 + a4 / 2);

  for (guint i = 0; i < a5; i++)
    {
      double x, y, width, height;

      cairo_save (cr);
      minutes_pango_backend_draw_page (backend, cr, i);
      cairo_restore (cr);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
      /* Ink stays on the A5 page. */
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (x + width, <=, MINUTES_PAGE_A4_HEIGHT / 2 + 0.5);
      g_assert_cmpfloat (y + height, <=, MINUTES_PAGE_A4_WIDTH + 0.5);
    }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

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

/* A unique marker in every field of an exempt item never reaches a public
 * PDF of any of the three documents; the confidential minutes show it,
 * with CONFIDENTIAL at the top of every page. */
static void
test_pdf_confidential_marker (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example (0);
  GListModel *items = minutes_meeting_get_items (meeting);
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, 3);
  g_autoptr(MinutesAttachment) attachment = g_object_new (MINUTES_TYPE_ATTACHMENT, NULL);
  MarkerData data = { G_OBJECT (item) };

  if (!have_pdftotext ())
    return;

  minutes_agenda_item_insert_attachment (item, 0, attachment);
  minutes_agenda_item_set_exempt (item, TRUE);
  minutes_agenda_item_set_exemption_ground (item, GROUND);
  test_fields_foreach_item (item, set_marker, &data);

  for (MinutesDocumentKind kind = 0; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
    {
      g_autofree char *private_path = export_pdf (meeting, kind, MINUTES_RENDER_CONFIDENTIAL);
      g_autofree char *public_path = export_pdf (meeting, kind, MINUTES_RENDER_DEFAULT);
      g_autoptr(GPtrArray) private_pages = pdf_pages (private_path);
      g_autoptr(GPtrArray) public_pages = pdf_pages (public_path);
      guint n_markers = 0;

      for (guint p = 0; p < private_pages->len; p++)
        {
          const char *page = g_ptr_array_index (private_pages, p);
          g_autoptr(GPtrArray) words = test_words_of (page, FALSE);

          /* The header, above everything else on the page. */
          g_assert_cmpuint (words->len, >, 0);
          g_assert_cmpstr (g_ptr_array_index (words, 0), ==, "CONFIDENTIAL");
          for (const char *m = page; (m = strstr (m, MARKER)) != NULL; m++)
            n_markers++;
        }
      g_test_message ("%s: the confidential version shows the marker %u times",
                      minutes_document_kind_get_nick (kind), n_markers);
      /* The minutes show the whole item; the agenda and the decisions
       * show what they show of any item. */
      g_assert_cmpuint (n_markers, >=, kind == MINUTES_DOCUMENT_KIND_MINUTES ? 10 : 1);

      for (guint p = 0; p < public_pages->len; p++)
        {
          const char *page = g_ptr_array_index (public_pages, p);

          g_assert_null (strstr (page, MARKER));
          g_assert_null (strstr (page, "CONFIDENTIAL"));
        }

      /* The title and the ground are still there. */
      {
        g_autoptr(GString) all = g_string_new (NULL);
        g_autoptr(GPtrArray) words = NULL;
        g_autofree char *joined = NULL;

        for (guint p = 0; p < public_pages->len; p++)
          g_string_append (all, g_ptr_array_index (public_pages, p));
        words = test_words_of (all->str, FALSE);
        joined = join_words (words, 0, words->len);
        g_assert_nonnull (strstr (joined, minutes_agenda_item_get_title (item)));
        if (kind != MINUTES_DOCUMENT_KIND_DECISIONS)
          g_assert_nonnull (strstr (joined, GROUND));
      }

      remove_export (private_path);
      remove_export (public_path);
    }
}

/* What a clerk types is shown as typed: markup characters are not markup,
 * and control characters a page cannot show are dropped, not drawn. */
static void
test_pdf_escaping (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example (0);
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (minutes_meeting_get_items (meeting), 1);
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GString) all = g_string_new (NULL);

  if (!have_pdftotext ())
    return;

  minutes_meeting_set_committee (meeting, "Scrutiny <b>x</b> & &amp; \"q\" 'a'\x01\x08\x1f Board");
  minutes_agenda_item_set_title (item, "Item <i>one</i>\x0b\x7f & <span foreground=\"red\">two</span>");

  path = export_pdf (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);
  pages = pdf_pages (path);
  for (guint p = 0; p < pages->len; p++)
    g_string_append (all, g_ptr_array_index (pages, p));

  g_assert_nonnull (strstr (all->str, "Scrutiny <b>x</b> & &amp; \"q\" 'a' Board"));
  g_assert_nonnull (strstr (all->str, "Item <i>one</i> & <span foreground=\"red\">two</span>"));
  for (const char *c = all->str; *c != '\0'; c++)
    {
      if ((guchar) *c < 0x20)
        g_assert_true (*c == '\n' || *c == '\f');
    }

  remove_export (path);
}

/* The one table of formats and the file name rule. */
static void
test_export_formats (void)
{
  const struct
  {
    const char *filename;
    gboolean    known;
    MinutesExportFormat format;
  } names[] = {
    { "minutes.txt", TRUE, MINUTES_EXPORT_FORMAT_TEXT },
    { "minutes.html", TRUE, MINUTES_EXPORT_FORMAT_HTML },
    { "MINUTES.HTM", TRUE, MINUTES_EXPORT_FORMAT_HTML },
    { "a.b/minutes.odt", TRUE, MINUTES_EXPORT_FORMAT_ODT },
    { "/tmp/x/Minutes.Pdf", TRUE, MINUTES_EXPORT_FORMAT_PDF },
    { "minutes", FALSE, 0 },
    { "minutes.doc", FALSE, 0 },
    { "dir.pdf/minutes", FALSE, 0 },
    { "minutes.pdf.", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      MinutesExportFormat format = MINUTES_EXPORT_N_FORMATS;

      g_assert_cmpint (minutes_export_format_for_filename (names[i].filename, &format), ==, names[i].known);
      if (names[i].known)
        g_assert_cmpint (format, ==, names[i].format);
    }

  for (MinutesExportFormat format = 0; format < MINUTES_EXPORT_N_FORMATS; format++)
    {
      MinutesExportFormat parsed = MINUTES_EXPORT_N_FORMATS;
      g_autofree char *name = g_strconcat ("x.", minutes_export_format_get_extension (format), NULL);

      g_assert_true (minutes_export_format_from_nick (minutes_export_format_get_nick (format), &parsed));
      g_assert_cmpint (parsed, ==, format);
      g_assert_true (minutes_export_format_for_filename (name, &parsed));
      g_assert_cmpint (parsed, ==, format);
      g_assert_nonnull (minutes_export_format_get_mime_type (format));
    }
  g_assert_false (minutes_export_format_from_nick ("docx", &(MinutesExportFormat) { 0 }));
  g_assert_cmpstr (minutes_export_format_get_mime_type (MINUTES_EXPORT_FORMAT_PDF), ==, "application/pdf");
}

static void
test_export_suggest_filename (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example (0);
  g_autofree char *odt = minutes_export_suggest_filename (meeting, MINUTES_DOCUMENT_KIND_MINUTES,
                                                          MINUTES_EXPORT_FORMAT_ODT);
  g_autofree char *pdf = minutes_export_suggest_filename (meeting, MINUTES_DOCUMENT_KIND_DECISIONS,
                                                          MINUTES_EXPORT_FORMAT_PDF);
  g_autofree char *odd = NULL;
  g_autofree char *empty = NULL;

  g_assert_cmpstr (odt, ==, "2024-01-16 Safer Stronger Communities Select Committee - minutes.odt");
  g_assert_cmpstr (pdf, ==, "2024-01-16 Safer Stronger Communities Select Committee - decisions.pdf");

  /* Characters that file systems refuse do not reach the name. */
  minutes_meeting_set_committee (meeting, "Health / Care: \"Adults\"\n<Board>.");
  odd = minutes_export_suggest_filename (meeting, MINUTES_DOCUMENT_KIND_AGENDA, MINUTES_EXPORT_FORMAT_HTML);
  g_assert_cmpstr (odd, ==, "2024-01-16 Health Care Adults Board - agenda.html");

  minutes_meeting_set_committee (meeting, "");
  minutes_meeting_set_date (meeting, NULL);
  empty = minutes_export_suggest_filename (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_EXPORT_FORMAT_TEXT);
  g_assert_cmpstr (empty, ==, "minutes.txt");
}

/* Every format names the file when it cannot be written. */
static void
test_export_errors (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example (0);
  g_autoptr(MinutesTemplate) template = default_template ();

  for (MinutesExportFormat format = 0; format < MINUTES_EXPORT_N_FORMATS; format++)
    {
      g_autofree char *name = g_strconcat ("/nonexistent-minutes-dir/out.", minutes_export_format_get_extension (format), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (name);
      g_autoptr(GError) error = NULL;

      g_assert_false (minutes_export_to_file (meeting, template, MINUTES_DOCUMENT_KIND_MINUTES, format,
                                              MINUTES_RENDER_DEFAULT, file, NULL, &error));
      g_assert_error (error, MINUTES_EXPORT_ERROR, MINUTES_EXPORT_ERROR_WRITE);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, name));
    }
}

typedef struct
{
  gboolean  done;
  GError   *error;
} AsyncResult;

static void
async_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  AsyncResult *async = user_data;

  minutes_export_to_file_finish (result, &async->error);
  async->done = TRUE;
}

/* The async variant writes the same file; cancelled, it writes none. */
static void
test_export_async (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example (0);
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("minutes-async-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncResult async = { FALSE, NULL };
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);

  minutes_export_to_file_async (meeting, &template, 1, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_EXPORT_FORMAT_PDF,
                                MINUTES_RENDER_DEFAULT, file, NULL, async_cb, &async);
  while (!async.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (async.error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (length, >, 10000);
  g_remove (path);

  async = (AsyncResult) { FALSE, NULL };
  g_cancellable_cancel (cancellable);
  minutes_export_to_file_async (meeting, &template, 1, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_EXPORT_FORMAT_PDF,
                                MINUTES_RENDER_DEFAULT, file, cancellable, async_cb, &async);
  while (!async.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (async.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&async.error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_rmdir (dir);
}

/* The footer is in the template's words: a Welsh PDF numbers its pages
 * in Welsh, whatever the machine's language. */
static void
test_pdf_welsh_footer (void)
{
  g_autoptr(MinutesMeeting) meeting = NULL;
  g_autoptr(MinutesTemplate) welsh = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  if (!have_pdftotext ())
    return;

  meeting = load_example (0);
  welsh = minutes_template_lookup ("select-committee-cy", &error);
  g_assert_no_error (error);
  dir = g_dir_make_tmp ("minutes-pdf-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "cofnodion.pdf", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (minutes_export_to_file (meeting, welsh, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_EXPORT_FORMAT_PDF,
                                         MINUTES_RENDER_DEFAULT, file, NULL, &error));
  g_assert_no_error (error);

  pages = pdf_pages (path);
  g_assert_cmpuint (pages->len, >, 1);
  for (guint i = 0; i < pages->len; i++)
    {
      g_autofree char *footer = g_strdup_printf ("Tudalen %u o %u", i + 1, pages->len);

      g_assert_nonnull (strstr (g_ptr_array_index (pages, i), footer));
      g_assert_null (strstr (g_ptr_array_index (pages, i), "Page "));
    }

  remove_export (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      for (MinutesDocumentKind kind = 0; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
        {
          for (guint c = 0; c < 2; c++)
            {
              PdfCase *pdf_case = g_new0 (PdfCase, 1);
              g_autofree char *path = NULL;

              pdf_case->kind = kind;
              pdf_case->example = e;
              pdf_case->flags = c == 0 ? MINUTES_RENDER_DEFAULT : MINUTES_RENDER_CONFIDENTIAL;
              path = g_strdup_printf ("/export/pdf/words/%s/%s%s", examples[e],
                                      minutes_document_kind_get_nick (kind),
                                      c == 0 ? "" : "-confidential");
              g_test_add_data_func_full (path, pdf_case, test_pdf_words, g_free);
            }
        }
    }
  g_test_add_func ("/export/pdf/page-size", test_pdf_page_size);
  g_test_add_func ("/export/pdf/welsh-footer", test_pdf_welsh_footer);
  g_test_add_func ("/export/pdf/paginate", test_pdf_paginate);
  g_test_add_func ("/export/pdf/confidential-marker", test_pdf_confidential_marker);
  g_test_add_func ("/export/pdf/escaping", test_pdf_escaping);
  g_test_add_func ("/export/formats", test_export_formats);
  g_test_add_func ("/export/suggest-filename", test_export_suggest_filename);
  g_test_add_func ("/export/errors", test_export_errors);
  g_test_add_func ("/export/async", test_export_async);

  return g_test_run ();
}
