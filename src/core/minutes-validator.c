/* minutes-validator.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "minutes-model.h"
#include "minutes-model-private.h"
#include "minutes-node-private.h"
#include "minutes-template.h"
#include "minutes-validator.h"

/* Checks a meeting against its template and keeps what it finds as a
 * GListModel of MinutesProblem, in document order, so a problems panel can
 * bind to it directly. Every rule is one pass over the part of the model it
 * is about (people, items, entries), with hash tables where it needs to look
 * something up, so a run stays linear in the size of the meeting and can
 * follow every keystroke. Checking never changes the meeting; a problem's
 * fix does, through the model's API, when the clerk asks for it.
 *
 * A keystroke changes one agenda item, so what each item's checks found is
 * kept (ItemChecks) and given again while nothing they read has changed:
 * the item's revision, the meeting's shared revision (people, details,
 * the items' order and own properties), and the template. So is what the
 * attendance rules found, which reads only the people, the meeting and the
 * template. The other rules about the whole meeting run every time; they
 * are small. */
struct _MinutesValidator
{
  GObject parent_instance;

  MinutesTemplate *template;
  MinutesMeeting  *meeting;
  gulong           changed_id;
  gboolean         live;
  GPtrArray       *problems;
  GHashTable      *item_checks;      /* MinutesAgendaItem → ItemChecks */
  MinutesTemplate *checked_with;     /* the template they were found with */
  GPtrArray       *attendance;       /* check_attendance()'s problems, or NULL */
  gsize            attendance_shared;
  gboolean         attendance_held;
  guint            attendance_voters;
  guint            n_errors;
  guint            n_warnings;
  guint            n_hints;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MinutesValidator, minutes_validator, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_TEMPLATE,
  PROP_MEETING,
  PROP_N_ERRORS,
  PROP_N_WARNINGS,
  PROP_N_HINTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The rules, in the order of this table. Their ids are part of the
 * template format (data/templates/template.rng) and of minutes-cli's
 * output: never rename one. */
typedef enum
{
  RULE_HEADER_REQUIRED,
  RULE_HEADER_RECOMMENDED,
  RULE_DATE_WEEKDAY,
  RULE_END_AFTER_START,
  RULE_ADJOURNMENT_TIMES,
  RULE_CHAIR_PRESENT,
  RULE_QUORUM,
  RULE_VIRTUAL_NOTE,
  RULE_STANDING_ORDER,
  RULE_STANDING_MISSING,
  RULE_PREVIOUS_MINUTES_DATE,
  RULE_ITEM_NUMBERING,
  RULE_RESOLUTION_MISSING,
  RULE_DECLARATION_PERSON,
  RULE_DECLARATION_ITEM,
  RULE_WITHDRAWN_MEMBER_VOTED,
  RULE_WITNESS_ATTENDANCE,
  RULE_ACTION_OWNER_ATTENDANCE,
  RULE_ACTION_INCOMPLETE,
  RULE_VOTE_COUNT,
  RULE_EXEMPTION_GROUND,
  RULE_SECTION_EMPTY,
  RULE_NAME_INCONSISTENT,
  RULE_STYLE_TENSE,
  RULE_STYLE_FIRST_PERSON,
  RULE_MISSING_TRANSLATION,
  RULE_POINT_EMPTY,
  N_RULES
} Rule;

static const MinutesRuleInfo rules[N_RULES] = {
  { "header-required", MINUTES_SEVERITY_ERROR,
    N_("The header has every part the template requires (committee, date, start time, venue, end time, contact).") },
  { "header-recommended", MINUTES_SEVERITY_WARNING,
    N_("The header has the parts the template recommends.") },
  { "date-weekday", MINUTES_SEVERITY_ERROR,
    N_("A date written with its weekday has the right weekday.") },
  { "end-after-start", MINUTES_SEVERITY_ERROR,
    N_("The meeting ends after it starts.") },
  { "adjournment-times", MINUTES_SEVERITY_ERROR,
    N_("Adjournments are inside the meeting and the meeting resumed before it ended.") },
  { "chair-present", MINUTES_SEVERITY_ERROR,
    N_("A Chair is among those present in person.") },
  { "quorum", MINUTES_SEVERITY_ERROR,
    N_("The members counted (in person, or also virtually where the template says so) make the quorum.") },
  { "virtual-note", MINUTES_SEVERITY_ERROR,
    N_("The virtual-attendance note is there exactly when a member joined virtually.") },
  { "standing-order", MINUTES_SEVERITY_ERROR,
    N_("The standing items come in the template's order and place.") },
  { "standing-missing", MINUTES_SEVERITY_WARNING,
    N_("Every standing item the template requires is on the agenda.") },
  { "previous-minutes-date", MINUTES_SEVERITY_ERROR,
    N_("The previous minutes are agreed by a resolution naming an earlier date.") },
  { "item-numbering", MINUTES_SEVERITY_ERROR,
    N_("Items are numbered without gaps or duplicates.") },
  { "resolution-missing", MINUTES_SEVERITY_ERROR,
    N_("Each substantive item has a resolution or decision.") },
  { "declaration-person", MINUTES_SEVERITY_ERROR,
    N_("Every declaration names a person who was present.") },
  { "declaration-item", MINUTES_SEVERITY_ERROR,
    N_("Every declaration names an item of this meeting.") },
  { "withdrawn-member-voted", MINUTES_SEVERITY_ERROR,
    N_("A member who withdrew from an item has no vote recorded on it.") },
  { "witness-attendance", MINUTES_SEVERITY_ERROR,
    N_("Every witness is in the attendance, or is marked external.") },
  { "action-owner-attendance", MINUTES_SEVERITY_ERROR,
    N_("Every action owner is in the attendance, or is marked external.") },
  { "action-incomplete", MINUTES_SEVERITY_ERROR,
    N_("Every action has an owner and says what is to be done.") },
  { "vote-count", MINUTES_SEVERITY_ERROR,
    N_("The votes recorded on a motion add up to no more than the members who could vote.") },
  { "exemption-ground", MINUTES_SEVERITY_ERROR,
    N_("Exempt items carry an exemption ground.") },
  { "section-empty", MINUTES_SEVERITY_ERROR,
    N_("Substantive items fill the sections the template requires.") },
  { "name-inconsistent", MINUTES_SEVERITY_WARNING,
    N_("No person is recorded twice under two spellings.") },
  { "style-tense", MINUTES_SEVERITY_HINT,
    N_("Key points are in reported speech: past tense, not “will” or “is going to”.") },
  { "style-first-person", MINUTES_SEVERITY_HINT,
    N_("Key points are in reported speech: no “I” or “we”.") },
  { "missing-translation", MINUTES_SEVERITY_WARNING,
    N_("In a bilingual meeting every text is given in each of its languages.") },
  { "point-empty", MINUTES_SEVERITY_WARNING,
    N_("No key point or line is left empty before others (the printed numbers would differ from the editor's).") },
};

/* One run of the checks. */
typedef struct
{
  MinutesMeeting  *meeting;
  MinutesTemplate *template;
  GPtrArray       *problems;
  gboolean         enabled[N_RULES];
  MinutesSeverity  severity[N_RULES];
  gboolean         held;           /* minutes, not an agenda */
  int              start;
  int              end;
  GPtrArray       *items;          /* of MinutesAgendaItem */
  GPtrArray       *item_names;     /* "item 3", per item */
  GPtrArray       *item_numbers;   /* "3" or NULL, per item */
  GHashTable      *item_set;       /* items of this meeting */
  guint            voters;         /* members who could vote */
  gboolean         unfollowed;     /* read something no revision follows */
} Check;

/* Reporting */

static MinutesProblem *
report (Check      *check,
        Rule        rule,
        gpointer    object,
        const char *property,
        const char *location,
        const char *format,
        ...) G_GNUC_PRINTF (6, 7);

static MinutesProblem *
report (Check      *check,
        Rule        rule,
        gpointer    object,
        const char *property,
        const char *location,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  MinutesProblem *problem;
  va_list args;

  if (!check->enabled[rule])
    return NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  problem = minutes_problem_new (rules[rule].id, check->severity[rule],
                                 G_OBJECT (object), property, location, message);
  g_ptr_array_add (check->problems, problem);

  return problem;
}

/* Fixes */

typedef struct
{
  char   *property;
  GValue  value;
} SetProperty;

static void
set_property_free (SetProperty *set)
{
  g_free (set->property);
  g_value_unset (&set->value);
  g_free (set);
}

static void
set_property_fix (GObject  *object,
                  gpointer  data)
{
  SetProperty *set = data;

  g_object_set_property (object, set->property, &set->value);
}

static SetProperty *
set_property_new (const char *property,
                  GType       type)
{
  SetProperty *set = g_new0 (SetProperty, 1);

  set->property = g_strdup (property);
  g_value_init (&set->value, type);

  return set;
}

static void
fix_set_string (MinutesProblem *problem,
                const char     *label,
                const char     *property,
                const char     *value)
{
  SetProperty *set;

  if (problem == NULL)
    return;

  set = set_property_new (property, G_TYPE_STRING);
  g_value_set_string (&set->value, value);
  minutes_problem_set_fix (problem, label, set_property_fix, set, (GDestroyNotify) set_property_free);
}

static void
fix_set_enum (MinutesProblem *problem,
              const char     *label,
              const char     *property,
              GType           type,
              int             value)
{
  SetProperty *set;

  if (problem == NULL)
    return;

  set = set_property_new (property, type);
  g_value_set_enum (&set->value, value);
  minutes_problem_set_fix (problem, label, set_property_fix, set, (GDestroyNotify) set_property_free);
}

static void
move_item_fix (GObject  *object,
               gpointer  data)
{
  MinutesAgendaItem *item = MINUTES_AGENDA_ITEM (object);
  MinutesMeeting *meeting = minutes_agenda_item_get_meeting (item);

  if (meeting != NULL)
    minutes_meeting_move_item (meeting, item, GPOINTER_TO_UINT (data));
}

static void
fix_move_item (MinutesProblem *problem,
               guint           position)
{
  g_autofree char *label = NULL;

  if (problem == NULL)
    return;

  label = g_strdup_printf (_("Move it to position %u"), position + 1);
  minutes_problem_set_fix (problem, label, move_item_fix, GUINT_TO_POINTER (position), NULL);
}

/* Fixes a problem found on one object by changing another (the person). */
static void
mark_present_fix (GObject  *object,
                  gpointer  data)
{
  minutes_person_set_attendance (MINUTES_PERSON (data), MINUTES_ATTENDANCE_PRESENT);
}

static void
remove_vote (MinutesMotion *motion,
             MinutesPerson *person)
{
  GListModel *amendments = minutes_motion_get_amendments (motion);

  minutes_motion_remove_supporter (motion, person);
  minutes_motion_remove_opponent (motion, person);
  minutes_motion_remove_abstainer (motion, person);
  for (guint i = 0; i < g_list_model_get_n_items (amendments); i++)
    {
      g_autoptr(MinutesMotion) amendment = g_list_model_get_item (amendments, i);

      remove_vote (amendment, person);
    }
}

static void
remove_vote_fix (GObject  *object,
                 gpointer  data)
{
  remove_vote (MINUTES_MOTION (object), MINUTES_PERSON (data));
}

static void
remove_entry_fix (GObject  *object,
                  gpointer  data)
{
  MinutesNode *item = minutes_node_get_parent (MINUTES_NODE (object));

  if (MINUTES_IS_AGENDA_ITEM (item))
    minutes_agenda_item_remove_entry (MINUTES_AGENDA_ITEM (item), MINUTES_DISCUSSION_ENTRY (object));
}

/* Text */

/* Bytes of UTF-8 letters count as word characters too. A table: this is
 * asked of every character of every key point on every check. */
static const gboolean word_chars[256] = {
  ['\''] = TRUE,
  ['0'] = TRUE, ['1'] = TRUE, ['2'] = TRUE, ['3'] = TRUE, ['4'] = TRUE,
  ['5'] = TRUE, ['6'] = TRUE, ['7'] = TRUE, ['8'] = TRUE, ['9'] = TRUE,
  ['A' ... 'Z'] = TRUE,
  ['a' ... 'z'] = TRUE,
  [0x80 ... 0xff] = TRUE,
};

static inline gboolean
is_word_char (char c)
{
  return word_chars[(guchar) c];
}

/* @word is in lower case. Most words of a key point differ from it in
 * their length or first letter, which is all that is compared of them. */
static inline gboolean
word_is (const char *start,
         gsize       len,
         const char *word)
{
  return g_ascii_tolower (start[0]) == word[0] && strlen (word) == len &&
         g_ascii_strncasecmp (start, word, len) == 0;
}

/* Reported speech, in one pass over the words of a key point: the first
 * future-tense phrase and the first first-person word, if any. */
/* The first letters of the words scan_style() looks for */
static const gboolean first_letters[256] = {
  ['w'] = TRUE, ['W'] = TRUE, ['g'] = TRUE, ['G'] = TRUE, ['o'] = TRUE, ['O'] = TRUE,
  ['u'] = TRUE, ['U'] = TRUE, ['m'] = TRUE, ['M'] = TRUE, ['i'] = TRUE, ['I'] = TRUE,
};

static void
scan_style (const char  *text,
            const char **tense,
            const char **first_person)
{
  static const char * const first[] = { "we", "our", "us", "my" };
  const char *previous = NULL;
  gsize previous_len = 0;

  *tense = NULL;
  *first_person = NULL;

  for (const char *p = text; *p != '\0';)
    {
      const char *start;
      gsize len;

      if (!is_word_char (*p))
        {
          p++;
          continue;
        }

      start = p;
      while (is_word_char (*p))
        p++;
      len = p - start;

      /* Every word looked for is short and starts with one of these */
      if (len > strlen ("won’t") || !first_letters[(guchar) *start])
        {
          previous = start;
          previous_len = len;
          continue;
        }

      if (*tense == NULL)
        {
          if (word_is (start, len, "will"))
            *tense = "will";
          else if (word_is (start, len, "won't") || word_is (start, len, "won’t"))
            *tense = "won't";
          else if (word_is (start, len, "going") && previous != NULL &&
                   (word_is (previous, previous_len, "is") || word_is (previous, previous_len, "are")))
            {
              const char *next = p;

              while (*next == ' ')
                next++;
              if (g_ascii_strncasecmp (next, "to", 2) == 0 && !is_word_char (next[2]))
                *tense = word_is (previous, previous_len, "is") ? "is going to" : "are going to";
            }
        }

      if (*first_person == NULL)
        {
          if (len == 1 && *start == 'I')
            *first_person = "I";
          for (guint f = 0; f < G_N_ELEMENTS (first) && *first_person == NULL; f++)
            {
              if (word_is (start, len, first[f]))
                *first_person = first[f];
            }
        }

      previous = start;
      previous_len = len;
    }
}

static char *
dup_person_name (MinutesPerson *person)
{
  if (person == NULL)
    return g_strdup (_("someone"));
  if (minutes_person_get_name (person) != NULL)
    return minutes_person_dup_full_name (person);
  return g_strdup (_("a person without a name"));
}

/* Dates written in text: "16 January 2024", "Tuesday, 16 January 2024",
 * "7th November 2023", with the template's month and weekday names. */
typedef struct
{
  GDate       date;
  int         weekday;        /* GDateWeekday written before it, or 0 */
  const char *weekday_start;
  gsize       weekday_len;
} WrittenDate;

static gboolean
read_weekday (MinutesTemplate *template,
              const char      *text,
              const char      *day_start,
              WrittenDate     *found)
{
  const char *p = day_start;

  while (p > text && (p[-1] == ' ' || p[-1] == ','))
    p--;
  if (p == day_start)
    return FALSE;

  for (int weekday = G_DATE_MONDAY; weekday <= G_DATE_SUNDAY; weekday++)
    {
      const char *name = minutes_template_get_weekday_name (template, weekday);
      gsize len = strlen (name);

      if (len == 0 || (gsize) (p - text) < len || strncmp (p - len, name, len) != 0)
        continue;
      if (p - len > text && is_word_char (p[-len - 1]))
        continue;

      found->weekday = weekday;
      found->weekday_start = p - len;
      found->weekday_len = len;
      return TRUE;
    }

  return FALSE;
}

static gboolean
is_ordinal_suffix (const char *p)
{
  return (strncmp (p, "st", 2) == 0 || strncmp (p, "nd", 2) == 0 ||
          strncmp (p, "rd", 2) == 0 || strncmp (p, "th", 2) == 0) &&
         !is_word_char (p[2]);
}

/* One pass over the text, looking at each number that starts a word; NULL
 * when the text names no date (as most do), so nothing is allocated. */
static GArray *
scan_dates (MinutesTemplate *template,
            const char      *text)
{
  GArray *dates = NULL;

  if (text == NULL)
    return NULL;

  /* From digit to digit: most text has none */
  for (const char *p = strpbrk (text, "0123456789"); p != NULL; p = strpbrk (p + 1, "0123456789"))
    {
      WrittenDate found = { 0, };
      const char *q = p;
      guint day = 0, year = 0, digits;
      int month = 0;

      if (p > text && is_word_char (p[-1]))
        continue;

      for (digits = 0; g_ascii_isdigit (*q) && digits < 3; digits++, q++)
        day = day * 10 + (*q - '0');
      if (digits > 2)
        continue;
      if (is_ordinal_suffix (q))
        q += 2;
      if (*q != ' ')
        continue;
      q++;

      for (int m = G_DATE_JANUARY; m <= G_DATE_DECEMBER && month == 0; m++)
        {
          const char *name = minutes_template_get_month_name (template, m);
          gsize len = strlen (name);

          if (len > 0 && strncmp (q, name, len) == 0 && !is_word_char (q[len]))
            {
              month = m;
              q += len;
            }
        }
      if (month == 0)
        continue;

      if (*q == ',')
        q++;
      if (*q != ' ')
        continue;
      q++;
      for (digits = 0; g_ascii_isdigit (q[digits]) && digits < 5; digits++)
        year = year * 10 + (q[digits] - '0');
      if (digits != 4 || is_word_char (q[digits]) || !g_date_valid_dmy (day, month, year))
        continue;

      g_date_set_dmy (&found.date, day, month, year);
      read_weekday (template, text, p, &found);
      if (dates == NULL)
        dates = g_array_new (FALSE, TRUE, sizeof (WrittenDate));
      g_array_append_val (dates, found);
      p = q + digits - 1;
    }

  return dates;
}

/* Where a problem is, put into words only when there is a problem: most
 * key points have none, and a run must not allocate for each. */
typedef struct
{
  const char *fixed;      /* the whole location, when known */
  const char *item;       /* "item 3" */
  const char *number;     /* "3", or NULL for an unnumbered item */
  guint       point;      /* the key point, or the one before the entry */
  gboolean    on_point;
  char       *text;
} Place;

static const char *
place_get (Place *place)
{
  g_autofree char *point = NULL;

  if (place->fixed != NULL)
    return place->fixed;
  if (place->text != NULL)
    return place->text;

  if (place->point > 0)
    point = place->number != NULL ? g_strdup_printf ("%s.%u", place->number, place->point)
                                  : g_strdup_printf ("%u", place->point);
  if (place->on_point)
    place->text = g_strdup_printf (_("%s, key point %s"), place->item, point);
  else if (point != NULL)
    place->text = g_strdup_printf (_("%s, after key point %s"), place->item, point);
  else
    place->text = g_strdup_printf (_("%s, before the key points"), place->item);

  return place->text;
}

/* Rules about the header */

static void
check_part (Check      *check,
            const char *part,
            gboolean    missing,
            const char *property,
            const char *what)
{
  MinutesPartUse use = minutes_template_get_part_use (check->template, part);

  if (!missing)
    return;

  if (use == MINUTES_PART_REQUIRED)
    report (check, RULE_HEADER_REQUIRED, check->meeting, property, _("header"),
            _("The meeting has no %s; the template requires one."), what);
  else if (use == MINUTES_PART_RECOMMENDED)
    report (check, RULE_HEADER_RECOMMENDED, check->meeting, property, _("header"),
            _("The meeting has no %s; the template recommends one."), what);
}

static void
check_header (Check *check)
{
  MinutesMeeting *meeting = check->meeting;
  const GDate *date = minutes_meeting_get_date (meeting);

  check_part (check, "committee", _minutes_text_is_blank (minutes_meeting_get_committee (meeting)),
              "committee", _("committee"));
  check_part (check, "date", date == NULL || !g_date_valid (date), "date", _("date"));
  check_part (check, "start-time", check->start == MINUTES_TIME_UNSET,
              "scheduled-start", _("start time"));
  check_part (check, "venue", _minutes_text_is_blank (minutes_meeting_get_venue (meeting)),
              "venue", _("venue"));
  /* Before the meeting there is no end time to record. */
  if (check->held)
    check_part (check, "end-time", check->end == MINUTES_TIME_UNSET, "end", _("end time"));
  check_part (check, "contact", _minutes_text_is_blank (minutes_meeting_get_contact_name (meeting)),
              "contact-name", _("contact"));

  if (check->enabled[RULE_END_AFTER_START] &&
      check->start != MINUTES_TIME_UNSET && check->end != MINUTES_TIME_UNSET &&
      check->end <= check->start)
    {
      g_autofree char *start = minutes_template_format_time (check->template, check->start);
      g_autofree char *end = minutes_template_format_time (check->template, check->end);

      report (check, RULE_END_AFTER_START, meeting, "end", _("header"),
              _("The meeting ends at %s, not after it started at %s."), end, start);
    }
}

/* Dates with a weekday: the weekday must be the date's. */
static void
check_weekdays_at (Check      *check,
                   gpointer    object,
                   const char *property,
                   Place      *place,
                   const char *text)
{
  g_autoptr(GArray) dates = NULL;

  if (!check->enabled[RULE_DATE_WEEKDAY] || text == NULL)
    return;

  dates = scan_dates (check->template, text);
  for (guint i = 0; dates != NULL && i < dates->len; i++)
    {
      WrittenDate *found = &g_array_index (dates, WrittenDate, i);
      GDateWeekday actual = g_date_get_weekday (&found->date);
      const char *right;
      g_autofree char *date_text = NULL;
      g_autofree char *fixed = NULL;
      g_autofree char *label = NULL;
      MinutesProblem *problem;
      GString *replaced;

      if (found->weekday == 0 || (GDateWeekday) found->weekday == actual)
        continue;

      right = minutes_template_get_weekday_name (check->template, actual);
      date_text = minutes_template_format_date (check->template, "date-short", &found->date);
      problem = report (check, RULE_DATE_WEEKDAY, object, property, place_get (place),
                        _("%s was a %s, not a %s."), date_text, right,
                        minutes_template_get_weekday_name (check->template, found->weekday));

      replaced = g_string_new_len (text, found->weekday_start - text);
      g_string_append (replaced, right);
      g_string_append (replaced, found->weekday_start + found->weekday_len);
      fixed = g_string_free (replaced, FALSE);
      label = g_strdup_printf (_("Write “%s”"), right);
      fix_set_string (problem, label, property, fixed);
      /* One at a time: the fix rewrites the whole text. */
      return;
    }
}

static void
check_weekdays_in (Check      *check,
                   gpointer    object,
                   const char *property,
                   const char *location,
                   const char *text)
{
  Place place = { .fixed = location };

  check_weekdays_at (check, object, property, &place, text);
}

/* Rules about the attendance */

typedef struct
{
  MinutesPerson *person;
  char          *first;   /* casefolded first name */
} NamedPerson;

static void
named_person_free (NamedPerson *named)
{
  g_free (named->first);
  g_free (named);
}

static void
check_attendance (Check *check)
{
  GListModel *people = minutes_meeting_get_people (check->meeting);
  const MinutesQuorumRule *quorum = minutes_template_get_quorum (check->template);
  guint n_people = g_list_model_get_n_items (people);
  MinutesPerson *chair = NULL;
  gboolean chair_in_person = FALSE;
  gboolean member_virtual = FALSE;
  guint membership = 0;
  guint counted = 0;
  guint unrecorded = 0;
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) by_surname = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            (GDestroyNotify) named_person_free);

  for (guint i = 0; i < n_people; i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);
      MinutesAttendance attendance = minutes_person_get_attendance (person);
      gboolean member = minutes_person_is_member (person);
      const char *name = minutes_person_get_name (person);

      if (minutes_person_get_kind (person) == MINUTES_PERSON_KIND_MEMBER)
        membership++;
      if (member && attendance == MINUTES_ATTENDANCE_EXPECTED)
        unrecorded++;
      if (member && attendance == MINUTES_ATTENDANCE_PRESENT_VIRTUALLY)
        member_virtual = TRUE;
      if (member && (attendance == MINUTES_ATTENDANCE_PRESENT ||
                     (quorum->virtual_counts && attendance == MINUTES_ATTENDANCE_PRESENT_VIRTUALLY)))
        counted++;
      if (minutes_person_get_role (person) == MINUTES_ROLE_CHAIR)
        {
          if (chair == NULL)
            chair = person;
          if (attendance == MINUTES_ATTENDANCE_PRESENT)
            chair_in_person = TRUE;
        }

      /* The same person spelled two ways: equal once case, spaces and
       * punctuation are ignored ("Hau-Yu Tam", "Hau Yu Tam"), or the same
       * surname with a first name that is the other's initial or its
       * short form ("H. Tam", "Cal Cole" and "Calvin Cole"); "Jane Smith"
       * and "John Smith" are two people. */
      if (check->enabled[RULE_NAME_INCONSISTENT] && !_minutes_text_is_blank (name))
        {
          g_autofree char *folded = g_utf8_casefold (name, -1);
          g_auto(GStrv) words = g_strsplit_set (folded, " \t.,-", -1);
          GString *key = g_string_new (NULL);
          const char *first = NULL, *last = NULL;
          g_autofree char *key_text = NULL;
          g_autofree char *surname_key = NULL;
          MinutesPerson *same;

          for (guint w = 0; words[w] != NULL; w++)
            {
              if (words[w][0] == '\0')
                continue;
              g_string_append (key, words[w]);
              if (first == NULL)
                first = words[w];
              last = words[w];
            }
          key_text = g_string_free (key, FALSE);
          surname_key = first != last ? g_strdup_printf ("%s %c", last, first[0]) : NULL;

          same = g_hash_table_lookup (by_key, key_text);
          if (same == NULL && surname_key != NULL)
            {
              NamedPerson *other = g_hash_table_lookup (by_surname, surname_key);

              if (other != NULL &&
                  (strlen (first) == 1 || strlen (other->first) == 1 ||
                   g_str_has_prefix (first, other->first) || g_str_has_prefix (other->first, first)))
                same = other->person;
            }

          if (same != NULL)
            {
              g_autofree char *location = g_strdup_printf (_("attendance, %s"), name);

              if (g_str_equal (minutes_person_get_name (same), name))
                report (check, RULE_NAME_INCONSISTENT, person, "name", location,
                        _("“%s” is in the attendance twice."), name);
              else
                report (check, RULE_NAME_INCONSISTENT, person, "name", location,
                        _("“%s” and “%s” look like the same person spelled two ways."),
                        minutes_person_get_name (same), name);
            }
          else
            {
              g_hash_table_insert (by_key, g_steal_pointer (&key_text), person);
              if (surname_key != NULL && !g_hash_table_contains (by_surname, surname_key))
                {
                  NamedPerson *named = g_new0 (NamedPerson, 1);

                  named->person = person;
                  named->first = g_strdup (first);
                  g_hash_table_insert (by_surname, g_steal_pointer (&surname_key), named);
                }
            }
        }
    }

  check->voters = counted;
  if (!check->held)
    return;

  if (chair == NULL)
    report (check, RULE_CHAIR_PRESENT, check->meeting, "people", _("attendance"),
            _("No one is recorded as Chair."));
  else if (!chair_in_person)
    {
      g_autofree char *name = dup_person_name (chair);
      MinutesProblem *problem;

      problem = report (check, RULE_CHAIR_PRESENT, chair, "attendance", _("attendance"),
                        _("The Chair, %s, is not recorded as present in person."), name);
      if (minutes_person_get_attendance (chair) == MINUTES_ATTENDANCE_EXPECTED)
        fix_set_enum (problem, _("Mark as present"), "attendance",
                      MINUTES_TYPE_ATTENDANCE, MINUTES_ATTENDANCE_PRESENT);
    }

  if (check->enabled[RULE_QUORUM])
    {
      guint needed = minutes_template_get_quorum_for (check->template, membership);

      /* Attendance not taken is not absence: say which it is. */
      if (counted < needed && unrecorded > 0)
        report (check, RULE_QUORUM, check->meeting, "people", _("attendance"),
                ngettext ("The attendance of %u member is not recorded, and %u counted towards the quorum of %u (membership %u).",
                          "The attendance of %u members is not recorded, and %u counted towards the quorum of %u (membership %u).", unrecorded),
                unrecorded, counted, needed, membership);
      else if (counted < needed)
        report (check, RULE_QUORUM, check->meeting, "people", _("attendance"),
                quorum->virtual_counts ?
                  ngettext ("Only %u member was present; the quorum is %u (membership %u).",
                            "Only %u members were present; the quorum is %u (membership %u).", counted) :
                  ngettext ("Only %u member was present in person; the quorum is %u (membership %u), and members joining virtually do not count.",
                            "Only %u members were present in person; the quorum is %u (membership %u), and members joining virtually do not count.", counted),
                counted, needed, membership);
    }

  if (check->enabled[RULE_VIRTUAL_NOTE])
    {
      const char *note = minutes_meeting_get_attendance_note (check->meeting);

      if (member_virtual && _minutes_text_is_blank (note))
        {
          MinutesProblem *problem;

          problem = report (check, RULE_VIRTUAL_NOTE, check->meeting, "attendance-note", _("attendance"),
                            _("Members joined virtually, but there is no note saying how that counts."));
          if (quorum->virtual_note != NULL)
            fix_set_string (problem, _("Add the template's note"), "attendance-note", quorum->virtual_note);
        }
      else if (!member_virtual && !_minutes_text_is_blank (note) &&
               quorum->virtual_note != NULL && g_str_equal (note, quorum->virtual_note))
        {
          MinutesProblem *problem;

          problem = report (check, RULE_VIRTUAL_NOTE, check->meeting, "attendance-note", _("attendance"),
                            _("The note about virtual attendance is there, but no member joined virtually."));
          fix_set_string (problem, _("Remove the note"), "attendance-note", NULL);
        }
    }
}

