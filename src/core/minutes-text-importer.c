/* minutes-text-importer.c: minutes as plain text → the meeting model
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "minutes-import-private.h"

/* The importer reads the text line by line and keeps track of where in an
 * item it is (witnesses, discussion, actions, resolutions). Every line ends
 * up somewhere in the model: what fits nothing becomes a narrative entry
 * where it appeared and is counted in the report. The words it looks for
 * come from the template where the template has them, plus the common
 * variants other councils use.
 *
 * Person ids are the slug of the surname ("russell-alexander"), made
 * unique with "-2", "-3"; item ids are "item-N" by position. */

typedef enum
{
  SECTION_NONE,
  SECTION_WITNESSES,
  SECTION_DISCUSSION,
  SECTION_ACTIONS,
  SECTION_RESOLUTION,
  SECTION_RECOMMEND,
  SECTION_CLOSED,
} Section;

typedef struct
{
  char              *label;
  char              *collective;
  char              *collective_one;
  guint              kinds;
  MinutesAttendance  attendance;
} AttendanceLabel;

typedef struct
{
  MinutesDeclaration *declaration;
  char               *item_number;
} PendingDeclaration;

/* find_person's lookups by casefolded name, full name, job title and
 * surname, each to the position + 1 of the first person who has it. Kept up
 * to date as people are appended; rebuilt when one is renamed, moved or
 * removed. */
typedef struct
{
  GHashTable *tables[4];     /* KeyKind → folded key → position + 1 */
  GPtrArray  *people;        /* the people indexed, each watched for renames */
  gulong      people_changed_id;
  gboolean    may_be_stale;  /* a person indexed was renamed since */
} PersonIndex;

struct _MinutesTextReader
{
  MinutesTemplate     *template;
  MinutesMeeting      *meeting;
  MinutesImportReport *report;
  GPtrArray           *labels;        /* AttendanceLabel */
  GPtrArray           *declarations;  /* PendingDeclaration */
  GHashTable          *person_ids;
  PersonIndex          person_index;
  MinutesAgendaItem   *item;          /* the item being read, or NULL */
  MinutesAgendaItem   *preamble;      /* the item holding unplaced lines before the first */
  MinutesResolution   *resolution;    /* the resolution being read */
  MinutesMotion       *motion;        /* the motion being read (its vote may follow) */
  const AttendanceLabel *open_group;  /* a "Present:" block spread over lines */
  Section              section;
  gboolean             numbered_item_seen;
  guint                n_items;
};

typedef struct _MinutesTextReader Importer;

static void
attendance_label_free (gpointer data)
{
  AttendanceLabel *label = data;

  g_free (label->label);
  g_free (label->collective);
  g_free (label->collective_one);
  g_free (label);
}

static void
pending_declaration_free (gpointer data)
{
  PendingDeclaration *pending = data;

  g_object_unref (pending->declaration);
  g_free (pending->item_number);
  g_free (pending);
}

#define KIND_BIT(k) (1u << (k))
#define ALL_KINDS (KIND_BIT (MINUTES_PERSON_KIND_MEMBER) | KIND_BIT (MINUTES_PERSON_KIND_SUBSTITUTE) | \
                   KIND_BIT (MINUTES_PERSON_KIND_OFFICER) | KIND_BIT (MINUTES_PERSON_KIND_EXTERNAL))

/* Regular expressions, compiled on first use and kept: the patterns are all
 * literals in this file, and compiling one for every line was most of the
 * time taken to import a long meeting. Not JIT-compiled: PCRE2's JIT
 * code reads a subject a block at a time, past its end into memory never
 * written, which valgrind (run on every test) rightly cannot tell apart
 * from a bug. */
static GRegex *
get_regex (const char *pattern)
{
  G_LOCK_DEFINE_STATIC (regexes);
  static GHashTable *regexes;
  GRegex *regex;

  G_LOCK (regexes);
  if (regexes == NULL)
    regexes = g_hash_table_new (g_str_hash, g_str_equal);
  regex = g_hash_table_lookup (regexes, pattern);
  if (regex == NULL)
    {
      regex = g_regex_new (pattern, G_REGEX_DEFAULT, 0, NULL);
      g_assert (regex != NULL);
      g_hash_table_insert (regexes, (gpointer) pattern, regex);
    }
  G_UNLOCK (regexes);

  return regex;
}

static gboolean
match (const char  *pattern,
       const char  *line,
       GMatchInfo **info)
{
  GRegex *regex = get_regex (pattern);
  gboolean found;

  g_assert (regex != NULL);
  found = g_regex_match (regex, line, 0, info);
  if (!found && info != NULL)
    g_clear_pointer (info, g_match_info_free);

  return found;
}

static char *
group (GMatchInfo *info,
       int         n)
{
  char *text = g_match_info_fetch (info, n);

  if (text != NULL && text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static gboolean
is_ascii (const char *text)
{
  for (; *text != '\0'; text++)
    if ((guchar) *text >= 0x80)
      return FALSE;

  return TRUE;
}

static gboolean
equal_ci (const char *a,
          const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;

  /* Casefolding plain ASCII is lowercasing it */
  if (is_ascii (a) && is_ascii (b))
    return g_ascii_strcasecmp (a, b) == 0;

  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);

  return g_str_equal (fa, fb);
}

static gboolean
has_prefix_ci (const char *text,
               const char *prefix)
{
  return g_ascii_strncasecmp (text, prefix, strlen (prefix)) == 0;
}

static gboolean
is_all_caps (const char *text)
{
  gboolean letters = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      letters |= g_unichar_isupper (c);
    }

  return letters;
}

/* "SAFER STRONGER COMMUNITIES SELECT COMMITTEE" → "Safer Stronger
 * Communities Select Committee". */
static char *
title_case (const char *text)
{
  static const char * const small[] = { "of", "and", "the", "for", "on", "in", "to", "a", "an", "at", "by", "with", NULL };
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);

      if (i > 0)
        g_string_append_c (out, ' ');

      if (i > 0 && g_strv_contains (small, lower))
        {
          g_string_append (out, lower);
          continue;
        }

      for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          gboolean start = p == lower || p[-1] == '-' || p[-1] == '(';

          g_string_append_unichar (out, start ? g_unichar_toupper (c) : c);
        }
    }

  return g_string_free (out, FALSE);
}

/* Dates and times */

static int
month_number (Importer   *self,
              const char *name)
{
  static const char * const months[] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
  };
  g_autofree char *lower = g_utf8_strdown (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      if (g_str_equal (lower, months[i]) ||
          (strlen (lower) >= 3 && g_str_has_prefix (months[i], lower) && strlen (lower) <= strlen (months[i])))
        return i + 1;
    }

  return 0;
}

/* "Tuesday, 16 January 2024", "Wednesday, 24th June, 2015",
 * "28/09/2023", "16 Jan 2024". */
