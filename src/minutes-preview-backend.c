/* minutes-preview-backend.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-preview-backend"

#include "config.h"

#include <string.h>

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

  /* Where text is written: the end of the buffer, or the place of a
   * section being replaced (right gravity: it moves on as text goes in) */
  GtkTextMark    *cursor;

  /* What the buffer shows, section by section (Chunk), and what the
   * rendering under way produces. Only the sections that differ are
   * written again: an edit in one agenda item of a long meeting rewrites
   * that item, not the whole preview. */
  GPtrArray      *chunks;
  GPtrArray      *recording;

  /* An agenda item the renderer printed before and prints again the same
   * (minutes_backend_begin_reusable()) takes its chunks from the last
   * rendering rather than recording them again: the stamp of the item's
   * print → index + 1 of its first chunk in chunks. While a new print is
   * recorded, reusable_stamp is its stamp, which its chunks take. */
  GHashTable     *chunk_by_stamp;
  guint64         reusable_stamp;
};

typedef enum
{
  OP_CONFIDENTIAL,
  OP_BEGIN_SECTION,
  OP_END_SECTION,
  OP_BLOCK,
} OpKind;

typedef struct
{
  OpKind   op;
  int      kind;       /* MinutesSectionKind or MinutesBlockKind */
  GObject *source;     /* of a section; compared, never dereferenced */
  char    *label;
  char    *number;
  char    *text;
} Op;

/* One section of the document (or what comes before the first) */
typedef struct
{
  GObject     *source;       /* compared, never dereferenced */
  int          kind;         /* MinutesSectionKind, or -1 */
  GArray      *ops;          /* of Op, until written */
  GChecksum   *checksum;     /* of everything the ops print, while recording */
  guint8       signature[16];/* then its MD5, to compare (a change to find,
                              * not a forgery: the fastest of GChecksum's) */
  int          first_block;  /* kind of its first block, or -1 */
  GtkTextMark *mark;         /* its start in the buffer, once written */
  guint64      stamp;        /* of the agenda item's print it is part of, or 0 */
} Chunk;

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
clear_op (gpointer data)
{
  Op *op = data;

  g_free (op->label);
  g_free (op->number);
  g_free (op->text);
}

static void
chunk_free (gpointer data)
{
  Chunk *chunk = data;

  g_array_unref (chunk->ops);
  g_clear_pointer (&chunk->checksum, g_checksum_free);
  if (chunk->mark != NULL)
    {
      if (!gtk_text_mark_get_deleted (chunk->mark))
        gtk_text_buffer_delete_mark (gtk_text_mark_get_buffer (chunk->mark), chunk->mark);
      g_object_unref (chunk->mark);
    }
  g_free (chunk);
}

static Chunk *
chunk_new (int      kind,
           GObject *source)
{
  Chunk *chunk = g_new0 (Chunk, 1);

  chunk->kind = kind;
  chunk->source = source;
  chunk->ops = g_array_new (FALSE, TRUE, sizeof (Op));
  g_array_set_clear_func (chunk->ops, clear_op);
  chunk->checksum = g_checksum_new (G_CHECKSUM_MD5);
  chunk->first_block = -1;

  return chunk;
}

/* The chunk the last rendering wrote, for the new one, which prints the
 * same: its ops move over (the old chunk only serves to compare and to
 * hand over its mark) */
static Chunk *
chunk_take (Chunk *old)
{
  Chunk *chunk = g_new0 (Chunk, 1);

  chunk->kind = old->kind;
  chunk->source = old->source;
  chunk->ops = g_steal_pointer (&old->ops);
  old->ops = g_array_new (FALSE, TRUE, sizeof (Op));
  memcpy (chunk->signature, old->signature, sizeof chunk->signature);
  chunk->first_block = old->first_block;
  chunk->stamp = old->stamp;

  return chunk;
}