/* Rules about the agenda as a whole */

static gboolean
title_matches (const char *title,
               const char *folded_match)
{
  g_autofree char *folded = NULL;

  if (title == NULL)
    return FALSE;

  folded = g_utf8_casefold (title, -1);

  return g_str_equal (g_strstrip (folded), folded_match);
}

static void
check_standing_items (Check *check)
{
  GPtrArray *standing = minutes_template_get_standing_items (check->template);
  g_autofree int *match = NULL;
  g_autofree gboolean *present = NULL;
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);
  guint n = check->items->len;
  gboolean seen_other = FALSE;
  int last_other = -1;
  int highest = -1;

  if (standing->len == 0 ||
      (!check->enabled[RULE_STANDING_ORDER] && !check->enabled[RULE_STANDING_MISSING]))
    return;

  for (guint s = 0; s < standing->len; s++)
    {
      MinutesStandingItem *si = g_ptr_array_index (standing, s);

      g_ptr_array_add (folded, si->match_title != NULL ? g_utf8_casefold (si->match_title, -1) : NULL);
    }

  match = g_new (int, MAX (n, 1));
  present = g_new0 (gboolean, standing->len);
  for (guint i = 0; i < n; i++)
    {
      MinutesAgendaItem *item = g_ptr_array_index (check->items, i);
      MinutesStanding kind = minutes_agenda_item_get_standing (item);

      match[i] = -1;
      for (guint s = 0; s < standing->len && match[i] < 0; s++)
        {
          MinutesStandingItem *si = g_ptr_array_index (standing, s);

          if ((si->kind != MINUTES_STANDING_NONE && si->kind == kind) ||
              (si->kind == MINUTES_STANDING_NONE &&
               title_matches (minutes_agenda_item_get_title (item), g_ptr_array_index (folded, s))))
            match[i] = s;
        }
      if (match[i] >= 0)
        present[match[i]] = TRUE;
      else
        last_other = i;
    }

  for (guint i = 0; i < n && check->enabled[RULE_STANDING_ORDER]; i++)
    {
      MinutesAgendaItem *item = g_ptr_array_index (check->items, i);
      const char *where = g_ptr_array_index (check->item_names, i);
      MinutesStandingItem *si;
      MinutesProblem *problem = NULL;
      const char *title;

      if (match[i] < 0)
        {
          seen_other = TRUE;
          continue;
        }

      si = g_ptr_array_index (standing, match[i]);
      title = minutes_agenda_item_get_title (item);
      if ((si->place == MINUTES_STANDING_PLACE_START && seen_other) || match[i] < highest)
        {
          guint target = 0;

          for (guint k = 0; k < n; k++)
            {
              MinutesStandingItem *other;

              if (k == i || match[k] < 0)
                continue;
              other = g_ptr_array_index (standing, match[k]);
              if (other->place == MINUTES_STANDING_PLACE_START && match[k] < match[i])
                target++;
            }
          if (si->place == MINUTES_STANDING_PLACE_START && seen_other)
            problem = report (check, RULE_STANDING_ORDER, item, "standing", where,
                              _("“%s” is a standing item that comes before the other business, at position %u."),
                              title, target + 1);
          else
            problem = report (check, RULE_STANDING_ORDER, item, "standing", where,
                              _("“%s” comes too late: the template puts it before the standing items above it, at position %u."),
                              title, target + 1);
          if (si->place == MINUTES_STANDING_PLACE_START)
            fix_move_item (problem, target);
        }
      else if (si->place == MINUTES_STANDING_PLACE_END && (int) i < last_other)
        {
          problem = report (check, RULE_STANDING_ORDER, item, "standing", where,
                            _("“%s” is a standing item that comes after the other business."), title);
          fix_move_item (problem, n - 1);
        }
      highest = MAX (highest, match[i]);
    }

  for (guint s = 0; s < standing->len && check->enabled[RULE_STANDING_MISSING]; s++)
    {
      MinutesStandingItem *si = g_ptr_array_index (standing, s);

      if (si->required && !present[s])
        {
          /* "Minutes of the meeting held on {date}" → "…held on …" */
          g_autofree char *title = g_strdup (si->title);
          char *placeholder = strchr (title, '{');

          if (placeholder != NULL)
            strcpy (placeholder, "…");
          report (check, RULE_STANDING_MISSING, check->meeting, "items", _("agenda"),
                  _("The template requires a standing item “%s”, and there is none."), title);
        }
    }
}