static gboolean
parse_date (Importer   *self,
            const char *text,
            GDate      *date)
{
  g_autoptr(GMatchInfo) info = NULL;
  int day = 0, month = 0, year = 0;

  if (match ("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b", text, &info))
    {
      g_autofree char *d = g_match_info_fetch (info, 1);
      g_autofree char *m = g_match_info_fetch (info, 2);
      g_autofree char *y = g_match_info_fetch (info, 3);

      day = atoi (d);
      month = month_number (self, m);
      year = atoi (y);
    }
  else if (match ("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b", text, &info))
    {
      g_autofree char *d = g_match_info_fetch (info, 1);
      g_autofree char *m = g_match_info_fetch (info, 2);
      g_autofree char *y = g_match_info_fetch (info, 3);

      day = atoi (d);
      month = atoi (m);
      year = atoi (y);
    }

  if (month < 1 || month > 12 || year < 1000 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* "7.00 pm", "9.10pm", "19:05", "10:00 hours", "7pm", "noon". Returns
 * minutes since midnight or -1. */
static int
parse_time (const char *text)
{
  g_autoptr(GMatchInfo) info = NULL;
  int hour, minute = 0;
  g_autofree char *ampm = NULL;

  if (match ("\\b(\\d{1,2})[.:](\\d{2})\\s*(a\\.?m\\.?|p\\.?m\\.?|hours|hrs)?(?![\\d/])", text, &info) ||
      match ("\\b(\\d{1,2})()\\s*(a\\.?m\\.?|p\\.?m\\.?)(?![A-Za-z])", text, &info))
    {
      g_autofree char *h = g_match_info_fetch (info, 1);
      g_autofree char *m = g_match_info_fetch (info, 2);

      hour = atoi (h);
      minute = m[0] != '\0' ? atoi (m) : 0;
      ampm = group (info, 3);
    }
  else if (match ("\\bnoon\\b", text, NULL))
    return 12 * 60;
  else
    return -1;

  if (ampm != NULL && (ampm[0] == 'p' || ampm[0] == 'P') && hour < 12)
    hour += 12;
  else if (ampm != NULL && (ampm[0] == 'a' || ampm[0] == 'A') && hour == 12)
    hour = 0;

  if (hour > 23 || minute > 59)
    return -1;

  return hour * 60 + minute;
}

/* People */

static const char * const honorifics[] = {
  "Chief Superintendent", "Detective Superintendent", "Superintendent",
  "Chief Inspector", "Detective Inspector", "Inspector", "Sergeant", "Commander",
  "Councillor", "Cllr", "Alderman", "Mayor", "Deputy Mayor",
  "Professor", "Prof", "Dr", "Mr", "Mrs", "Ms", "Miss", "Mx",
  "Reverend", "Rev", "Sir", "Dame", "Lord", "Lady", "Baroness",
  NULL
};

static const char *
strip_honorific (const char  *name,
                 char       **honorific)
{
  for (guint i = 0; honorifics[i] != NULL; i++)
    {
      gsize len = strlen (honorifics[i]);

      if (strncmp (name, honorifics[i], len) == 0 &&
          (name[len] == ' ' || (name[len] == '.' && name[len + 1] == ' ')))
        {
          const char *rest = name + len + (name[len] == '.' ? 1 : 0);

          *honorific = g_strndup (name, rest - name);
          while (*rest == ' ')
            rest++;
          return rest;
        }
    }

  *honorific = NULL;
  return name;
}

static const char *
surname_of (const char *name)
{
  const char *space = strrchr (name, ' ');

  return space != NULL ? space + 1 : name;
}

static char *
make_person_id (Importer   *self,
                const char *name)
{
  g_autofree char *lower = g_utf8_strdown (surname_of (name), -1);
  g_autofree char *ascii = g_str_to_ascii (lower, "C");
  GString *slug = g_string_new (NULL);
  g_autofree char *base = NULL;
  char *id;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, *p);
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "person");

  base = g_string_free (slug, FALSE);
  id = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (self->person_ids, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  g_hash_table_add (self->person_ids, g_strdup (id));

  return id;
}

static gboolean
is_councillor_title (const char *honorific)
{
  return honorific != NULL &&
         (g_str_equal (honorific, "Councillor") || g_str_has_prefix (honorific, "Cllr"));
}

/* The keys a person is found by, one table each */
typedef enum
{
  KEY_FULL,
  KEY_NAME,
  KEY_JOB,
  KEY_SURNAME,
  N_KEYS,
} KeyKind;

static char *
dup_person_key (MinutesPerson *person,
                KeyKind        kind)
{
  const char *name = minutes_person_get_name (person);

  switch (kind)
    {
    case KEY_FULL:
      return minutes_person_dup_full_name (person);
    case KEY_NAME:
      return g_strdup (name);
    case KEY_JOB:
      return g_strdup (minutes_person_get_job_title (person));
    case KEY_SURNAME:
      return name != NULL ? g_strdup (surname_of (name)) : NULL;
    case N_KEYS:
    default:
      g_assert_not_reached ();
    }
}

/* Among people with the same key, the first in the list wins, as in a scan */
static void
index_add (GHashTable *table,
           const char *key,
           guint       position)
{
  g_autofree char *folded = NULL;
  guint existing;

  if (key == NULL)
    return;

  folded = g_utf8_casefold (key, -1);
  existing = GPOINTER_TO_UINT (g_hash_table_lookup (table, folded));
  if (existing == 0 || existing > position + 1)
    g_hash_table_insert (table, g_steal_pointer (&folded), GUINT_TO_POINTER (position + 1));
}

static void
index_person (PersonIndex   *index,
              MinutesPerson *person,
              guint          position)
{
  for (KeyKind kind = 0; kind < N_KEYS; kind++)
    {
      g_autofree char *key = dup_person_key (person, kind);

      index_add (index->tables[kind], key, position);
    }
}

static void
person_index_clear (Importer *self)
{
  PersonIndex *index = &self->person_index;

  for (guint i = 0; index->people != NULL && i < index->people->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (index->people, i), self);
  g_clear_pointer (&index->people, g_ptr_array_unref);
  for (KeyKind kind = 0; kind < N_KEYS; kind++)
    g_clear_pointer (&index->tables[kind], g_hash_table_unref);
  index->may_be_stale = FALSE;
}

/* Indexes the person's new keys at once, which keeps the index linear when
 * an importer names a person and then fills in their job; the keys the
 * person no longer has are caught at lookup (see index_find) */
static void
person_renamed_cb (MinutesPerson *person,
                   GParamSpec    *pspec,
                   Importer      *self)
{
  PersonIndex *index = &self->person_index;
  guint position;

  if (!g_ptr_array_find (index->people, person, &position))
    return;
  index_person (index, person, position);
  index->may_be_stale = TRUE;
}

static void
people_changed_cb (GListModel *people,
                   guint       position,
                   guint       removed,
                   guint       added,
                   Importer   *self)
{
  /* Appending only extends the index (on the next lookup) */
  if (self->person_index.people != NULL &&
      (removed > 0 || position < self->person_index.people->len))
    person_index_clear (self);
}

/* Brings the index up to date with the meeting's people */
static PersonIndex *
get_person_index (Importer *self)
{
  PersonIndex *index = &self->person_index;
  GListModel *people = minutes_meeting_get_people (self->meeting);
  guint n = g_list_model_get_n_items (people);

  if (index->people_changed_id == 0)
    index->people_changed_id = g_signal_connect (people, "items-changed",
                                                 G_CALLBACK (people_changed_cb), self);

  if (index->people == NULL)
    {
      index->people = g_ptr_array_new_with_free_func (g_object_unref);
      for (KeyKind kind = 0; kind < N_KEYS; kind++)
        index->tables[kind] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }

  for (guint i = index->people->len; i < n; i++)
    {
      MinutesPerson *person = g_list_model_get_item (people, i);

      index_person (index, person, i);

      /* What the keys are made of */
      g_signal_connect (person, "notify::name", G_CALLBACK (person_renamed_cb), self);
      g_signal_connect (person, "notify::honorific", G_CALLBACK (person_renamed_cb), self);
      g_signal_connect (person, "notify::job-title", G_CALLBACK (person_renamed_cb), self);
      g_ptr_array_add (index->people, person);
    }

  return index;
}

/* The position + 1 of the first person with @key of @kind, or 0 */
static guint
index_find (PersonIndex *index,
            KeyKind      kind,
            const char  *key)
{
  g_autofree char *folded = g_utf8_casefold (key, -1);
  guint found = GPOINTER_TO_UINT (g_hash_table_lookup (index->tables[kind], folded));
  g_autofree char *current = NULL;
  g_autofree char *current_folded = NULL;

  if (found == 0 || !index->may_be_stale)
    return found;

  /* A renamed person may still hold an old key: check the hit, and if it
   * is stale, index everyone afresh (rare: a key renamed away) */
  current = dup_person_key (g_ptr_array_index (index->people, found - 1), kind);
  current_folded = current != NULL ? g_utf8_casefold (current, -1) : NULL;
  if (g_strcmp0 (current_folded, folded) == 0)
    return found;

  for (KeyKind k = 0; k < N_KEYS; k++)
    g_hash_table_remove_all (index->tables[k]);
  for (guint i = 0; i < index->people->len; i++)
    index_person (index, g_ptr_array_index (index->people, i), i);
  index->may_be_stale = FALSE;

  return GPOINTER_TO_UINT (g_hash_table_lookup (index->tables[kind], folded));
}

/* The person a piece of text names: "Superintendent Pavitt", "Cllr Tam",
 * "Liam Shrivastava", "Head of Safer Communities", "The Director of …".
 * In order of preference: full name or name, then job title, then a lone
 * surname; among equals, the first person in the list. */
static MinutesPerson *
find_person (Importer   *self,
             const char *text)
{
  PersonIndex *index = get_person_index (self);
  const char *bare = text;
  g_autofree char *honorific = NULL;
  const char *name_only;
  guint by_full, by_name, found;

  if (has_prefix_ci (bare, "the "))
    bare += 4;
  name_only = strip_honorific (bare, &honorific);

  by_full = index_find (index, KEY_FULL, bare);
  by_name = index_find (index, KEY_NAME, name_only);
  found = by_full == 0 ? by_name : by_name == 0 ? by_full : MIN (by_full, by_name);
  if (found == 0)
    found = index_find (index, KEY_JOB, bare);
  if (found == 0 && strchr (name_only, ' ') == NULL)
    found = index_find (index, KEY_SURNAME, name_only);

  return found == 0 ? NULL : g_ptr_array_index (index->people, found - 1);
}

static void
apply_member_note (Importer      *self,
                   MinutesPerson *person,
                   const char    *note)
{
  g_autofree char *lower = g_utf8_strdown (note, -1);
  int time = parse_time (note);

  if (g_str_equal (lower, "chair") || g_str_equal (lower, "chairman") ||
      g_str_equal (lower, "chairwoman") || g_str_equal (lower, "chairperson") ||
      g_str_equal (lower, "in the chair"))
    minutes_person_set_role (person, MINUTES_ROLE_CHAIR);
  else if (g_str_has_prefix (lower, "vice") && strstr (lower, "chair") != NULL && strlen (lower) < 20)
    minutes_person_set_role (person, MINUTES_ROLE_VICE_CHAIR);
  else if ((g_str_has_prefix (lower, "arrived") || g_str_has_prefix (lower, "from ")) && time >= 0)
    minutes_person_set_arrived_at (person, time);
  else if ((g_str_has_prefix (lower, "left") || g_str_has_prefix (lower, "until ")) && time >= 0)
    minutes_person_set_left_at (person, time);
  else if (g_str_has_prefix (lower, "substitute for ") || g_str_has_prefix (lower, "substituting for "))
    {
      MinutesPerson *other = find_person (self, strstr (note, "for ") + 4);

      minutes_person_set_kind (person, MINUTES_PERSON_KIND_SUBSTITUTE);
      if (other != NULL)
        minutes_person_set_substitute_for (person, other);
      else
        minutes_person_set_job_title (person, note);
    }
  else if (minutes_person_get_job_title (person) == NULL)
    minutes_person_set_job_title (person, note);
  else
    {
      g_autofree char *joined = g_strconcat (minutes_person_get_job_title (person), ", ", note, NULL);

      minutes_person_set_job_title (person, joined);
    }
}

/* Splits "A (x, y), B and C" at the commas and the last "and" that are
 * not inside brackets. */
static GPtrArray *
split_names (const char *text)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  int depth = 0;
  const char *start = text;
  const char *last_and = NULL;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      else if (depth == 0 && (*p == ',' || *p == ';') && p[1] == ' ')
        {
          g_ptr_array_add (parts, g_strstrip (g_strndup (start, p - start)));
          start = p + 2;
        }
      else if (depth == 0 && strncmp (p, " and ", 5) == 0)
        last_and = p;
    }

  if (last_and != NULL && last_and >= start)
    {
      g_ptr_array_add (parts, g_strstrip (g_strndup (start, last_and - start)));
      start = last_and + 5;
    }
  g_ptr_array_add (parts, g_strstrip (g_strdup (start)));

  for (guint i = parts->len; i > 0; i--)
    {
      const char *part = g_ptr_array_index (parts, i - 1);

      if (part[0] == '\0')
        g_ptr_array_remove_index (parts, i - 1);
    }

  return parts;
}