static void
record (MinutesPreviewBackend *self,
        Op                    *op)
{
  Chunk *chunk = g_ptr_array_index (self->recording, self->recording->len - 1);
  char head[64];

  /* Fields apart: a separator (\037, \036) never in the text */
  g_snprintf (head, sizeof head, "%d:%d:%p:", op->op, op->kind, (gpointer) op->source);
  g_checksum_update (chunk->checksum, (const guchar *) head, -1);
  if (op->label != NULL)
    g_checksum_update (chunk->checksum, (const guchar *) op->label, -1);
  g_checksum_update (chunk->checksum, (const guchar *) "\037", 1);
  if (op->number != NULL)
    g_checksum_update (chunk->checksum, (const guchar *) op->number, -1);
  g_checksum_update (chunk->checksum, (const guchar *) "\037", 1);
  if (op->text != NULL)
    g_checksum_update (chunk->checksum, (const guchar *) op->text, -1);
  g_checksum_update (chunk->checksum, (const guchar *) "\036", 1);
  if (op->op == OP_BLOCK && chunk->first_block == -1)
    chunk->first_block = op->kind;
  g_array_append_vals (chunk->ops, op, 1);
}

static void
get_cursor_iter (MinutesPreviewBackend *self,
                 GtkTextIter           *iter)
{
  gtk_text_buffer_get_iter_at_mark (self->buffer, iter, self->cursor);
}

static void
insert_with_tag (MinutesPreviewBackend *self,
                 const char            *text,
                 const char            *tag_name)
{
  GtkTextIter end;
  GtkTextIter start;
  int start_offset;

  get_cursor_iter (self, &end);

  /* Text inserted between two tagged characters takes their tags: in the
   * middle of the buffer (a section being replaced), start it bare */
  if (!gtk_text_iter_is_end (&end))
    {
      start_offset = gtk_text_iter_get_offset (&end);
      gtk_text_buffer_insert (self->buffer, &end, text, -1);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, start_offset);
      gtk_text_buffer_remove_all_tags (self->buffer, &start, &end);
      if (tag_name != NULL)
        gtk_text_buffer_apply_tag_by_name (self->buffer, tag_name, &start, &end);
      return;
    }

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

  g_clear_pointer (&self->recording, g_ptr_array_unref);
  self->recording = g_ptr_array_new_with_free_func (chunk_free);
  g_ptr_array_add (self->recording, chunk_new (-1, NULL));

  if (info->confidential && info->confidential_label != NULL)
    record (self, &(Op) { OP_CONFIDENTIAL, 0, NULL, NULL, NULL, g_strdup (info->confidential_label) });
}

/* Every paragraph ends in a newline; the last one is dropped so that the
 * preview does not end in an empty line. */
static void
trim_last_newline (MinutesPreviewBackend *self)
{
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (self->buffer, &end);
  start = end;
  if (gtk_text_iter_backward_char (&start) &&
      gtk_text_iter_get_char (&start) == '\n')
    gtk_text_buffer_delete (self->buffer, &start, &end);
}

static void write_begin_section (MinutesPreviewBackend *self,
                                 MinutesSectionKind     kind,
                                 GObject               *source);
static void write_end_section   (MinutesPreviewBackend *self,
                                 MinutesSectionKind     kind);
static void write_block         (MinutesPreviewBackend *self,
                                 const Op              *op);

/* Writes @chunk at the cursor, with a mark at its start */
static void
write_chunk (MinutesPreviewBackend *self,
             Chunk                 *chunk)
{
  GtkTextIter start;

  get_cursor_iter (self, &start);
  chunk->mark = g_object_ref (gtk_text_buffer_create_mark (self->buffer, NULL, &start, TRUE));

  for (guint i = 0; i < chunk->ops->len; i++)
    {
      const Op *op = &g_array_index (chunk->ops, Op, i);

      switch (op->op)
        {
        case OP_CONFIDENTIAL:
          insert_with_tag (self, op->text, "confidential");
          insert_with_tag (self, "\n", "confidential");
          break;

        case OP_BEGIN_SECTION:
          write_begin_section (self, op->kind, op->source);
          break;

        case OP_END_SECTION:
          write_end_section (self, op->kind);
          break;

        case OP_BLOCK:
        default:
          write_block (self, op);
          break;
        }
    }
}

