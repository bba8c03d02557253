/* minutes-pango-backend.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "minutes-pango-backend.h"
#include "minutes-template.h"

/* Paged output for the PDF export and for printing: the renderer's blocks
 * become paragraphs (text plus Pango attributes), which are laid out with
 * Pango and cut into pages. The PDF export and the app's print operation
 * both call paginate() with their own Pango context and draw_page() for
 * each page, so what is printed is what is exported.
 *
 * Pages have a footer with the committee, the meeting date and the page
 * number; the private version carries its confidential label in the
 * header of every page. Depends on Pango and cairo, never on GTK. */

/* Page margins, in points: 2 cm at the sides and top, 2.5 cm below,
 * which leaves room for the footer. */
#define MARGIN_SIDE   56.69
#define MARGIN_TOP    56.69
#define MARGIN_BOTTOM 70.87

/* Where the text of a numbered line starts; wrapped lines line up with it. */
#define HANGING_INDENT 36.0

#define FONT_FAMILY "Sans"
#define BODY_SIZE   10.5

typedef struct
{
  MinutesBlockKind  kind;
  char             *text;
  PangoAttrList    *attrs;
  gboolean          hanging;
  double            space_before; /* points above, against the paragraph before */
} Paragraph;

typedef struct
{
  PangoLayoutLine *line;
  double           x;
  double           baseline;
} PlacedLine;

struct _MinutesPangoBackend
{
  MinutesBackend  parent_instance;

  GPtrArray      *paragraphs;     /* of Paragraph */
  int             last_kind;

  char           *title;
  char           *committee;
  char           *date_text;      /* the date as the date line prints it */
  char           *confidential_label;
  char           *page_number;     /* the template's "Page {page} of {pages}" */
  gboolean        confidential;

  /* Set by paginate() */
  PangoContext   *context;
  GPtrArray      *layouts;        /* of PangoLayout, owning the lines */
  GPtrArray      *pages;          /* of GArray of PlacedLine */
  double          page_width;
  double          page_height;
};

G_DEFINE_FINAL_TYPE (MinutesPangoBackend, minutes_pango_backend, MINUTES_TYPE_BACKEND)

typedef struct
{
  double         size;
  gboolean       bold;
  gboolean       italic;
  PangoAlignment align;
  double         above;
  double         below;
  gboolean       keep_with_next;
} ParagraphStyle;

static void
get_style (MinutesBlockKind  kind,
           ParagraphStyle   *style)
{
  *style = (ParagraphStyle) { BODY_SIZE, FALSE, FALSE, PANGO_ALIGN_LEFT, 0, 7, FALSE };

  switch (kind)
    {
    case MINUTES_BLOCK_TITLE:
      style->size = 16;
      style->bold = TRUE;
      style->align = PANGO_ALIGN_CENTER;
      style->below = 8;
      style->keep_with_next = TRUE;
      break;

    case MINUTES_BLOCK_DATELINE:
      style->size = 11.5;
      style->bold = TRUE;
      style->align = PANGO_ALIGN_CENTER;
      style->below = 18;
      break;

    case MINUTES_BLOCK_ITEM_HEADING:
      style->size = 13;
      style->bold = TRUE;
      style->above = 16;
      style->below = 6;
      style->keep_with_next = TRUE;
      break;

    case MINUTES_BLOCK_HEADING:
      style->bold = TRUE;
      style->above = 8;
      style->below = 4;
      style->keep_with_next = TRUE;
      break;

    case MINUTES_BLOCK_NOTE:
    case MINUTES_BLOCK_PROCEDURAL:
    case MINUTES_BLOCK_EXEMPT:
      style->italic = TRUE;
      break;

    /* Resolutions are the decisions of the legal record: set in bold, as
     * the council's own minutes do. */
    case MINUTES_BLOCK_RESOLUTION:
    case MINUTES_BLOCK_RESOLUTION_POINT:
      style->bold = TRUE;
      break;

    case MINUTES_BLOCK_SIGNATURE:
      style->above = 18;
      break;

    case MINUTES_BLOCK_DETAIL:
    case MINUTES_BLOCK_ATTENDANCE:
    case MINUTES_BLOCK_PARAGRAPH:
    case MINUTES_BLOCK_WITNESS:
    case MINUTES_BLOCK_POINT:
    case MINUTES_BLOCK_NARRATIVE:
    case MINUTES_BLOCK_ACTION:
    case MINUTES_BLOCK_MOTION:
    case MINUTES_BLOCK_DECLARATION:
    case MINUTES_BLOCK_ATTACHMENT:
    case MINUTES_BLOCK_DECISION:
    default:
      break;
    }
}