static void
add_attendees (Importer              *self,
               const AttendanceLabel *label,
               const char            *list)
{
  g_autofree char *text = g_strstrip (g_strdup (list));
  g_autofree char *honorific_all = NULL;
  g_autoptr(GPtrArray) names = NULL;
  gsize len = strlen (text);
  const char *rest = text;
  static const char * const collectives[] = { "Councillors:", "Councillors", "Councillor:", "Councillor",
                                              "Cllrs.", "Cllrs", "Cllr.", "Cllr", NULL };

  if (len > 0 && text[len - 1] == '.')
    text[len - 1] = '\0';

  for (guint i = 0; collectives[i] != NULL; i++)
    {
      if (g_str_has_prefix (rest, collectives[i]) && rest[strlen (collectives[i])] == ' ')
        {
          honorific_all = g_strdup (label->collective_one != NULL ? label->collective_one : "Councillor");
          rest += strlen (collectives[i]) + 1;
          break;
        }
    }

  names = split_names (rest);
  for (guint i = 0; i < names->len; i++)
    {
      char *entry = g_ptr_array_index (names, i);
      g_autoptr(MinutesPerson) person = minutes_person_new ();
      g_autofree char *honorific = NULL;
      g_autofree char *notes = NULL;
      g_autofree char *id = NULL;
      const char *name;
      char *open = strchr (entry, '(');
      gboolean member;

      /* "Councillor Ann Jones (Chair), Councillors Smith and Brown" */
      for (guint c = 0; c < 4; c++)
        {
          if (g_str_has_prefix (entry, collectives[c]) && entry[strlen (collectives[c])] == ' ' &&
              strchr (collectives[c], 's') != NULL)
            {
              g_free (honorific_all);
              honorific_all = g_strdup (label->collective_one != NULL ? label->collective_one : "Councillor");
              entry += strlen (collectives[c]) + 1;
              open = strchr (entry, '(');
              break;
            }
        }

      if (open != NULL && entry[strlen (entry) - 1] == ')')
        {
          notes = g_strndup (open + 1, strlen (open + 1) - 1);
          *open = '\0';
          g_strchomp (entry);
        }

      name = strip_honorific (entry, &honorific);
      if (honorific == NULL && honorific_all != NULL)
        honorific = g_strdup (honorific_all);

      member = (label->kinds & KIND_BIT (MINUTES_PERSON_KIND_MEMBER)) != 0 &&
               (honorific_all != NULL || is_councillor_title (honorific) ||
                (label->kinds & KIND_BIT (MINUTES_PERSON_KIND_OFFICER)) == 0);

      minutes_person_set_name (person, name);
      minutes_person_set_honorific (person, honorific);
      minutes_person_set_attendance (person, label->attendance);
      minutes_person_set_kind (person, member ? MINUTES_PERSON_KIND_MEMBER : MINUTES_PERSON_KIND_OFFICER);

      if (notes != NULL && member)
        {
          g_autoptr(GPtrArray) parts = split_names (notes);

          for (guint n = 0; n < parts->len; n++)
            apply_member_note (self, person, g_ptr_array_index (parts, n));
        }
      else if (notes != NULL)
        {
          const char *dash = strstr (notes, " – ");
          gsize dash_len = strlen (" – ");

          if (dash == NULL)
            dash = strstr (notes, " - "), dash_len = 3;

          if (dash != NULL)
            {
              g_autofree char *job = g_strndup (notes, dash - notes);

              minutes_person_set_job_title (person, job);
              minutes_person_set_organisation (person, dash + dash_len);
              minutes_person_set_kind (person, MINUTES_PERSON_KIND_EXTERNAL);
            }
          else
            {
              minutes_person_set_job_title (person, notes);
            }
        }

      if (!member && (label->kinds & KIND_BIT (MINUTES_PERSON_KIND_OFFICER)) == 0)
        minutes_person_set_kind (person, MINUTES_PERSON_KIND_EXTERNAL);

      id = make_person_id (self, name);
      minutes_person_set_id (person, id);
      minutes_meeting_append_person (self->meeting, person);
    }
}

static void
add_label (Importer          *self,
           const char        *text,
           const char        *collective_one,
           guint              kinds,
           MinutesAttendance  attendance)
{
  AttendanceLabel *label = g_new0 (AttendanceLabel, 1);

  label->label = g_strdup (text);
  label->collective_one = g_strdup (collective_one);
  label->kinds = kinds;
  label->attendance = attendance;
  g_ptr_array_add (self->labels, label);
}

static int
compare_labels (gconstpointer a,
                gconstpointer b)
{
  const AttendanceLabel *la = *(const AttendanceLabel **) a;
  const AttendanceLabel *lb = *(const AttendanceLabel **) b;

  return (int) strlen (lb->label) - (int) strlen (la->label);
}

/* The template's attendance lines first, then the words other councils
 * use; the longest label wins ("ALSO PRESENT VIRTUALLY:" over "ALSO
 * PRESENT:"). */
static void
build_labels (Importer *self)
{
  GPtrArray *groups = minutes_template_get_attendance_groups (self->template);
  guint members = KIND_BIT (MINUTES_PERSON_KIND_MEMBER) | KIND_BIT (MINUTES_PERSON_KIND_SUBSTITUTE);
  guint others = KIND_BIT (MINUTES_PERSON_KIND_OFFICER) | KIND_BIT (MINUTES_PERSON_KIND_EXTERNAL);

  for (guint i = 0; i < groups->len; i++)
    {
      const MinutesAttendanceGroup *g = g_ptr_array_index (groups, i);
      MinutesAttendance attendance = MINUTES_ATTENDANCE_PRESENT;

      for (guint a = 0; a < 8; a++)
        {
          if (g->attendances & (1u << a))
            {
              attendance = a;
              break;
            }
        }
      add_label (self, g->label, g->collective_one, g->kinds, attendance);
    }

  add_label (self, "Present:", "Councillor", members | KIND_BIT (MINUTES_PERSON_KIND_OFFICER), MINUTES_ATTENDANCE_PRESENT);
  add_label (self, "Members present:", "Councillor", members, MINUTES_ATTENDANCE_PRESENT);
  add_label (self, "Councillors present:", "Councillor", members, MINUTES_ATTENDANCE_PRESENT);
  add_label (self, "Also present:", NULL, others, MINUTES_ATTENDANCE_PRESENT);
  add_label (self, "Also in attendance:", NULL, others, MINUTES_ATTENDANCE_PRESENT);
  add_label (self, "Other members in attendance:", "Councillor", members, MINUTES_ATTENDANCE_PRESENT);
  add_label (self, "Officers:", NULL, others, MINUTES_ATTENDANCE_PRESENT);
  add_label (self, "Officers present:", NULL, others, MINUTES_ATTENDANCE_PRESENT);
  add_label (self, "Officers in attendance:", NULL, others, MINUTES_ATTENDANCE_PRESENT);
  add_label (self, "Substitutes:", "Councillor", KIND_BIT (MINUTES_PERSON_KIND_SUBSTITUTE), MINUTES_ATTENDANCE_PRESENT);
  add_label (self, "Apologies:", "Councillor", ALL_KINDS, MINUTES_ATTENDANCE_APOLOGIES);
  add_label (self, "Apologies for absence:", "Councillor", ALL_KINDS, MINUTES_ATTENDANCE_APOLOGIES);
  add_label (self, "Apologies for absence were received from", "Councillor", ALL_KINDS, MINUTES_ATTENDANCE_APOLOGIES);
  add_label (self, "Absent:", "Councillor", ALL_KINDS, MINUTES_ATTENDANCE_ABSENT);

  g_ptr_array_sort (self->labels, compare_labels);
}

static const AttendanceLabel *
find_label (Importer    *self,
            const char  *line,
            const char **rest)
{
  for (guint i = 0; i < self->labels->len; i++)
    {
      const AttendanceLabel *label = g_ptr_array_index (self->labels, i);
      gsize len = strlen (label->label);

      if (has_prefix_ci (line, label->label))
        {
          *rest = line + len;
          while (**rest == ' ' || **rest == '-' || **rest == ':')
            (*rest)++;
          return label;
        }

      /* "PRESENT" alone on a line, without the colon */
      if (label->label[len - 1] == ':' && strlen (line) == len - 1 &&
          g_ascii_strncasecmp (line, label->label, len - 1) == 0)
        {
          *rest = line + len - 1;
          return label;
        }
    }

  return NULL;
}

/* Items */

static MinutesStanding
standing_for_title (const char *title)
{
  g_autofree char *lower = g_utf8_strdown (title, -1);

  if (g_str_has_prefix (lower, "minutes") || strstr (lower, "previous minutes") != NULL ||
      strstr (lower, "minutes of the last") != NULL)
    return MINUTES_STANDING_PREVIOUS_MINUTES;
  if (g_str_has_prefix (lower, "apologies"))
    return MINUTES_STANDING_APOLOGIES;
  if (g_str_has_prefix (lower, "declaration") || g_str_has_prefix (lower, "disclosure"))
    return MINUTES_STANDING_DECLARATIONS;
  if (g_str_has_prefix (lower, "matters arising"))
    return MINUTES_STANDING_MATTERS_ARISING;
  if (strstr (lower, "urgent") != NULL)
    return MINUTES_STANDING_URGENT_BUSINESS;
  if (strstr (lower, "public question") != NULL)
    return MINUTES_STANDING_PUBLIC_QUESTIONS;
  if (g_str_has_prefix (lower, "petition"))
    return MINUTES_STANDING_PETITIONS;
  if (strstr (lower, "work programme") != NULL || strstr (lower, "forward plan") != NULL)
    return MINUTES_STANDING_WORK_PROGRAMME;
  if (g_str_has_prefix (lower, "exclusion of the press") || g_str_has_prefix (lower, "exclusion of press") ||
      g_str_has_prefix (lower, "exclusion of the public"))
    return MINUTES_STANDING_EXCLUSION;

  return MINUTES_STANDING_NONE;
}

static char *
current_item_number (Importer *self)
{
  if (self->item == NULL)
    return NULL;

  return minutes_agenda_item_dup_number (self->item);
}

static guint
expected_next_number (Importer *self)
{
  g_autofree char *number = current_item_number (self);

  if (number == NULL || !g_ascii_isdigit (number[0]))
    return 0;

  return (guint) atoi (number) + 1;
}

static void
start_item (Importer   *self,
            const char *label,
            const char *title)
{
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
  g_autofree char *id = NULL;

  self->n_items++;
  id = g_strdup_printf ("item-%u", self->n_items);
  minutes_agenda_item_set_id (item, id);
  minutes_agenda_item_set_title (item, title);
  minutes_agenda_item_set_standing (item, standing_for_title (title));
  if (label == NULL)
    minutes_agenda_item_set_unnumbered (item, TRUE);
  minutes_meeting_append_item (self->meeting, item);

  /* Store the printed number only when counting would not give it. */
  if (label != NULL)
    {
      g_autofree char *derived = minutes_agenda_item_dup_number (item);

      if (g_strcmp0 (derived, label) != 0)
        minutes_agenda_item_set_number_label (item, label);
      self->numbered_item_seen = TRUE;
    }

  self->item = item;
  self->resolution = NULL;
  self->motion = NULL;
  self->section = SECTION_NONE;
  self->open_group = NULL;
}

/* @text with each run of spaces and tabs made one space, as text
 * extraction spreads words out to justify a line */
static char *
collapse_blanks (const char *text)
{
  GString *collapsed = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean blank = *p == ' ' || *p == '\t';

      if (!blank)
        g_string_append_c (collapsed, *p);
      else if (p == text || (p[-1] != ' ' && p[-1] != '\t'))
        g_string_append_c (collapsed, ' ');
    }

  return g_string_free (collapsed, FALSE);
}