/* Sets last_* to the paragraph before @iter (the line it ends), as a
 * full rendering would have them there */
static void
set_last_paragraph (MinutesPreviewBackend *self,
                    const GtkTextIter     *iter,
                    int                    kind)
{
  GtkTextIter start = *iter;

  self->last_kind = kind;
  self->last_end = gtk_text_iter_get_offset (iter);
  if (gtk_text_iter_backward_char (&start))
    gtk_text_iter_set_line_offset (&start, 0);
  self->last_start = gtk_text_iter_get_offset (&start);
}

static int
get_last_block (Chunk *chunk)
{
  for (guint i = chunk->ops->len; i > 0; i--)
    {
      const Op *op = &g_array_index (chunk->ops, Op, i - 1);

      if (op->op == OP_BLOCK)
        return op->kind;
    }

  return -1;
}

/* The marks of chunks[@from] on (and of their sections) that sit at
 * @offset, where new text is about to go in, into @displaced: the caller
 * moves them after it */
static void
collect_displaced_marks (MinutesPreviewBackend *self,
                         guint                  from,
                         int                    offset,
                         GPtrArray             *displaced)
{
  for (guint j = from; j < self->chunks->len; j++)
    {
      Chunk *later = g_ptr_array_index (self->chunks, j);
      GtkTextMark *mark = NULL;
      GtkTextIter iter;

      gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, later->mark);
      if (gtk_text_iter_get_offset (&iter) != offset)
        break;
      g_ptr_array_add (displaced, later->mark);

      if (later->kind == MINUTES_SECTION_ITEM && later->source != NULL)
        mark = g_hash_table_lookup (self->marks, later->source);
      else if (later->kind >= 0 && later->kind < (int) G_N_ELEMENTS (self->section_marks))
        mark = self->section_marks[later->kind];
      if (mark != NULL)
        {
          gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, mark);
          if (gtk_text_iter_get_offset (&iter) == offset)
            g_ptr_array_add (displaced, mark);
        }
    }
}

/* Before text is written again from @start, in place of chunks[@first]
 * on: the paragraph before is as a rendering would leave it, and whether
 * it is tight is for the new text to decide */
static void
begin_rewrite (MinutesPreviewBackend *self,
               GPtrArray             *recording,
               guint                  first,
               GtkTextIter           *start)
{
  int previous_kind = -1;

  for (guint i = first; i > 0 && previous_kind == -1; i--)
    previous_kind = get_last_block (g_ptr_array_index (recording, i - 1));

  if (previous_kind != -1)
    {
      GtkTextIter line = *start;

      set_last_paragraph (self, start, previous_kind);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &line, self->last_start);
      gtk_text_buffer_remove_tag_by_name (self->buffer, "tight", &line, start);
    }
  else
    {
      self->last_kind = -1;
    }
}

/* Writes recording[@from, @to) at @start in place of the old text from
 * @start up to the old chunk @next (or the end): the new text goes in
 * before the old, which then goes, and the marks of the sections after
 * that sat where the new text went in end up after it */