static void
paragraph_free (gpointer data)
{
  Paragraph *paragraph = data;

  g_free (paragraph->text);
  g_clear_pointer (&paragraph->attrs, pango_attr_list_unref);
  g_free (paragraph);
}

static void
placed_line_clear (gpointer data)
{
  PlacedLine *placed = data;

  g_clear_pointer (&placed->line, pango_layout_line_unref);
}

static GArray *
new_page (MinutesPangoBackend *self)
{
  GArray *page = g_array_new (FALSE, TRUE, sizeof (PlacedLine));

  g_array_set_clear_func (page, placed_line_clear);
  g_ptr_array_add (self->pages, page);

  return page;
}

static void
clear_pages (MinutesPangoBackend *self)
{
  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_set_size (self->layouts, 0);
}

static void
minutes_pango_backend_begin_document (MinutesBackend            *backend,
                                      const MinutesDocumentInfo *info)
{
  MinutesPangoBackend *self = MINUTES_PANGO_BACKEND (backend);

  g_ptr_array_set_size (self->paragraphs, 0);
  clear_pages (self);
  self->last_kind = -1;

  g_clear_pointer (&self->date_text, g_free);
  g_free (self->title);
  self->title = minutes_dup_markup_safe_text (info->title);
  g_free (self->committee);
  self->committee = minutes_dup_markup_safe_text (info->committee);
  g_free (self->confidential_label);
  self->confidential_label = minutes_dup_markup_safe_text (info->confidential_label);
  g_free (self->page_number);
  self->page_number = info->page_number != NULL ? minutes_dup_markup_safe_text (info->page_number) : NULL;
  self->confidential = info->confidential;
}

/* Appends TEXT without the characters a page cannot show (controls). */
static void
append_text (GString    *text,
             const char *part)
{
  g_autofree char *safe = minutes_dup_markup_safe_text (part);

  g_string_append (text, safe);
}

static void
minutes_pango_backend_add_block (MinutesBackend     *backend,
                                 const MinutesBlock *block)
{
  MinutesPangoBackend *self = MINUTES_PANGO_BACKEND (backend);
  Paragraph *paragraph = g_new0 (Paragraph, 1);
  GString *text = g_string_new (NULL);
  ParagraphStyle style, last_style;

  paragraph->kind = block->kind;
  paragraph->attrs = pango_attr_list_new ();

  if (block->label != NULL)
    {
      PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      append_text (text, block->label);
      bold->start_index = 0;
      bold->end_index = text->len;
      pango_attr_list_insert (paragraph->attrs, bold);
      if (block->spans != NULL && block->spans->len > 0)
        g_string_append_c (text, ' ');
    }
  if (block->number != NULL)
    {
      PangoAttribute *tnum = pango_attr_font_features_new ("tnum=1");

      tnum->start_index = text->len;
      append_text (text, block->number);
      tnum->end_index = text->len;
      pango_attr_list_insert (paragraph->attrs, tnum);
      /* The number hangs in its own column; the text starts at the tab. */
      g_string_append_c (text, '\t');
      paragraph->hanging = TRUE;
    }
  for (guint i = 0; block->spans != NULL && i < block->spans->len; i++)
    {
      const MinutesSpan *span = g_ptr_array_index (block->spans, i);
      guint start = text->len;

      append_text (text, span->text);
      if (span->kind == MINUTES_SPAN_LINK && text->len > start)
        {
          PangoAttribute *underline = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);

          underline->start_index = start;
          underline->end_index = text->len;
          pango_attr_list_insert (paragraph->attrs, underline);
        }
    }

  paragraph->text = g_string_free (text, FALSE);

  /* The gap above is the larger of this one's space above and the last
   * one's space below; lines of one list sit close together. */
  get_style (block->kind, &style);
  if (self->last_kind == -1)
    paragraph->space_before = 0;
  else if (minutes_block_kind_is_compact (block->kind) && self->last_kind == (int) block->kind)
    paragraph->space_before = block->kind == MINUTES_BLOCK_SIGNATURE ? 4 : 2;
  else
    {
      get_style (self->last_kind, &last_style);
      paragraph->space_before = MAX (style.above, last_style.below);
    }

  /* The footer shows the date as the date line prints it. */
  if (block->kind == MINUTES_BLOCK_DATELINE && self->date_text == NULL)
    {
      for (guint i = 0; block->spans != NULL && i < block->spans->len; i++)
        {
          const MinutesSpan *span = g_ptr_array_index (block->spans, i);

          if (span->kind == MINUTES_SPAN_DATE)
            {
              self->date_text = minutes_dup_markup_safe_text (span->text);
              break;
            }
        }
    }

  g_ptr_array_add (self->paragraphs, paragraph);
  self->last_kind = block->kind;
}