static gboolean
ends_like_sentence (const char *text)
{
  gsize len = strlen (text);

  return len > 0 && strchr (".;,", text[len - 1]) != NULL;
}

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += words[i][0] != '\0';

  return n;
}

/* "3. Workforce Equalities", "16. …", "3a …", "9(a) …", "(a) …",
 * "PLA146/14 …", "Item 5 …". Lists inside an item ("1. That …") and key
 * points ("3.1. …") are told apart by where they stand and how they
 * read: a title is short and does not end like a sentence. */
static gboolean
try_item_heading (Importer   *self,
                  const char *line)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;
  g_autofree char *current = NULL;

  if (!match ("^(?:Item\\s+|ITEM\\s+)?(\\d{1,3}[A-Za-z]?|\\d{1,3}\\([A-Za-z0-9]{1,3}\\)|\\([a-z]{1,3}\\)|"
              "[A-Z]{2,6}\\s?\\d{1,4}/\\d{2,4}|\\d{1,3}\\.\\d{1,2})[.):]?\\s+(\\S.*)$",
              line, &info))
    return FALSE;

  label = group (info, 1);
  title = group (info, 2);

  if (title == NULL || ends_like_sentence (title) || count_words (title) > 20)
    return FALSE;
  if (!g_unichar_isupper (g_utf8_get_char (title)) && !g_unichar_isdigit (g_utf8_get_char (title)) &&
      title[0] != '\'' && title[0] != '"')
    return FALSE;

  /* A key point of the current item */
  current = current_item_number (self);
  if (current != NULL && g_str_has_prefix (label, current) && label[strlen (current)] == '.')
    return FALSE;

  /* Numbered lists inside an item continue unless the number is the next
   * item's. */
  if (g_ascii_isdigit (label[0]) && strspn (label, "0123456789") == strlen (label) &&
      (self->section == SECTION_ACTIONS || self->section == SECTION_RECOMMEND) &&
      (guint) atoi (label) != expected_next_number (self))
    return FALSE;

  start_item (self, label, title);
  return TRUE;
}

/* Unnumbered standing items written as a bare heading. */
static gboolean
try_bare_heading (Importer   *self,
                  const char *line)
{
  static const char * const titles[] = {
    "apologies for absence", "apologies", "declarations of interest", "declarations of interests",
    "disclosures of interest", "matters arising", "urgent business", "urgent items",
    "public questions", "petitions", "exclusion of the press and public",
    "commencement of meeting", "chair's announcements", "chair’s announcements", NULL
  };
  g_autofree char *lower = g_utf8_strdown (line, -1);
  gsize len = strlen (lower);

  if (len > 0 && (lower[len - 1] == ':' || lower[len - 1] == '.'))
    lower[len - 1] = '\0';

  if (!g_strv_contains (titles, lower))
    return FALSE;

  start_item (self, NULL, line);
  return TRUE;
}

/* Content */

static void
add_entry (Importer         *self,
           MinutesEntryType  type,
           const char       *text)
{
  g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();

  minutes_discussion_entry_set_entry_type (entry, type);
  minutes_discussion_entry_set_text (entry, text);
  minutes_agenda_item_append_entry (self->item, entry);
}

/* A line that fits nothing: kept where it appeared. Before the first item
 * there is no item to hold it, so it opens an unnumbered one. */
static void
add_unplaced (Importer   *self,
              const char *line)
{
  _minutes_import_report_unplaced (self->report, line);

  if (self->item == NULL)
    {
      start_item (self, NULL, line);
      self->preamble = self->item;
      return;
    }

  add_entry (self, MINUTES_ENTRY_NARRATIVE, line);
}

static gboolean
try_adjournment (Importer   *self,
                 const char *line)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autoptr(MinutesDiscussionEntry) entry = NULL;
  int from, to = -1;

  if (match ("^The meeting (?:was )?adjourned (?:from|at) ([0-9.:]+\\s*[apm.]*)(?: to| until) ([0-9.:]+\\s*[apm.]*)\\.?$",
             line, &info))
    {
      g_autofree char *f = g_match_info_fetch (info, 1);
      g_autofree char *t = g_match_info_fetch (info, 2);

      from = parse_time (f);
      to = parse_time (t);
      if (to < 0)
        return FALSE;
    }
  else if (match ("^The meeting (?:was )?adjourned at ([0-9.:]+\\s*[apm.]*)\\.?$", line, &info))
    {
      g_autofree char *f = g_match_info_fetch (info, 1);

      from = parse_time (f);
    }
  else
    return FALSE;

  if (from < 0)
    return FALSE;

  entry = minutes_discussion_entry_new ();
  minutes_discussion_entry_set_entry_type (entry, MINUTES_ENTRY_PROCEDURAL);
  minutes_discussion_entry_set_procedure (entry, MINUTES_PROCEDURE_ADJOURNMENT);
  minutes_discussion_entry_set_from (entry, from);
  minutes_discussion_entry_set_to (entry, to);
  minutes_agenda_item_append_entry (self->item, entry);

  return TRUE;
}

/* "3.1. text": a key point of item 3. Points numbered any other way
 * ("1.1" under item 16) are points too. */
static gboolean
try_point (Importer   *self,
           const char *line)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *text = NULL;

  if (!match ("^([0-9A-Za-z()]{1,12})\\.(\\d{1,3})\\.?\\s+(\\S.*)$", line, &info))
    return FALSE;

  text = group (info, 3);
  add_entry (self, MINUTES_ENTRY_POINT, text);

  return TRUE;
}

/* Who an action is for: the longest start before " to " that names a
 * person, or failing that the first short one. */
static void
add_action (Importer   *self,
            const char *line)
{
  g_autoptr(MinutesAction) action = minutes_action_new ();
  g_autoptr(GMatchInfo) info = NULL;
  const char *text = line;
  const char *split = NULL;
  MinutesPerson *owner = NULL;

  if (match ("^(?:\\d{1,2}|[a-z])[.)]\\s+(.*)$", line, &info))
    {
      int start;

      g_match_info_fetch_pos (info, 1, &start, NULL);
      text = line + start;
    }

  for (const char *p = strstr (text, " to "); p != NULL; p = strstr (p + 1, " to "))
    {
      g_autofree char *candidate = g_strndup (text, p - text);
      MinutesPerson *person = find_person (self, candidate);

      if (person != NULL)
        {
          split = p;
          owner = person;
          break;
        }
      if (split == NULL && count_words (candidate) <= 8 && g_unichar_isupper (g_utf8_get_char (text)))
        split = p;
    }

  if (split != NULL)
    {
      g_autofree char *owner_text = g_strndup (text, split - text);

      minutes_action_set_owner (action, owner);
      minutes_action_set_text (action, split + 4);
      /* Keep the clerk's words for the owner unless the model prints
       * the same without them. */
      if (owner != NULL)
        {
          g_autofree char *label = minutes_action_dup_owner_label (action);

          if (!g_str_equal (label, owner_text))
            minutes_action_set_owner_text (action, owner_text);
        }
      else
        minutes_action_set_owner_text (action, owner_text);
    }
  else
    {
      minutes_action_set_text (action, text);
    }

  minutes_agenda_item_append_action (self->item, action);
}

static MinutesResolution *
add_resolution (Importer              *self,
                MinutesResolutionKind  kind,
                const char            *text)
{
  g_autoptr(MinutesResolution) resolution = minutes_resolution_new ();

  minutes_resolution_set_kind (resolution, kind);
  minutes_resolution_set_text (resolution, text);
  minutes_agenda_item_append_resolution (self->item, resolution);
  self->resolution = resolution;
  self->section = SECTION_RESOLUTION;

  return resolution;
}

/* "RESOLVED", "RESOLVED that …", "Resolved – That …", "AGREED", "Noted." */
static gboolean
try_resolution_start (Importer   *self,
                      const char *line)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *word = NULL;
  g_autofree char *rest = NULL;
  MinutesResolutionKind kind;

  if (!match ("^(RESOLVED|Resolved|AGREED|Agreed|NOTED|Noted|DECIDED|Decided)(?=$|[\\s:–—.,-])"
              "[\\s:–—.,-]*(.*)$", line, &info))
    return FALSE;

  word = g_match_info_fetch (info, 1);
  rest = group (info, 2);

  /* "Resolved issues were …" is a sentence, not a decision. */
  if (rest != NULL && !is_all_caps (word) && !g_regex_match_simple ("^[\\s:–—-]", line + strlen (word), 0, 0) &&
      !has_prefix_ci (rest, "that") && !has_prefix_ci (rest, "to "))
    return FALSE;

  if (g_ascii_strcasecmp (word, "agreed") == 0)
    kind = MINUTES_RESOLUTION_AGREED;
  else if (g_ascii_strcasecmp (word, "noted") == 0)
    kind = MINUTES_RESOLUTION_NOTED;
  else
    kind = MINUTES_RESOLUTION_RESOLVED;

  if (rest != NULL && equal_ci (rest, minutes_template_get_phrase (self->template, "resolution-to-recommend-lead")))
    {
      add_resolution (self, MINUTES_RESOLUTION_TO_RECOMMEND, NULL);
      self->section = SECTION_RECOMMEND;
      return TRUE;
    }

  add_resolution (self, kind, rest);
  return TRUE;
}

static void
add_recommendation (Importer   *self,
                    const char *text)
{
  g_autoptr(MinutesResolutionPoint) point = minutes_resolution_point_new ();

  minutes_resolution_point_set_text (point, text);
  minutes_resolution_append_point (self->resolution, point);
}

/* Inside a resolution: its text, "To recommend:" and its list, or further
 * paragraphs, which follow as resolutions without a heading of their own
 * so that they print where they stood. */
static void
read_resolution_line (Importer   *self,
                      const char *line)
{
  g_autoptr(GMatchInfo) info = NULL;
  const char *lead = minutes_template_get_phrase (self->template, "resolution-to-recommend-lead");
  GListModel *points = minutes_resolution_get_points (self->resolution);

  if (equal_ci (line, lead) && minutes_resolution_get_text (self->resolution) == NULL &&
      g_list_model_get_n_items (points) == 0)
    {
      minutes_resolution_set_kind (self->resolution, MINUTES_RESOLUTION_TO_RECOMMEND);
      self->section = SECTION_RECOMMEND;
      return;
    }

  if (match ("^(?:\\d{1,2}|\\([a-z]{1,3}\\)|[a-z])[.)]?\\s+(\\S.*)$", line, &info) &&
      (self->section == SECTION_RECOMMEND ||
       minutes_resolution_get_text (self->resolution) == NULL ||
       g_str_has_suffix (minutes_resolution_get_text (self->resolution), ":")))
    {
      g_autofree char *text = group (info, 1);

      if (self->section == SECTION_RESOLUTION)
        self->section = SECTION_RECOMMEND;
      add_recommendation (self, text);
      return;
    }

  if (minutes_resolution_get_text (self->resolution) == NULL && g_list_model_get_n_items (points) == 0)
    {
      minutes_resolution_set_text (self->resolution, line);
      return;
    }

  add_resolution (self, MINUTES_RESOLUTION_OTHER, line);
}

