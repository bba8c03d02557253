/* minutes-renderer.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-model-private.h"
#include "minutes-node-private.h"
#include "minutes-renderer.h"
#include "minutes-text-backend.h"

#include <string.h>

/* The one walk over a meeting. It decides what is printed, in what order
 * and in which words (all from the template); back ends only decide how it
 * looks. */

/* One call the walk made to the back end, kept to make again */
typedef enum
{
  RECORDED_BEGIN_SECTION,
  RECORDED_END_SECTION,
  RECORDED_BLOCK,
} RecordedKind;

typedef struct
{
  RecordedKind  what;
  int           kind;     /* MinutesSectionKind or MinutesBlockKind */
  GObject      *source;   /* a node of the item: alive while the item is unchanged */
  char         *label;
  char         *number;
  GPtrArray    *spans;    /* of MinutesSpan */
} Recorded;

static void
recorded_clear (gpointer data)
{
  Recorded *recorded = data;

  g_free (recorded->label);
  g_free (recorded->number);
  g_clear_pointer (&recorded->spans, g_ptr_array_unref);
}

/* What one agenda item printed in one language, and what it was printed
 * from: the same item, unchanged (its revision), nothing it reads from
 * outside changed (the meeting's shared revision), the same number, the
 * same template, the same private or public version */
typedef struct
{
  MinutesAgendaItem *item;
  MinutesTemplate   *template;
  gsize              revision;
  gsize              shared_revision;
  char              *number;
  gboolean           confidential;
  GArray            *recorded;    /* of Recorded */
  guint64            last_used;   /* the cache's document it was last printed in */
  guint64            stamp;       /* names what it printed to the back end */
} CachedItem;

/* Stamps come from one counter for every cache, so that a back end shared
 * by two caches (two meetings shown one after the other) never takes one
 * item's print for another's */
static guint64
next_cached_item_stamp (void)
{
  static gsize last_stamp;

  return (guint64) g_atomic_pointer_add (&last_stamp, 1) + 1;
}

static void
cached_item_free (gpointer data)
{
  CachedItem *cached = data;

  if (cached == NULL)
    return;
  g_object_unref (cached->item);
  g_object_unref (cached->template);
  g_free (cached->number);
  g_array_unref (cached->recorded);
  g_free (cached);
}

struct _MinutesRenderCache
{
  GObject         parent_instance;

  GHashTable     *items;          /* MinutesAgendaItem → GPtrArray of CachedItem, by language */
  guint64         n_documents;    /* rendered with the cache */
  guint           n_reused;       /* items of the last document not walked again */
};

G_DEFINE_FINAL_TYPE (MinutesRenderCache, minutes_render_cache, G_TYPE_OBJECT)

static void
minutes_render_cache_finalize (GObject *object)
{
  MinutesRenderCache *self = MINUTES_RENDER_CACHE (object);

  g_hash_table_unref (self->items);

  G_OBJECT_CLASS (minutes_render_cache_parent_class)->finalize (object);
}

static void
minutes_render_cache_class_init (MinutesRenderCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = minutes_render_cache_finalize;
}

static void
minutes_render_cache_init (MinutesRenderCache *self)
{
  self->items = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
}

/* A cache for rendering one meeting again and again as it is edited (the
 * preview): an agenda item that did not change is not walked again; the
 * back end is given what it printed before, or takes what it kept of it
 * (minutes_backend_begin_reusable()). */
MinutesRenderCache *
minutes_render_cache_new (void)
{
  return g_object_new (MINUTES_TYPE_RENDER_CACHE, NULL);
}

/* How many agenda items the last document rendered with the cache took
 * from it instead of walking them */
guint
minutes_render_cache_get_n_reused (MinutesRenderCache *self)
{
  g_return_val_if_fail (MINUTES_IS_RENDER_CACHE (self), 0);

  return self->n_reused;
}

typedef struct
{
  MinutesMeeting  *meeting;
  MinutesTemplate *template;    /* of the language being emitted */
  MinutesBackend  *backend;
  /* One template per language; a bilingual document prints every
   * top-level section (header, attendance, each item, closing) once in
   * each, in this order, as Welsh councils publish. */
  MinutesTemplate * const *templates;
  guint            n_templates;
  gboolean         confidential;

  char            *item_number;  /* of the item being walked, or NULL */
  GHashTable      *chaired;      /* person → GPtrArray of "item 4" for items they chaired */

  /* What an agenda item printed last time (see MinutesRenderCache), and
   * what the item being printed prints, when it is to be kept */
  MinutesRenderCache *cache;
  GArray             *recording;  /* of Recorded */
} Walk;

static void
walk_begin_section (Walk               *walk,
                    MinutesSectionKind  kind,
                    GObject            *source)
{
  if (walk->recording != NULL)
    {
      Recorded recorded = { RECORDED_BEGIN_SECTION, kind, source, NULL, NULL, NULL };

      g_array_append_val (walk->recording, recorded);
    }
  minutes_backend_begin_section (walk->backend, kind, source);
}

static void
walk_end_section (Walk               *walk,
                  MinutesSectionKind  kind)
{
  if (walk->recording != NULL)
    {
      Recorded recorded = { RECORDED_END_SECTION, kind, NULL, NULL, NULL, NULL };

      g_array_append_val (walk->recording, recorded);
    }
  minutes_backend_end_section (walk->backend, kind);
}

#define ARG_TEXT(k, t) { (k), (t), MINUTES_SPAN_TEXT, NULL }

static void
use_language (Walk  *walk,
              guint  index)
{
  walk->template = walk->templates[index];
  minutes_backend_set_language (walk->backend, minutes_template_get_language (walk->template));
}

/* The text of a field in the language being printed: the clerk's
 * translation of it into that language (minutes_node_set_translation())
 * when there is one and the meeting's own language is another, else the
 * field as typed. */
static const char *
tr (Walk       *walk,
    gpointer    node,
    const char *field,
    const char *text)
{
  const char *language = minutes_template_get_language (walk->template);
  const char *translated;

  if (language == NULL || minutes_language_matches (minutes_meeting_get_language (walk->meeting), language))
    return text;

  translated = minutes_node_get_translation (MINUTES_NODE (node), language, field);

  return translated != NULL ? translated : text;
}

/* Runs the statement after it once per language of the document, with
 * walk->template (and the back end's language) set to that language. */
#define FOR_EACH_LANGUAGE(walk, l) \
  for (guint l = 0; l < (walk)->n_templates && (use_language ((walk), l), TRUE); l++)

static GPtrArray *
spans_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) minutes_span_free);
}

static void
spans_add_text (GPtrArray  *spans,
                const char *text)
{
  if (text != NULL && text[0] != '\0')
    g_ptr_array_add (spans, minutes_span_new (MINUTES_SPAN_TEXT, text, NULL));
}

static void
spans_add_phrase (Walk                   *walk,
                  GPtrArray              *spans,
                  const char             *phrase_id,
                  const MinutesPhraseArg *args,
                  guint                   n_args)
{
  minutes_template_expand_pattern (minutes_template_get_phrase (walk->template, phrase_id),
                                   args, n_args, spans);
}

/* Emits a block and frees its spans. */
static void
emit (Walk             *walk,
      MinutesBlockKind  kind,
      const char       *label,
      const char       *number,
      gpointer          source,
      GPtrArray        *spans)
{
  MinutesBlock block = { kind, label, number, spans, source };

  if (walk->recording != NULL)
    {
      Recorded recorded = { RECORDED_BLOCK, kind, source, g_strdup (label), g_strdup (number),
                            g_ptr_array_ref (spans) };

      g_array_append_val (walk->recording, recorded);
    }
  minutes_backend_add_block (walk->backend, &block);
  g_ptr_array_unref (spans);
}