static gboolean
parse_whole_number (const char *label,
                    guint64    *value)
{
  g_autofree char *copy = g_strdup (label);
  gsize len = strlen (copy);

  if (len > 0 && copy[len - 1] == '.')
    copy[len - 1] = '\0';

  return g_ascii_string_to_unsigned (copy, 10, 1, G_MAXUINT, value, NULL);
}

static void
check_numbering (Check *check)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean have_previous = FALSE;
  guint64 previous = 0;

  if (!check->enabled[RULE_ITEM_NUMBERING])
    return;

  for (guint i = 0; i < check->items->len; i++)
    {
      MinutesAgendaItem *item = g_ptr_array_index (check->items, i);
      const char *number = g_ptr_array_index (check->item_numbers, i);
      const char *where = g_ptr_array_index (check->item_names, i);
      g_autofree char *key = NULL;
      guint64 value;
      gboolean whole;

      if (number == NULL)
        continue;

      key = g_strdup (number);
      if (g_str_has_suffix (key, "."))
        key[strlen (key) - 1] = '\0';
      whole = parse_whole_number (number, &value);

      if (g_hash_table_contains (seen, key))
        {
          MinutesProblem *problem;

          problem = report (check, RULE_ITEM_NUMBERING, item, "number-label", where,
                            _("Two items are numbered %s."), key);
          if (have_previous)
            {
              g_autofree char *next = g_strdup_printf ("%" G_GUINT64_FORMAT, previous + 1);
              g_autofree char *label = g_strdup_printf (_("Number it %s"), next);

              fix_set_string (problem, label, "number-label", next);
            }
        }
      else if (whole && have_previous && value != previous + 1)
        {
          g_autofree char *next = g_strdup_printf ("%" G_GUINT64_FORMAT, previous + 1);
          g_autofree char *label = g_strdup_printf (_("Number it %s"), next);
          g_autofree char *before = g_strdup_printf ("%" G_GUINT64_FORMAT, previous);
          MinutesProblem *problem;

          /* Numbers as strings: gettext cannot read through G_GUINT64_FORMAT. */
          problem = report (check, RULE_ITEM_NUMBERING, item, "number-label", where,
                            _("Item %s follows item %s; the numbers should run on without gaps."),
                            key, before);
          fix_set_string (problem, label, "number-label", next);
        }
      g_hash_table_add (seen, g_steal_pointer (&key));

      have_previous = whole;
      previous = whole ? value : 0;
    }
}

