/* minutes-preview-backend.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-preview-backend"

#include "config.h"

#include "minutes-preview-backend.h"

/* The on-screen preview: renders the minutes into a GtkTextBuffer, one
 * paragraph per block, styled with text tags. Paragraphs are separated by
 * pixels-below rather than blank lines, and the lines of one list
 * (witnesses, actions, recommendations, documents, signatures) sit close
 * together. Colours come from the text view's style, never from the tags,
 * so the preview follows the light and dark styles. */
struct _MinutesPreviewBackend
{
  MinutesBackend  parent_instance;

  GtkTextBuffer  *buffer;

  /* GObject (an agenda item) → GtkTextMark at the start of its section */
  GHashTable     *marks;

  /* MinutesSectionKind → GtkTextMark at the start of the first section of
   * that kind about the meeting itself (header, attendance, closing) */
  GtkTextMark    *section_marks[MINUTES_SECTION_CLOSING + 1];

  /* The last paragraph, so that a following list line can tighten it */
  int             last_kind;
  int             last_start;
  int             last_end;
};

G_DEFINE_FINAL_TYPE (MinutesPreviewBackend, minutes_preview_backend, MINUTES_TYPE_BACKEND)

enum {
  PROP_0,
  PROP_BUFFER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Where the text of a numbered point starts; wrapped lines line up with it */
#define HANGING_INDENT 56

/* The tag that styles a whole paragraph of this kind, or NULL */
static const char *
get_block_tag_name (MinutesBlockKind kind)
{
  switch (kind)
    {
    case MINUTES_BLOCK_TITLE:
      return "title";

    case MINUTES_BLOCK_DATELINE:
      return "dateline";

    case MINUTES_BLOCK_ITEM_HEADING:
      return "item-heading";

    case MINUTES_BLOCK_HEADING:
      return "heading";

    case MINUTES_BLOCK_NOTE:
    case MINUTES_BLOCK_PROCEDURAL:
    case MINUTES_BLOCK_EXEMPT:
      return "aside";

    case MINUTES_BLOCK_DETAIL:
    case MINUTES_BLOCK_ATTENDANCE:
    case MINUTES_BLOCK_PARAGRAPH:
    case MINUTES_BLOCK_WITNESS:
    case MINUTES_BLOCK_POINT:
    case MINUTES_BLOCK_NARRATIVE:
    case MINUTES_BLOCK_ACTION:
    case MINUTES_BLOCK_RESOLUTION:
    case MINUTES_BLOCK_RESOLUTION_POINT:
    case MINUTES_BLOCK_MOTION:
    case MINUTES_BLOCK_DECLARATION:
    case MINUTES_BLOCK_ATTACHMENT:
    case MINUTES_BLOCK_DECISION:
    case MINUTES_BLOCK_SIGNATURE:
    default:
      return NULL;
    }
}

/* Numbered blocks whose number hangs in its own column */
static gboolean
has_hanging_number (MinutesBlockKind kind)
{
  return kind == MINUTES_BLOCK_ITEM_HEADING ||
         kind == MINUTES_BLOCK_POINT ||
         kind == MINUTES_BLOCK_ACTION ||
         kind == MINUTES_BLOCK_RESOLUTION_POINT;
}

static void
create_tags (MinutesPreviewBackend *self)
{
  PangoTabArray *tabs;

  /* Later tags take priority, so spacing comes first and the tags of
   * particular blocks can override it. */
  gtk_text_buffer_create_tag (self->buffer, "spaced",
                              "pixels-below-lines", 8,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "tight",
                              "pixels-below-lines", 2,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "confidential",
                              "weight", PANGO_WEIGHT_BOLD,
                              "justification", GTK_JUSTIFY_CENTER,
                              "letter-spacing", 2 * PANGO_SCALE,
                              "pixels-below-lines", 12,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "title",
                              "weight", PANGO_WEIGHT_BOLD,
                              "scale", 1.6,
                              "justification", GTK_JUSTIFY_CENTER,
                              "pixels-below-lines", 10,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "dateline",
                              "weight", PANGO_WEIGHT_BOLD,
                              "justification", GTK_JUSTIFY_CENTER,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "header-end",
                              "pixels-below-lines", 24,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "item-heading",
                              "weight", PANGO_WEIGHT_BOLD,
                              "scale", 1.3,
                              "pixels-above-lines", 18,
                              "pixels-below-lines", 10,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "heading",
                              "weight", PANGO_WEIGHT_BOLD,
                              "pixels-above-lines", 10,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "signatures",
                              "pixels-above-lines", 24,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "aside",
                              "style", PANGO_STYLE_ITALIC,
                              NULL);

  tabs = pango_tab_array_new_with_positions (1, TRUE,
                                             PANGO_TAB_LEFT, HANGING_INDENT);
  gtk_text_buffer_create_tag (self->buffer, "hanging",
                              "indent", -HANGING_INDENT,
                              "tabs", tabs,
                              NULL);
  pango_tab_array_free (tabs);

  /* Runs inside a paragraph */
  gtk_text_buffer_create_tag (self->buffer, "label",
                              "weight", PANGO_WEIGHT_BOLD,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "number",
                              "font-features", "tnum=1",
                              NULL);
}

static void
insert_with_tag (MinutesPreviewBackend *self,
                 const char            *text,
                 const char            *tag_name)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (self->buffer, &end);