static void
emit_text (Walk             *walk,
           MinutesBlockKind  kind,
           const char       *label,
           const char       *number,
           gpointer          source,
           const char       *text)
{
  GPtrArray *spans = spans_new ();

  spans_add_text (spans, text);
  emit (walk, kind, label, number, source, spans);
}

static void
emit_phrase (Walk                   *walk,
             MinutesBlockKind        kind,
             gpointer                source,
             const char             *phrase_id,
             const MinutesPhraseArg *args,
             guint                   n_args)
{
  GPtrArray *spans = spans_new ();

  spans_add_phrase (walk, spans, phrase_id, args, n_args);
  emit (walk, kind, NULL, NULL, source, spans);
}

static char *
dup_time_value (int minutes)
{
  if (minutes < 0)
    return NULL;

  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

static char *
dup_date_value (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* A phrase argument holding a time: printed in the template's style, marked
 * up with its HH:MM value. The strings live in the caller's autofree locals. */
static MinutesPhraseArg
time_arg (Walk        *walk,
          const char  *key,
          int          minutes,
          char       **text,
          char       **value)
{
  MinutesPhraseArg arg = { key, NULL, MINUTES_SPAN_TIME, NULL };

  *text = minutes_template_format_time (walk->template, minutes);
  *value = dup_time_value (minutes);
  arg.text = *text;
  arg.value = *value;

  return arg;
}

/* Steps the walk on to @item */
static void
enter_item (Walk              *walk,
            MinutesAgendaItem *item)
{
  g_free (walk->item_number);
  walk->item_number = minutes_agenda_item_dup_number (item);
}

/* "item 3" */
static char *
dup_item_reference (Walk              *walk,
                    MinutesAgendaItem *item)
{
  g_autofree char *number = minutes_agenda_item_dup_number (item);
  MinutesPhraseArg args[] = { ARG_TEXT ("number", number) };
  g_autoptr(GPtrArray) spans = spans_new ();
  GString *out = g_string_new (NULL);

  if (number == NULL)
    return g_strdup (tr (walk, item, "title", minutes_agenda_item_get_title (item)));

  spans_add_phrase (walk, spans, "item-reference", args, G_N_ELEMENTS (args));
  for (guint i = 0; i < spans->len; i++)
    g_string_append (out, ((MinutesSpan *) g_ptr_array_index (spans, i))->text);

  return g_string_free (out, FALSE);
}

static char *
expand (Walk       *walk,
        const char *phrase_id,
        const char *key,
        const char *value)
{
  return minutes_template_expand (walk->template, phrase_id, key, value, NULL);
}

static char *
join (Walk      *walk,
      GPtrArray *parts)
{
  g_ptr_array_add (parts, NULL);
  char *joined = minutes_template_join_list (walk->template, (const char * const *) parts->pdata);
  g_ptr_array_remove_index (parts, parts->len - 1);

  return joined;
}

/* Header */

static void
emit_dateline (Walk *walk)
{
  const GDate *date = minutes_meeting_get_date (walk->meeting);
  int start = minutes_meeting_get_start (walk->meeting);
  g_autofree char *date_text = NULL;
  g_autofree char *date_value = NULL;
  g_autofree char *time_text = NULL;
  g_autofree char *time_value = NULL;
  MinutesPhraseArg args[2];

  if (date == NULL)
    return;

  date_text = minutes_template_format_date (walk->template, "date-long", date);
  date_value = dup_date_value (date);
  args[0] = (MinutesPhraseArg) { "date", date_text, MINUTES_SPAN_DATE, date_value };

  if (start < 0)
    {
      emit_phrase (walk, MINUTES_BLOCK_DATELINE, walk->meeting, "dateline-no-time", args, 1);
      return;
    }

  args[1] = time_arg (walk, "time", start, &time_text, &time_value);
  emit_phrase (walk, MINUTES_BLOCK_DATELINE, walk->meeting, "dateline", args, 2);
}

static char *
dup_title (Walk       *walk,
           const char *phrase_id)
{
  const char *title = tr (walk, walk->meeting, "title", minutes_meeting_get_title (walk->meeting));

  if (title != NULL)
    return g_strdup (title);

  return expand (walk, phrase_id, "committee",
                 tr (walk, walk->meeting, "committee", minutes_meeting_get_committee (walk->meeting)));
}

static void
emit_header (Walk       *walk,
             const char *title_phrase,
             gboolean    with_details)
{
  g_autofree char *title = dup_title (walk, title_phrase);

  walk_begin_section (walk, MINUTES_SECTION_HEADER, G_OBJECT (walk->meeting));
  emit_text (walk, MINUTES_BLOCK_TITLE, NULL, NULL, walk->meeting, title);
  emit_dateline (walk);

  if (with_details)
    {
      const char *venue = minutes_meeting_get_venue (walk->meeting);
      const char *name = minutes_meeting_get_contact_name (walk->meeting);
      const char *role = minutes_meeting_get_contact_role (walk->meeting);
      const char *email = minutes_meeting_get_contact_email (walk->meeting);
      const char *phone = minutes_meeting_get_contact_phone (walk->meeting);

      if (venue != NULL)
        emit_text (walk, MINUTES_BLOCK_DETAIL,
                   minutes_template_get_phrase (walk->template, "venue-label"),
                   NULL, walk->meeting, venue);

      if (name != NULL && role != NULL)
        {
          MinutesPhraseArg args[] = { ARG_TEXT ("name", name), ARG_TEXT ("role", role) };
          GPtrArray *spans = spans_new ();

          spans_add_phrase (walk, spans, "contact", args, G_N_ELEMENTS (args));
          emit (walk, MINUTES_BLOCK_DETAIL,
                minutes_template_get_phrase (walk->template, "contact-label"),
                NULL, walk->meeting, spans);
        }
      else if (name != NULL || role != NULL)
        {
          emit_text (walk, MINUTES_BLOCK_DETAIL,
                     minutes_template_get_phrase (walk->template, "contact-label"),
                     NULL, walk->meeting, name != NULL ? name : role);
        }

      if (email != NULL)
        {
          GPtrArray *spans = spans_new ();
          g_autofree char *mailto = g_strconcat ("mailto:", email, NULL);

          g_ptr_array_add (spans, minutes_span_new (MINUTES_SPAN_LINK, email, mailto));
          emit (walk, MINUTES_BLOCK_DETAIL,
                minutes_template_get_phrase (walk->template, "email-label"),
                NULL, walk->meeting, spans);
        }

      if (phone != NULL)
        emit_text (walk, MINUTES_BLOCK_DETAIL,
                   minutes_template_get_phrase (walk->template, "phone-label"),
                   NULL, walk->meeting, phone);
    }

  walk_end_section (walk, MINUTES_SECTION_HEADER);
}

/* Attendance */

static gboolean
in_group (const MinutesAttendanceGroup *group,
          MinutesPerson                *person)
{
  return (group->kinds & (1u << minutes_person_get_kind (person))) != 0 &&
         (group->attendances & (1u << minutes_person_get_attendance (person))) != 0;
}

/* "Liam Shrivastava (Chair)", "Ceri Jacob (Lead – NHS …)": what the
 * attendance lines say about a person. */
static char *
dup_attendee (Walk          *walk,
              MinutesPerson *person,
              gboolean       with_honorific)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = NULL;
  g_autofree char *description = minutes_person_dup_description (person);
  MinutesPerson *substituted = minutes_person_get_substitute_for (person);
  GPtrArray *chaired = walk->chaired != NULL ? g_hash_table_lookup (walk->chaired, person) : NULL;
  int arrived = minutes_person_get_arrived_at (person);
  int left = minutes_person_get_left_at (person);

  name = with_honorific ? minutes_person_dup_full_name (person)
                        : g_strdup (minutes_person_get_name (person));

  if (description != NULL)
    g_ptr_array_add (notes, g_steal_pointer (&description));

  switch (minutes_person_get_role (person))
    {
    case MINUTES_ROLE_CHAIR:
      g_ptr_array_add (notes, g_strdup (minutes_template_get_phrase (walk->template, "role-chair")));
      break;

    case MINUTES_ROLE_VICE_CHAIR:
      g_ptr_array_add (notes, g_strdup (minutes_template_get_phrase (walk->template, "role-vice-chair")));
      break;

    case MINUTES_ROLE_NONE:
    default:
      break;
    }

  if (substituted != NULL)
    {
      g_autofree char *other = minutes_person_dup_full_name (substituted);

      g_ptr_array_add (notes, expand (walk, "substitute-for", "person", other));
    }

  if (chaired != NULL)
    {
      g_autofree char *list = join (walk, chaired);

      g_ptr_array_add (notes, expand (walk, "in-the-chair", "items", list));
    }

  if (arrived >= 0)
    {
      g_autofree char *time = minutes_template_format_time (walk->template, arrived);

      g_ptr_array_add (notes, expand (walk, "arrived-at", "time", time));
    }

  if (left >= 0)
    {
      g_autofree char *time = minutes_template_format_time (walk->template, left);

      g_ptr_array_add (notes, expand (walk, "left-at", "time", time));
    }

  if (notes->len == 0)
    return g_steal_pointer (&name);

  {
    const char *separator = minutes_template_get_phrase (walk->template, "person-notes-separator");
    g_autofree char *joined = NULL;

    g_ptr_array_add (notes, NULL);
    joined = g_strjoinv (separator, (char **) notes->pdata);

    return minutes_template_expand (walk->template, "person-with-notes",
                                    "person", name, "notes", joined, NULL);
  }
}

static void
emit_people_line (Walk                         *walk,
                  MinutesBlockKind              kind,
                  const char                   *label,
                  const MinutesAttendanceGroup *group,
                  GPtrArray                    *people)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  const char *collective = NULL;
  GPtrArray *spans = spans_new ();

  if (group != NULL)
    collective = people->len == 1 && group->collective_one != NULL ? group->collective_one
                                                                   : group->collective;

  for (guint i = 0; i < people->len; i++)
    g_ptr_array_add (names, dup_attendee (walk, g_ptr_array_index (people, i), collective == NULL));

  list = join (walk, names);
  if (collective != NULL)
    {
      MinutesPhraseArg args[] = { ARG_TEXT ("collective", collective), ARG_TEXT ("names", list) };

      spans_add_phrase (walk, spans, "attendance-collective", args, G_N_ELEMENTS (args));
    }
  else
    {
      MinutesPhraseArg args[] = { ARG_TEXT ("names", list) };

      spans_add_phrase (walk, spans, group != NULL ? "attendance" : "membership", args, G_N_ELEMENTS (args));
    }

  emit (walk, kind, label, NULL, group != NULL ? NULL : walk->meeting, spans);
}

