/* test-preview.c: the preview rewrites only the sections that changed
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "minutes-preview-backend.h"
#include "ui-test.h"

static MinutesMeeting *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "2024-01-16-safer-stronger-communities.minutes",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MinutesMeeting *meeting = minutes_document_load (file, NULL, &error);

  g_assert_no_error (error);

  return meeting;
}

static void
render (MinutesMeeting        *meeting,
        MinutesPreviewBackend *backend)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesTemplate) template = minutes_template_lookup_for_meeting (meeting, &error);

  g_assert_no_error (error);
  minutes_render (meeting, template, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT,
                  MINUTES_BACKEND (backend));
}

/* As the window renders: with a cache, from which the preview takes the
 * items that did not change as they are */
static void
render_cached (MinutesMeeting        *meeting,
               MinutesPreviewBackend *backend,
               MinutesRenderCache    *cache)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesTemplate) template = minutes_template_lookup_for_meeting (meeting, &error);

  g_assert_no_error (error);
  minutes_render_cached (meeting, template, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT,
                         MINUTES_BACKEND (backend), cache);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The text with every tag toggle, so that two buffers compare as a
 * reader would see them */
static char *
describe_buffer (GtkTextBuffer *buffer)
{
  GString *out = g_string_new (NULL);
  GtkTextIter iter;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_string_append (out, text);
  g_string_append (out, "\n----\n");

  gtk_text_buffer_get_start_iter (buffer, &iter);
  do
    {
      g_autoptr(GSList) on = gtk_text_iter_get_toggled_tags (&iter, TRUE);
      g_autoptr(GSList) off = gtk_text_iter_get_toggled_tags (&iter, FALSE);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

      for (GSList *l = on; l != NULL; l = l->next)
        {
          g_autofree char *name = NULL;

          g_object_get (l->data, "name", &name, NULL);
          g_ptr_array_add (names, g_strconcat ("+", name, NULL));
        }
      for (GSList *l = off; l != NULL; l = l->next)
        {
          g_autofree char *name = NULL;

          g_object_get (l->data, "name", &name, NULL);
          g_ptr_array_add (names, g_strconcat ("-", name, NULL));
        }
      g_ptr_array_sort (names, compare_names);
      if (names->len > 0)
        {
          g_string_append_printf (out, "%d:", gtk_text_iter_get_offset (&iter));
          for (guint i = 0; i < names->len; i++)
            g_string_append_printf (out, " %s", (char *) g_ptr_array_index (names, i));
          g_string_append_c (out, '\n');
        }
    }
  while (gtk_text_iter_forward_to_tag_toggle (&iter, NULL));

  return g_string_free (out, FALSE);
}

static int
get_mark_offset (MinutesPreviewBackend *backend,
                 GObject               *source)
{
  GtkTextMark *mark = minutes_preview_backend_get_mark_for (backend, source);
  GtkTextIter iter;

  g_assert_nonnull (mark);
  gtk_text_buffer_get_iter_at_mark (minutes_preview_backend_get_buffer (backend), &iter, mark);

  return gtk_text_iter_get_offset (&iter);
}

static void
delete_range_cb (GtkTextBuffer *buffer,
                 GtkTextIter   *start,
                 GtkTextIter   *end,
                 int           *deleted)
{
  *deleted += gtk_text_iter_get_offset (end) - gtk_text_iter_get_offset (start);
}

/* After @edit, the preview updated in place (with @cache, or without when
 * NULL) reads exactly as one rendered afresh, and fewer than @max_deleted
 * characters were rewritten */