/* Whether a name can start or end at @p: names are whole words */
static gboolean
is_word_boundary (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return *p == '\0' ||
         (c != '-' && c != '\'' && c != 0x2019 && (g_unichar_isspace (c) || g_unichar_ispunct (c)));
}

/* The person whose full name or name, spelled as in the attendance, comes
 * first in @line from @from (the longest at the same place): at most a few
 * hash lookups a word, so a meeting's witnesses are read in linear time */
static MinutesPerson *
find_first_name (Importer   *self,
                 const char *line,
                 gsize       from,
                 gsize      *at,
                 gsize      *length)
{
  /* Longer than any name in an attendance list */
  enum { MAX_NAME_WORDS = 8 };
  PersonIndex *index = get_person_index (self);
  const char *start = line + from;

  for (;;)
    {
      MinutesPerson *found = NULL;
      guint found_position = G_MAXUINT;
      gsize found_len = 0;
      const char *end = start;
      guint words = 0;

      while (*start != '\0' && is_word_boundary (start))
        start = g_utf8_next_char (start);
      if (*start == '\0')
        return NULL;

      /* Every end of a word up to MAX_NAME_WORDS words on */
      end = start;
      while (*end != '\0' && words < MAX_NAME_WORDS)
        {
          while (*end != '\0' && !is_word_boundary (end))
            end = g_utf8_next_char (end);
          words++;

          for (KeyKind kind = KEY_FULL; kind <= KEY_NAME; kind++)
            {
              g_autofree char *candidate = g_strndup (start, end - start);
              guint position = index_find (index, kind, candidate);
              g_autofree char *spelled = NULL;

              if (position == 0)
                continue;
              /* As spelled in the attendance, not only the same letters */
              spelled = dup_person_key (g_ptr_array_index (index->people, position - 1), kind);
              if (g_strcmp0 (spelled, candidate) != 0)
                continue;
              if ((gsize) (end - start) > found_len ||
                  ((gsize) (end - start) == found_len && position - 1 < found_position))
                {
                  found = g_ptr_array_index (index->people, position - 1);
                  found_position = position - 1;
                  found_len = end - start;
                }
            }

          while (*end != '\0' && is_word_boundary (end) && !g_unichar_isspace (g_utf8_get_char (end)))
            end = g_utf8_next_char (end);
          if (*end != '\0')
            end = g_utf8_next_char (end);
        }

      if (found != NULL)
        {
          *at = start - line;
          *length = found_len;
          return found;
        }

      while (*start != '\0' && !is_word_boundary (start))
        start = g_utf8_next_char (start);
    }
}

/* "Sherene Russell-Alexander, Director of … Claudia Menichetti, Head of …"
 * (several witnesses run together by text extraction): every name of a
 * person in the attendance lists starts a witness. */
static void
read_witnesses (Importer   *self,
                const char *line)
{
  gsize len = strlen (line);
  gsize pos = 0;
  gboolean any = FALSE;

  while (pos < len)
    {
      gsize best_at = len, best_len = 0;
      MinutesPerson *best = find_first_name (self, line, pos, &best_at, &best_len);

      if (best == NULL)
        break;

      if (best_at > pos)
        {
          g_autofree char *before = g_strstrip (g_strndup (line + pos, best_at - pos));

          if (before[0] != '\0')
            {
              g_autofree char *description = NULL;
              g_autoptr(MinutesPerson) previous = any ?
                g_list_model_get_item (minutes_agenda_item_get_witnesses (self->item),
                                       g_list_model_get_n_items (minutes_agenda_item_get_witnesses (self->item)) - 1) : NULL;

              if (previous != NULL)
                description = minutes_person_dup_description (previous);
              if (previous == NULL || description == NULL || !g_str_has_prefix (before, ",") ||
                  strcmp (g_strchug (before + 1), description) != 0)
                add_unplaced (self, before);
            }
        }

      minutes_agenda_item_append_witness (self->item, best);
      any = TRUE;
      pos = best_at + best_len;
    }

  if (!any)
    {
      g_autoptr(GMatchInfo) info = NULL;

      /* Someone not in the attendance lists: "James Lee, Director of …" */
      if (match ("^((?:[A-Z][\\w'’-]+ ){1,3}[A-Z][\\w'’-]+), ([^,]+)$", line, &info))
        {
          g_autoptr(MinutesPerson) person = minutes_person_new ();
          g_autofree char *name = g_match_info_fetch (info, 1);
          g_autofree char *job = g_match_info_fetch (info, 2);
          g_autofree char *id = make_person_id (self, name);
          const char *dash = strstr (job, " – ");

          minutes_person_set_id (person, id);
          minutes_person_set_name (person, name);
          minutes_person_set_kind (person, MINUTES_PERSON_KIND_OFFICER);
          minutes_person_set_attendance (person, MINUTES_ATTENDANCE_PRESENT);
          if (dash != NULL)
            {
              g_autofree char *title = g_strndup (job, dash - job);

              minutes_person_set_job_title (person, title);
              minutes_person_set_organisation (person, dash + strlen (" – "));
              minutes_person_set_kind (person, MINUTES_PERSON_KIND_EXTERNAL);
            }
          else
            minutes_person_set_job_title (person, job);
          minutes_meeting_append_person (self->meeting, person);
          minutes_agenda_item_append_witness (self->item, person);
          return;
        }

      add_unplaced (self, line);
      return;
    }

  if (pos < len)
    {
      g_autofree char *after = g_strstrip (g_strdup (line + pos));
      GListModel *witnesses = minutes_agenda_item_get_witnesses (self->item);
      g_autoptr(MinutesPerson) last = g_list_model_get_item (witnesses, g_list_model_get_n_items (witnesses) - 1);
      g_autofree char *description = minutes_person_dup_description (last);

      if (after[0] == '\0')
        return;
      if (description != NULL && after[0] == ',' && strcmp (g_strchug (after + 1), description) == 0)
        return;
      if (description == NULL && after[0] == ',')
        {
          minutes_person_set_job_title (last, g_strchug (after + 1));
          return;
        }
      add_unplaced (self, after);
    }
}

static void
read_declaration (Importer   *self,
                  const char *line)
{
  g_autoptr(MinutesDeclaration) declaration = minutes_declaration_new ();
  g_autoptr(GMatchInfo) info = NULL;
  const char *none = minutes_template_get_phrase (self->template, "declarations-none");
  GListModel *people = minutes_meeting_get_people (self->meeting);
  const char *text = line;

  if (equal_ci (line, none) || equal_ci (line, "None.") || equal_ci (line, "There were no declarations of interest.") ||
      equal_ci (line, "No declarations of interest were made."))
    {
      if (equal_ci (line, none))
        {
          minutes_meeting_set_no_declarations (self->meeting, TRUE);
          return;
        }
      add_entry (self, MINUTES_ENTRY_NARRATIVE, line);
      return;
    }

  if (match ("^Re item ([0-9A-Za-z()./]+), (.*)$", line, &info))
    text = strchr (line, ',') + 2;

  minutes_declaration_set_text (declaration, text);
  minutes_declaration_set_kind (declaration, MINUTES_DECLARATION_KIND_OTHER);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);
      const char *name = minutes_person_get_name (person);

      if (name != NULL && (strstr (text, name) != NULL ||
                           (strstr (text, surname_of (name)) != NULL && minutes_person_is_member (person))))
        {
          minutes_declaration_set_person (declaration, person);
          break;
        }
    }
  /* "Cllr Tam declared …" by a councillor not in the attendance lists */
  if (minutes_declaration_get_person (declaration) == NULL)
    {
      g_autoptr(GMatchInfo) name_info = NULL;

      if (match ("^(Cllr\\.?|Councillor) ([A-Z][\\w'’-]+) declared\\b", text, &name_info))
        {
          g_autoptr(MinutesPerson) person = minutes_person_new ();
          g_autofree char *honorific = g_match_info_fetch (name_info, 1);
          g_autofree char *name = g_match_info_fetch (name_info, 2);
          g_autofree char *id = make_person_id (self, name);

          minutes_person_set_id (person, id);
          minutes_person_set_name (person, name);
          minutes_person_set_honorific (person, honorific);
          minutes_person_set_attendance (person, MINUTES_ATTENDANCE_PRESENT);
          minutes_meeting_append_person (self->meeting, person);
          minutes_declaration_set_person (declaration, person);
        }
    }

  /* A declaration names who declared; without anyone to name, the line
   * stays text where it was. */
  if (minutes_declaration_get_person (declaration) == NULL)
    {
      if (self->resolution != NULL &&
          (self->section == SECTION_RESOLUTION || self->section == SECTION_RECOMMEND))
        {
          _minutes_import_report_unplaced (self->report, line);
          add_resolution (self, MINUTES_RESOLUTION_OTHER, line);
        }
      else
        add_unplaced (self, line);
      return;
    }

  if (info != NULL)
    {
      PendingDeclaration *pending = g_new0 (PendingDeclaration, 1);

      pending->declaration = g_object_ref (declaration);
      pending->item_number = g_match_info_fetch (info, 1);
      g_ptr_array_add (self->declarations, pending);
    }

  minutes_meeting_append_declaration (self->meeting, declaration);
}

static gboolean
is_heading (const char *line,
            const char *heading,
            const char * const *variants)
{
  g_autofree char *trimmed = g_strdup (line);
  gsize len = strlen (trimmed);

  if (len > 0 && (trimmed[len - 1] == ':' || trimmed[len - 1] == '.'))
    trimmed[len - 1] = '\0';

  if (heading != NULL && equal_ci (trimmed, heading))
    return TRUE;

  for (guint i = 0; variants[i] != NULL; i++)
    {
      if (equal_ci (trimmed, variants[i]))
        return TRUE;
    }

  return FALSE;
}

/* Motions and votes */

/* "Councillor Smith", "Cllr Ann Jones (Chair)": the person present with
 * that name, or NULL. */