/* Who was in the chair for which items, found in one pass over the items. */
static GHashTable *
find_chaired_items (Walk *walk)
{
  GListModel *items = minutes_meeting_get_items (walk->meeting);
  GHashTable *chaired = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      MinutesPerson *chair = minutes_agenda_item_get_chair (item);
      GPtrArray *references;

      if (chair == NULL)
        continue;

      references = g_hash_table_lookup (chaired, chair);
      if (references == NULL)
        {
          references = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (chaired, chair, references);
        }
      g_ptr_array_add (references, dup_item_reference (walk, item));
    }

  return chaired;
}

static void
emit_attendance (Walk *walk)
{
  GPtrArray *groups = minutes_template_get_attendance_groups (walk->template);
  GListModel *people = minutes_meeting_get_people (walk->meeting);
  const char *note = tr (walk, walk->meeting, "attendance-note", minutes_meeting_get_attendance_note (walk->meeting));

  walk_begin_section (walk, MINUTES_SECTION_ATTENDANCE, G_OBJECT (walk->meeting));
  walk->chaired = find_chaired_items (walk);

  for (guint g = 0; g < groups->len; g++)
    {
      const MinutesAttendanceGroup *group = g_ptr_array_index (groups, g);
      g_autoptr(GPtrArray) members = g_ptr_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (people); i++)
        {
          g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);

          if (in_group (group, person))
            g_ptr_array_add (members, person);
        }

      if (members->len > 0)
        emit_people_line (walk, MINUTES_BLOCK_ATTENDANCE, group->label, group, members);
    }

  if (note != NULL)
    emit_text (walk, MINUTES_BLOCK_NOTE,
               minutes_template_get_phrase (walk->template, "attendance-note-label"),
               NULL, walk->meeting, note);

  walk_end_section (walk, MINUTES_SECTION_ATTENDANCE);
  g_clear_pointer (&walk->chaired, g_hash_table_unref);
}

/* Items */

static gboolean
has_items (GListModel *model)
{
  return g_list_model_get_n_items (model) > 0;
}

static void
emit_heading_for (Walk              *walk,
                  const char        *section,
                  MinutesAgendaItem *item)
{
  const char *heading = minutes_template_get_section_heading (walk->template, section);

  if (heading == NULL || heading[0] == '\0')
    return;

  if (minutes_template_heading_needs_witnesses (walk->template, section) &&
      !has_items (minutes_agenda_item_get_witnesses (item)))
    return;

  emit_text (walk, MINUTES_BLOCK_HEADING, NULL, NULL, item, heading);
}

static void
emit_witnesses (Walk              *walk,
                MinutesAgendaItem *item)
{
  GListModel *witnesses = minutes_agenda_item_get_witnesses (item);

  if (!has_items (witnesses))
    return;

  walk_begin_section (walk, MINUTES_SECTION_WITNESSES, G_OBJECT (item));
  emit_heading_for (walk, "witnesses", item);

  for (guint i = 0; i < g_list_model_get_n_items (witnesses); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (witnesses, i);
      g_autofree char *name = minutes_person_dup_full_name (person);
      g_autofree char *description = minutes_person_dup_description (person);

      if (description != NULL)
        {
          MinutesPhraseArg args[] = { ARG_TEXT ("person", name), ARG_TEXT ("description", description) };

          emit_phrase (walk, MINUTES_BLOCK_WITNESS, person, "witness", args, G_N_ELEMENTS (args));
        }
      else
        {
          emit_text (walk, MINUTES_BLOCK_WITNESS, NULL, NULL, person, name);
        }
    }

  walk_end_section (walk, MINUTES_SECTION_WITNESSES);
}