static void
rewrite (MinutesPreviewBackend *self,
         GPtrArray             *recording,
         guint                  from,
         guint                  to,
         guint                  next,
         GtkTextIter           *start)
{
  Chunk *next_chunk = next < self->chunks->len ? g_ptr_array_index (self->chunks, next) : NULL;
  g_autoptr(GPtrArray) displaced = g_ptr_array_new ();
  int start_offset = gtk_text_iter_get_offset (start);
  int old_length;
  GtkTextIter end;

  collect_displaced_marks (self, next, start_offset, displaced);

  if (next_chunk != NULL)
    gtk_text_buffer_get_iter_at_mark (self->buffer, &end, next_chunk->mark);
  else
    gtk_text_buffer_get_end_iter (self->buffer, &end);
  old_length = gtk_text_iter_get_offset (&end) - start_offset;

  gtk_text_buffer_move_mark (self->buffer, self->cursor, start);
  for (guint i = from; i < to; i++)
    write_chunk (self, g_ptr_array_index (recording, i));
  get_cursor_iter (self, start);
  for (guint j = 0; j < displaced->len; j++)
    gtk_text_buffer_move_mark (self->buffer, g_ptr_array_index (displaced, j), start);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &end, gtk_text_iter_get_offset (start) + old_length);
  gtk_text_buffer_delete (self->buffer, start, &end);

  /* A list going on in the next chunk keeps the last paragraph tight */
  if (next_chunk != NULL && self->last_kind != -1 && next_chunk->first_block == self->last_kind &&
      minutes_block_kind_is_compact (next_chunk->first_block))
    apply_tag_to_range (self, "tight", self->last_start, self->last_end);
}

/* Replaces what chunks[@index] wrote with @chunk */
static void
replace_chunk (MinutesPreviewBackend *self,
               GPtrArray             *recording,
               guint                  index)
{
  Chunk *old = g_ptr_array_index (self->chunks, index);
  GtkTextIter start;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &start, old->mark);
  begin_rewrite (self, recording, index, &start);
  rewrite (self, recording, index, index + 1, index + 1, &start);
}

static gboolean
same_structure (GPtrArray *a,
                GPtrArray *b)
{
  if (a == NULL || a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      Chunk *x = g_ptr_array_index (a, i);
      Chunk *y = g_ptr_array_index (b, i);

      if (x->kind != y->kind || x->source != y->source)
        return FALSE;
    }

  return TRUE;
}

static gboolean
same_chunk (Chunk *a,
            Chunk *b)
{
  return a->kind == b->kind && a->source == b->source &&
         memcmp (a->signature, b->signature, sizeof a->signature) == 0;
}

/* Agenda items added, removed or moved: the chunks before and after the
 * change read the same, and only those between are written again, rather
 * than the whole document. Sets @prefix and @suffix to the numbers of
 * chunks kept at either end, or returns FALSE when the whole document is
 * to be written: another document, or a change in the sections about the
 * meeting itself (whose marks are found by kind, not by source). */
static gboolean
find_changed_range (MinutesPreviewBackend *self,
                    GPtrArray             *recording,
                    guint                 *prefix,
                    guint                 *suffix)
{
  GObject *meeting = NULL;
  guint n_old, n_new, p = 0, q = 0;

  if (self->chunks == NULL)
    return FALSE;

  n_old = self->chunks->len;
  n_new = recording->len;
  while (p < n_old && p < n_new &&
         same_chunk (g_ptr_array_index (self->chunks, p), g_ptr_array_index (recording, p)))
    p++;
  while (q < n_old - p && q < n_new - p &&
         same_chunk (g_ptr_array_index (self->chunks, n_old - 1 - q),
                     g_ptr_array_index (recording, n_new - 1 - q)))
    q++;

  /* The same meeting: its header is kept (a source of the new recording
   * is alive, and the old one equal to it is the same object) */
  for (guint i = 0; i < p && meeting == NULL; i++)
    {
      Chunk *chunk = g_ptr_array_index (recording, i);

      if (chunk->kind == MINUTES_SECTION_HEADER && MINUTES_IS_MEETING (chunk->source))
        meeting = chunk->source;
    }
  if (meeting == NULL)
    return FALSE;

  /* Only sections about agenda items change */
  for (guint i = p; i < n_old - q; i++)
    if (((Chunk *) g_ptr_array_index (self->chunks, i))->source == meeting)
      return FALSE;
  for (guint i = p; i < n_new - q; i++)
    if (((Chunk *) g_ptr_array_index (recording, i))->source == meeting)
      return FALSE;

  *prefix = p;
  *suffix = q;

  return TRUE;
}