/* Rules about an item */

static gboolean
is_substantive (MinutesAgendaItem *item)
{
  MinutesStanding standing = minutes_agenda_item_get_standing (item);

  return standing == MINUTES_STANDING_NONE || standing == MINUTES_STANDING_WORK_PROGRAMME;
}

static gboolean
has_decision (MinutesAgendaItem *item)
{
  GListModel *motions = minutes_agenda_item_get_motions (item);

  if (g_list_model_get_n_items (minutes_agenda_item_get_resolutions (item)) > 0 ||
      !_minutes_text_is_blank (minutes_agenda_item_get_decision (item)))
    return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (motions); i++)
    {
      g_autoptr(MinutesMotion) motion = g_list_model_get_item (motions, i);
      MinutesMotionOutcome outcome = minutes_motion_get_outcome (motion);

      if (outcome == MINUTES_MOTION_OUTCOME_CARRIED || outcome == MINUTES_MOTION_OUTCOME_LOST)
        return TRUE;
    }

  return FALSE;
}

static void
check_previous_minutes (Check             *check,
                        MinutesAgendaItem *item,
                        const char        *where)
{
  GListModel *resolutions = minutes_agenda_item_get_resolutions (item);
  const GDate *date = minutes_meeting_get_date (check->meeting);
  gboolean named_date = FALSE;
  gboolean earlier = FALSE;

  if (!check->enabled[RULE_PREVIOUS_MINUTES_DATE] || !check->held)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (resolutions) && !earlier; i++)
    {
      g_autoptr(MinutesResolution) resolution = g_list_model_get_item (resolutions, i);
      GListModel *points = minutes_resolution_get_points (resolution);
      g_autoptr(GPtrArray) texts = g_ptr_array_new ();

      g_ptr_array_add (texts, (gpointer) minutes_resolution_get_text (resolution));
      for (guint p = 0; p < g_list_model_get_n_items (points); p++)
        {
          g_autoptr(MinutesResolutionPoint) point = g_list_model_get_item (points, p);

          g_ptr_array_add (texts, (gpointer) minutes_resolution_point_get_text (point));
        }

      for (guint t = 0; t < texts->len && !earlier; t++)
        {
          g_autoptr(GArray) dates = scan_dates (check->template, g_ptr_array_index (texts, t));

          for (guint d = 0; dates != NULL && d < dates->len; d++)
            {
              WrittenDate *found = &g_array_index (dates, WrittenDate, d);

              named_date = TRUE;
              if (date == NULL || !g_date_valid (date) || g_date_compare (&found->date, date) < 0)
                earlier = TRUE;
            }
        }
    }

  if (g_list_model_get_n_items (resolutions) == 0)
    report (check, RULE_PREVIOUS_MINUTES_DATE, item, "resolutions", where,
            _("The previous minutes have no resolution agreeing them."));
  else if (!named_date)
    report (check, RULE_PREVIOUS_MINUTES_DATE, item, "resolutions", where,
            _("The resolution on the previous minutes does not name the date of that meeting."));
  else if (!earlier)
    report (check, RULE_PREVIOUS_MINUTES_DATE, item, "resolutions", where,
            _("The resolution on the previous minutes names no date before this meeting."));
}