static void
emit_procedural (Walk                   *walk,
                 MinutesDiscussionEntry *entry)
{
  int from = minutes_discussion_entry_get_from (entry);
  int to = minutes_discussion_entry_get_to (entry);
  MinutesPerson *person = minutes_discussion_entry_get_person (entry);
  g_autofree char *person_name = person != NULL ? minutes_person_dup_full_name (person) : NULL;
  g_autofree char *from_text = NULL, *from_value = NULL, *to_text = NULL, *to_value = NULL;
  MinutesPhraseArg args[3];
  const char *phrase_id = NULL;
  guint n_args = 0;

  switch (minutes_discussion_entry_get_procedure (entry))
    {
    case MINUTES_PROCEDURE_ADJOURNMENT:
      if (from >= 0)
        {
          args[n_args++] = time_arg (walk, "from", from, &from_text, &from_value);
          if (to >= 0)
            {
              args[n_args++] = time_arg (walk, "to", to, &to_text, &to_value);
              phrase_id = "adjournment";
            }
          else
            {
              phrase_id = "adjournment-open";
            }
        }
      break;

    case MINUTES_PROCEDURE_ARRIVAL:
    case MINUTES_PROCEDURE_DEPARTURE:
      if (from >= 0 && person_name != NULL)
        {
          args[n_args++] = time_arg (walk, "from", from, &from_text, &from_value);
          args[n_args++] = (MinutesPhraseArg) ARG_TEXT ("person", person_name);
          phrase_id = minutes_discussion_entry_get_procedure (entry) == MINUTES_PROCEDURE_ARRIVAL ?
                        "arrival" : "departure";
        }
      break;

    case MINUTES_PROCEDURE_OTHER:
    default:
      break;
    }

  /* The clerk's own words come after the generated sentence (or alone). */
  {
    GPtrArray *spans = spans_new ();
    const char *text = tr (walk, entry, "text", minutes_discussion_entry_get_text (entry));

    if (phrase_id != NULL)
      spans_add_phrase (walk, spans, phrase_id, args, n_args);
    if (phrase_id != NULL && text != NULL)
      spans_add_text (spans, " ");
    spans_add_text (spans, text);

    if (spans->len == 0)
      g_ptr_array_unref (spans);
    else
      emit (walk, MINUTES_BLOCK_PROCEDURAL, NULL, NULL, entry, spans);
  }
}

static void
emit_discussion (Walk              *walk,
                 MinutesAgendaItem *item)
{
  GListModel *discussion = minutes_agenda_item_get_discussion (item);
  const char *introduction = tr (walk, item, "introduction", minutes_agenda_item_get_introduction (item));
  guint points = 0;

  if (!has_items (discussion) && introduction == NULL && !minutes_agenda_item_get_minutes_truncated (item))
    return;

  walk_begin_section (walk, MINUTES_SECTION_DISCUSSION, G_OBJECT (item));
  emit_heading_for (walk, "discussion", item);

  if (introduction != NULL)
    emit_text (walk, MINUTES_BLOCK_PARAGRAPH, NULL, NULL, item, introduction);

  for (guint i = 0; i < g_list_model_get_n_items (discussion); i++)
    {
      g_autoptr(MinutesDiscussionEntry) entry = g_list_model_get_item (discussion, i);
      MinutesEntryType type = minutes_discussion_entry_get_entry_type (entry);

      /* A point or line with no text (Enter after the last point) would
       * print as a bare number: it is left out, and the numbers run on. */
      if (type != MINUTES_ENTRY_PROCEDURAL && _minutes_text_is_blank (minutes_discussion_entry_get_text (entry)))
        continue;

      switch (type)
        {
        case MINUTES_ENTRY_POINT:
          {
            g_autofree char *number = NULL;
            g_autofree char *label = NULL;

            /* "3.1", or "1" in an unnumbered item: as the model numbers them. */
            points++;
            number = walk->item_number != NULL ? g_strdup_printf ("%s.%u", walk->item_number, points)
                                               : g_strdup_printf ("%u", points);
            label = minutes_template_format_number (walk->template, "point-number", number);

            emit_text (walk, MINUTES_BLOCK_POINT, NULL, label, entry,
                       tr (walk, entry, "text", minutes_discussion_entry_get_text (entry)));
          }
          break;

        case MINUTES_ENTRY_NARRATIVE:
          emit_text (walk, MINUTES_BLOCK_NARRATIVE, NULL, NULL, entry,
                     tr (walk, entry, "text", minutes_discussion_entry_get_text (entry)));
          break;

        case MINUTES_ENTRY_PROCEDURAL:
          emit_procedural (walk, entry);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  if (minutes_agenda_item_get_minutes_truncated (item))
    emit_text (walk, MINUTES_BLOCK_PARAGRAPH, NULL, NULL, item,
               minutes_template_get_phrase (walk->template, "minutes-truncated"));

  walk_end_section (walk, MINUTES_SECTION_DISCUSSION);
}

static void
emit_actions (Walk              *walk,
              MinutesAgendaItem *item)
{
  GListModel *actions = minutes_agenda_item_get_actions (item);

  if (!has_items (actions))
    return;

  walk_begin_section (walk, MINUTES_SECTION_ACTIONS, G_OBJECT (item));
  emit_heading_for (walk, "actions", item);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(MinutesAction) action = g_list_model_get_item (actions, i);
      g_autofree char *owner = minutes_action_dup_owner_label (action);
      g_autofree char *position = g_strdup_printf ("%u", i + 1);
      g_autofree char *number = minutes_template_format_number (walk->template, "list-number", position);

      if (owner != NULL)
        {
          MinutesPhraseArg args[] = {
            ARG_TEXT ("owner", owner),
            ARG_TEXT ("text", tr (walk, action, "text", minutes_action_get_text (action))),
          };
          GPtrArray *spans = spans_new ();

          spans_add_phrase (walk, spans, "action", args, G_N_ELEMENTS (args));
          emit (walk, MINUTES_BLOCK_ACTION, NULL, number, action, spans);
        }
      else
        {
          emit_text (walk, MINUTES_BLOCK_ACTION, NULL, number, action,
                     tr (walk, action, "text", minutes_action_get_text (action)));
        }
    }

  walk_end_section (walk, MINUTES_SECTION_ACTIONS);
}

static void
emit_named_votes (Walk          *walk,
                  MinutesMotion *motion,
                  GListModel    *voters,
                  const char    *phrase_id)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;

  if (!has_items (voters))
    return;

  for (guint i = 0; i < g_list_model_get_n_items (voters); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (voters, i);

      g_ptr_array_add (names, minutes_person_dup_full_name (person));
    }

  list = join (walk, names);
  {
    MinutesPhraseArg args[] = { ARG_TEXT ("people", list) };

    emit_phrase (walk, MINUTES_BLOCK_PARAGRAPH, motion, phrase_id, args, G_N_ELEMENTS (args));
  }
}