/* Replaces what chunks[@prefix] up to the last @suffix chunks wrote with
 * the chunks of @recording between the same ends */
static void
replace_range (MinutesPreviewBackend *self,
               GPtrArray             *recording,
               guint                  prefix,
               guint                  suffix)
{
  guint old_end = self->chunks->len - suffix;
  guint new_end = recording->len - suffix;
  GtkTextIter start, end;

  /* The last paragraph loses its trimmed newline while text follows it */
  if (suffix == 0)
    {
      gtk_text_buffer_get_end_iter (self->buffer, &end);
      gtk_text_buffer_insert (self->buffer, &end, "\n", 1);
    }

  /* The items gone or written again lose their marks */
  for (guint i = prefix; i < old_end; i++)
    {
      Chunk *old = g_ptr_array_index (self->chunks, i);
      GtkTextMark *mark;

      if (old->kind != MINUTES_SECTION_ITEM || old->source == NULL)
        continue;
      mark = g_hash_table_lookup (self->marks, old->source);
      if (mark != NULL)
        {
          gtk_text_buffer_delete_mark (self->buffer, mark);
          g_hash_table_remove (self->marks, old->source);
        }
    }

  if (prefix < self->chunks->len)
    gtk_text_buffer_get_iter_at_mark (self->buffer, &start,
                                      ((Chunk *) g_ptr_array_index (self->chunks, prefix))->mark);
  else
    gtk_text_buffer_get_end_iter (self->buffer, &start);
  begin_rewrite (self, recording, prefix, &start);
  rewrite (self, recording, prefix, new_end, old_end, &start);

  if (suffix == 0)
    trim_last_newline (self);

  /* The chunks kept keep their marks */
  for (guint i = 0; i < prefix; i++)
    ((Chunk *) g_ptr_array_index (recording, i))->mark =
      g_steal_pointer (&((Chunk *) g_ptr_array_index (self->chunks, i))->mark);
  for (guint j = 0; j < suffix; j++)
    ((Chunk *) g_ptr_array_index (recording, new_end + j))->mark =
      g_steal_pointer (&((Chunk *) g_ptr_array_index (self->chunks, old_end + j))->mark);
}

static void
minutes_preview_backend_end_document (MinutesBackend *backend)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (backend);
  g_autoptr(GPtrArray) recording = g_steal_pointer (&self->recording);
  GtkTextIter end;
  guint prefix, suffix;

  for (guint i = 0; i < recording->len; i++)
    {
      Chunk *chunk = g_ptr_array_index (recording, i);
      gsize length = sizeof chunk->signature;

      if (chunk->checksum == NULL)
        continue;   /* taken from the last rendering, signature and all */
      g_checksum_get_digest (chunk->checksum, chunk->signature, &length);
      g_clear_pointer (&chunk->checksum, g_checksum_free);
    }

  if (same_structure (self->chunks, recording))
    {
      guint last = recording->len - 1;
      gboolean last_written = FALSE;

      /* The same sections: write again only those that changed */
      for (guint i = 0; i < recording->len; i++)
        {
          Chunk *old = g_ptr_array_index (self->chunks, i);
          Chunk *chunk = g_ptr_array_index (recording, i);

          if (memcmp (old->signature, chunk->signature, sizeof chunk->signature) == 0)
            {
              chunk->mark = g_steal_pointer (&old->mark);
              continue;
            }

          if (i == last)
            {
              /* The trimmed newline comes back for the replacement */
              gtk_text_buffer_get_end_iter (self->buffer, &end);
              gtk_text_buffer_insert (self->buffer, &end, "\n", 1);
              last_written = TRUE;
            }
          /* The old chunk's mark goes with it */
          replace_chunk (self, recording, i);
        }
      if (last_written)
        trim_last_newline (self);
    }
  else if (find_changed_range (self, recording, &prefix, &suffix))
    {
      /* Agenda items added, removed or moved */
      replace_range (self, recording, prefix, suffix);
    }
  else
    {
      /* Another document, or the meeting's own sections changed */
      minutes_preview_backend_clear (self);

      for (guint i = 0; i < recording->len; i++)
        write_chunk (self, g_ptr_array_index (recording, i));
      trim_last_newline (self);
    }

  /* What the chunks print is written. Those of agenda items keep their
   * ops, for the next rendering to take when the item is unchanged (one
   * copy of the items' text); of the others only the signatures are kept,
   * to compare with the next rendering. */
  g_hash_table_remove_all (self->chunk_by_stamp);
  for (guint i = 0; i < recording->len; i++)
    {
      Chunk *chunk = g_ptr_array_index (recording, i);

      if (chunk->stamp == 0)
        g_array_set_size (chunk->ops, 0);
      else if (!g_hash_table_contains (self->chunk_by_stamp, &chunk->stamp))
        g_hash_table_insert (self->chunk_by_stamp, &chunk->stamp, GUINT_TO_POINTER (i + 1));
    }

  g_clear_pointer (&self->chunks, g_ptr_array_unref);
  self->chunks = g_steal_pointer (&recording);

  /* Writes go to the end again */
  gtk_text_buffer_get_end_iter (self->buffer, &end);
  gtk_text_buffer_move_mark (self->buffer, self->cursor, &end);
}