static void
check_edit (MinutesMeeting        *meeting,
            MinutesPreviewBackend *updated,
            MinutesRenderCache    *cache,
            void                 (*edit) (MinutesMeeting *meeting),
            int                    max_deleted)
{
  g_autoptr(GtkTextBuffer) fresh_buffer = gtk_text_buffer_new (NULL);
  g_autoptr(MinutesPreviewBackend) fresh = minutes_preview_backend_new (fresh_buffer);
  GtkTextBuffer *buffer = minutes_preview_backend_get_buffer (updated);
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  GListModel *items = minutes_meeting_get_items (meeting);
  int deleted = 0;
  gulong handler;

  edit (meeting);

  handler = g_signal_connect (buffer, "delete-range", G_CALLBACK (delete_range_cb), &deleted);
  if (cache != NULL)
    render_cached (meeting, updated, cache);
  else
    render (meeting, updated);
  g_signal_handler_disconnect (buffer, handler);
  render (meeting, fresh);

  expected = describe_buffer (fresh_buffer);
  got = describe_buffer (buffer);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpint (deleted, <=, max_deleted);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);

      g_assert_cmpint (get_mark_offset (updated, item), ==, get_mark_offset (fresh, item));
    }
  for (MinutesSectionKind kind = 0; kind <= MINUTES_SECTION_CLOSING; kind++)
    {
      GtkTextMark *updated_mark = minutes_preview_backend_get_mark_for_section (updated, kind);
      GtkTextMark *fresh_mark = minutes_preview_backend_get_mark_for_section (fresh, kind);
      GtkTextIter updated_iter, fresh_iter;

      g_assert_true ((updated_mark == NULL) == (fresh_mark == NULL));
      if (fresh_mark == NULL)
        continue;
      gtk_text_buffer_get_iter_at_mark (buffer, &updated_iter, updated_mark);
      gtk_text_buffer_get_iter_at_mark (fresh_buffer, &fresh_iter, fresh_mark);
      g_assert_cmpint (gtk_text_iter_get_offset (&updated_iter), ==, gtk_text_iter_get_offset (&fresh_iter));
    }
}

static MinutesAgendaItem *
get_item_with_points (MinutesMeeting *meeting,
                      gboolean        last)
{
  GListModel *items = minutes_meeting_get_items (meeting);
  MinutesAgendaItem *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);

      if (g_list_model_get_n_items (minutes_agenda_item_get_discussion (item)) > 1)
        {
          found = item;
          if (!last)
            break;
        }
    }

  g_assert_nonnull (found);

  return found;   /* the meeting keeps it */
}

static void
edit_point_text (MinutesMeeting *meeting)
{
  MinutesAgendaItem *item = get_item_with_points (meeting, FALSE);
  g_autoptr(MinutesDiscussionEntry) entry =
    g_list_model_get_item (minutes_agenda_item_get_discussion (item), 0);

  minutes_discussion_entry_set_text (entry, "A key point, rewritten in the middle of the meeting.");
}

static void
edit_last_item_title (MinutesMeeting *meeting)
{
  MinutesAgendaItem *item = get_item_with_points (meeting, TRUE);

  minutes_agenda_item_set_title (item, "A new title for a later item");
}

static void
add_point (MinutesMeeting *meeting)
{
  MinutesAgendaItem *item = get_item_with_points (meeting, FALSE);
  g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();

  minutes_discussion_entry_set_text (entry, "One more key point.");
  minutes_agenda_item_append_entry (item, entry);
}

static void
remove_point (MinutesMeeting *meeting)
{
  MinutesAgendaItem *item = get_item_with_points (meeting, FALSE);
  g_autoptr(MinutesDiscussionEntry) entry =
    g_list_model_get_item (minutes_agenda_item_get_discussion (item), 0);

  g_assert_true (minutes_agenda_item_remove_entry (item, entry));
}

static void
add_item (MinutesMeeting *meeting)
{
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();

  minutes_agenda_item_set_title (item, "Any other business");
  minutes_meeting_append_item (meeting, item);
}

static void
insert_item_first (MinutesMeeting *meeting)
{
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();

  minutes_agenda_item_set_title (item, "Apologies for absence");
  minutes_meeting_insert_item (meeting, 0, item);
}

static void
remove_last_item (MinutesMeeting *meeting)
{
  GListModel *items = minutes_meeting_get_items (meeting);
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, g_list_model_get_n_items (items) - 1);

  g_assert_true (minutes_meeting_remove_item (meeting, item));
}

static void
remove_middle_item (MinutesMeeting *meeting)
{
  GListModel *items = minutes_meeting_get_items (meeting);
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, g_list_model_get_n_items (items) / 2);

  g_assert_true (minutes_meeting_remove_item (meeting, item));
}

static void
move_item_down (MinutesMeeting *meeting)
{
  GListModel *items = minutes_meeting_get_items (meeting);
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, 1);

  g_assert_true (minutes_meeting_move_item (meeting, item, 3));
}