static PangoLayout *
create_layout (PangoContext    *context,
               const Paragraph *paragraph,
               double           width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  g_autoptr(PangoAttrList) attrs = pango_attr_list_copy (paragraph->attrs);
  ParagraphStyle style;

  get_style (paragraph->kind, &style);

  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_size (font, (int) (style.size * PANGO_SCALE));
  if (style.bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (style.italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, style.align);
  pango_layout_set_line_spacing (layout, 1.2);

  /* Words are never split with an inserted hyphen: a copied or searched
   * word is the word of the record. */
  pango_attr_list_insert_before (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);

  if (paragraph->hanging)
    {
      PangoTabArray *tabs = pango_tab_array_new_with_positions (1, FALSE, PANGO_TAB_LEFT,
                                                               (int) (HANGING_INDENT * PANGO_SCALE));

      pango_layout_set_indent (layout, (int) (-HANGING_INDENT * PANGO_SCALE));
      pango_layout_set_tabs (layout, tabs);
      pango_tab_array_free (tabs);
    }

  pango_layout_set_text (layout, paragraph->text, -1);

  return layout;
}

typedef struct
{
  PangoLayoutLine *line;
  double           x;
  double           top;
  double           height;
  double           ascent;       /* baseline below the line's top */
} LineBox;

static GArray *
get_line_boxes (PangoLayout *layout)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (LineBox));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      LineBox box;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      box.line = pango_layout_iter_get_line_readonly (iter);
      box.x = (double) logical.x / PANGO_SCALE;
      box.top = (double) logical.y / PANGO_SCALE;
      box.height = (double) logical.height / PANGO_SCALE;
      box.ascent = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE - box.top;
      g_array_append_val (boxes, box);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);

  return boxes;
}

/* What must fit on a page together with the start of paragraph I: all of
 * a heading and the start of what follows it (headings in a row stay
 * together), or two lines of a paragraph (no orphans). */
static double
get_needed_height (MinutesPangoBackend *self,
                   GPtrArray           *boxes,
                   guint                i,
                   guint                depth)
{
  Paragraph *paragraph = g_ptr_array_index (self->paragraphs, i);
  GArray *lines = g_ptr_array_index (boxes, i);
  ParagraphStyle style;
  double needed = 0;

  get_style (paragraph->kind, &style);

  if (style.keep_with_next && i + 1 < self->paragraphs->len && depth < 3)
    {
      Paragraph *next = g_ptr_array_index (self->paragraphs, i + 1);

      for (guint l = 0; l < lines->len; l++)
        needed += g_array_index (lines, LineBox, l).height;
      needed += next->space_before + get_needed_height (self, boxes, i + 1, depth + 1);
    }
  else
    {
      for (guint l = 0; l < MIN (lines->len, 2); l++)
        needed += g_array_index (lines, LineBox, l).height;
    }

  return needed;
}

/* Lays the paragraphs out with CONTEXT (the PDF surface's or the print
 * context's, whose unit is the point; headers and footers use it too) on
 * pages of the given size in points, and returns the number
 * of pages. Headings stay with what follows them, and a paragraph does not
 * leave a single line at the foot of a page. */