static MinutesPerson *
find_named_person (Importer   *self,
                   const char *text)
{
  g_autofree char *name = g_strstrip (g_strdup (text));
  char *open = strchr (name, '(');
  gsize len;

  if (open != NULL)
    *open = '\0';
  g_strstrip (name);
  len = strlen (name);
  while (len > 0 && strchr (".,;:", name[len - 1]) != NULL)
    name[--len] = '\0';

  if (name[0] == '\0' || count_words (name) > 6)
    return NULL;

  return find_person (self, name);
}

/* "Moved by Cllr X, seconded by Cllr Y, that …", "It was proposed by
 * Councillor X and seconded by Councillor Y that …", "Moved by X." */
static gboolean
parse_moved (Importer       *self,
             const char     *line,
             MinutesPerson **mover,
             MinutesPerson **seconder,
             char          **text)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *rest = NULL;
  g_autofree char *names = NULL;
  const char *that;
  const char *seconded;

  if (!match ("^(?:It was |it was )?(?:[Mm]oved|[Pp]roposed|MOVED|PROPOSED) by (.+)$", line, &info))
    return FALSE;

  rest = g_match_info_fetch (info, 1);
  that = strstr (rest, " that ");
  if (that == NULL)
    that = strstr (rest, " That ");
  names = that != NULL ? g_strndup (rest, that - rest) : g_strdup (rest);
  *text = that != NULL ? g_strstrip (g_strdup (that + 1)) : NULL;

  seconded = strstr (names, "seconded by ");
  if (seconded == NULL)
    seconded = strstr (names, "Seconded by ");
  if (seconded != NULL)
    {
      g_autofree char *first = g_strndup (names, seconded - names);

      g_strstrip (first);
      if (g_str_has_suffix (first, " and"))
        first[strlen (first) - 4] = '\0';
      *mover = find_named_person (self, first);
      *seconder = find_named_person (self, seconded + strlen ("seconded by "));
      if (*mover == NULL && count_words (first) > 6)
        goto not_motion;
    }
  else
    {
      *mover = find_named_person (self, names);
      *seconder = NULL;
      if (*mover == NULL && count_words (names) > 6)
        goto not_motion;
    }

  return TRUE;

not_motion:
  g_clear_pointer (text, g_free);
  *mover = *seconder = NULL;
  return FALSE;
}

#define COUNT_RE "(\\d+|no|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
                 "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"

/* "6", "one", "no": a count, or -1 for none given. */
static int
count_of (const char *word)
{
  static const char * const words[] = {
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", NULL
  };

  if (word == NULL)
    return -1;
  if (g_ascii_strcasecmp (word, "none") == 0)
    return 0;
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (g_ascii_strcasecmp (word, words[i]) == 0)
        return i;
    }

  return atoi (word);
}

/* "(For 5, Against 2, Abstentions 1)", "For: 5. Against: 2. Abstentions:
 * 1.", "on being put to the vote the motion was carried by 6 votes to 3",
 * "The motion was lost.", "Carried unanimously." */
static gboolean
parse_vote (const char           *line,
            int                  *votes_for,
            int                  *votes_against,
            int                  *abstentions,
            MinutesMotionOutcome *outcome)
{
  g_autoptr(GMatchInfo) counts = NULL;
  g_autoptr(GMatchInfo) result = NULL;
  gboolean has_counts, has_result;

  if (count_words (line) > 30)
    return FALSE;

  *votes_for = *votes_against = *abstentions = -1;
  *outcome = MINUTES_MOTION_OUTCOME_PENDING;

  has_counts = match ("(?i)(?:^|\\(|\\s)for\\s*:?\\s*(\\d+)\\s*[.,;]?\\s*against\\s*:?\\s*(\\d+)"
                      "(?:\\s*[.,;]?\\s*(?:abstentions?|abstained|abstaining)\\s*:?\\s*(\\d+))?", line, &counts);
  if (has_counts)
    {
      g_autofree char *f = g_match_info_fetch (counts, 1);
      g_autofree char *a = g_match_info_fetch (counts, 2);
      g_autofree char *n = group (counts, 3);

      *votes_for = atoi (f);
      *votes_against = atoi (a);
      *abstentions = count_of (n);
    }

  has_result = match ("(?i)\\b(carried|lost|defeated|fell|withdrawn)\\b(?!\\s+(?:out|forward|over|on|through)\\b)"
                      "(?:\\s+(?:by\\s+)?" COUNT_RE "\\s+votes?\\s+to\\s+" COUNT_RE
                      "(?:,?\\s+with\\s+" COUNT_RE "\\s+abstentions?)?)?", line, &result);
  if (has_result)
    {
      g_autofree char *word = g_match_info_fetch (result, 1);
      g_autofree char *f = group (result, 2);
      g_autofree char *a = group (result, 3);
      g_autofree char *n = group (result, 4);

      /* An outcome needs to be about a vote: "the motion was carried",
       * "on being put to the vote …", "CARRIED." */
      if (!has_counts && f == NULL &&
          !match ("(?i)\\b(motion|amendment|vote|recommendation|proposal)\\b", line, NULL) &&
          !match ("(?i)^(carried|lost|withdrawn)\\b", line, NULL))
        return FALSE;

      if (g_ascii_strcasecmp (word, "carried") == 0)
        *outcome = MINUTES_MOTION_OUTCOME_CARRIED;
      else if (g_ascii_strcasecmp (word, "withdrawn") == 0)
        *outcome = MINUTES_MOTION_OUTCOME_WITHDRAWN;
      else
        *outcome = MINUTES_MOTION_OUTCOME_LOST;

      if (f != NULL)
        {
          *votes_for = count_of (f);
          *votes_against = count_of (a);
          *abstentions = count_of (n);
        }
    }

  if (!has_counts && !has_result)
    return FALSE;

  return TRUE;
}

static void
append_record (MinutesMotion *motion,
               const char    *line)
{
  const char *record = minutes_motion_get_record (motion);
  g_autofree char *joined = record != NULL ? g_strconcat (record, "\n", line, NULL) : g_strdup (line);

  minutes_motion_set_record (motion, joined);
}

/* A motion moved, or its vote: recovered into the item's motions. The
 * words stay the minutes' own (the motion's record), so the export reads
 * as the original. */
static gboolean
try_motion (Importer   *self,
            const char *line)
{
  MinutesPerson *mover = NULL, *seconder = NULL;
  g_autofree char *text = NULL;
  int votes_for, votes_against, abstentions;
  MinutesMotionOutcome outcome;

  if (parse_moved (self, line, &mover, &seconder, &text))
    {
      g_autoptr(MinutesMotion) motion = minutes_motion_new ();

      minutes_motion_set_mover (motion, mover);
      minutes_motion_set_seconder (motion, seconder);
      minutes_motion_set_text (motion, text);
      append_record (motion, line);
      /* "Moved by X, seconded by Y, and carried (For 5, Against 2)" */
      if (parse_vote (line, &votes_for, &votes_against, &abstentions, &outcome))
        {
          minutes_motion_set_votes_for (motion, votes_for);
          minutes_motion_set_votes_against (motion, votes_against);
          minutes_motion_set_abstentions (motion, abstentions);
          minutes_motion_set_outcome (motion, outcome);
        }
      minutes_agenda_item_append_motion (self->item, motion);
      self->motion = motion;
      return TRUE;
    }

  if (!parse_vote (line, &votes_for, &votes_against, &abstentions, &outcome))
    return FALSE;

  /* A vote without a motion read before it: the motion was put without
   * its mover being recorded. */
  if (self->motion == NULL || minutes_motion_get_outcome (self->motion) != MINUTES_MOTION_OUTCOME_PENDING)
    {
      g_autoptr(MinutesMotion) motion = minutes_motion_new ();

      minutes_agenda_item_append_motion (self->item, motion);
      self->motion = motion;
    }

  append_record (self->motion, line);
  if (votes_for >= 0)
    {
      minutes_motion_set_votes_for (self->motion, votes_for);
      minutes_motion_set_votes_against (self->motion, votes_against);
      if (abstentions >= 0)
        minutes_motion_set_abstentions (self->motion, abstentions);
    }
  if (outcome != MINUTES_MOTION_OUTCOME_PENDING)
    minutes_motion_set_outcome (self->motion, outcome);

  return TRUE;
}

/* The template prints an item's motions after its discussion and actions.
 * When the text goes on with discussion after a motion, the motion stood
 * in the middle of the discussion: it goes back to being narrative text
 * where it was, so that nothing moves. */
static void
keep_motions_in_place (Importer *self)
{
  GListModel *motions;

  if (self->motion == NULL)
    return;

  self->motion = NULL;
  motions = minutes_agenda_item_get_motions (self->item);
  while (g_list_model_get_n_items (motions) > 0)
    {
      g_autoptr(MinutesMotion) motion = g_list_model_get_item (motions, 0);
      g_auto(GStrv) lines = g_strsplit (minutes_motion_get_record (motion) != NULL ?
                                        minutes_motion_get_record (motion) : "", "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (lines[i][0] != '\0')
            add_entry (self, MINUTES_ENTRY_NARRATIVE, lines[i]);
        }
      minutes_agenda_item_remove_motion (self->item, motion);
    }
}

/* "Apologies for absence were received from Councillors A, B and C." in
 * an item: those people sent apologies. The sentence stays where it was. */