static void
add_person (MinutesMeeting *meeting)
{
  g_autoptr(MinutesPerson) person = minutes_person_new ();

  minutes_person_set_name (person, "Ann Jones");
  minutes_person_set_honorific (person, "Councillor");
  minutes_person_set_kind (person, MINUTES_PERSON_KIND_MEMBER);
  minutes_person_set_attendance (person, MINUTES_ATTENDANCE_PRESENT);
  minutes_meeting_append_person (meeting, person);
}

static void
set_committee (MinutesMeeting *meeting)
{
  minutes_meeting_set_committee (meeting, "Budget Committee");
}

static void
check_edits (MinutesRenderCache *cache)
{
  g_autoptr(MinutesMeeting) meeting = load_example ();
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  g_autoptr(MinutesPreviewBackend) backend = minutes_preview_backend_new (buffer);
  int length;

  if (cache != NULL)
    render_cached (meeting, backend, cache);
  else
    render (meeting, backend);
  length = gtk_text_buffer_get_char_count (buffer);
  g_assert_cmpint (length, >, 1000);

  /* Edits inside one item rewrite that item only */
  check_edit (meeting, backend, cache, edit_point_text, length / 2);
  check_edit (meeting, backend, cache, edit_last_item_title, length / 2);
  check_edit (meeting, backend, cache, add_point, length / 2);
  check_edit (meeting, backend, cache, remove_point, length / 2);

  /* Items added, removed or moved: the sections from the change to the
   * last one renumbered are written again, not the whole preview */
  check_edit (meeting, backend, cache, add_item, length / 2);
  check_edit (meeting, backend, cache, edit_point_text, length / 2);
  check_edit (meeting, backend, cache, remove_last_item, length / 2);
  check_edit (meeting, backend, cache, remove_middle_item, length);
  check_edit (meeting, backend, cache, move_item_down, length);
  check_edit (meeting, backend, cache, insert_item_first, length);
  check_edit (meeting, backend, cache, add_item, length / 2);
  check_edit (meeting, backend, cache, add_item, length / 2);
  check_edit (meeting, backend, cache, remove_last_item, length / 2);
  check_edit (meeting, backend, cache, edit_last_item_title, length / 2);

  /* The meeting's own sections changed: the whole preview is written
   * again, the items taken from the last rendering among it */
  check_edit (meeting, backend, cache, add_person, G_MAXINT);
  check_edit (meeting, backend, cache, edit_point_text, length / 2);
  check_edit (meeting, backend, cache, set_committee, G_MAXINT);
  check_edit (meeting, backend, cache, remove_middle_item, length);
}

static void
test_preview_incremental (void)
{
  check_edits (NULL);
}

/* As in the window: the items that did not change come from the cache,
 * and the preview takes them as they were */
static void
test_preview_incremental_cached (void)
{
  g_autoptr(MinutesRenderCache) cache = minutes_render_cache_new ();

  check_edits (cache);
}

/* Writes a paragraph through the back end, as the renderer does */
static void
add_paragraph (MinutesPreviewBackend *backend,
               MinutesBlockKind       kind,
               const char            *text)
{
  g_autoptr(GPtrArray) spans = g_ptr_array_new_with_free_func ((GDestroyNotify) minutes_span_free);
  MinutesBlock block = { kind, NULL, NULL, spans, NULL };

  g_ptr_array_add (spans, minutes_span_new (MINUTES_SPAN_TEXT, text, NULL));
  minutes_backend_add_block (MINUTES_BACKEND (backend), &block);
}

/* A document of a header, an attendance line (when @attendance is not
 * NULL) and two items printed as reusable; @reuse says whether the items
 * are offered for reuse or written out */