guint
minutes_pango_backend_paginate (MinutesPangoBackend *self,
                                PangoContext        *context,
                                double               page_width,
                                double               page_height)
{
  double content_width = page_width - 2 * MARGIN_SIDE;
  double content_height = page_height - MARGIN_TOP - MARGIN_BOTTOM;
  g_autoptr(GPtrArray) boxes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GArray *page;
  double y = 0;

  g_return_val_if_fail (MINUTES_IS_PANGO_BACKEND (self), 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  clear_pages (self);
  g_set_object (&self->context, context);
  self->page_width = page_width;
  self->page_height = page_height;
  content_width = MAX (content_width, 72);
  content_height = MAX (content_height, 72);

  for (guint i = 0; i < self->paragraphs->len; i++)
    {
      Paragraph *paragraph = g_ptr_array_index (self->paragraphs, i);
      PangoLayout *layout = create_layout (context, paragraph, content_width);

      g_ptr_array_add (self->layouts, layout);
      g_ptr_array_add (boxes, get_line_boxes (layout));
    }

  page = new_page (self);

  for (guint i = 0; i < self->paragraphs->len; i++)
    {
      Paragraph *paragraph = g_ptr_array_index (self->paragraphs, i);
      GArray *lines = g_ptr_array_index (boxes, i);
      double gap = y > 0 ? paragraph->space_before : 0;
      double needed;

      needed = get_needed_height (self, boxes, i, 0);

      if (y > 0 && y + gap + needed > content_height)
        {
          page = new_page (self);
          y = 0;
          gap = 0;
        }
      y += gap;

      for (guint l = 0; l < lines->len; l++)
        {
          const LineBox *box = &g_array_index (lines, LineBox, l);
          PlacedLine placed;

          /* Neither leave one line of a paragraph behind nor carry one
           * alone to the next page. */
          if (y > 0 && (y + box->height > content_height ||
                        (l + 2 == lines->len && l > 0 && lines->len > 3 &&
                         y + box->height + g_array_index (lines, LineBox, l + 1).height > content_height)))
            {
              page = new_page (self);
              y = 0;
            }

          placed.line = pango_layout_line_ref (box->line);
          placed.x = MARGIN_SIDE + box->x;
          placed.baseline = MARGIN_TOP + y + box->ascent;
          g_array_append_val (page, placed);
          y += box->height;
        }
    }

  return self->pages->len;
}

guint
minutes_pango_backend_get_n_pages (MinutesPangoBackend *self)
{
  g_return_val_if_fail (MINUTES_IS_PANGO_BACKEND (self), 0);

  return self->pages->len;
}

static PangoLayout *
create_margin_layout (PangoContext *context,
                      const char   *text,
                      double        size,
                      gboolean      bold)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static double
get_layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return (double) logical.width / PANGO_SCALE;
}

/* The page's header (the confidential label of the private version) and
 * footer (committee and date on the left, page number on the right, on
 * one line). */
static void
draw_margins (MinutesPangoBackend *self,
              cairo_t             *cr,
              guint                page)
{
  g_autoptr(GString) footer = g_string_new (self->committee);
  g_autofree char *page_text = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  double footer_top = self->page_height - MARGIN_BOTTOM + 24;

  if (self->confidential && self->confidential_label[0] != '\0')
    {
      g_autoptr(PangoLayout) header = create_margin_layout (self->context, self->confidential_label, 10, TRUE);

      cairo_set_source_rgb (cr, 0.647, 0.114, 0.176);
      cairo_move_to (cr, (self->page_width - get_layout_width (header)) / 2, MARGIN_TOP / 2 - 6);
      pango_cairo_show_layout (cr, header);
    }

  if (self->date_text != NULL)
    {
      if (footer->len > 0)
        g_string_append (footer, ", ");
      g_string_append (footer, self->date_text);
    }
  if (self->page_number != NULL)
    {
      /* In the template's words, so a Welsh document says "Tudalen 1 o 5". */
      g_autofree char *number = g_strdup_printf ("%u", page + 1);
      g_autofree char *count = g_strdup_printf ("%u", self->pages->len);
      const MinutesPhraseArg args[] = {
        { "page", number, MINUTES_SPAN_TEXT, NULL },
        { "pages", count, MINUTES_SPAN_TEXT, NULL },
      };
      g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) minutes_span_free);
      GString *text = g_string_new (NULL);

      minutes_template_expand_pattern (self->page_number, args, G_N_ELEMENTS (args), spans);
      for (guint i = 0; i < spans->len; i++)
        g_string_append (text, ((MinutesSpan *) g_ptr_array_index (spans, i))->text);
      page_text = g_string_free (text, FALSE);
    }
  else
    {
      /* Translators: the page number in the footer of exported and printed
       * documents */
      page_text = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
    }

  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN_SIDE, footer_top - 6);
  cairo_line_to (cr, self->page_width - MARGIN_SIDE, footer_top - 6);
  cairo_stroke (cr);

  right = create_margin_layout (self->context, page_text, 8.5, FALSE);
  left = create_margin_layout (self->context, footer->str, 8.5, FALSE);
  /* A long committee name wraps before the page number. */
  pango_layout_set_width (left, (int) ((self->page_width - 2 * MARGIN_SIDE - get_layout_width (right) - 18) * PANGO_SCALE));
  pango_layout_set_wrap (left, PANGO_WRAP_WORD_CHAR);
  cairo_move_to (cr, MARGIN_SIDE, footer_top);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, self->page_width - MARGIN_SIDE - get_layout_width (right), footer_top);
  pango_cairo_show_layout (cr, right);
}