static void
read_prose_apologies (Importer   *self,
                      const char *line)
{
  static const char * const collectives[] = { "Councillors ", "Cllrs. ", "Cllrs ", NULL };
  g_autoptr(GMatchInfo) info = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *list = NULL;
  const char *rest;
  gboolean councillors = FALSE;
  gsize len;

  if (!match ("^(?i:apologies)(?: for (?:absence|lateness))? (?:were|was|had been|have been) "
              "(?:received|submitted|given|tendered|noted|reported) (?:from|for|on behalf of) (.+)$", line, &info))
    return;

  list = g_match_info_fetch (info, 1);
  len = strlen (list);
  if (len > 0 && list[len - 1] == '.')
    list[len - 1] = '\0';

  rest = list;
  for (guint i = 0; collectives[i] != NULL; i++)
    {
      if (g_str_has_prefix (rest, collectives[i]))
        {
          rest += strlen (collectives[i]);
          councillors = TRUE;
          break;
        }
    }

  names = split_names (rest);
  for (guint i = 0; i < names->len; i++)
    {
      char *entry = g_ptr_array_index (names, i);
      g_autofree char *honorific = NULL;
      g_autofree char *notes = NULL;
      g_autofree char *with_title = NULL;
      MinutesPerson *person;
      char *open = strchr (entry, '(');
      const char *name;

      if (open != NULL && entry[strlen (entry) - 1] == ')')
        {
          notes = g_strndup (open + 1, strlen (open + 1) - 1);
          *open = '\0';
          g_strchomp (entry);
        }

      name = strip_honorific (entry, &honorific);
      if (name[0] == '\0' || count_words (name) > 5 || !g_unichar_isupper (g_utf8_get_char (name)))
        continue;
      if (honorific == NULL && councillors)
        honorific = g_strdup ("Councillor");

      with_title = honorific != NULL ? g_strconcat (honorific, " ", name, NULL) : g_strdup (name);
      person = find_person (self, with_title);
      if (person == NULL)
        person = find_person (self, name);

      /* Recorded as present: not someone who sent apologies, whatever
       * the name says; the sentence keeps the words. */
      if (person != NULL && (minutes_person_get_attendance (person) == MINUTES_ATTENDANCE_PRESENT ||
                             minutes_person_get_attendance (person) == MINUTES_ATTENDANCE_PRESENT_VIRTUALLY))
        continue;

      if (person == NULL)
        {
          g_autoptr(MinutesPerson) added = minutes_person_new ();
          g_autofree char *id = make_person_id (self, name);
          gboolean member = councillors || is_councillor_title (honorific);

          minutes_person_set_id (added, id);
          minutes_person_set_name (added, name);
          minutes_person_set_honorific (added, honorific);
          minutes_person_set_kind (added, member ? MINUTES_PERSON_KIND_MEMBER : MINUTES_PERSON_KIND_OFFICER);
          if (notes != NULL && !member)
            minutes_person_set_job_title (added, notes);
          minutes_meeting_append_person (self->meeting, added);
          person = added;
        }

      minutes_person_set_attendance (person, MINUTES_ATTENDANCE_APOLOGIES);
    }
}

/* "The public were excluded for this item under paragraph 3 …": the
 * template's words or the common ones. The item is exempt, whatever
 * follows it (a confidential version goes on with the item's minutes),
 * so that a public export of the import never shows them. */
static gboolean
try_exempt (Importer   *self,
            const char *line)
{
  const char *phrase = minutes_template_get_phrase (self->template, "exempt");
  const char *no_ground = minutes_template_get_phrase (self->template, "exempt-no-ground");
  const char *slot = phrase != NULL ? strstr (phrase, "{ground}") : NULL;
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *ground = NULL;

  if (minutes_agenda_item_get_exempt (self->item))
    return FALSE;

  if (slot != NULL &&
      strncmp (line, phrase, slot - phrase) == 0 &&
      g_str_has_suffix (line, slot + strlen ("{ground}")) &&
      strlen (line) > strlen (phrase) - strlen ("{ground}"))
    {
      gsize prefix = slot - phrase;
      gsize suffix = strlen (slot + strlen ("{ground}"));

      ground = g_strndup (line + prefix, strlen (line) - prefix - suffix);
    }
  else if (no_ground != NULL && g_str_equal (line, no_ground))
    ;
  else if (match ("^The (?:press and )?public (?:were|was) excluded (?:for|from|during) (?:this|the) item"
                  "(?: (?:under|on the grounds? (?:of|that)) (.+?))?\\.?$", line, &info))
    ground = group (info, 1);
  else
    return FALSE;

  minutes_agenda_item_set_exempt (self->item, TRUE);
  minutes_agenda_item_set_exemption_ground (self->item, ground);

  return TRUE;
}

static void
read_item_line (Importer   *self,
                const char *line)
{
  static const char * const witness_words[] = { "Witnesses", "Witness", "Presenting officers", NULL };
  static const char * const discussion_words[] = { "Key points from discussion", "Key points", "Discussion", NULL };
  static const char * const action_words[] = { "Actions", "Action", "Actions agreed", "Action points", NULL };
  MinutesStanding standing = minutes_agenda_item_get_standing (self->item);

  if (try_exempt (self, line))
    return;

  if (is_heading (line, minutes_template_get_section_heading (self->template, "witnesses"), witness_words))
    {
      self->section = SECTION_WITNESSES;
      return;
    }
  if (is_heading (line, minutes_template_get_section_heading (self->template, "discussion"), discussion_words))
    {
      const char *heading = minutes_template_get_section_heading (self->template, "discussion");

      self->section = SECTION_DISCUSSION;
      /* The template prints the heading only for items with witnesses;
       * without, the words stay as a line of the discussion. */
      if (heading == NULL || !equal_ci (line, heading) ||
          (minutes_template_heading_needs_witnesses (self->template, "discussion") &&
           g_list_model_get_n_items (minutes_agenda_item_get_witnesses (self->item)) == 0))
        add_entry (self, MINUTES_ENTRY_NARRATIVE, line);
      return;
    }
  if (is_heading (line, minutes_template_get_section_heading (self->template, "actions"), action_words))
    {
      self->section = SECTION_ACTIONS;
      return;
    }
  if (try_resolution_start (self, line))
    return;

  /* The declarations follow the item's resolution ("That the following
   * declaration be noted:") in the standard template. */
  if (standing == MINUTES_STANDING_DECLARATIONS &&
      (match ("^Re item ", line, NULL) ||
       equal_ci (line, minutes_template_get_phrase (self->template, "declarations-none"))))
    {
      read_declaration (self, line);
      return;
    }

  switch (self->section)
    {
    case SECTION_WITNESSES:
      read_witnesses (self, line);
      return;

    case SECTION_ACTIONS:
      keep_motions_in_place (self);
      add_action (self, line);
      return;

    case SECTION_RESOLUTION:
    case SECTION_RECOMMEND:
      read_resolution_line (self, line);
      return;

    case SECTION_CLOSED:
      /* After the end time: the model has nothing after it, so the line
       * goes as near as it can, the end of the last item. */
      _minutes_import_report_unplaced (self->report, line);
      if (g_list_model_get_n_items (minutes_agenda_item_get_resolutions (self->item)) > 0)
        {
          add_resolution (self, MINUTES_RESOLUTION_OTHER, line);
          self->section = SECTION_CLOSED;
        }
      else
        add_entry (self, MINUTES_ENTRY_NARRATIVE, line);
      return;

    case SECTION_NONE:
    case SECTION_DISCUSSION:
    default:
      break;
    }

  if (standing == MINUTES_STANDING_DECLARATIONS)
    {
      read_declaration (self, line);
      return;
    }

  if (try_motion (self, line))
    return;

  /* Discussion after a motion: the motion stood among it. */
  keep_motions_in_place (self);
  read_prose_apologies (self, line);

  if (try_point (self, line) || try_adjournment (self, line))
    return;

  if (minutes_agenda_item_get_introduction (self->item) == NULL &&
      g_list_model_get_n_items (minutes_agenda_item_get_discussion (self->item)) == 0)
    {
      minutes_agenda_item_set_introduction (self->item, line);
      return;
    }

  add_entry (self, MINUTES_ENTRY_NARRATIVE, line);
}

/* The header: title, date and time, attendance, the note */

static gboolean
read_title (Importer   *self,
            const char *line)
{
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *committee = NULL;
  g_autofree char *rest = NULL;
  GDate date;

  if (minutes_meeting_get_committee (self->meeting) != NULL)
    return FALSE;

  if (!match ("^(?i:minutes\\s+of\\s+(?:the\\s+|a\\s+)?(?:(?:special\\s+|extraordinary\\s+|annual\\s+)?meeting\\s+of\\s+(?:the\\s+)?)?)"
              "(.+?)(?:\\s+(?i:held)\\s+(.*))?$", line, &info))
    return FALSE;

  committee = group (info, 1);
  rest = group (info, 2);
  if (committee == NULL)
    return FALSE;

  if (is_all_caps (committee))
    {
      g_autofree char *cased = title_case (committee);

      minutes_meeting_set_committee (self->meeting, cased);
    }
  else
    minutes_meeting_set_committee (self->meeting, committee);

  /* "… held in the Civic Suite on 24 April 2023 at 6.08 pm" */
  if (rest != NULL)
    {
      g_autoptr(GMatchInfo) venue = NULL;
      int time = parse_time (rest);

      g_date_clear (&date, 1);
      if (parse_date (self, rest, &date))
        minutes_meeting_set_date (self->meeting, &date);
      if (time >= 0)
        {
          minutes_meeting_set_scheduled_start (self->meeting, time);
          minutes_meeting_set_actual_start (self->meeting, time);
        }
      if (match ("^(?:in|at)\\s+(.+?)\\s+on\\s", rest, &venue))
        {
          g_autofree char *place = g_match_info_fetch (venue, 1);

          minutes_meeting_set_venue (self->meeting, place);
        }
    }

  return TRUE;
}

static gboolean
read_dateline (Importer   *self,
               const char *line)
{
  GDate date;
  int time;

  if (minutes_meeting_get_date (self->meeting) != NULL || count_words (line) > 12)
    return FALSE;

  g_date_clear (&date, 1);
  if (!parse_date (self, line, &date))
    return FALSE;

  minutes_meeting_set_date (self->meeting, &date);
  time = parse_time (line);
  if (time >= 0)
    {
      minutes_meeting_set_scheduled_start (self->meeting, time);
      minutes_meeting_set_actual_start (self->meeting, time);
    }

  return TRUE;
}

static gboolean
read_header_line (Importer   *self,
                  const char *line)
{
  const char *note = minutes_template_get_phrase (self->template, "attendance-note-label");
  const AttendanceLabel *label;
  const char *rest = NULL;

  label = find_label (self, line, &rest);
  if (label != NULL)
    {
      if (rest[0] == '\0')
        self->open_group = label;
      else
        {
          add_attendees (self, label, rest);
          self->open_group = NULL;
        }
      return TRUE;
    }

  if (g_str_has_prefix (line, note) || g_str_has_prefix (line, "NB "))
    {
      const char *text = line + (g_str_has_prefix (line, note) ? strlen (note) : 3);

      minutes_meeting_set_attendance_note (self->meeting, g_strchug ((char *) text));
      self->open_group = NULL;
      return TRUE;
    }

  if (self->item != self->preamble)
    return FALSE;

  if (read_title (self, line) || read_dateline (self, line))
    return TRUE;

  /* A "Present:" block over several lines: "Councillors A, B and C" */
  if (self->open_group != NULL)
    {
      add_attendees (self, self->open_group, line);
      return TRUE;
    }

  if (match ("^(?i:venue|place)\\s*:", line, NULL))
    {
      minutes_meeting_set_venue (self->meeting, g_strchug (strchr (line, ':') + 1));
      return TRUE;
    }

  /* A title line that does not start with "Minutes of": the committee's
   * name on its own. */
  if (minutes_meeting_get_committee (self->meeting) == NULL && !self->numbered_item_seen &&
      match ("(?i)\\b(committee|council|cabinet|board|panel|sub-committee|forum|commission)\\b", line, NULL) &&
      count_words (line) <= 12 && !ends_like_sentence (line))
    {
      if (is_all_caps (line))
        {
          g_autofree char *cased = title_case (line);

          minutes_meeting_set_committee (self->meeting, cased);
        }
      else
        minutes_meeting_set_committee (self->meeting, line);
      return TRUE;
    }

  return FALSE;
}