static void
emit_motion (Walk          *walk,
             MinutesMotion *motion,
             gboolean       amendment)
{
  MinutesPerson *mover = minutes_motion_get_mover (motion);
  MinutesPerson *seconder = minutes_motion_get_seconder (motion);
  int votes_for = minutes_motion_get_votes_for (motion);
  int votes_against = minutes_motion_get_votes_against (motion);
  int abstentions = minutes_motion_get_abstentions (motion);
  GListModel *amendments = minutes_motion_get_amendments (motion);
  const char *record = minutes_motion_get_record (motion);
  const char *outcome = NULL;

  /* Worded as the minutes it was imported from */
  if (record != NULL && record[0] != '\0')
    {
      g_auto(GStrv) lines = g_strsplit (record, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (lines[i][0] != '\0')
            emit_text (walk, i == 0 ? MINUTES_BLOCK_MOTION : MINUTES_BLOCK_PARAGRAPH,
                       NULL, NULL, motion, lines[i]);
        }

      for (guint i = 0; i < g_list_model_get_n_items (amendments); i++)
        {
          g_autoptr(MinutesMotion) child = g_list_model_get_item (amendments, i);

          emit_motion (walk, child, TRUE);
        }
      return;
    }

  {
    MinutesPhraseArg args[] = { ARG_TEXT ("text", minutes_motion_get_text (motion)) };

    emit_phrase (walk, MINUTES_BLOCK_MOTION, motion, amendment ? "motion-amendment" : "motion",
                 args, G_N_ELEMENTS (args));
  }

  if (mover != NULL)
    {
      g_autofree char *mover_name = minutes_person_dup_full_name (mover);
      g_autofree char *seconder_name = seconder != NULL ? minutes_person_dup_full_name (seconder) : NULL;
      MinutesPhraseArg args[] = { ARG_TEXT ("mover", mover_name), ARG_TEXT ("seconder", seconder_name) };

      emit_phrase (walk, MINUTES_BLOCK_PARAGRAPH, motion,
                   seconder != NULL ? "motion-moved" : "motion-moved-unseconded",
                   args, G_N_ELEMENTS (args));
    }

  for (guint i = 0; i < g_list_model_get_n_items (amendments); i++)
    {
      g_autoptr(MinutesMotion) child = g_list_model_get_item (amendments, i);

      emit_motion (walk, child, TRUE);
    }

  if (votes_for >= 0 || votes_against >= 0 || abstentions >= 0)
    {
      g_autofree char *f = g_strdup_printf ("%d", MAX (votes_for, 0));
      g_autofree char *a = g_strdup_printf ("%d", MAX (votes_against, 0));
      g_autofree char *n = g_strdup_printf ("%d", MAX (abstentions, 0));
      MinutesPhraseArg args[] = { ARG_TEXT ("for", f), ARG_TEXT ("against", a), ARG_TEXT ("abstentions", n) };

      emit_phrase (walk, MINUTES_BLOCK_PARAGRAPH, motion, "motion-votes", args, G_N_ELEMENTS (args));
    }

  emit_named_votes (walk, motion, minutes_motion_get_voted_for (motion), "motion-voted-for");
  emit_named_votes (walk, motion, minutes_motion_get_voted_against (motion), "motion-voted-against");
  emit_named_votes (walk, motion, minutes_motion_get_abstained (motion), "motion-abstained");

  switch (minutes_motion_get_outcome (motion))
    {
    case MINUTES_MOTION_OUTCOME_CARRIED:
      outcome = "motion-carried";
      break;

    case MINUTES_MOTION_OUTCOME_LOST:
      outcome = "motion-lost";
      break;

    case MINUTES_MOTION_OUTCOME_WITHDRAWN:
      outcome = "motion-withdrawn";
      break;

    case MINUTES_MOTION_OUTCOME_PENDING:
    default:
      break;
    }

  if (outcome != NULL)
    emit_text (walk, MINUTES_BLOCK_PARAGRAPH, NULL, NULL, motion,
               minutes_template_get_phrase (walk->template, outcome));
}

static void
emit_motions (Walk              *walk,
              MinutesAgendaItem *item)
{
  GListModel *motions = minutes_agenda_item_get_motions (item);

  if (!has_items (motions))
    return;

  walk_begin_section (walk, MINUTES_SECTION_MOTIONS, G_OBJECT (item));
  emit_heading_for (walk, "motions", item);

  for (guint i = 0; i < g_list_model_get_n_items (motions); i++)
    {
      g_autoptr(MinutesMotion) motion = g_list_model_get_item (motions, i);

      emit_motion (walk, motion, FALSE);
    }

  walk_end_section (walk, MINUTES_SECTION_MOTIONS);
}

static const char *
resolution_phrase (MinutesResolutionKind kind)
{
  switch (kind)
    {
    case MINUTES_RESOLUTION_AGREED:
      return "resolution-agreed";

    case MINUTES_RESOLUTION_NOTED:
      return "resolution-noted";

    case MINUTES_RESOLUTION_TO_RECOMMEND:
      return "resolution-to-recommend";

    case MINUTES_RESOLUTION_REFERRED:
      return "resolution-referred";

    case MINUTES_RESOLUTION_OTHER:
      return "resolution-other";

    case MINUTES_RESOLUTION_RESOLVED:
    default:
      return "resolution-resolved";
    }
}

static void
emit_resolution (Walk              *walk,
                 MinutesResolution *resolution)
{
  MinutesResolutionKind kind = minutes_resolution_get_kind (resolution);
  const char *heading = minutes_template_get_phrase (walk->template, resolution_phrase (kind));
  const char *text = tr (walk, resolution, "text", minutes_resolution_get_text (resolution));
  GListModel *points = minutes_resolution_get_points (resolution);

  if (heading[0] != '\0')
    emit_text (walk, MINUTES_BLOCK_HEADING, NULL, NULL, resolution, heading);

  if (kind == MINUTES_RESOLUTION_TO_RECOMMEND)
    emit_text (walk, MINUTES_BLOCK_RESOLUTION, NULL, NULL, resolution,
               minutes_template_get_phrase (walk->template, "resolution-to-recommend-lead"));

  if (text != NULL)
    emit_text (walk, MINUTES_BLOCK_RESOLUTION, NULL, NULL, resolution, text);

  for (guint i = 0; i < g_list_model_get_n_items (points); i++)
    {
      g_autoptr(MinutesResolutionPoint) point = g_list_model_get_item (points, i);
      g_autofree char *position = g_strdup_printf ("%u", i + 1);
      g_autofree char *number = minutes_template_format_number (walk->template, "list-number", position);

      emit_text (walk, MINUTES_BLOCK_RESOLUTION_POINT, NULL, number, point,
                 minutes_resolution_point_get_text (point));
    }
}

static void
emit_resolutions (Walk              *walk,
                  MinutesAgendaItem *item)
{
  GListModel *resolutions = minutes_agenda_item_get_resolutions (item);

  if (!has_items (resolutions))
    return;

  walk_begin_section (walk, MINUTES_SECTION_RESOLUTIONS, G_OBJECT (item));
  emit_heading_for (walk, "resolutions", item);

  for (guint i = 0; i < g_list_model_get_n_items (resolutions); i++)
    {
      g_autoptr(MinutesResolution) resolution = g_list_model_get_item (resolutions, i);

      emit_resolution (walk, resolution);
    }

  walk_end_section (walk, MINUTES_SECTION_RESOLUTIONS);
}

static void
emit_declaration_lines (Walk    *walk,
                        gpointer source)
{
  GListModel *declarations = minutes_meeting_get_declarations (walk->meeting);

  if (!has_items (declarations))
    {
      if (minutes_meeting_get_no_declarations (walk->meeting))
        emit_text (walk, MINUTES_BLOCK_PARAGRAPH, NULL, NULL, source,
                   minutes_template_get_phrase (walk->template, "declarations-none"));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(MinutesDeclaration) declaration = g_list_model_get_item (declarations, i);
      MinutesAgendaItem *item = minutes_declaration_get_item (declaration);
      MinutesPerson *person = minutes_declaration_get_person (declaration);
      const char *text = minutes_declaration_get_text (declaration);
      g_autofree char *person_name = person != NULL ? minutes_person_dup_full_name (person) : NULL;

      if (item != NULL && minutes_agenda_item_get_meeting (item) == walk->meeting)
        {
          g_autofree char *reference = dup_item_reference (walk, item);
          MinutesPhraseArg args[] = { ARG_TEXT ("item", reference), ARG_TEXT ("text", text != NULL ? text : person_name) };

          emit_phrase (walk, MINUTES_BLOCK_DECLARATION, declaration, "declaration", args, G_N_ELEMENTS (args));
        }
      else
        {
          emit_text (walk, MINUTES_BLOCK_DECLARATION, NULL, NULL, declaration,
                     text != NULL ? text : person_name);
        }

      if (minutes_declaration_get_withdrew (declaration) && person_name != NULL)
        {
          MinutesPhraseArg args[] = { ARG_TEXT ("person", person_name) };

          emit_phrase (walk, MINUTES_BLOCK_PARAGRAPH, declaration, "declaration-withdrew", args, G_N_ELEMENTS (args));
        }
    }
}

static gboolean
has_declarations_item (Walk *walk)
{
  GListModel *items = minutes_meeting_get_items (walk->meeting);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);

      if (minutes_agenda_item_get_standing (item) == MINUTES_STANDING_DECLARATIONS)
        return TRUE;
    }

  return FALSE;
}