static gboolean
section_is_empty (MinutesAgendaItem *item,
                  const char        *section)
{
  GListModel *list = NULL;

  if (g_str_equal (section, "witnesses"))
    list = minutes_agenda_item_get_witnesses (item);
  else if (g_str_equal (section, "discussion"))
    list = minutes_agenda_item_get_discussion (item);
  else if (g_str_equal (section, "actions"))
    list = minutes_agenda_item_get_actions (item);
  else if (g_str_equal (section, "motions"))
    list = minutes_agenda_item_get_motions (item);
  else if (g_str_equal (section, "resolutions"))
    return !has_decision (item);
  else if (g_str_equal (section, "recommendation"))
    return _minutes_text_is_blank (minutes_agenda_item_get_recommendation (item));
  else
    return FALSE;

  return g_list_model_get_n_items (list) == 0;
}

static void
check_sections (Check             *check,
                MinutesAgendaItem *item,
                const char        *where)
{
  const char * const *sections = minutes_template_get_item_sections (check->template);

  if (!check->enabled[RULE_SECTION_EMPTY] || !check->held)
    return;

  for (guint s = 0; sections[s] != NULL; s++)
    {
      const char *heading;

      /* A missing decision is resolution-missing's to report. */
      if (g_str_equal (sections[s], "resolutions") ||
          !minutes_template_section_is_required (check->template, sections[s]) ||
          !section_is_empty (item, sections[s]))
        continue;

      heading = minutes_template_get_section_heading (check->template, sections[s]);
      report (check, RULE_SECTION_EMPTY, item, sections[s], where,
              _("The template requires “%s” for every item of business, and this item has none."),
              heading != NULL ? heading : sections[s]);
    }
}

/* A change to one of the meeting's people moves its shared revision; a
 * person who is not (any more) among them changes unseen, so what the
 * item's checks found from them cannot be kept. */
static void
note_person_read (Check         *check,
                  MinutesPerson *person)
{
  if (minutes_node_get_parent (MINUTES_NODE (person)) != MINUTES_NODE (check->meeting))
    check->unfollowed = TRUE;
}

static void
check_witnesses (Check             *check,
                 MinutesAgendaItem *item,
                 const char        *where)
{
  GListModel *witnesses = minutes_agenda_item_get_witnesses (item);

  /* Before the meeting, witnesses are invited, not yet attending. */
  if (!check->enabled[RULE_WITNESS_ATTENDANCE] || !check->held)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (witnesses); i++)
    {
      g_autoptr(MinutesPerson) witness = g_list_model_get_item (witnesses, i);
      g_autofree char *name = NULL;
      MinutesProblem *problem;

      note_person_read (check, witness);
      if (minutes_person_is_attending (witness) ||
          minutes_person_get_kind (witness) == MINUTES_PERSON_KIND_EXTERNAL)
        continue;

      name = dup_person_name (witness);
      problem = report (check, RULE_WITNESS_ATTENDANCE, witness, "attendance", where,
                        _("%s is a witness but is not in the attendance."), name);
      fix_set_enum (problem, _("Mark as present"), "attendance",
                    MINUTES_TYPE_ATTENDANCE, MINUTES_ATTENDANCE_PRESENT);
    }
}

static void
check_actions (Check             *check,
               MinutesAgendaItem *item,
               const char        *where)
{
  GListModel *actions = minutes_agenda_item_get_actions (item);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(MinutesAction) action = g_list_model_get_item (actions, i);
      MinutesPerson *owner = minutes_action_get_owner (action);
      g_autofree char *location = g_strdup_printf (_("%s, action %u"), where, i + 1);

      if (owner != NULL)
        note_person_read (check, owner);
      if (owner == NULL && _minutes_text_is_blank (minutes_action_get_owner_text (action)))
        report (check, RULE_ACTION_INCOMPLETE, action, "owner", location,
                _("The action has no owner."));
      if (_minutes_text_is_blank (minutes_action_get_text (action)))
        report (check, RULE_ACTION_INCOMPLETE, action, "text", location,
                _("The action does not say what is to be done."));

      /* An agenda carries the open actions of the last meeting, whose
       * owners are expected, not yet present. */
      if (owner != NULL && check->enabled[RULE_ACTION_OWNER_ATTENDANCE] && check->held &&
          !minutes_person_is_attending (owner) &&
          minutes_person_get_kind (owner) != MINUTES_PERSON_KIND_EXTERNAL)
        {
          g_autofree char *name = dup_person_name (owner);
          MinutesProblem *problem;

          problem = report (check, RULE_ACTION_OWNER_ATTENDANCE, owner, "attendance", location,
                            _("%s owns an action but is not in the attendance."), name);
          fix_set_enum (problem, _("Mark as present"), "attendance",
                        MINUTES_TYPE_ATTENDANCE, MINUTES_ATTENDANCE_PRESENT);
        }
    }
}

static guint
count_votes (int         number,
             GListModel *named)
{
  guint n_named = g_list_model_get_n_items (named);

  return MAX (number > 0 ? (guint) number : 0, n_named);
}

static void
check_motion (Check         *check,
              MinutesMotion *motion,
              const char    *location)
{
  GListModel *amendments = minutes_motion_get_amendments (motion);
  guint cast;

  cast = count_votes (minutes_motion_get_votes_for (motion), minutes_motion_get_voted_for (motion)) +
         count_votes (minutes_motion_get_votes_against (motion), minutes_motion_get_voted_against (motion)) +
         count_votes (minutes_motion_get_abstentions (motion), minutes_motion_get_abstained (motion));

  if (check->held && cast > check->voters)
    report (check, RULE_VOTE_COUNT, motion, "votes-for", location,
            _("%u votes are recorded, but only %u members could vote."), cast, check->voters);

  for (guint i = 0; i < g_list_model_get_n_items (amendments); i++)
    {
      g_autoptr(MinutesMotion) amendment = g_list_model_get_item (amendments, i);
      g_autofree char *where = g_strdup_printf (_("%s, amendment %u"), location, i + 1);

      check_motion (check, amendment, where);
    }
}

static void
check_motions (Check             *check,
               MinutesAgendaItem *item,
               const char        *where)
{
  GListModel *motions = minutes_agenda_item_get_motions (item);

  if (!check->enabled[RULE_VOTE_COUNT])
    return;

  for (guint i = 0; i < g_list_model_get_n_items (motions); i++)
    {
      g_autoptr(MinutesMotion) motion = g_list_model_get_item (motions, i);
      g_autofree char *location = g_strdup_printf (_("%s, motion %u"), where, i + 1);

      check_motion (check, motion, location);
    }
}

static void
check_discussion (Check             *check,
                  MinutesAgendaItem *item,
                  const char        *where,
                  const char        *number)
{
  GListModel *discussion = minutes_agenda_item_get_discussion (item);
  guint n_entries = g_list_model_get_n_items (discussion);
  guint n_points = 0;

  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(MinutesDiscussionEntry) entry = g_list_model_get_item (discussion, i);
      MinutesEntryType type = minutes_discussion_entry_get_entry_type (entry);
      const char *text = minutes_discussion_entry_get_text (entry);
      Place place = { NULL, where, number, 0, FALSE, NULL };

      if (type == MINUTES_ENTRY_POINT)
        n_points++;
      place.point = n_points;
      place.on_point = type == MINUTES_ENTRY_POINT;

      check_weekdays_at (check, entry, "text", &place, text);

      /* An empty last point is one waiting for text (Enter after the last
       * point), and prints as nothing; one before others shifts the
       * printed numbers away from those the clerk sees. */
      if (type != MINUTES_ENTRY_PROCEDURAL && _minutes_text_is_blank (text) &&
          i + 1 < n_entries && check->enabled[RULE_POINT_EMPTY])
        {
          MinutesProblem *problem;

          problem = report (check, RULE_POINT_EMPTY, entry, "text", place_get (&place),
                            type == MINUTES_ENTRY_POINT
                            ? _("The key point is empty: it is left out of the minutes, so the points after it print with other numbers.")
                            : _("The line is empty."));
          if (problem != NULL)
            minutes_problem_set_fix (problem, type == MINUTES_ENTRY_POINT ? _("Remove the empty point")
                                                                          : _("Remove the empty line"),
                                     remove_entry_fix, NULL, NULL);
        }

      if (type == MINUTES_ENTRY_POINT && text != NULL &&
          (check->enabled[RULE_STYLE_TENSE] || check->enabled[RULE_STYLE_FIRST_PERSON]))
        {
          const char *tense, *first_person;

          scan_style (text, &tense, &first_person);
          if (tense != NULL)
            report (check, RULE_STYLE_TENSE, entry, "text", place_get (&place),
                    _("Minutes report what was said in the past tense: “%s” reads as direct speech."),
                    tense);
          if (first_person != NULL)
            report (check, RULE_STYLE_FIRST_PERSON, entry, "text", place_get (&place),
                    _("Minutes are in reported speech: “%s” is first person; name who said it."),
                    first_person);
        }

      if (type == MINUTES_ENTRY_PROCEDURAL &&
          minutes_discussion_entry_get_procedure (entry) == MINUTES_PROCEDURE_ADJOURNMENT &&
          check->enabled[RULE_ADJOURNMENT_TIMES])
        {
          int from = minutes_discussion_entry_get_from (entry);
          int to = minutes_discussion_entry_get_to (entry);

          if (from == MINUTES_TIME_UNSET)
            report (check, RULE_ADJOURNMENT_TIMES, entry, "from", place_get (&place),
                    _("The adjournment has no time."));
          else if ((check->start != MINUTES_TIME_UNSET && from < check->start) ||
                   (check->end != MINUTES_TIME_UNSET && from >= check->end))
            report (check, RULE_ADJOURNMENT_TIMES, entry, "from", place_get (&place),
                    _("The meeting adjourned at a time outside the meeting."));
          else if (to == MINUTES_TIME_UNSET && check->end != MINUTES_TIME_UNSET)
            report (check, RULE_ADJOURNMENT_TIMES, entry, "to", place_get (&place),
                    _("The adjournment has no time when the meeting resumed."));
          else if (to != MINUTES_TIME_UNSET && to <= from)
            report (check, RULE_ADJOURNMENT_TIMES, entry, "to", place_get (&place),
                    _("The meeting resumed before it adjourned."));
          else if (to != MINUTES_TIME_UNSET && check->end != MINUTES_TIME_UNSET && to >= check->end)
            report (check, RULE_ADJOURNMENT_TIMES, entry, "to", place_get (&place),
                    _("The meeting resumed after it had ended."));
        }
      g_free (place.text);
    }
}