  if (tag_name != NULL)
    gtk_text_buffer_insert_with_tags_by_name (self->buffer, &end, text, -1,
                                              tag_name, NULL);
  else
    gtk_text_buffer_insert (self->buffer, &end, text, -1);
}

static void
apply_tag_to_range (MinutesPreviewBackend *self,
                    const char            *tag_name,
                    int                    start_offset,
                    int                    end_offset)
{
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_iter_at_offset (self->buffer, &start, start_offset);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end, end_offset);
  gtk_text_buffer_apply_tag_by_name (self->buffer, tag_name, &start, &end);
}

static void
clear_marks (MinutesPreviewBackend *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->marks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    gtk_text_buffer_delete_mark (self->buffer, value);

  g_hash_table_remove_all (self->marks);

  for (guint i = 0; i < G_N_ELEMENTS (self->section_marks); i++)
    {
      if (self->section_marks[i] != NULL)
        gtk_text_buffer_delete_mark (self->buffer, self->section_marks[i]);
      g_clear_object (&self->section_marks[i]);
    }
}

static void
minutes_preview_backend_begin_document (MinutesBackend            *backend,
                                        const MinutesDocumentInfo *info)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (backend);

  clear_marks (self);
  gtk_text_buffer_set_text (self->buffer, "", 0);

  self->last_kind = -1;
  self->last_start = 0;
  self->last_end = 0;

  if (info->confidential && info->confidential_label != NULL)
    {
      insert_with_tag (self, info->confidential_label, "confidential");
      insert_with_tag (self, "\n", "confidential");
    }
}

static void
minutes_preview_backend_end_document (MinutesBackend *backend)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (backend);
  GtkTextIter start;
  GtkTextIter end;

  /* Every paragraph ends in a newline; drop the last one so that the
   * preview does not end in an empty line. */
  gtk_text_buffer_get_end_iter (self->buffer, &end);
  start = end;
  if (gtk_text_iter_backward_char (&start) &&
      gtk_text_iter_get_char (&start) == '\n')
    gtk_text_buffer_delete (self->buffer, &start, &end);
}