static void
emit_exempt (Walk              *walk,
             MinutesAgendaItem *item)
{
  const char *ground = minutes_agenda_item_get_exemption_ground (item);

  if (ground != NULL)
    {
      MinutesPhraseArg args[] = { ARG_TEXT ("ground", ground) };

      emit_phrase (walk, MINUTES_BLOCK_EXEMPT, item, "exempt", args, G_N_ELEMENTS (args));
    }
  else
    {
      emit_text (walk, MINUTES_BLOCK_EXEMPT, NULL, NULL, item,
                 minutes_template_get_phrase (walk->template, "exempt-no-ground"));
    }
}

/* Opens an item's section with its heading. Returns FALSE when the item is
 * exempt and this is a public document: then only the title and the
 * exemption ground are printed, and the section is already closed. */
static gboolean
begin_item (Walk              *walk,
            MinutesAgendaItem *item)
{
  g_autofree char *number = NULL;

  if (walk->item_number != NULL)
    number = minutes_template_format_number (walk->template, "item-number", walk->item_number);

  walk_begin_section (walk, MINUTES_SECTION_ITEM, G_OBJECT (item));
  emit_text (walk, MINUTES_BLOCK_ITEM_HEADING, NULL, number, item,
             tr (walk, item, "title", minutes_agenda_item_get_title (item)));

  if (!minutes_agenda_item_get_exempt (item))
    return TRUE;

  emit_exempt (walk, item);
  if (walk->confidential)
    return TRUE;

  walk_end_section (walk, MINUTES_SECTION_ITEM);
  return FALSE;
}

/* The officers' recommendation: a heading and a paragraph inside the item,
 * so every back end shows it without a section of its own. */
static void
emit_recommendation (Walk              *walk,
                     MinutesAgendaItem *item)
{
  const char *recommendation = tr (walk, item, "recommendation", minutes_agenda_item_get_recommendation (item));

  if (recommendation == NULL || recommendation[0] == '\0')
    return;

  emit_heading_for (walk, "recommendation", item);
  emit_text (walk, MINUTES_BLOCK_PARAGRAPH, NULL, NULL, item, recommendation);
}

static void
emit_minutes_item (Walk              *walk,
                   MinutesAgendaItem *item)
{
  const char * const *sections = minutes_template_get_item_sections (walk->template);

  if (!begin_item (walk, item))
    return;

  for (guint i = 0; sections[i] != NULL; i++)
    {
      const char *section = sections[i];

      if (g_str_equal (section, "witnesses"))
        emit_witnesses (walk, item);
      else if (g_str_equal (section, "discussion"))
        emit_discussion (walk, item);
      else if (g_str_equal (section, "actions"))
        emit_actions (walk, item);
      else if (g_str_equal (section, "motions"))
        emit_motions (walk, item);
      else if (g_str_equal (section, "resolutions"))
        emit_resolutions (walk, item);
      else if (g_str_equal (section, "recommendation"))
        emit_recommendation (walk, item);
      else if (g_str_equal (section, "declarations") &&
               minutes_agenda_item_get_standing (item) == MINUTES_STANDING_DECLARATIONS)
        {
          walk_begin_section (walk, MINUTES_SECTION_DECLARATIONS, G_OBJECT (item));
          emit_declaration_lines (walk, item);
          walk_end_section (walk, MINUTES_SECTION_DECLARATIONS);
        }
    }

  walk_end_section (walk, MINUTES_SECTION_ITEM);
}

static void
emit_closing (Walk *walk)
{
  int end = minutes_meeting_get_end (walk->meeting);
  g_autofree char *date = minutes_template_format_date (walk->template, "date-short",
                                                        minutes_meeting_get_signed_date (walk->meeting));
  g_autofree char *end_text = NULL, *end_value = NULL;

  walk_begin_section (walk, MINUTES_SECTION_CLOSING, G_OBJECT (walk->meeting));

  if (end >= 0)
    {
      MinutesPhraseArg args[] = { time_arg (walk, "time", end, &end_text, &end_value) };

      emit_phrase (walk, MINUTES_BLOCK_PARAGRAPH, walk->meeting, "meeting-ended", args, G_N_ELEMENTS (args));
    }

  emit_text (walk, MINUTES_BLOCK_SIGNATURE,
             minutes_template_get_phrase (walk->template, "signature-chair"),
             NULL, walk->meeting, minutes_meeting_get_signed_by (walk->meeting));
  emit_text (walk, MINUTES_BLOCK_SIGNATURE,
             minutes_template_get_phrase (walk->template, "signature-date"),
             NULL, walk->meeting, date);

  walk_end_section (walk, MINUTES_SECTION_CLOSING);
}

static gboolean
cached_item_is_current (CachedItem        *cached,
                        Walk              *walk,
                        MinutesAgendaItem *item)
{
  return cached != NULL &&
         cached->template == walk->template &&
         cached->revision == _minutes_node_get_revision (MINUTES_NODE (item)) &&
         cached->shared_revision == _minutes_meeting_get_shared_revision (walk->meeting) &&
         cached->confidential == walk->confidential &&
         g_strcmp0 (cached->number, walk->item_number) == 0;
}

/* Prints again what an agenda item printed last time */
static void
replay (Walk         *walk,
        const GArray *recorded)
{
  for (guint i = 0; i < recorded->len; i++)
    {
      const Recorded *r = &g_array_index (recorded, Recorded, i);
      MinutesBlock block = { r->kind, r->label, r->number, r->spans, r->source };

      switch (r->what)
        {
        case RECORDED_BEGIN_SECTION:
          minutes_backend_begin_section (walk->backend, r->kind, r->source);
          break;

        case RECORDED_END_SECTION:
          minutes_backend_end_section (walk->backend, r->kind);
          break;

        case RECORDED_BLOCK:
        default:
          minutes_backend_add_block (walk->backend, &block);
          break;
        }
    }
}

/* The item in language @l, from the cache when nothing it prints from
 * changed since the cache last printed it */
static void
emit_minutes_item_cached (Walk              *walk,
                          MinutesAgendaItem *item,
                          guint              l)
{
  MinutesRenderCache *cache = walk->cache;
  GPtrArray *languages;
  CachedItem *cached;

  if (cache == NULL)
    {
      emit_minutes_item (walk, item);
      return;
    }

  languages = g_hash_table_lookup (cache->items, item);
  if (languages == NULL)
    {
      languages = g_ptr_array_new_with_free_func (cached_item_free);
      g_hash_table_insert (cache->items, item, languages);
    }
  if (languages->len <= l)
    g_ptr_array_set_size (languages, l + 1);
  cached = g_ptr_array_index (languages, l);

  if (cached_item_is_current (cached, walk, item))
    {
      /* A back end that kept what it made of the item's last print takes
       * it as it is: the preview does, so an edit in one item of a long
       * meeting costs that item, not the meeting */
      if (!minutes_backend_begin_reusable (walk->backend, cached->stamp))
        replay (walk, cached->recorded);
      minutes_backend_end_reusable (walk->backend);
      cached->last_used = cache->n_documents;
      cache->n_reused++;
      return;
    }

  cached = g_new0 (CachedItem, 1);
  cached->stamp = next_cached_item_stamp ();
  walk->recording = g_array_new (FALSE, TRUE, sizeof (Recorded));
  g_array_set_clear_func (walk->recording, recorded_clear);
  /* A new stamp: no back end has anything of it yet */
  if (!minutes_backend_begin_reusable (walk->backend, cached->stamp))
    emit_minutes_item (walk, item);
  minutes_backend_end_reusable (walk->backend);

  cached->item = g_object_ref (item);
  cached->template = g_object_ref (walk->template);
  cached->revision = _minutes_node_get_revision (MINUTES_NODE (item));
  cached->shared_revision = _minutes_meeting_get_shared_revision (walk->meeting);
  cached->number = g_strdup (walk->item_number);
  cached->confidential = walk->confidential;
  cached->recorded = g_steal_pointer (&walk->recording);
  cached->last_used = cache->n_documents;
  cached_item_free (g_ptr_array_index (languages, l));
  g_ptr_array_index (languages, l) = cached;
}