static void
check_resolution_weekdays (Check             *check,
                           MinutesAgendaItem *item,
                           const char        *where)
{
  GListModel *resolutions = minutes_agenda_item_get_resolutions (item);

  for (guint i = 0; i < g_list_model_get_n_items (resolutions); i++)
    {
      g_autoptr(MinutesResolution) resolution = g_list_model_get_item (resolutions, i);
      GListModel *points = minutes_resolution_get_points (resolution);
      g_autofree char *location = g_strdup_printf (_("%s, resolution %u"), where, i + 1);

      check_weekdays_in (check, resolution, "text", location, minutes_resolution_get_text (resolution));
      for (guint p = 0; p < g_list_model_get_n_items (points); p++)
        {
          g_autoptr(MinutesResolutionPoint) point = g_list_model_get_item (points, p);

          check_weekdays_in (check, point, "text", location, minutes_resolution_point_get_text (point));
        }
    }
}

static void
check_item (Check *check,
            guint  position)
{
  MinutesAgendaItem *item = g_ptr_array_index (check->items, position);
  const char *where = g_ptr_array_index (check->item_names, position);
  const char *number = g_ptr_array_index (check->item_numbers, position);

  check_weekdays_in (check, item, "title", where, minutes_agenda_item_get_title (item));

  if (minutes_agenda_item_get_exempt (item) &&
      _minutes_text_is_blank (minutes_agenda_item_get_exemption_ground (item)))
    report (check, RULE_EXEMPTION_GROUND, item, "exemption-ground", where,
            _("The item is exempt but gives no exemption ground (e.g. a paragraph of Schedule 12A)."));

  if (minutes_agenda_item_get_standing (item) == MINUTES_STANDING_PREVIOUS_MINUTES)
    check_previous_minutes (check, item, where);

  if (is_substantive (item))
    {
      if (check->held && !has_decision (item))
        report (check, RULE_RESOLUTION_MISSING, item, "resolutions", where,
                _("The item has no resolution or decision."));
      /* The standing work programme is not an item of business whose
       * sections the template lays out. */
      if (minutes_agenda_item_get_standing (item) == MINUTES_STANDING_NONE)
        check_sections (check, item, where);
    }

  check_witnesses (check, item, where);
  check_discussion (check, item, where, number);
  check_actions (check, item, where);
  check_motions (check, item, where);
  check_resolution_weekdays (check, item, where);
}

/* Rule missing-translation. A meeting is bilingual when the clerk has
 * given any of its texts in another language than the meeting's own
 * (minutes_node_set_translation()): then every text the bilingual exports
 * print from the clerk's typing must be there in each language. */

typedef struct
{
  gpointer    node;
  const char *location;
  const char *fields[6];
} TranslatedNode;

static void
add_languages (GHashTable *languages,
               gpointer    node)
{
  g_auto(GStrv) held = minutes_node_dup_translation_languages (MINUTES_NODE (node));

  for (guint i = 0; held != NULL && held[i] != NULL; i++)
    g_hash_table_add (languages, g_strdup (held[i]));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The nodes of one item whose texts the bilingual exports print. */
static void
add_item_nodes (GArray            *nodes,
                MinutesAgendaItem *item,
                const char        *where)
{
  GListModel *lists[] = {
    minutes_agenda_item_get_discussion (item),
    minutes_agenda_item_get_actions (item),
    minutes_agenda_item_get_resolutions (item),
  };

  g_array_append_val (nodes, ((TranslatedNode) { item, where,
                                                 { "title", "introduction", "agenda-text",
                                                   "recommendation", "decision" } }));
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n = g_list_model_get_n_items (lists[l]);

      for (guint e = 0; e < n; e++)
        {
          g_autoptr(GObject) child = g_list_model_get_item (lists[l], e);

          g_array_append_val (nodes, ((TranslatedNode) { child, where, { "text" } }));
        }
    }
}

static void
check_node_translations (Check                 *check,
                         const TranslatedNode  *entry,
                         const char           **languages,
                         guint                  n_languages)
{
  for (guint f = 0; f < G_N_ELEMENTS (entry->fields) && entry->fields[f] != NULL; f++)
    {
      g_autofree char *text = NULL;

      g_object_get (entry->node, entry->fields[f], &text, NULL);
      for (guint l = 0; l < n_languages; l++)
        {
          const char *translation = minutes_node_get_translation (entry->node, languages[l], entry->fields[f]);
          gboolean has_text = !_minutes_text_is_blank (text);
          gboolean has_translation = !_minutes_text_is_blank (translation);

          if (has_text && !has_translation)
            report (check, RULE_MISSING_TRANSLATION, entry->node, entry->fields[f], entry->location,
                    _("“%s” has no translation into %s."), text, languages[l]);
          else if (!has_text && has_translation)
            report (check, RULE_MISSING_TRANSLATION, entry->node, entry->fields[f], entry->location,
                    _("“%s” (%s) is not given in the meeting's own language."), translation, languages[l]);
        }
    }
}

/* The languages one item's texts are given in, as a set. */
static GHashTable *
item_languages (MinutesAgendaItem *item)
{
  g_auto(GStrv) held = minutes_agenda_item_dup_translation_languages (item);
  GHashTable *languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; held != NULL && held[i] != NULL; i++)
    g_hash_table_add (languages, g_steal_pointer (&held[i]));

  return languages;
}

/* One item's missing translations, into @check's problems. */
static void
check_item_translations (Check       *check,
                         guint        position,
                         const char **languages,
                         guint        n_languages)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, TRUE, sizeof (TranslatedNode));

  add_item_nodes (nodes, g_ptr_array_index (check->items, position),
                  g_ptr_array_index (check->item_names, position));
  for (guint i = 0; i < nodes->len; i++)
    check_node_translations (check, &g_array_index (nodes, TranslatedNode, i), languages, n_languages);
}

/* Rules about declarations */

static gboolean
motion_has_vote_by (MinutesMotion *motion,
                    MinutesPerson *person)
{
  GListModel *lists[] = {
    minutes_motion_get_voted_for (motion),
    minutes_motion_get_voted_against (motion),
    minutes_motion_get_abstained (motion),
  };
  GListModel *amendments = minutes_motion_get_amendments (motion);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
        {
          g_autoptr(MinutesPerson) voter = g_list_model_get_item (lists[l], i);

          if (voter == person)
            return TRUE;
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (amendments); i++)
    {
      g_autoptr(MinutesMotion) amendment = g_list_model_get_item (amendments, i);

      if (motion_has_vote_by (amendment, person))
        return TRUE;
    }

  return FALSE;
}

static void
check_declarations (Check *check)
{
  GListModel *declarations = minutes_meeting_get_declarations (check->meeting);

  for (guint i = 0; i < g_list_model_get_n_items (declarations); i++)
    {
      g_autoptr(MinutesDeclaration) declaration = g_list_model_get_item (declarations, i);
      MinutesPerson *person = minutes_declaration_get_person (declaration);
      MinutesAgendaItem *item = minutes_declaration_get_item (declaration);
      g_autofree char *location = g_strdup_printf (_("declaration %u"), i + 1);

      if (person == NULL)
        report (check, RULE_DECLARATION_PERSON, declaration, "person", location,
                _("The declaration does not name who made it."));
      else if (check->held && !minutes_person_is_attending (person))
        {
          g_autofree char *name = dup_person_name (person);
          MinutesProblem *problem;

          problem = report (check, RULE_DECLARATION_PERSON, declaration, "person", location,
                            _("%s made a declaration but is not recorded as present."), name);
          if (problem != NULL && minutes_person_get_attendance (person) == MINUTES_ATTENDANCE_EXPECTED)
            minutes_problem_set_fix (problem, _("Mark as present"), mark_present_fix,
                                     g_object_ref (person), g_object_unref);
        }

      if (item == NULL || !g_hash_table_contains (check->item_set, item))
        {
          report (check, RULE_DECLARATION_ITEM, declaration, "item", location,
                  _("The declaration does not name an item of this meeting."));
          continue;
        }

      if (person != NULL && minutes_declaration_get_withdrew (declaration) &&
          check->enabled[RULE_WITHDRAWN_MEMBER_VOTED])
        {
          GListModel *motions = minutes_agenda_item_get_motions (item);

          for (guint m = 0; m < g_list_model_get_n_items (motions); m++)
            {
              g_autoptr(MinutesMotion) motion = g_list_model_get_item (motions, m);
              g_autofree char *name = NULL;
              MinutesProblem *problem;
              guint position;

              if (!motion_has_vote_by (motion, person))
                continue;

              g_ptr_array_find (check->items, item, &position);
              name = dup_person_name (person);
              problem = report (check, RULE_WITHDRAWN_MEMBER_VOTED, motion, "voted-for", location,
                                _("%s withdrew from %s but has a vote recorded on it."),
                                name, (const char *) g_ptr_array_index (check->item_names, position));
              if (problem != NULL)
                minutes_problem_set_fix (problem, _("Remove the vote"), remove_vote_fix,
                                         g_object_ref (person), g_object_unref);
            }
        }
    }
}