static void
minutes_preview_backend_begin_section (MinutesBackend     *backend,
                                       MinutesSectionKind  kind,
                                       GObject            *source)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (backend);
  GtkTextMark *old_mark;
  GtkTextMark *mark;
  GtkTextIter end;

  if (kind != MINUTES_SECTION_ITEM && MINUTES_IS_MEETING (source) &&
      kind < G_N_ELEMENTS (self->section_marks) &&
      self->section_marks[kind] == NULL)
    {
      gtk_text_buffer_get_end_iter (self->buffer, &end);
      mark = gtk_text_buffer_create_mark (self->buffer, NULL, &end, TRUE);
      self->section_marks[kind] = g_object_ref (mark);
      return;
    }

  if (kind != MINUTES_SECTION_ITEM || source == NULL)
    return;

  old_mark = g_hash_table_lookup (self->marks, source);
  if (old_mark != NULL)
    {
      gtk_text_buffer_delete_mark (self->buffer, old_mark);
      g_hash_table_remove (self->marks, source);
    }

  /* Left gravity: the mark stays before the text inserted after it */
  gtk_text_buffer_get_end_iter (self->buffer, &end);
  mark = gtk_text_buffer_create_mark (self->buffer, NULL, &end, TRUE);
  g_hash_table_insert (self->marks, g_object_ref (source), g_object_ref (mark));
}

static void
minutes_preview_backend_end_section (MinutesBackend     *backend,
                                     MinutesSectionKind  kind)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (backend);

  /* Set the title and date line apart from what follows */
  if (kind == MINUTES_SECTION_HEADER && self->last_kind != -1)
    apply_tag_to_range (self, "header-end", self->last_start, self->last_end);
}

static void
minutes_preview_backend_add_block (MinutesBackend     *backend,
                                   const MinutesBlock *block)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (backend);
  g_autofree char *text = minutes_block_dup_text (block);
  const char *block_tag_name = get_block_tag_name (block->kind);
  gboolean continues_list;
  gboolean hanging;
  GtkTextIter end;
  int start_offset;

  /* A list line follows the previous line of the same list closely */
  continues_list = minutes_block_kind_is_compact (block->kind) &&
                   self->last_kind == (int) block->kind;
  if (continues_list)
    apply_tag_to_range (self, "tight", self->last_start, self->last_end);

  gtk_text_buffer_get_end_iter (self->buffer, &end);
  start_offset = gtk_text_iter_get_offset (&end);

  hanging = block->number != NULL && has_hanging_number (block->kind);

  if (block->label != NULL)
    {
      insert_with_tag (self, block->label, "label");
      if (block->number != NULL || text[0] != '\0')
        insert_with_tag (self, " ", NULL);
    }

  if (block->number != NULL)
    {
      insert_with_tag (self, block->number, "number");
      if (text[0] != '\0')
        insert_with_tag (self, hanging ? "\t" : " ", NULL);
    }

  insert_with_tag (self, text, NULL);
  insert_with_tag (self, "\n", NULL);

  gtk_text_buffer_get_end_iter (self->buffer, &end);
  self->last_kind = block->kind;
  self->last_start = start_offset;
  self->last_end = gtk_text_iter_get_offset (&end);

  apply_tag_to_range (self, "spaced", self->last_start, self->last_end);
  if (block_tag_name != NULL)
    apply_tag_to_range (self, block_tag_name, self->last_start, self->last_end);
  if (hanging)
    apply_tag_to_range (self, "hanging", self->last_start, self->last_end);

  /* Room above the signature lines, as on paper */
  if (block->kind == MINUTES_BLOCK_SIGNATURE && !continues_list)
    apply_tag_to_range (self, "signatures", self->last_start, self->last_end);
}

static void
minutes_preview_backend_constructed (GObject *object)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (object);

  G_OBJECT_CLASS (minutes_preview_backend_parent_class)->constructed (object);

  g_assert (GTK_IS_TEXT_BUFFER (self->buffer));

  create_tags (self);
}

static void
minutes_preview_backend_dispose (GObject *object)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (object);

  if (self->buffer != NULL)
    clear_marks (self);
  g_clear_object (&self->buffer);

  G_OBJECT_CLASS (minutes_preview_backend_parent_class)->dispose (object);
}