static void
walk_minutes (Walk *walk)
{
  GListModel *items = minutes_meeting_get_items (walk->meeting);

  FOR_EACH_LANGUAGE (walk, l)
    emit_header (walk, "minutes-title", FALSE);
  FOR_EACH_LANGUAGE (walk, l)
    emit_attendance (walk);

  /* Declarations must be printed even when the agenda has no item for
   * them; then they follow the attendance. */
  if (!has_declarations_item (walk) &&
      (has_items (minutes_meeting_get_declarations (walk->meeting)) ||
       minutes_meeting_get_no_declarations (walk->meeting)))
    {
      FOR_EACH_LANGUAGE (walk, l)
        {
          walk_begin_section (walk, MINUTES_SECTION_DECLARATIONS,
                                         G_OBJECT (walk->meeting));
          emit_text (walk, MINUTES_BLOCK_HEADING, NULL, NULL, walk->meeting,
                     minutes_template_get_phrase (walk->template, "declarations-heading"));
          emit_declaration_lines (walk, walk->meeting);
          walk_end_section (walk, MINUTES_SECTION_DECLARATIONS);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);

      enter_item (walk, item);
      FOR_EACH_LANGUAGE (walk, l)
        emit_minutes_item_cached (walk, item, l);
    }

  FOR_EACH_LANGUAGE (walk, l)
    emit_closing (walk);
}

/* Agenda */

static char *
dup_size (Walk   *walk,
          gint64  bytes)
{
  g_autofree char *number = NULL;

  if (bytes < 0)
    return NULL;

  if (bytes < 1024 * 1024)
    {
      number = g_strdup_printf ("%" G_GINT64_FORMAT, MAX ((bytes + 512) / 1024, 1));
      return minutes_template_format_number (walk->template, "size-kb", number);
    }

  number = g_strdup_printf ("%" G_GINT64_FORMAT, (bytes + 512 * 1024) / (1024 * 1024));
  return minutes_template_format_number (walk->template, "size-mb", number);
}

static void
collapse_spaces (GPtrArray *spans)
{
  for (guint i = 0; i < spans->len; i++)
    {
      MinutesSpan *span = g_ptr_array_index (spans, i);
      GString *tidy;

      if (span->kind != MINUTES_SPAN_TEXT)
        continue;

      tidy = g_string_new (NULL);
      for (const char *p = span->text; *p != '\0'; p++)
        {
          if (*p == ' ' && (tidy->len == 0 ? i == 0 : tidy->str[tidy->len - 1] == ' '))
            continue;
          g_string_append_c (tidy, *p);
        }
      if (i + 1 == spans->len)
        while (tidy->len > 0 && tidy->str[tidy->len - 1] == ' ')
          g_string_truncate (tidy, tidy->len - 1);

      g_free (span->text);
      span->text = g_string_free (tidy, FALSE);
    }
}

static void
emit_attachment (Walk              *walk,
                 MinutesAttachment *attachment)
{
  const char *title = minutes_attachment_get_title (attachment);
  const char *url = minutes_attachment_get_url (attachment);
  const char *type = minutes_attachment_get_file_type (attachment);
  g_autofree char *size = dup_size (walk, minutes_attachment_get_size (attachment));
  MinutesPhraseArg args[] = {
    { "title", title, url != NULL ? MINUTES_SPAN_LINK : MINUTES_SPAN_TEXT, url },
    ARG_TEXT ("type", type),
    ARG_TEXT ("size", size),
  };
  GPtrArray *spans = spans_new ();

  spans_add_phrase (walk, spans, "attachment", args, G_N_ELEMENTS (args));
  /* A missing type or size must not leave doubled or trailing spaces. */
  collapse_spaces (spans);

  emit (walk, MINUTES_BLOCK_ATTACHMENT, NULL, NULL, attachment, spans);
}

static void
emit_attachments (Walk              *walk,
                  MinutesAgendaItem *item)
{
  GListModel *attachments = minutes_agenda_item_get_attachments (item);
  const char *note = minutes_agenda_item_get_publication_note (item);
  gboolean any_additional = FALSE;

  if (!has_items (attachments) && note == NULL)
    return;

  walk_begin_section (walk, MINUTES_SECTION_ATTACHMENTS, G_OBJECT (item));

  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      g_autoptr(MinutesAttachment) attachment = g_list_model_get_item (attachments, i);

      if (minutes_attachment_get_additional (attachment))
        any_additional = TRUE;
      else
        emit_attachment (walk, attachment);
    }

  if (note != NULL)
    emit_text (walk, MINUTES_BLOCK_PARAGRAPH, NULL, NULL, item, note);

  if (any_additional)
    {
      emit_text (walk, MINUTES_BLOCK_HEADING, NULL, NULL, item,
                 minutes_template_get_phrase (walk->template, "additional-documents-label"));

      for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
        {
          g_autoptr(MinutesAttachment) attachment = g_list_model_get_item (attachments, i);

          if (minutes_attachment_get_additional (attachment))
            emit_attachment (walk, attachment);
        }
    }

  walk_end_section (walk, MINUTES_SECTION_ATTACHMENTS);
}

static void
emit_membership (Walk *walk)
{
  GListModel *people = minutes_meeting_get_people (walk->meeting);
  g_autoptr(GPtrArray) members = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);

      if (minutes_person_get_kind (person) == MINUTES_PERSON_KIND_MEMBER)
        g_ptr_array_add (members, person);
    }

  if (members->len == 0)
    return;

  walk_begin_section (walk, MINUTES_SECTION_MEMBERSHIP, G_OBJECT (walk->meeting));
  emit_people_line (walk, MINUTES_BLOCK_ATTENDANCE,
                    minutes_template_get_phrase (walk->template, "membership-label"),
                    NULL, members);
  walk_end_section (walk, MINUTES_SECTION_MEMBERSHIP);
}

static void
walk_agenda (Walk *walk)
{
  GListModel *items = minutes_meeting_get_items (walk->meeting);

  FOR_EACH_LANGUAGE (walk, l)
    emit_header (walk, "agenda-title", TRUE);
  FOR_EACH_LANGUAGE (walk, l)
    emit_membership (walk);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      const char *agenda_text = minutes_agenda_item_get_agenda_text (item);

      enter_item (walk, item);
      FOR_EACH_LANGUAGE (walk, l)
        {
          if (!begin_item (walk, item))
            continue;

          if (agenda_text != NULL)
            emit_text (walk, MINUTES_BLOCK_PARAGRAPH, NULL, NULL, item,
                       tr (walk, item, "agenda-text", agenda_text));
          emit_attachments (walk, item);

          walk_end_section (walk, MINUTES_SECTION_ITEM);
        }
    }
}

/* Decisions */

/* The published decision: the clerk's summary when there is one, else what
 * the resolutions say, in one paragraph. */