/* The end */

static gboolean
read_closing_line (Importer   *self,
                   const char *line)
{
  const char *chair = minutes_template_get_phrase (self->template, "signature-chair");
  const char *date_label = minutes_template_get_phrase (self->template, "signature-date");
  g_autoptr(GMatchInfo) info = NULL;

  if (match ("^(?:The )?(?i:meeting) (?:ended|closed|finished|concluded|terminated) at (.*)$", line, &info) ||
      match ("^(?i:meeting (?:ended|closed))\\s*:?\\s*(.*)$", line, &info))
    {
      g_autofree char *when = g_match_info_fetch (info, 1);
      int time = parse_time (when);

      if (time < 0)
        return FALSE;
      minutes_meeting_set_end (self->meeting, time);
      self->section = SECTION_CLOSED;
      return TRUE;
    }

  if (self->item == NULL)
    return FALSE;

  if (g_str_has_prefix (line, chair) || match ("^(?:Chair|Chairman|Chairperson)\\s*:", line, NULL))
    {
      g_autofree char *who = g_strstrip (g_strdup (strchr (line, ':') + 1));

      g_strdelimit (who, "_.", ' ');
      g_strstrip (who);
      if (who[0] != '\0')
        minutes_meeting_set_signed_by (self->meeting, who);
      self->section = SECTION_CLOSED;
      return TRUE;
    }

  if (self->section == SECTION_CLOSED && g_str_has_prefix (line, date_label))
    {
      GDate date;

      g_date_clear (&date, 1);
      if (parse_date (self, line, &date))
        minutes_meeting_set_signed_date (self->meeting, &date);
      return TRUE;
    }

  return FALSE;
}

/* Extraction noise */

static const char *
strip_marker (const char *line)
{
  static const char * const markers[] = { "- ", "• ", "* ", "– ", "▪ ", "· ", "◦ ", "o ", NULL };

  for (guint i = 0; markers[i] != NULL; i++)
    {
      if (g_str_has_prefix (line, markers[i]))
        return line + strlen (markers[i]);
    }

  return line;
}

static gboolean
is_page_number (const char *line)
{
  return match ("^(?:(?i:page)\\s+)?\\d{1,3}(?:\\s+(?i:of)\\s+\\d{1,3})?$", line, NULL) ||
         match ("^-\\s*\\d{1,3}\\s*-$", line, NULL);
}

/* Lines of text hard-wrapped inside a sentence are one paragraph: a line
 * that starts in lower case after one that does not end a sentence. */
static GPtrArray *
split_paragraphs (Importer   *self,
                  const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  gboolean after_blank = TRUE;
  gboolean page_break = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      const char *content;
      g_autofree char *folded = NULL;

      if (line[0] == '\0')
        {
          after_blank = TRUE;
          continue;
        }

      self->report->n_lines++;
      if (is_page_number (line))
        {
          self->report->n_noise++;
          page_break = TRUE;
          continue;
        }

      content = strip_marker (line);
      folded = collapse_blanks (content);

      /* A sentence also runs on over a page break. */
      if ((!after_blank || page_break) && paragraphs->len > 0 && g_unichar_islower (g_utf8_get_char (folded)))
        {
          char *previous = g_ptr_array_index (paragraphs, paragraphs->len - 1);
          gsize len = strlen (previous);

          if (len > 0 && strchr (".:;!?", previous[len - 1]) == NULL)
            {
              paragraphs->pdata[paragraphs->len - 1] = g_strconcat (previous, " ", folded, NULL);
              g_free (previous);
              after_blank = page_break = FALSE;
              continue;
            }
        }

      g_ptr_array_add (paragraphs, g_steal_pointer (&folded));
      after_blank = page_break = FALSE;
    }

  return paragraphs;
}

static void
resolve_declarations (Importer *self)
{
  GListModel *items = minutes_meeting_get_items (self->meeting);

  for (guint d = 0; d < self->declarations->len; d++)
    {
      PendingDeclaration *pending = g_ptr_array_index (self->declarations, d);

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
          g_autofree char *number = minutes_agenda_item_dup_number (item);

          if (g_strcmp0 (number, pending->item_number) == 0)
            {
              minutes_declaration_set_item (pending->declaration, item);
              break;
            }
        }

      /* An item the text does not have: keep the words as written. */
      if (minutes_declaration_get_item (pending->declaration) == NULL)
        {
          g_autofree char *text = g_strdup_printf ("Re item %s, %s", pending->item_number,
                                                   minutes_declaration_get_text (pending->declaration));

          minutes_declaration_set_text (pending->declaration, text);
        }
    }
}

MinutesTextReader *
_minutes_text_reader_new (MinutesMeeting      *meeting,
                          MinutesTemplate     *template,
                          MinutesImportReport *report)
{
  Importer *self = g_new0 (Importer, 1);
  GListModel *people = minutes_meeting_get_people (meeting);

  self->template = template;
  self->meeting = meeting;
  self->report = report;
  self->labels = g_ptr_array_new_with_free_func (attendance_label_free);
  self->declarations = g_ptr_array_new_with_free_func (pending_declaration_free);
  self->person_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  build_labels (self);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);

      if (minutes_person_get_id (person) != NULL)
        g_hash_table_add (self->person_ids, g_strdup (minutes_person_get_id (person)));
    }

  self->n_items = g_list_model_get_n_items (minutes_meeting_get_items (meeting));

  return self;
}

void
_minutes_text_reader_begin_item (MinutesTextReader *self,
                                 MinutesAgendaItem *item)
{
  self->item = item;
  self->resolution = NULL;
  self->motion = NULL;
  self->section = SECTION_NONE;
  self->open_group = NULL;
  self->numbered_item_seen = TRUE;
}

void
_minutes_text_reader_read_line (MinutesTextReader *self,
                                const char        *line)
{
  g_return_if_fail (self->item != NULL);

  read_item_line (self, line);
}

void
_minutes_text_reader_finish (MinutesTextReader *self)
{
  resolve_declarations (self);

  person_index_clear (self);
  g_clear_signal_handler (&self->person_index.people_changed_id,
                          minutes_meeting_get_people (self->meeting));
  g_ptr_array_unref (self->labels);
  g_ptr_array_unref (self->declarations);
  g_hash_table_unref (self->person_ids);
  g_free (self);
}

MinutesPerson *
_minutes_text_reader_add_person (MinutesTextReader *self,
                                 const char        *full_name)
{
  g_autoptr(MinutesPerson) person = minutes_person_new ();
  g_autofree char *copy = g_strstrip (g_strdup (full_name));
  g_autofree char *honorific = NULL;
  const char *name = strip_honorific (copy, &honorific);
  g_autofree char *id = make_person_id (self, name);

  minutes_person_set_id (person, id);
  minutes_person_set_name (person, name);
  minutes_person_set_honorific (person, honorific);
  minutes_meeting_append_person (self->meeting, person);

  return person;
}

static void
read_minutes_text (Importer   *self,
                   const char *text)
{
  g_autoptr(GPtrArray) paragraphs = split_paragraphs (self, text);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *line = g_ptr_array_index (paragraphs, i);

      /* The mark of a confidential version, above the title: not part of
       * the minutes (the exempt items say what is confidential). */
      if (i == 0 && g_str_equal (line, minutes_template_get_phrase (self->template, "confidential")))
        {
          self->report->n_noise++;
          continue;
        }

      if (read_closing_line (self, line))
        continue;

      if (self->section != SECTION_CLOSED &&
          (try_item_heading (self, line) || try_bare_heading (self, line)))
        continue;

      if (!self->numbered_item_seen && read_header_line (self, line))
        continue;

      if (self->item == NULL || self->item == self->preamble)
        {
          add_unplaced (self, line);
          continue;
        }

      read_item_line (self, line);
    }
}

/* A meeting page of the committee web site as copied from a browser:
 * "No. | Item" rows rather than numbered headings. */
static gboolean
is_web_page_text (const char *text)
{
  return match ("(?m)^No\\.\\s*\\|\\s*Item\\s*\\|?\\s*$", text, NULL);
}

MinutesMeeting *
minutes_import_text (GBytes               *bytes,
                     const char           *display_name,
                     MinutesTemplate      *template,
                     MinutesImportReport  *report,
                     GError              **error)
{
  g_autofree char *text = NULL;
  g_autoptr(MinutesMeeting) meeting = NULL;
  MinutesImportReport local_report = { 0 };
  MinutesTextReader *reader;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (template), NULL);

  if (report == NULL)
    report = &local_report;
  _minutes_import_report_reset (report);

  text = minutes_import_decode_text (bytes, display_name, error);
  if (text == NULL)
    return NULL;

  if (is_web_page_text (text))
    return _minutes_import_web_page_text (text, display_name, template, report, error);

  meeting = minutes_meeting_new ();
  minutes_meeting_set_template_id (meeting, minutes_template_get_id (template));
  minutes_meeting_set_language (meeting, minutes_template_get_language (template));
  minutes_meeting_set_status (meeting, MINUTES_MEETING_STATUS_DRAFT);

  reader = _minutes_text_reader_new (meeting, template, report);
  read_minutes_text (reader, text);
  _minutes_text_reader_finish (reader);

  if (minutes_meeting_get_committee (meeting) == NULL &&
      g_list_model_get_n_items (minutes_meeting_get_items (meeting)) <= 1 &&
      g_list_model_get_n_items (minutes_meeting_get_people (meeting)) == 0)
    {
      g_set_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_NOT_MINUTES,
                   _("%s does not look like minutes: no committee, attendance or numbered items "
                     "were found in it"), display_name);
      return NULL;
    }

  if (minutes_meeting_get_committee (meeting) == NULL)
    minutes_meeting_set_committee (meeting, "");

  return g_steal_pointer (&meeting);
}

MinutesMeeting *
minutes_import_text_file (GFile                *file,
                          MinutesTemplate      *template,
                          MinutesImportReport  *report,
                          GCancellable         *cancellable,
                          GError              **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (bytes == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", name);
      return NULL;
    }

  return minutes_import_text (bytes, name, template, report, error);
}