/* Draws page PAGE (from 0) of the last paginate() on CR, whose unit is
 * the point and whose origin is the page's top left corner. */
void
minutes_pango_backend_draw_page (MinutesPangoBackend *self,
                                 cairo_t             *cr,
                                 guint                page)
{
  GArray *lines;

  g_return_if_fail (MINUTES_IS_PANGO_BACKEND (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  lines = g_ptr_array_index (self->pages, page);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  for (guint i = 0; i < lines->len; i++)
    {
      const PlacedLine *placed = &g_array_index (lines, PlacedLine, i);

      cairo_move_to (cr, placed->x, placed->baseline);
      pango_cairo_show_layout_line (cr, placed->line);
    }
  draw_margins (self, cr, page);
  cairo_restore (cr);
}

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} WriteClosure;

static cairo_status_t
write_to_stream_cb (void                *closure,
                    const unsigned char *data,
                    unsigned int         length)
{
  WriteClosure *write = closure;

  if (write->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (write->stream, data, length, NULL, write->cancellable, &write->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* Writes the rendered document as an A4 PDF to STREAM. */
gboolean
minutes_pango_backend_write_pdf (MinutesPangoBackend  *self,
                                 GOutputStream        *stream,
                                 GCancellable         *cancellable,
                                 GError              **error)
{
  WriteClosure closure = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;
  cairo_font_options_t *options;
  cairo_status_t status;
  guint n_pages;

  g_return_val_if_fail (MINUTES_IS_PANGO_BACKEND (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  surface = cairo_pdf_surface_create_for_stream (write_to_stream_cb, &closure,
                                                 MINUTES_PAGE_A4_WIDTH, MINUTES_PAGE_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  self->title != NULL && self->title[0] != '\0' ? self->title : "Minutes");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Minutes " PACKAGE_VERSION);
  cr = cairo_create (surface);

  /* Unhinted metrics, as for printing: the layout does not depend on the
   * screen's resolution. */
  context = pango_cairo_create_context (cr);
  /* Pango's default is 96 dpi; on a PDF page a point is the unit. */
  pango_cairo_context_set_resolution (context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  n_pages = minutes_pango_backend_paginate (self, context, MINUTES_PAGE_A4_WIDTH, MINUTES_PAGE_A4_HEIGHT);
  for (guint i = 0; i < n_pages && closure.error == NULL; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &closure.error))
        break;
      minutes_pango_backend_draw_page (self, cr, i);
      cairo_show_page (cr);
    }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (closure.error != NULL)
    {
      g_propagate_error (error, closure.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write the PDF: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

static void
minutes_pango_backend_finalize (GObject *object)
{
  MinutesPangoBackend *self = (MinutesPangoBackend *) object;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->paragraphs, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->committee, g_free);
  g_clear_pointer (&self->date_text, g_free);
  g_clear_pointer (&self->confidential_label, g_free);
  g_clear_pointer (&self->page_number, g_free);

  G_OBJECT_CLASS (minutes_pango_backend_parent_class)->finalize (object);
}

static void
minutes_pango_backend_class_init (MinutesPangoBackendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MinutesBackendClass *backend_class = MINUTES_BACKEND_CLASS (klass);

  object_class->finalize = minutes_pango_backend_finalize;

  backend_class->begin_document = minutes_pango_backend_begin_document;
  backend_class->add_block = minutes_pango_backend_add_block;
}

static void
minutes_pango_backend_init (MinutesPangoBackend *self)
{
  self->paragraphs = g_ptr_array_new_with_free_func (paragraph_free);
  /* Pages first: their lines point into the layouts. */
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->committee = g_strdup ("");
  self->confidential_label = g_strdup ("");
  self->last_kind = -1;
}

MinutesPangoBackend *
minutes_pango_backend_new (void)
{
  return g_object_new (MINUTES_TYPE_PANGO_BACKEND, NULL);
}