static GPtrArray *
dup_decision_spans (Walk              *walk,
                    MinutesAgendaItem *item)
{
  const char *decision = tr (walk, item, "decision", minutes_agenda_item_get_decision (item));
  GListModel *resolutions = minutes_agenda_item_get_resolutions (item);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *spans = spans_new ();

  if (decision != NULL)
    {
      spans_add_text (spans, decision);
      return spans;
    }

  for (guint i = 0; i < g_list_model_get_n_items (resolutions); i++)
    {
      g_autoptr(MinutesResolution) resolution = g_list_model_get_item (resolutions, i);
      MinutesResolutionKind kind = minutes_resolution_get_kind (resolution);
      const char *heading = minutes_template_get_phrase (walk->template, resolution_phrase (kind));
      GListModel *points = minutes_resolution_get_points (resolution);

      if (heading[0] != '\0')
        g_ptr_array_add (parts, g_strdup (heading));
      if (kind == MINUTES_RESOLUTION_TO_RECOMMEND)
        g_ptr_array_add (parts, g_strdup (minutes_template_get_phrase (walk->template, "resolution-to-recommend-lead")));
      if (minutes_resolution_get_text (resolution) != NULL)
        g_ptr_array_add (parts, g_strdup (tr (walk, resolution, "text", minutes_resolution_get_text (resolution))));

      for (guint p = 0; p < g_list_model_get_n_items (points); p++)
        {
          g_autoptr(MinutesResolutionPoint) point = g_list_model_get_item (points, p);
          g_autofree char *position = g_strdup_printf ("%u", p + 1);
          g_autofree char *number = minutes_template_format_number (walk->template, "list-number", position);

          g_ptr_array_add (parts, g_strdup (number));
          if (minutes_resolution_point_get_text (point) != NULL)
            g_ptr_array_add (parts, g_strdup (minutes_resolution_point_get_text (point)));
        }
    }

  if (parts->len > 0)
    {
      g_autofree char *text = NULL;

      g_ptr_array_add (parts, NULL);
      text = g_strjoinv (" ", (char **) parts->pdata);
      spans_add_text (spans, text);
    }

  return spans;
}

static void
walk_decisions (Walk *walk)
{
  GListModel *items = minutes_meeting_get_items (walk->meeting);

  FOR_EACH_LANGUAGE (walk, l)
    emit_header (walk, "decisions-title", FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);

      enter_item (walk, item);
      FOR_EACH_LANGUAGE (walk, l)
        {
          GPtrArray *spans;

          if (!begin_item (walk, item))
            continue;

          spans = dup_decision_spans (walk, item);
          if (spans->len > 0)
            emit (walk, MINUTES_BLOCK_DECISION,
                  minutes_template_get_phrase (walk->template, "decision-label"),
                  NULL, item, spans);
          else
            g_ptr_array_unref (spans);

          walk_end_section (walk, MINUTES_SECTION_ITEM);
        }
    }
}

static void render (MinutesMeeting          *meeting,
                    MinutesTemplate * const *templates,
                    guint                    n_templates,
                    MinutesDocumentKind      kind,
                    MinutesRenderFlags       flags,
                    MinutesBackend          *backend,
                    MinutesRenderCache      *cache);

void
minutes_render (MinutesMeeting      *meeting,
                MinutesTemplate     *template,
                MinutesDocumentKind  kind,
                MinutesRenderFlags   flags,
                MinutesBackend      *backend)
{
  g_return_if_fail (MINUTES_IS_TEMPLATE (template));

  minutes_render_languages (meeting, &template, 1, kind, flags, backend);
}

/* A document in the languages of @templates, section by section: the
 * first template's language first. With one template it is minutes_render(). */
void
minutes_render_languages (MinutesMeeting          *meeting,
                          MinutesTemplate * const *templates,
                          guint                    n_templates,
                          MinutesDocumentKind      kind,
                          MinutesRenderFlags       flags,
                          MinutesBackend          *backend)
{
  render (meeting, templates, n_templates, kind, flags, backend, NULL);
}

/* minutes_render(), keeping what each agenda item printed in @cache and
 * taking it from there next time for the items that did not change. The
 * document is the same as minutes_render() writes. */
void
minutes_render_cached (MinutesMeeting      *meeting,
                       MinutesTemplate     *template,
                       MinutesDocumentKind  kind,
                       MinutesRenderFlags   flags,
                       MinutesBackend      *backend,
                       MinutesRenderCache  *cache)
{
  g_return_if_fail (MINUTES_IS_TEMPLATE (template));
  g_return_if_fail (MINUTES_IS_RENDER_CACHE (cache));

  render (meeting, &template, 1, kind, flags, backend, cache);
}

/* Forgets the items that were not in the document just rendered */
static void
prune_cache (MinutesRenderCache *cache)
{
  GHashTableIter iter;
  GPtrArray *languages;

  g_hash_table_iter_init (&iter, cache->items);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &languages))
    {
      gboolean used = FALSE;

      for (guint l = 0; l < languages->len && !used; l++)
        {
          CachedItem *cached = g_ptr_array_index (languages, l);

          used = cached != NULL && cached->last_used == cache->n_documents;
        }
      if (!used)
        g_hash_table_iter_remove (&iter);
    }
}

static void
render (MinutesMeeting          *meeting,
        MinutesTemplate * const *templates,
        guint                    n_templates,
        MinutesDocumentKind      kind,
        MinutesRenderFlags       flags,
        MinutesBackend          *backend,
        MinutesRenderCache      *cache)
{
  Walk walk = { 0 };
  const char *phrase_ids[] = { "minutes-title", "agenda-title", "decisions-title" };
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree const char **languages = NULL;
  MinutesDocumentInfo info = { 0 };

  g_return_if_fail (MINUTES_IS_MEETING (meeting));
  g_return_if_fail (templates != NULL && n_templates > 0);
  g_return_if_fail (MINUTES_IS_BACKEND (backend));
  g_return_if_fail (kind <= MINUTES_DOCUMENT_KIND_DECISIONS);
  for (guint i = 0; i < n_templates; i++)
    g_return_if_fail (MINUTES_IS_TEMPLATE (templates[i]));

  walk.meeting = meeting;
  walk.templates = templates;
  walk.n_templates = n_templates;
  walk.template = templates[0];
  walk.backend = backend;
  walk.confidential = (flags & MINUTES_RENDER_CONFIDENTIAL) != 0;

  title = dup_title (&walk, phrase_ids[kind]);
  date = dup_date_value (minutes_meeting_get_date (meeting));

  info.kind = kind;
  info.title = title;
  info.language = minutes_template_get_language (templates[0]);
  info.committee = minutes_meeting_get_committee (meeting);
  info.date = date;
  info.confidential = walk.confidential;
  info.confidential_label = minutes_template_get_phrase (templates[0], "confidential");
  info.page_number = minutes_template_get_phrase (templates[0], "page-number");
  if (n_templates > 1)
    {
      languages = g_new0 (const char *, n_templates + 1);
      for (guint i = 0; i < n_templates; i++)
        languages[i] = minutes_template_get_language (templates[i]);
      info.languages = languages;
    }

  if (cache != NULL && kind == MINUTES_DOCUMENT_KIND_MINUTES)
    {
      walk.cache = cache;
      cache->n_documents++;
      cache->n_reused = 0;
    }

  minutes_backend_set_language (backend, info.language);
  minutes_backend_begin_document (backend, &info);

  switch (kind)
    {
    case MINUTES_DOCUMENT_KIND_MINUTES:
      walk_minutes (&walk);
      break;

    case MINUTES_DOCUMENT_KIND_AGENDA:
      walk_agenda (&walk);
      break;

    case MINUTES_DOCUMENT_KIND_DECISIONS:
      walk_decisions (&walk);
      break;

    default:
      g_assert_not_reached ();
    }

  minutes_backend_end_document (backend);
  g_clear_pointer (&walk.item_number, g_free);
  if (walk.cache != NULL)
    prune_cache (walk.cache);
}

char *
minutes_render_text (MinutesMeeting      *meeting,
                     MinutesTemplate     *template,
                     MinutesDocumentKind  kind,
                     MinutesRenderFlags   flags)
{
  g_autoptr(MinutesTextBackend) backend = minutes_text_backend_new ();

  minutes_render (meeting, template, kind, flags, MINUTES_BACKEND (backend));

  return g_strdup (minutes_text_backend_get_text (backend));
}