static void
minutes_preview_backend_begin_section (MinutesBackend     *backend,
                                       MinutesSectionKind  kind,
                                       GObject            *source)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (backend);

  Chunk *chunk = chunk_new (kind, source);

  chunk->stamp = self->reusable_stamp;
  g_ptr_array_add (self->recording, chunk);
  record (self, &(Op) { OP_BEGIN_SECTION, kind, source, NULL, NULL, NULL });
}

static void
write_begin_section (MinutesPreviewBackend *self,
                     MinutesSectionKind     kind,
                     GObject               *source)
{
  GtkTextMark *old_mark;
  GtkTextMark *mark;
  GtkTextIter end;

  if (kind != MINUTES_SECTION_ITEM && MINUTES_IS_MEETING (source) &&
      kind < G_N_ELEMENTS (self->section_marks) &&
      self->section_marks[kind] == NULL)
    {
      get_cursor_iter (self, &end);
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
  get_cursor_iter (self, &end);
  mark = gtk_text_buffer_create_mark (self->buffer, NULL, &end, TRUE);
  g_hash_table_insert (self->marks, g_object_ref (source), g_object_ref (mark));
}

static void
minutes_preview_backend_end_section (MinutesBackend     *backend,
                                     MinutesSectionKind  kind)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (backend);

  record (self, &(Op) { OP_END_SECTION, kind, NULL, NULL, NULL, NULL });
}

static void
write_end_section (MinutesPreviewBackend *self,
                   MinutesSectionKind     kind)
{
  /* Set the title and date line apart from what follows */
  if (kind == MINUTES_SECTION_HEADER && self->last_kind != -1)
    apply_tag_to_range (self, "header-end", self->last_start, self->last_end);
}

static void
minutes_preview_backend_add_block (MinutesBackend     *backend,
                                   const MinutesBlock *block)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (backend);

  record (self, &(Op) { OP_BLOCK, block->kind, NULL, g_strdup (block->label), g_strdup (block->number),
                        minutes_block_dup_text (block) });
}

static gboolean
minutes_preview_backend_begin_reusable (MinutesBackend *backend,
                                        guint64         stamp)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (backend);
  guint first = GPOINTER_TO_UINT (g_hash_table_lookup (self->chunk_by_stamp, &stamp));

  if (first == 0)
    {
      self->reusable_stamp = stamp;
      return FALSE;
    }

  /* Its chunks follow one another; they move to this rendering once */
  g_hash_table_remove (self->chunk_by_stamp, &stamp);
  for (guint i = first - 1; i < self->chunks->len; i++)
    {
      Chunk *old = g_ptr_array_index (self->chunks, i);

      if (old->stamp != stamp)
        break;
      g_ptr_array_add (self->recording, chunk_take (old));
    }

  return TRUE;
}