static void
write_document (MinutesPreviewBackend *backend,
                GObject               *meeting,
                GObject               *items[2],
                const char            *title,
                const char            *attendance,
                gboolean               reuse)
{
  MinutesBackend *base = MINUTES_BACKEND (backend);
  MinutesDocumentInfo info = { .kind = MINUTES_DOCUMENT_KIND_MINUTES, .title = title, .language = "en-GB" };
  const char *texts[2] = { "The first item, as it was.", "The second item, as it was." };

  minutes_backend_begin_document (base, &info);
  minutes_backend_begin_section (base, MINUTES_SECTION_HEADER, meeting);
  add_paragraph (backend, MINUTES_BLOCK_TITLE, title);
  minutes_backend_end_section (base, MINUTES_SECTION_HEADER);
  if (attendance != NULL)
    {
      minutes_backend_begin_section (base, MINUTES_SECTION_ATTENDANCE, meeting);
      add_paragraph (backend, MINUTES_BLOCK_ATTENDANCE, attendance);
      minutes_backend_end_section (base, MINUTES_SECTION_ATTENDANCE);
    }
  for (guint i = 0; i < 2; i++)
    {
      gboolean reused = minutes_backend_begin_reusable (base, 1000 + i);

      g_assert_cmpint (reused, ==, reuse);
      if (!reused)
        {
          minutes_backend_begin_section (base, MINUTES_SECTION_ITEM, items[i]);
          add_paragraph (backend, MINUTES_BLOCK_ITEM_HEADING, texts[i]);
          minutes_backend_begin_section (base, MINUTES_SECTION_DISCUSSION, items[i]);
          add_paragraph (backend, MINUTES_BLOCK_POINT, texts[i]);
          minutes_backend_end_section (base, MINUTES_SECTION_DISCUSSION);
          minutes_backend_end_section (base, MINUTES_SECTION_ITEM);
        }
      minutes_backend_end_reusable (base);
    }
  minutes_backend_end_document (base);
}

/* Items taken from the last rendering are written out again when the
 * sections around them change so that the whole preview is rewritten */
static void
test_preview_reuse (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesAgendaItem) first = minutes_agenda_item_new ();
  g_autoptr(MinutesAgendaItem) second = minutes_agenda_item_new ();
  GObject *items[2] = { G_OBJECT (first), G_OBJECT (second) };
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  g_autoptr(GtkTextBuffer) fresh_buffer = gtk_text_buffer_new (NULL);
  g_autoptr(MinutesPreviewBackend) backend = minutes_preview_backend_new (buffer);
  g_autoptr(MinutesPreviewBackend) fresh = minutes_preview_backend_new (fresh_buffer);
  g_autofree char *got = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  write_document (backend, G_OBJECT (meeting), items, "Minutes", NULL, FALSE);
  write_document (backend, G_OBJECT (meeting), items, "Minutes, amended", "Present: Councillor Ann Jones", TRUE);
  write_document (fresh, G_OBJECT (meeting), items, "Minutes, amended", "Present: Councillor Ann Jones", FALSE);

  got = describe_buffer (buffer);
  expected = describe_buffer (fresh_buffer);
  g_assert_cmpstr (got, ==, expected);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (text, "The second item, as it was."));

  /* Once taken, a print is the new rendering's, to take the next time */
  write_document (backend, G_OBJECT (meeting), items, "Minutes", NULL, TRUE);
  minutes_preview_backend_clear (backend);
  write_document (backend, G_OBJECT (meeting), items, "Minutes", NULL, FALSE);
}

/* A meeting drafted from nothing, as in the live flow */
static void
test_preview_new_meeting (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  g_autoptr(MinutesPreviewBackend) backend = minutes_preview_backend_new (buffer);

  render (meeting, backend);
  check_edit (meeting, backend, NULL, set_committee, G_MAXINT);
  check_edit (meeting, backend, NULL, add_person, G_MAXINT);
  check_edit (meeting, backend, NULL, add_person, G_MAXINT);
}

/* Another meeting in the same preview replaces everything */
static void
test_preview_other_meeting (void)
{
  g_autoptr(MinutesMeeting) first = load_example ();
  g_autoptr(MinutesMeeting) second = minutes_meeting_new ();
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  g_autoptr(GtkTextBuffer) fresh_buffer = gtk_text_buffer_new (NULL);
  g_autoptr(MinutesPreviewBackend) backend = minutes_preview_backend_new (buffer);
  g_autoptr(MinutesPreviewBackend) fresh = minutes_preview_backend_new (fresh_buffer);
  g_autofree char *got = NULL;
  g_autofree char *expected = NULL;

  render (first, backend);
  render (second, backend);
  render (second, fresh);

  got = describe_buffer (buffer);
  expected = describe_buffer (fresh_buffer);
  g_assert_cmpstr (got, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "preview", 0))
    return UI_TEST_SKIPPED;

  g_test_add_func ("/preview/incremental", test_preview_incremental);
  g_test_add_func ("/preview/incremental-cached", test_preview_incremental_cached);
  g_test_add_func ("/preview/other-meeting", test_preview_other_meeting);
  g_test_add_func ("/preview/reuse", test_preview_reuse);
  g_test_add_func ("/preview/new-meeting", test_preview_new_meeting);

  return ui_test_run ();
}