/* What check_item() and the missing translations found for one agenda
 * item, and what they were found from: given again while all of it is
 * unchanged. Revisions are stamps that are never reused, and the item is
 * held, so a freed item's address can never match. Shared by reference
 * between one run's positions and the next run's lookup. */
typedef struct
{
  MinutesAgendaItem *item;
  gsize              revision;         /* the item's */
  gsize              shared;           /* the meeting's shared revision */
  gboolean           held;
  int                start;
  int                end;
  guint              voters;
  char              *name;             /* "item 3" */
  char              *number;
  gboolean           followed;         /* FALSE: read what no revision follows; never given again */
  GPtrArray         *problems;         /* check_item()'s */
  GHashTable        *languages;        /* its texts' languages, or NULL until asked */
  char              *translated_into;  /* the languages of translation_problems, or NULL */
  GPtrArray         *translation_problems;
} ItemChecks;

static void
item_checks_clear (gpointer data)
{
  ItemChecks *checks = data;

  g_clear_object (&checks->item);
  g_clear_pointer (&checks->name, g_free);
  g_clear_pointer (&checks->number, g_free);
  g_clear_pointer (&checks->problems, g_ptr_array_unref);
  g_clear_pointer (&checks->languages, g_hash_table_unref);
  g_clear_pointer (&checks->translated_into, g_free);
  g_clear_pointer (&checks->translation_problems, g_ptr_array_unref);
}

static void
item_checks_release (gpointer data)
{
  g_rc_box_release_full (data, item_checks_clear);
}

static gboolean
item_checks_still_good (ItemChecks *checks,
                        Check      *check,
                        guint       position)
{
  return checks->followed &&
         checks->item == g_ptr_array_index (check->items, position) &&
         checks->revision == _minutes_node_get_revision (MINUTES_NODE (checks->item)) &&
         checks->shared == _minutes_meeting_get_shared_revision (check->meeting) &&
         checks->held == check->held &&
         checks->start == check->start &&
         checks->end == check->end &&
         checks->voters == check->voters &&
         g_strcmp0 (checks->name, g_ptr_array_index (check->item_names, position)) == 0 &&
         g_strcmp0 (checks->number, g_ptr_array_index (check->item_numbers, position)) == 0;
}

/* check_item(), or what it found last time when nothing it reads changed. */
static ItemChecks *
check_item_again (Check      *check,
                  GHashTable *last,
                  guint       position)
{
  MinutesAgendaItem *item = g_ptr_array_index (check->items, position);
  ItemChecks *checks = g_hash_table_lookup (last, item);
  GPtrArray *problems = check->problems;

  if (checks != NULL && item_checks_still_good (checks, check, position))
    return g_rc_box_acquire (checks);

  checks = g_rc_box_new0 (ItemChecks);
  checks->item = g_object_ref (item);
  /* Read before checking: the stamp of what was checked */
  checks->revision = _minutes_node_get_revision (MINUTES_NODE (item));
  checks->shared = _minutes_meeting_get_shared_revision (check->meeting);
  checks->held = check->held;
  checks->start = check->start;
  checks->end = check->end;
  checks->voters = check->voters;
  checks->name = g_strdup (g_ptr_array_index (check->item_names, position));
  checks->number = g_strdup (g_ptr_array_index (check->item_numbers, position));
  checks->problems = g_ptr_array_new_with_free_func (g_object_unref);

  check->problems = checks->problems;
  check->unfollowed = FALSE;
  check_item (check, position);
  checks->followed = !check->unfollowed;
  check->problems = problems;

  return checks;
}

static void
append_problems (GPtrArray *problems,
                 GPtrArray *found)
{
  g_ptr_array_extend (problems, found, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
}

/* Rule missing-translation. The items' parts are kept with their other
 * checks: which languages an item's texts are in, and what is missing
 * from them for the languages of the whole meeting. */
static void
check_translations (Check     *check,
                    GPtrArray *item_checks)
{
  g_autoptr(GHashTable) languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *base = minutes_meeting_get_language (check->meeting);
  g_autofree const char **sorted = NULL;
  g_autofree char *joined = NULL;
  guint n_languages;
  GPtrArray *problems = check->problems;
  const TranslatedNode header = { check->meeting, _("header"),
                                  { "committee", "title", "attendance-note" } };

  if (!check->enabled[RULE_MISSING_TRANSLATION])
    return;

  add_languages (languages, check->meeting);
  for (guint i = 0; i < item_checks->len; i++)
    {
      ItemChecks *checks = g_ptr_array_index (item_checks, i);
      GHashTableIter iter;
      const char *language;

      if (checks->languages == NULL)
        checks->languages = item_languages (checks->item);
      g_hash_table_iter_init (&iter, checks->languages);
      while (g_hash_table_iter_next (&iter, (gpointer *) &language, NULL))
        g_hash_table_add (languages, g_strdup (language));
    }
  if (base != NULL)
    g_hash_table_remove (languages, base);
  if (g_hash_table_size (languages) == 0)
    return;

  /* In a stable order, so that the problems are too. */
  sorted = (const char **) g_hash_table_get_keys_as_array (languages, &n_languages);
  g_qsort_with_data (sorted, n_languages, sizeof (char *), compare_strings, NULL);
  joined = g_strjoinv ("\n", (char **) sorted);

  check_node_translations (check, &header, sorted, n_languages);
  for (guint i = 0; i < item_checks->len; i++)
    {
      ItemChecks *checks = g_ptr_array_index (item_checks, i);

      if (g_strcmp0 (checks->translated_into, joined) != 0)
        {
          g_clear_pointer (&checks->translation_problems, g_ptr_array_unref);
          checks->translation_problems = g_ptr_array_new_with_free_func (g_object_unref);
          check->problems = checks->translation_problems;
          check_item_translations (check, i, sorted, n_languages);
          check->problems = problems;
          g_free (checks->translated_into);
          checks->translated_into = g_strdup (joined);
        }
      append_problems (problems, checks->translation_problems);
    }
}

/* Running */

static gboolean
item_records_meeting (MinutesAgendaItem *item)
{
  /* Not its actions: an agenda carries the last meeting's open ones. */
  return has_decision (item) ||
         g_list_model_get_n_items (minutes_agenda_item_get_discussion (item)) > 0 ||
         g_list_model_get_n_items (minutes_agenda_item_get_motions (item)) > 0;
}

/* Whether the meeting has taken place, so that the rules about what
 * happened at it (attendance, Chair, quorum, decisions, end time, votes)
 * apply. Approved minutes have. An agenda (status "agenda") has not until
 * the clerk starts the meeting clock. A draft has not while nothing in it
 * records the meeting: no actual start or end, nobody's attendance taken,
 * no declaration, and no item with a decision, a line of discussion or a
 * motion; a clerk preparing the minutes before the meeting
 * is not told that the quorum was not met. What an agenda needs (the
 * header parts the template requires, such as the date and start time,
 * the standing items, the numbering) is checked either way. */
static gboolean
is_held (MinutesMeeting *meeting)
{
  GListModel *people = minutes_meeting_get_people (meeting);
  GListModel *items = minutes_meeting_get_items (meeting);
  gboolean clock = minutes_meeting_get_actual_start (meeting) != MINUTES_TIME_UNSET ||
                   minutes_meeting_get_end (meeting) != MINUTES_TIME_UNSET;

  switch (minutes_meeting_get_status (meeting))
    {
    case MINUTES_MEETING_STATUS_APPROVED:
      return TRUE;

    case MINUTES_MEETING_STATUS_AGENDA:
      return clock;

    case MINUTES_MEETING_STATUS_DRAFT:
    default:
      break;
    }

  if (clock || g_list_model_get_n_items (minutes_meeting_get_declarations (meeting)) > 0)
    return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);

      if (minutes_person_get_attendance (person) != MINUTES_ATTENDANCE_EXPECTED)
        return TRUE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);

      if (item_records_meeting (item))
        return TRUE;
    }

  return FALSE;
}

static void
forget_checks (MinutesValidator *self)
{
  g_hash_table_remove_all (self->item_checks);
  g_clear_pointer (&self->attendance, g_ptr_array_unref);
}

/* check_attendance(), or what it found last time from the same people,
 * meeting and template. */
static void
check_attendance_again (MinutesValidator *self,
                        Check            *check)
{
  GPtrArray *problems = check->problems;
  gsize shared = _minutes_meeting_get_shared_revision (check->meeting);

  if (self->attendance == NULL || self->attendance_shared != shared ||
      self->attendance_held != check->held)
    {
      g_clear_pointer (&self->attendance, g_ptr_array_unref);
      self->attendance = g_ptr_array_new_with_free_func (g_object_unref);
      check->problems = self->attendance;
      check_attendance (check);
      check->problems = problems;
      self->attendance_shared = shared;
      self->attendance_held = check->held;
      self->attendance_voters = check->voters;
    }

  check->voters = self->attendance_voters;
  append_problems (problems, self->attendance);
}