static void
minutes_preview_backend_finalize (GObject *object)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (object);

  g_clear_pointer (&self->marks, g_hash_table_unref);

  G_OBJECT_CLASS (minutes_preview_backend_parent_class)->finalize (object);
}

static void
minutes_preview_backend_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (object);

  switch (prop_id)
    {
    case PROP_BUFFER:
      g_value_set_object (value, self->buffer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_preview_backend_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (object);

  switch (prop_id)
    {
    case PROP_BUFFER:
      self->buffer = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_preview_backend_class_init (MinutesPreviewBackendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MinutesBackendClass *backend_class = MINUTES_BACKEND_CLASS (klass);

  object_class->constructed = minutes_preview_backend_constructed;
  object_class->dispose = minutes_preview_backend_dispose;
  object_class->finalize = minutes_preview_backend_finalize;
  object_class->get_property = minutes_preview_backend_get_property;
  object_class->set_property = minutes_preview_backend_set_property;

  backend_class->begin_document = minutes_preview_backend_begin_document;
  backend_class->end_document = minutes_preview_backend_end_document;
  backend_class->begin_section = minutes_preview_backend_begin_section;
  backend_class->end_section = minutes_preview_backend_end_section;
  backend_class->add_block = minutes_preview_backend_add_block;

  /**
   * MinutesPreviewBackend:buffer:
   *
   * The text buffer the minutes are rendered into. Its contents are
   * replaced at the start of every rendering.
   */
  properties[PROP_BUFFER] =
    g_param_spec_object ("buffer", NULL, NULL,
                         GTK_TYPE_TEXT_BUFFER,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
minutes_preview_backend_init (MinutesPreviewBackend *self)
{
  self->marks = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
  self->last_kind = -1;
}

/**
 * minutes_preview_backend_new:
 * @buffer: the buffer to render into
 *
 * Creates a back end that renders into @buffer, adding its text tags to
 * the buffer's tag table.
 *
 * Returns: (transfer full): a new #MinutesPreviewBackend
 */
MinutesPreviewBackend *
minutes_preview_backend_new (GtkTextBuffer *buffer)
{
  g_return_val_if_fail (GTK_IS_TEXT_BUFFER (buffer), NULL);

  return g_object_new (MINUTES_TYPE_PREVIEW_BACKEND,
                       "buffer", buffer,
                       NULL);
}

GtkTextBuffer *
minutes_preview_backend_get_buffer (MinutesPreviewBackend *self)
{
  g_return_val_if_fail (MINUTES_IS_PREVIEW_BACKEND (self), NULL);

  return self->buffer;
}

/**
 * minutes_preview_backend_get_mark_for:
 * @self: a #MinutesPreviewBackend
 * @source: an agenda item of the rendered meeting
 *
 * Finds where the section of @source starts in the buffer, so that the
 * view can scroll to it.
 *
 * Returns: (transfer none) (nullable): the mark, or %NULL if @source was
 *   not rendered as a section
 */
GtkTextMark *
minutes_preview_backend_get_mark_for (MinutesPreviewBackend *self,
                                      GObject               *source)
{
  g_return_val_if_fail (MINUTES_IS_PREVIEW_BACKEND (self), NULL);
  g_return_val_if_fail (G_IS_OBJECT (source), NULL);

  return g_hash_table_lookup (self->marks, source);
}

/**
 * minutes_preview_backend_get_mark_for_section:
 * @self: a #MinutesPreviewBackend
 * @kind: a section about the meeting as a whole (header, attendance, closing)
 *
 * Returns: (transfer none) (nullable): a mark at the start of the first
 *   such section of the last document rendered, if it had one
 */
GtkTextMark *
minutes_preview_backend_get_mark_for_section (MinutesPreviewBackend *self,
                                              MinutesSectionKind     kind)
{
  g_return_val_if_fail (MINUTES_IS_PREVIEW_BACKEND (self), NULL);
  g_return_val_if_fail (kind < G_N_ELEMENTS (self->section_marks), NULL);

  return self->section_marks[kind];
}