static void
minutes_preview_backend_end_reusable (MinutesBackend *backend)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (backend);

  self->reusable_stamp = 0;
}

static void
write_block (MinutesPreviewBackend *self,
             const Op              *block)
{
  const char *text = block->text;
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

  get_cursor_iter (self, &end);
  start_offset = gtk_text_iter_get_offset (&end);

  hanging = block->number != NULL && has_hanging_number (block->kind);

  /* The untagged runs go in with one insertion each: a long meeting has
   * thousands of paragraphs, and every insertion is a signal emission and
   * a walk down the buffer's tree */
  if (block->label != NULL)
    {
      insert_with_tag (self, block->label, "label");
      if (block->number != NULL)
        insert_with_tag (self, " ", NULL);
    }

  if (block->number != NULL)
    insert_with_tag (self, block->number, "number");

  {
    g_autofree char *rest = NULL;
    const char *separator = "";

    if (text[0] != '\0' && block->number != NULL)
      separator = hanging ? "\t" : " ";
    else if (text[0] != '\0' && block->label != NULL)
      separator = " ";

    rest = g_strconcat (separator, text, "\n", NULL);
    insert_with_tag (self, rest, NULL);
  }

  get_cursor_iter (self, &end);
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

  {
    GtkTextIter end;

    gtk_text_buffer_get_end_iter (self->buffer, &end);
    self->cursor = g_object_ref (gtk_text_buffer_create_mark (self->buffer, NULL, &end, FALSE));
  }
}

static void
minutes_preview_backend_dispose (GObject *object)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (object);

  g_clear_pointer (&self->recording, g_ptr_array_unref);
  g_hash_table_remove_all (self->chunk_by_stamp);
  g_clear_pointer (&self->chunks, g_ptr_array_unref);
  if (self->buffer != NULL)
    {
      clear_marks (self);
      if (self->cursor != NULL && !gtk_text_mark_get_deleted (self->cursor))
        gtk_text_buffer_delete_mark (self->buffer, self->cursor);
    }
  g_clear_object (&self->cursor);
  g_clear_object (&self->buffer);

  G_OBJECT_CLASS (minutes_preview_backend_parent_class)->dispose (object);
}

static void
minutes_preview_backend_finalize (GObject *object)
{
  MinutesPreviewBackend *self = MINUTES_PREVIEW_BACKEND (object);

  g_clear_pointer (&self->marks, g_hash_table_unref);
  g_clear_pointer (&self->chunk_by_stamp, g_hash_table_unref);

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
  backend_class->begin_reusable = minutes_preview_backend_begin_reusable;
  backend_class->end_reusable = minutes_preview_backend_end_reusable;

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
  /* Keys point at the stamps of the chunks */
  self->chunk_by_stamp = g_hash_table_new (g_int64_hash, g_int64_equal);
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
 * minutes_preview_backend_clear:
 * @self: a #MinutesPreviewBackend
 *
 * Empties the buffer, as before the first rendering: the next rendering
 * writes the document in full.
 */
void
minutes_preview_backend_clear (MinutesPreviewBackend *self)
{
  GtkTextIter end;

  g_return_if_fail (MINUTES_IS_PREVIEW_BACKEND (self));

  g_hash_table_remove_all (self->chunk_by_stamp);
  g_clear_pointer (&self->chunks, g_ptr_array_unref);
  clear_marks (self);
  gtk_text_buffer_set_text (self->buffer, "", 0);
  gtk_text_buffer_get_end_iter (self->buffer, &end);
  gtk_text_buffer_move_mark (self->buffer, self->cursor, &end);
  self->last_kind = -1;
  self->last_start = 0;
  self->last_end = 0;
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