static void
run_checks (MinutesValidator *self,
            GPtrArray        *problems)
{
  Check check = { 0, };
  GListModel *items = minutes_meeting_get_items (self->meeting);
  g_autoptr(GPtrArray) item_checks = g_ptr_array_new_with_free_func (item_checks_release);
  GHashTable *found;

  /* Each template is one object for as long as it is held: a different
   * one (held here, so never a freed one's address) checks afresh. */
  if (self->checked_with != self->template)
    {
      forget_checks (self);
      g_set_object (&self->checked_with, self->template);
    }

  check.meeting = self->meeting;
  check.template = self->template;
  check.problems = problems;
  check.held = is_held (self->meeting);
  check.start = minutes_meeting_get_start (self->meeting);
  check.end = minutes_meeting_get_end (self->meeting);
  for (guint r = 0; r < N_RULES; r++)
    check.enabled[r] = minutes_template_get_rule_severity (self->template, rules[r].id,
                                                           rules[r].severity, &check.severity[r]);

  /* The items' numbers and names, once for every rule */
  check.items = g_ptr_array_new_with_free_func (g_object_unref);
  check.item_names = g_ptr_array_new_with_free_func (g_free);
  check.item_numbers = g_ptr_array_new_with_free_func (g_free);
  check.item_set = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      MinutesAgendaItem *item = g_list_model_get_item (items, i);
      char *number = minutes_agenda_item_dup_number (item);

      g_ptr_array_add (check.items, item);
      g_ptr_array_add (check.item_numbers, number);
      if (number != NULL)
        g_ptr_array_add (check.item_names, g_strdup_printf (_("item %s"), number));
      else
        g_ptr_array_add (check.item_names, g_strdup_printf (_("item “%s”"),
                                                            minutes_agenda_item_get_title (item) != NULL ?
                                                            minutes_agenda_item_get_title (item) : ""));
      g_hash_table_add (check.item_set, item);
    }

  check_header (&check);
  check_weekdays_in (&check, self->meeting, "title", _("header"),
                     minutes_meeting_get_title (self->meeting));
  check_attendance_again (self, &check);
  check_declarations (&check);
  check_standing_items (&check);
  check_numbering (&check);
  found = g_hash_table_new_full (NULL, NULL, NULL, item_checks_release);
  for (guint i = 0; i < check.items->len; i++)
    {
      ItemChecks *checks = check_item_again (&check, self->item_checks, i);

      append_problems (problems, checks->problems);
      g_ptr_array_add (item_checks, checks);
      g_hash_table_insert (found, checks->item, g_rc_box_acquire (checks));
    }
  /* What is not on the agenda any more goes */
  g_hash_table_unref (self->item_checks);
  self->item_checks = found;
  check_translations (&check, item_checks);

  g_ptr_array_unref (check.items);
  g_ptr_array_unref (check.item_names);
  g_ptr_array_unref (check.item_numbers);
  g_hash_table_unref (check.item_set);
}

/* GListModel */

static GType
list_get_item_type (GListModel *model)
{
  return MINUTES_TYPE_PROBLEM;
}

static guint
list_get_n_items (GListModel *model)
{
  return MINUTES_VALIDATOR (model)->problems->len;
}

static gpointer
list_get_item (GListModel *model,
               guint       position)
{
  MinutesValidator *self = MINUTES_VALIDATOR (model);

  if (position >= self->problems->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->problems, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_get_item_type;
  iface->get_n_items = list_get_n_items;
  iface->get_item = list_get_item;
}

/* Object */

static void
meeting_changed_cb (MinutesValidator *self)
{
  minutes_validator_validate (self);
}

static void
minutes_validator_dispose (GObject *object)
{
  MinutesValidator *self = (MinutesValidator *) object;

  if (self->meeting != NULL)
    g_clear_signal_handler (&self->changed_id, self->meeting);
  g_clear_object (&self->meeting);
  g_clear_object (&self->template);
  g_clear_object (&self->checked_with);
  if (self->item_checks != NULL)
    forget_checks (self);
  if (self->problems != NULL)
    g_ptr_array_set_size (self->problems, 0);

  G_OBJECT_CLASS (minutes_validator_parent_class)->dispose (object);
}

static void
minutes_validator_finalize (GObject *object)
{
  MinutesValidator *self = (MinutesValidator *) object;

  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->item_checks, g_hash_table_unref);

  G_OBJECT_CLASS (minutes_validator_parent_class)->finalize (object);
}

static void
minutes_validator_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MinutesValidator *self = MINUTES_VALIDATOR (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE:
      g_value_set_object (value, self->template);
      break;

    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    case PROP_N_ERRORS:
      g_value_set_uint (value, self->n_errors);
      break;

    case PROP_N_WARNINGS:
      g_value_set_uint (value, self->n_warnings);
      break;

    case PROP_N_HINTS:
      g_value_set_uint (value, self->n_hints);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_validator_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MinutesValidator *self = MINUTES_VALIDATOR (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE:
      minutes_validator_set_template (self, g_value_get_object (value));
      break;

    case PROP_MEETING:
      minutes_validator_set_meeting (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_validator_class_init (MinutesValidatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = minutes_validator_dispose;
  object_class->finalize = minutes_validator_finalize;
  object_class->get_property = minutes_validator_get_property;
  object_class->set_property = minutes_validator_set_property;

  properties[PROP_TEMPLATE] =
    g_param_spec_object ("template", NULL, NULL, MINUTES_TYPE_TEMPLATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL, MINUTES_TYPE_MEETING,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ERRORS] =
    g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_WARNINGS] =
    g_param_spec_uint ("n-warnings", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_HINTS] =
    g_param_spec_uint ("n-hints", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
minutes_validator_init (MinutesValidator *self)
{
  self->problems = g_ptr_array_new_with_free_func (g_object_unref);
  self->item_checks = g_hash_table_new_full (NULL, NULL, NULL, item_checks_release);
  self->live = TRUE;
}

MinutesValidator *
minutes_validator_new (MinutesTemplate *template)
{
  g_return_val_if_fail (MINUTES_IS_TEMPLATE (template), NULL);

  return g_object_new (MINUTES_TYPE_VALIDATOR, "template", template, NULL);
}

MinutesTemplate *
minutes_validator_get_template (MinutesValidator *self)
{
  g_return_val_if_fail (MINUTES_IS_VALIDATOR (self), NULL);

  return self->template;
}

void
minutes_validator_set_template (MinutesValidator *self,
                                MinutesTemplate  *template)
{
  g_return_if_fail (MINUTES_IS_VALIDATOR (self));
  g_return_if_fail (template == NULL || MINUTES_IS_TEMPLATE (template));

  if (g_set_object (&self->template, template))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
      minutes_validator_validate (self);
    }
}

MinutesMeeting *
minutes_validator_get_meeting (MinutesValidator *self)
{
  g_return_val_if_fail (MINUTES_IS_VALIDATOR (self), NULL);

  return self->meeting;
}

/* Follows the meeting: the problems are checked again after every change. */
void
minutes_validator_set_meeting (MinutesValidator *self,
                               MinutesMeeting   *meeting)
{
  g_return_if_fail (MINUTES_IS_VALIDATOR (self));
  g_return_if_fail (meeting == NULL || MINUTES_IS_MEETING (meeting));

  if (self->meeting == meeting)
    return;

  if (self->meeting != NULL)
    g_clear_signal_handler (&self->changed_id, self->meeting);
  g_set_object (&self->meeting, meeting);
  forget_checks (self);
  if (meeting != NULL && self->live)
    self->changed_id = g_signal_connect_object (meeting, "changed",
                                                G_CALLBACK (meeting_changed_cb), self,
                                                G_CONNECT_SWAPPED);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING]);
  minutes_validator_validate (self);
}

/* Whether the validator checks again by itself after every change of the
 * meeting (the default). An editor that coalesces a burst of changes turns
 * this off and calls minutes_validator_validate() once the burst is over. */
void
minutes_validator_set_live (MinutesValidator *self,
                            gboolean          live)
{
  g_return_if_fail (MINUTES_IS_VALIDATOR (self));

  live = !!live;
  if (self->live == live)
    return;

  self->live = live;
  if (self->meeting == NULL)
    return;

  if (live)
    {
      self->changed_id = g_signal_connect_object (self->meeting, "changed",
                                                  G_CALLBACK (meeting_changed_cb), self,
                                                  G_CONNECT_SWAPPED);
      minutes_validator_validate (self);
    }
  else
    g_clear_signal_handler (&self->changed_id, self->meeting);
}

static void
set_count (MinutesValidator *self,
           guint            *count,
           guint             value,
           GParamSpec       *pspec)
{
  if (*count == value)
    return;

  *count = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* Checks the meeting now and replaces the list of problems. */
void
minutes_validator_validate (MinutesValidator *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  guint counts[3] = { 0, 0, 0 };
  guint old_n;

  g_return_if_fail (MINUTES_IS_VALIDATOR (self));

  problems = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->meeting != NULL && self->template != NULL)
    run_checks (self, problems);
  else
    forget_checks (self);

  for (guint i = 0; i < problems->len; i++)
    counts[minutes_problem_get_severity (g_ptr_array_index (problems, i))]++;

  old_n = self->problems->len;
  g_ptr_array_unref (self->problems);
  self->problems = g_steal_pointer (&problems);
  if (old_n > 0 || self->problems->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->problems->len);

  g_object_freeze_notify (G_OBJECT (self));
  set_count (self, &self->n_errors, counts[MINUTES_SEVERITY_ERROR], properties[PROP_N_ERRORS]);
  set_count (self, &self->n_warnings, counts[MINUTES_SEVERITY_WARNING], properties[PROP_N_WARNINGS]);
  set_count (self, &self->n_hints, counts[MINUTES_SEVERITY_HINT], properties[PROP_N_HINTS]);
  g_object_thaw_notify (G_OBJECT (self));
}

guint
minutes_validator_get_n_errors (MinutesValidator *self)
{
  g_return_val_if_fail (MINUTES_IS_VALIDATOR (self), 0);

  return self->n_errors;
}

guint
minutes_validator_get_n_warnings (MinutesValidator *self)
{
  g_return_val_if_fail (MINUTES_IS_VALIDATOR (self), 0);

  return self->n_warnings;
}

guint
minutes_validator_get_n_hints (MinutesValidator *self)
{
  g_return_val_if_fail (MINUTES_IS_VALIDATOR (self), 0);

  return self->n_hints;
}

/* Every rule, for documentation and for tools that list them. */
const MinutesRuleInfo *
minutes_validator_get_rules (guint *n_rules)
{
  if (n_rules != NULL)
    *n_rules = N_RULES;

  return rules;
}
