/* test-import.c: existing minutes as text → the model
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "minutes-core.h"
#include "test-words.h"

static MinutesTemplate *
default_template (void)
{
  g_autoptr(GError) error = NULL;
  MinutesTemplate *template = minutes_template_lookup (MINUTES_DEFAULT_TEMPLATE, &error);

  g_assert_no_error (error);

  return template;
}

static char *
seed_path (const char *name)
{
  const char *seed_dir = g_getenv ("MINUTES_SEED_DIR");

  g_assert_nonnull (seed_dir);

  return g_build_filename (seed_dir, name, NULL);
}

static MinutesMeeting *
import_bytes (const char          *data,
              gsize                size,
              MinutesImportReport *report)
{
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  MinutesMeeting *meeting = minutes_import_text (bytes, "snippet.txt", template, report, &error);

  g_assert_no_error (error);
  g_assert_nonnull (meeting);

  return meeting;
}

static MinutesMeeting *
import_string (const char          *text,
               MinutesImportReport *report)
{
  return import_bytes (text, strlen (text), report);
}

static MinutesMeeting *
import_seed (const char          *name,
             MinutesImportReport *report)
{
  g_autofree char *path = seed_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GError) error = NULL;
  MinutesMeeting *meeting = minutes_import_text_file (file, template, report, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (meeting);

  return meeting;
}

static char *
export_text (MinutesMeeting *meeting)
{
  g_autoptr(MinutesTemplate) template = default_template ();

  return minutes_render_text (meeting, template, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);
}

static void
assert_same_words (GPtrArray *expected,
                   GPtrArray *actual)
{
  for (guint i = 0; i < MIN (expected->len, actual->len); i++)
    {
      if (!g_str_equal (g_ptr_array_index (expected, i), g_ptr_array_index (actual, i)))
        {
          g_test_message ("word %u: input has “%s”, export has “%s”", i,
                          (char *) g_ptr_array_index (expected, i),
                          (char *) g_ptr_array_index (actual, i));
          g_test_fail ();
          return;
        }
    }
  g_assert_cmpuint (actual->len, ==, expected->len);
}

/* A word as the nothing-dropped check compares it: case and the
 * punctuation around it do not count (the importer may print "RESOLVED"
 * for "Resolved –"); list markers and dashes alone are not words. */
static char *
comparable (const char *word)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Every word of the input appears in the export, in the same order. */
static void
assert_nothing_dropped (const char     *input,
                        MinutesMeeting *meeting)
{
  g_autofree char *text = export_text (meeting);
  g_autoptr(GPtrArray) in = test_words_of (input, TRUE);
  g_autoptr(GPtrArray) out = test_words_of (text, FALSE);
  guint o = 0;

  for (guint i = 0; i < in->len; i++)
    {
      g_autofree char *want = comparable (g_ptr_array_index (in, i));
      gboolean found = FALSE;

      if (want[0] == '\0')
        continue;

      for (; o < out->len && !found; o++)
        {
          g_autofree char *have = comparable (g_ptr_array_index (out, o));

          found = g_str_equal (want, have);
        }

      if (!found)
        {
          g_test_message ("input word %u “%s” is missing from the export (or out of order):\n%s",
                          i, (char *) g_ptr_array_index (in, i), text);
          g_test_fail ();
          return;
        }
    }
}

static char *
serialize (MinutesMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = minutes_document_serialize (meeting, &error);

  g_assert_no_error (error);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Seed 004 */

static void
test_seed_words (void)
{
  g_autofree char *path = seed_path ("004_b4eff269184071d3.txt");
  g_autofree char *seed = NULL;
  g_autoptr(GError) error = NULL;
  MinutesImportReport report = { 0 };
  g_autoptr(MinutesMeeting) meeting = import_seed ("004_b4eff269184071d3.txt", &report);
  g_autofree char *text = export_text (meeting);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) actual = NULL;

  g_file_get_contents (path, &seed, NULL, &error);
  g_assert_no_error (error);

  expected = test_words_of (seed, TRUE);
  actual = test_words_of (text, FALSE);
  assert_same_words (expected, actual);
  g_assert_cmpuint (actual->len, ==, 1964);

  g_assert_cmpuint (report.n_unplaced, ==, 0);
  g_assert_cmpuint (report.n_noise, ==, 0);
}

/* What the text cannot tell: the council's name, who the contact is and
 * whether the minutes were approved. Everything else, ids included, is
 * exactly the bundled example. */
static void
test_seed_model (void)
{
  g_autofree char *example_path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                         "2024-01-16-safer-stronger-communities.minutes", NULL);
  g_autoptr(GFile) example_file = g_file_new_for_path (example_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) example = minutes_document_load (example_file, NULL, &error);
  g_autoptr(MinutesMeeting) meeting = import_seed ("004_b4eff269184071d3.txt", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (minutes_meeting_get_status (meeting), ==, MINUTES_MEETING_STATUS_DRAFT);
  g_assert_null (minutes_meeting_get_body (meeting));
  g_assert_null (minutes_meeting_get_contact_name (meeting));

  minutes_meeting_set_body (example, NULL);
  minutes_meeting_set_contact_name (example, NULL);
  minutes_meeting_set_contact_role (example, NULL);
  minutes_meeting_set_status (example, MINUTES_MEETING_STATUS_DRAFT);

  expected = serialize (example);
  actual = serialize (meeting);
  g_assert_cmpstr (actual, ==, expected);
}

/* Tolerances: each one a snippet as other councils write it */

static MinutesAgendaItem *
item_at (MinutesMeeting *meeting,
         guint           position)
{
  GListModel *items = minutes_meeting_get_items (meeting);

  g_assert_cmpuint (position, <, g_list_model_get_n_items (items));

  return g_list_model_get_item (items, position);
}

static MinutesPerson *
person_at (MinutesMeeting *meeting,
           guint           position)
{
  GListModel *people = minutes_meeting_get_people (meeting);

  g_assert_cmpuint (position, <, g_list_model_get_n_items (people));

  return g_list_model_get_item (people, position);
}

static void
assert_date (MinutesMeeting *meeting,
             int             day,
             int             month,
             int             year)
{
  const GDate *date = minutes_meeting_get_date (meeting);

  g_assert_nonnull (date);
  g_assert_cmpint (g_date_get_day (date), ==, day);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_year (date), ==, year);
}

static void
test_narrative_opening (void)
{
  const char *text =
    "Minutes of Meeting of the Planning Committee held in the Council Chamber on Monday 24 April 2023 at 6.08 pm\n"
    "\n"
    "1. Apologies for absence\n"
    "There were no apologies.\n";
  g_autoptr(MinutesMeeting) meeting = import_string (text, NULL);

  g_assert_cmpstr (minutes_meeting_get_committee (meeting), ==, "Planning Committee");
  g_assert_cmpstr (minutes_meeting_get_venue (meeting), ==, "the Council Chamber");
  assert_date (meeting, 24, 4, 2023);
  g_assert_cmpint (minutes_meeting_get_start (meeting), ==, 18 * 60 + 8);
}

static void
test_dates_and_times (void)
{
  const struct
  {
    const char *line;
    int         day, month, year, start;
  } cases[] = {
    { "Wednesday, 24th June, 2015 at 9.10pm", 24, 6, 2015, 21 * 60 + 10 },
    { "28/09/2023 at 19:05", 28, 9, 2023, 19 * 60 + 5 },
    { "Thursday 2nd March 2023, 10:00 hours", 2, 3, 2023, 10 * 60 },
    { "Monday 24 April 2023 7pm", 24, 4, 2023, 19 * 60 },
    { "Tuesday, 16 January 2024 at 12.30 am", 16, 1, 2024, 30 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("PLANNING COMMITTEE\n\n%s\n\n1. Minutes\n\nAGREED\n", cases[i].line);
      g_autoptr(MinutesMeeting) meeting = import_string (text, NULL);

      g_test_message ("%s", cases[i].line);
      g_assert_cmpstr (minutes_meeting_get_committee (meeting), ==, "Planning Committee");
      assert_date (meeting, cases[i].day, cases[i].month, cases[i].year);
      g_assert_cmpint (minutes_meeting_get_start (meeting), ==, cases[i].start);
    }
}

static void
test_present_block (void)
{
  const char *text =
    "Licensing Committee\n"
    "PRESENT: Councillor Ann Jones (Chairman), Councillors Smith (Vice-Chairman), Brown (arrived at 7.15 pm) and Patel\n"
    "Officers: Head of Planning, Jo Bloggs (Solicitor)\n"
    "Apologies: Councillor Evans\n"
    "1. Declarations of interest\n"
    "None.\n";
  g_autoptr(MinutesMeeting) meeting = import_string (text, NULL);
  g_autoptr(MinutesPerson) jones = person_at (meeting, 0);
  g_autoptr(MinutesPerson) smith = person_at (meeting, 1);
  g_autoptr(MinutesPerson) brown = person_at (meeting, 2);
  g_autoptr(MinutesPerson) patel = person_at (meeting, 3);
  g_autoptr(MinutesPerson) head = person_at (meeting, 4);
  g_autoptr(MinutesPerson) bloggs = person_at (meeting, 5);
  g_autoptr(MinutesPerson) evans = person_at (meeting, 6);

  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_people (meeting)), ==, 7);
  g_assert_cmpstr (minutes_person_get_name (jones), ==, "Ann Jones");
  g_assert_cmpstr (minutes_person_get_honorific (jones), ==, "Councillor");
  g_assert_cmpint (minutes_person_get_role (jones), ==, MINUTES_ROLE_CHAIR);
  g_assert_cmpstr (minutes_person_get_id (jones), ==, "jones");
  g_assert_cmpstr (minutes_person_get_name (smith), ==, "Smith");
  g_assert_cmpint (minutes_person_get_role (smith), ==, MINUTES_ROLE_VICE_CHAIR);
  g_assert_cmpint (minutes_person_get_kind (smith), ==, MINUTES_PERSON_KIND_MEMBER);
  g_assert_cmpint (minutes_person_get_arrived_at (brown), ==, 19 * 60 + 15);
  g_assert_cmpstr (minutes_person_get_name (patel), ==, "Patel");
  g_assert_cmpint (minutes_person_get_kind (head), ==, MINUTES_PERSON_KIND_OFFICER);
  g_assert_cmpstr (minutes_person_get_job_title (bloggs), ==, "Solicitor");
  g_assert_cmpint (minutes_person_get_attendance (evans), ==, MINUTES_ATTENDANCE_APOLOGIES);
}

/* "Present:" on a line of its own, the names on the lines below. */
static void
test_present_over_lines (void)
{
  const char *text =
    "Minutes of the Cabinet\n"
    "Present:\n"
    "Councillors Ahmed (Chair) and Baker\n"
    "Councillor Clarke\n"
    "1. Minutes\n"
    "RESOLVED that the minutes be signed.\n";
  g_autoptr(MinutesMeeting) meeting = import_string (text, NULL);
  g_autoptr(MinutesPerson) clarke = person_at (meeting, 2);

  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_people (meeting)), ==, 3);
  g_assert_cmpstr (minutes_person_get_name (clarke), ==, "Clarke");
  g_assert_cmpint (minutes_person_get_attendance (clarke), ==, MINUTES_ATTENDANCE_PRESENT);
}

static void
test_item_numbers (void)
{
  const char *text =
    "Planning Committee\n"
    "16. Apologies for absence\n"
    "Apologies were received from Councillor Smith.\n"
    "17. Declarations of interest\n"
    "PLA146/14 Land at Mill Lane\n"
    "3a Tree Preservation Order\n"
    "9(a) Enforcement report\n"
    "(b) Appeals\n"
    "Urgent business\n"
    "There was none.\n";
  g_autoptr(MinutesMeeting) meeting = import_string (text, NULL);
  const char *labels[] = { "16", "17", "PLA146/14", "3a", "9(a)", "(b)", NULL };
  const char *titles[] = { "Apologies for absence", "Declarations of interest", "Land at Mill Lane",
                           "Tree Preservation Order", "Enforcement report", "Appeals", "Urgent business" };
  g_autoptr(MinutesAgendaItem) apologies = item_at (meeting, 0);
  g_autoptr(MinutesAgendaItem) urgent = item_at (meeting, 6);

  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_items (meeting)), ==, 7);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(MinutesAgendaItem) item = item_at (meeting, i);
      g_autofree char *number = minutes_agenda_item_dup_number (item);

      g_assert_cmpstr (number, ==, labels[i]);
      g_assert_cmpstr (minutes_agenda_item_get_title (item), ==, titles[i]);
    }
  g_assert_cmpint (minutes_agenda_item_get_standing (apologies), ==, MINUTES_STANDING_APOLOGIES);
  g_assert_cmpint (minutes_agenda_item_get_standing (urgent), ==, MINUTES_STANDING_URGENT_BUSINESS);
  g_assert_true (minutes_agenda_item_get_unnumbered (urgent));
  assert_nothing_dropped (text, meeting);
}

/* Plain paragraphs, bullets, "Resolved –", "AGREED", moved and seconded,
 * vote counts: all kept in order. */
static void
test_discussion_and_decisions (void)
{
  const char *text =
    "Overview and Scrutiny Committee\n"
    "1. Budget monitoring\n"
    "The Director presented the report.\n"
    "Members raised the following issues:-\n"
    "• Whether the savings were achievable.\n"
    "• The reserves position.\n"
    "It was moved by Councillor Smith and seconded by Councillor Jones that the report be noted.\n"
    "On being put to the vote the motion was carried by 22 votes to one, with two abstentions.\n"
    "Resolved – That the report be noted.\n"
    "2. Petitions\n"
    "AGREED\n"
    "That the petition be referred to Cabinet.\n"
    "3. Work programme\n"
    "AGREED that the work programme be approved.\n";
  MinutesImportReport report = { 0 };
  g_autoptr(MinutesMeeting) meeting = import_string (text, &report);
  g_autoptr(MinutesAgendaItem) budget = item_at (meeting, 0);
  g_autoptr(MinutesAgendaItem) petitions = item_at (meeting, 1);
  g_autoptr(MinutesAgendaItem) programme = item_at (meeting, 2);
  GListModel *discussion = minutes_agenda_item_get_discussion (budget);
  g_autoptr(MinutesResolution) resolved = g_list_model_get_item (minutes_agenda_item_get_resolutions (budget), 0);
  g_autoptr(MinutesResolution) agreed = g_list_model_get_item (minutes_agenda_item_get_resolutions (petitions), 0);
  g_autoptr(MinutesResolution) approved = g_list_model_get_item (minutes_agenda_item_get_resolutions (programme), 0);

  g_assert_cmpstr (minutes_agenda_item_get_introduction (budget), ==, "The Director presented the report.");
  g_assert_cmpuint (g_list_model_get_n_items (discussion), ==, 3);
  /* The motion and its vote (see also /import/text/motions) */
  {
    g_autoptr(MinutesMotion) motion = g_list_model_get_item (minutes_agenda_item_get_motions (budget), 0);

    g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_motions (budget)), ==, 1);
    g_assert_cmpstr (minutes_motion_get_text (motion), ==, "that the report be noted.");
    /* Councillors Smith and Jones are not in any attendance list. */
    g_assert_null (minutes_motion_get_mover (motion));
    g_assert_null (minutes_motion_get_seconder (motion));
    g_assert_cmpint (minutes_motion_get_outcome (motion), ==, MINUTES_MOTION_OUTCOME_CARRIED);
    g_assert_cmpint (minutes_motion_get_votes_for (motion), ==, 22);
    g_assert_cmpint (minutes_motion_get_votes_against (motion), ==, 1);
    g_assert_cmpint (minutes_motion_get_abstentions (motion), ==, 2);
  }
  g_assert_cmpint (minutes_resolution_get_kind (resolved), ==, MINUTES_RESOLUTION_RESOLVED);
  g_assert_cmpstr (minutes_resolution_get_text (resolved), ==, "That the report be noted.");
  g_assert_cmpint (minutes_resolution_get_kind (agreed), ==, MINUTES_RESOLUTION_AGREED);
  g_assert_cmpstr (minutes_resolution_get_text (agreed), ==, "That the petition be referred to Cabinet.");
  g_assert_cmpint (minutes_resolution_get_kind (approved), ==, MINUTES_RESOLUTION_AGREED);
  g_assert_cmpstr (minutes_resolution_get_text (approved), ==, "that the work programme be approved.");
  g_assert_cmpint (minutes_agenda_item_get_standing (petitions), ==, MINUTES_STANDING_PETITIONS);
  g_assert_cmpint (minutes_agenda_item_get_standing (programme), ==, MINUTES_STANDING_WORK_PROGRAMME);
  /* Discussion paragraphs are narrative by nature, not unplaced. */
  g_assert_cmpuint (report.n_unplaced, ==, 0);
  assert_nothing_dropped (text, meeting);
}

/* The export of an import has the words of the input, in order, and
 * nothing else. */
static void
assert_words_round_trip (const char     *input,
                         MinutesMeeting *meeting)
{
  g_autofree char *text = export_text (meeting);
  g_autoptr(GPtrArray) expected = test_words_of (input, TRUE);
  g_autoptr(GPtrArray) actual = test_words_of (text, FALSE);

  assert_same_words (expected, actual);
}

static MinutesMotion *
motion_at (MinutesAgendaItem *item,
           guint              position)
{
  GListModel *motions = minutes_agenda_item_get_motions (item);

  g_assert_cmpuint (position, <, g_list_model_get_n_items (motions));

  return g_list_model_get_item (motions, position);
}

/* Moved and seconded, vote counts in the forms councils write them, and
 * the outcome: recovered into motions whose movers are the people
 * present, while the export keeps the minutes' words. */
static void
test_motions (void)
{
  const char *text =
    "MINUTES OF THE PLANNING COMMITTEE\n\n"
    "Wednesday, 24 June 2015 at 10.00 am\n\n"
    "IN ATTENDANCE: Councillors Ann Jones (Chair), Bob Smith, Cy Evans and Di Patel.\n\n"
    "1. Land at Mill Lane\n\n"
    "The officer presented the application.\n\n"
    "Moved by Cllr Smith, seconded by Cllr Evans, that permission be refused.\n\n"
    "(For 5, Against 2, Abstentions 1)\n\n"
    "RESOLVED That permission be refused.\n\n"
    "2. Land at Church Street\n\n"
    "Members discussed the parking.\n\n"
    "It was proposed by Councillor Patel and seconded by Councillor Jones that the application be deferred.\n\n"
    "On being put to the vote the motion was carried by 6 votes to 3.\n\n"
    "RESOLVED That the application be deferred.\n\n"
    "3. Tree preservation order\n\n"
    "Moved by Councillor Ann Jones.\n\n"
    "For: 4. Against: 4. Abstentions: 0.\n\n"
    "The motion was lost.\n\n"
    "4. Enforcement\n\n"
    "The committee was updated on enforcement.\n\n"
    "CARRIED unanimously.\n\n"
    "RESOLVED That the update be noted.\n\n"
    "The meeting ended at 11.30 am\n\n"
    "Chair:\n"
    "Date:\n";
  MinutesImportReport report = { 0 };
  g_autoptr(MinutesMeeting) meeting = import_string (text, &report);
  g_autoptr(MinutesAgendaItem) mill = item_at (meeting, 0);
  g_autoptr(MinutesAgendaItem) church = item_at (meeting, 1);
  g_autoptr(MinutesAgendaItem) trees = item_at (meeting, 2);
  g_autoptr(MinutesAgendaItem) enforcement = item_at (meeting, 3);
  g_autoptr(MinutesMotion) refuse = motion_at (mill, 0);
  g_autoptr(MinutesMotion) defer = motion_at (church, 0);
  g_autoptr(MinutesMotion) order = motion_at (trees, 0);
  g_autoptr(MinutesMotion) noted = motion_at (enforcement, 0);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(MinutesMeeting) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (minutes_person_get_name (minutes_motion_get_mover (refuse)), ==, "Bob Smith");
  g_assert_cmpstr (minutes_person_get_name (minutes_motion_get_seconder (refuse)), ==, "Cy Evans");
  g_assert_cmpstr (minutes_motion_get_text (refuse), ==, "that permission be refused.");
  g_assert_cmpint (minutes_motion_get_votes_for (refuse), ==, 5);
  g_assert_cmpint (minutes_motion_get_votes_against (refuse), ==, 2);
  g_assert_cmpint (minutes_motion_get_abstentions (refuse), ==, 1);
  g_assert_cmpint (minutes_motion_get_outcome (refuse), ==, MINUTES_MOTION_OUTCOME_PENDING);
  g_assert_cmpstr (minutes_motion_get_record (refuse), ==,
                   "Moved by Cllr Smith, seconded by Cllr Evans, that permission be refused.\n"
                   "(For 5, Against 2, Abstentions 1)");
  g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_resolutions (mill)), ==, 1);

  g_assert_cmpstr (minutes_person_get_name (minutes_motion_get_mover (defer)), ==, "Di Patel");
  g_assert_cmpstr (minutes_person_get_name (minutes_motion_get_seconder (defer)), ==, "Ann Jones");
  g_assert_cmpint (minutes_motion_get_outcome (defer), ==, MINUTES_MOTION_OUTCOME_CARRIED);
  g_assert_cmpint (minutes_motion_get_votes_for (defer), ==, 6);
  g_assert_cmpint (minutes_motion_get_votes_against (defer), ==, 3);
  g_assert_cmpint (minutes_motion_get_abstentions (defer), ==, -1);

  g_assert_cmpstr (minutes_person_get_name (minutes_motion_get_mover (order)), ==, "Ann Jones");
  g_assert_null (minutes_motion_get_seconder (order));
  g_assert_cmpint (minutes_motion_get_votes_for (order), ==, 4);
  g_assert_cmpint (minutes_motion_get_votes_against (order), ==, 4);
  g_assert_cmpint (minutes_motion_get_abstentions (order), ==, 0);
  g_assert_cmpint (minutes_motion_get_outcome (order), ==, MINUTES_MOTION_OUTCOME_LOST);

  /* A vote with no mover recorded */
  g_assert_null (minutes_motion_get_mover (noted));
  g_assert_cmpint (minutes_motion_get_outcome (noted), ==, MINUTES_MOTION_OUTCOME_CARRIED);
  g_assert_cmpstr (minutes_agenda_item_get_introduction (enforcement), ==, "The committee was updated on enforcement.");

  g_assert_cmpuint (report.n_unplaced, ==, 0);
  assert_words_round_trip (text, meeting);

  /* The record is part of the file. */
  saved = minutes_document_serialize (meeting, &error);
  g_assert_no_error (error);
  reloaded = minutes_document_load_bytes (saved, "motions.minutes", &error);
  g_assert_no_error (error);
  assert_words_round_trip (text, reloaded);
}

/* A motion in the middle of the discussion stays text where it was: the
 * template would print it after the discussion. Prose that merely
 * mentions carrying is no vote. */
static void
test_motion_in_discussion (void)
{
  const char *text =
    "Overview and Scrutiny Committee\n"
    "1. Budget monitoring\n"
    "The Director presented the report.\n"
    "Moved by Councillor Smith, seconded by Councillor Jones.\n"
    "Members then asked about the reserves.\n"
    "The work carried out by the team was praised.\n"
    "RESOLVED That the report be noted.\n";
  g_autoptr(MinutesMeeting) meeting = import_string (text, NULL);
  g_autoptr(MinutesAgendaItem) budget = item_at (meeting, 0);

  g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_motions (budget)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_discussion (budget)), ==, 3);
  {
    g_autoptr(MinutesDiscussionEntry) moved = g_list_model_get_item (minutes_agenda_item_get_discussion (budget), 0);
    g_autoptr(MinutesDiscussionEntry) carried = g_list_model_get_item (minutes_agenda_item_get_discussion (budget), 2);

    g_assert_cmpstr (minutes_discussion_entry_get_text (moved), ==,
                     "Moved by Councillor Smith, seconded by Councillor Jones.");
    g_assert_cmpstr (minutes_discussion_entry_get_text (carried), ==,
                     "The work carried out by the team was praised.");
  }
  assert_nothing_dropped (text, meeting);
}

/* "Apologies for absence were received from Councillors A, B and C." as
 * a paragraph of an item: those people sent apologies; the sentence stays
 * where it was. Someone recorded as present is not taken for one of them. */
static void
test_prose_apologies (void)
{
  const char *text =
    "MINUTES OF THE LICENSING COMMITTEE\n\n"
    "Monday, 4 March 2024 at 6.30 pm\n\n"
    "IN ATTENDANCE: Councillors Ann Jones (Chair), Bob Smith and Cy Evans.\n\n"
    "1. Apologies for absence\n\n"
    "Apologies for absence were received from Councillors Di Patel, Ed Green and Smith.\n\n"
    "2. Declarations of interest\n\n"
    "There were none.\n";
  g_autoptr(MinutesMeeting) meeting = import_string (text, NULL);
  g_autoptr(MinutesAgendaItem) apologies = item_at (meeting, 0);
  GListModel *people = minutes_meeting_get_people (meeting);
  guint n_apologies = 0;

  g_assert_cmpint (minutes_agenda_item_get_standing (apologies), ==, MINUTES_STANDING_APOLOGIES);
  g_assert_cmpstr (minutes_agenda_item_get_introduction (apologies), ==,
                   "Apologies for absence were received from Councillors Di Patel, Ed Green and Smith.");
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 5);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);
      const char *name = minutes_person_get_name (person);
      gboolean sent = g_str_equal (name, "Di Patel") || g_str_equal (name, "Ed Green");

      g_assert_cmpint (minutes_person_get_attendance (person) == MINUTES_ATTENDANCE_APOLOGIES, ==, sent);
      n_apologies += sent;
      if (sent)
        {
          g_assert_cmpstr (minutes_person_get_honorific (person), ==, "Councillor");
          g_assert_true (minutes_person_is_member (person));
        }
    }
  g_assert_cmpuint (n_apologies, ==, 2);
  assert_nothing_dropped (text, meeting);
}

/* Points, actions with owners matched to people, "To recommend:" */
static void
test_points_actions_recommendations (void)
{
  const char *text =
    "MINUTES OF THE HOUSING SELECT COMMITTEE\n"
    "ALSO PRESENT: Ann Lee (Director of Housing) and Raj Patel (Head of Lettings)\n"
    "1. Temporary accommodation\n"
    "Key points from discussion\n"
    "1.1. Demand had risen.\n"
    "The meeting adjourned from 7.19 pm to 7.24 pm.\n"
    "1.2. Costs had risen too.\n"
    "ACTIONS\n"
    "1. Director of Housing to report costs.\n"
    "2. Mr Patel to share the lettings plan.\n"
    "3. Officers to circulate the data.\n"
    "RESOLVED\n"
    "To recommend:\n"
    "1. That the Cabinet review the policy.\n"
    "2. That an update be provided.\n"
    "2. Work programme\n"
    "RESOLVED That the report be noted.\n";
  g_autoptr(MinutesMeeting) meeting = import_string (text, NULL);
  g_autoptr(MinutesAgendaItem) item = item_at (meeting, 0);
  GListModel *discussion = minutes_agenda_item_get_discussion (item);
  GListModel *actions = minutes_agenda_item_get_actions (item);
  g_autoptr(MinutesDiscussionEntry) heading = g_list_model_get_item (discussion, 0);
  g_autoptr(MinutesDiscussionEntry) adjournment = g_list_model_get_item (discussion, 2);
  g_autoptr(MinutesAction) first = g_list_model_get_item (actions, 0);
  g_autoptr(MinutesAction) second = g_list_model_get_item (actions, 1);
  g_autoptr(MinutesAction) third = g_list_model_get_item (actions, 2);
  g_autoptr(MinutesPerson) lee = person_at (meeting, 0);
  g_autoptr(MinutesPerson) patel = person_at (meeting, 1);
  g_autoptr(MinutesResolution) recommend = g_list_model_get_item (minutes_agenda_item_get_resolutions (item), 0);

  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_items (meeting)), ==, 2);
  /* No witnesses, so the template would not print the heading: it is
   * kept as a line of the discussion instead. */
  g_assert_cmpuint (g_list_model_get_n_items (discussion), ==, 4);
  g_assert_cmpstr (minutes_discussion_entry_get_text (heading), ==, "Key points from discussion");
  g_assert_cmpint (minutes_discussion_entry_get_entry_type (adjournment), ==, MINUTES_ENTRY_PROCEDURAL);
  g_assert_cmpint (minutes_discussion_entry_get_from (adjournment), ==, 19 * 60 + 19);
  g_assert_cmpint (minutes_discussion_entry_get_to (adjournment), ==, 19 * 60 + 24);
  g_assert_true (minutes_action_get_owner (first) == lee);
  g_assert_null (minutes_action_get_owner_text (first));
  g_assert_cmpstr (minutes_action_get_text (first), ==, "report costs.");
  g_assert_true (minutes_action_get_owner (second) == patel);
  g_assert_cmpstr (minutes_action_get_owner_text (second), ==, "Mr Patel");
  g_assert_null (minutes_action_get_owner (third));
  g_assert_cmpstr (minutes_action_get_owner_text (third), ==, "Officers");
  g_assert_cmpint (minutes_resolution_get_kind (recommend), ==, MINUTES_RESOLUTION_TO_RECOMMEND);
  g_assert_cmpuint (g_list_model_get_n_items (minutes_resolution_get_points (recommend)), ==, 2);
  assert_nothing_dropped (text, meeting);
}

/* List markers, page numbers, lines broken in mid-sentence */
static void
test_extraction_noise (void)
{
  const char *text =
    "Audit Committee\n"
    "1. Internal audit report\n"
    "- The Head of Audit presented the report, which covered the\n"
    "period to December and the\n"
    "\n"
    "Page 3\n"
    "\n"
    "progress made.\n"
    "* 1.1. Most actions were complete.\n"
    "12\n"
    "RESOLVED That the report be noted.\n";
  MinutesImportReport report = { 0 };
  g_autoptr(MinutesMeeting) meeting = import_string (text, &report);
  g_autoptr(MinutesAgendaItem) item = item_at (meeting, 0);
  GListModel *discussion = minutes_agenda_item_get_discussion (item);
  g_autoptr(MinutesDiscussionEntry) point = g_list_model_get_item (discussion, 0);

  g_assert_cmpstr (minutes_agenda_item_get_introduction (item), ==,
                   "The Head of Audit presented the report, which covered the period to December and the progress made.");
  g_assert_cmpuint (g_list_model_get_n_items (discussion), ==, 1);
  g_assert_cmpint (minutes_discussion_entry_get_entry_type (point), ==, MINUTES_ENTRY_POINT);
  g_assert_cmpstr (minutes_discussion_entry_get_text (point), ==, "Most actions were complete.");
  g_assert_cmpuint (report.n_noise, ==, 2);
}

/* Nothing is ever dropped: what fits nowhere is narrative, counted. */
static void
test_unplaced (void)
{
  const char *text =
    "Lewisham Council\n"
    "Somewhere a line nobody expected\n"
    "SAFER STRONGER COMMUNITIES SELECT COMMITTEE\n"
    "1. Minutes\n"
    "RESOLVED That the minutes be agreed.\n"
    "The meeting ended at 9.24 pm\n"
    "A stray line after the end\n"
    "Chair:\n";
  MinutesImportReport report = { 0 };
  g_autoptr(MinutesMeeting) meeting = import_string (text, &report);
  g_autoptr(MinutesAgendaItem) first = item_at (meeting, 0);

  g_assert_cmpstr (minutes_meeting_get_committee (meeting), ==, "Lewisham Council");
  g_assert_cmpstr (minutes_agenda_item_get_title (first), ==, "Somewhere a line nobody expected");
  g_assert_true (minutes_agenda_item_get_unnumbered (first));
  g_assert_cmpint (minutes_meeting_get_end (meeting), ==, 21 * 60 + 24);
  g_assert_cmpuint (report.n_unplaced, ==, 3);
  /* Kept, though the model has no place after the end time: it closes the
   * last item, just before "The meeting ended". */
  {
    g_autofree char *exported = export_text (meeting);

    g_assert_nonnull (strstr (exported, "That the minutes be agreed.\n\nA stray line after the end\n\nThe meeting ended"));
  }
}

static void
test_declarations (void)
{
  const char *text =
    "MINUTES OF THE SAFER STRONGER COMMUNITIES SELECT COMMITTEE\n"
    "IN ATTENDANCE: Councillors Liam Shrivastava (Chair) and Hau-Yu Tam (Vice-Chair).\n"
    "1. Declarations of interest\n"
    "RESOLVED That the following declaration be noted:\n"
    "Re item 2, Cllr Tam declared she was employed by a partner.\n"
    "2. Borough of Sanctuary update\n"
    "RESOLVED That the report be noted.\n";
  g_autoptr(MinutesMeeting) meeting = import_string (text, NULL);
  GListModel *declarations = minutes_meeting_get_declarations (meeting);
  g_autoptr(MinutesDeclaration) declaration = NULL;
  g_autoptr(MinutesAgendaItem) item = item_at (meeting, 1);
  g_autoptr(MinutesPerson) tam = person_at (meeting, 1);

  g_assert_cmpuint (g_list_model_get_n_items (declarations), ==, 1);
  declaration = g_list_model_get_item (declarations, 0);
  g_assert_true (minutes_declaration_get_item (declaration) == item);
  g_assert_true (minutes_declaration_get_person (declaration) == tam);
  g_assert_cmpstr (minutes_declaration_get_text (declaration), ==, "Cllr Tam declared she was employed by a partner.");
  assert_nothing_dropped (text, meeting);
}

/* Encodings */

static void
test_utf16 (void)
{
  const char *utf8 = "PLANNING COMMITTEE\n1. Minutes\nThe Council’s report was noted.\n";
  g_autofree char *utf16 = NULL;
  gsize size = 0;
  g_autoptr(GByteArray) with_bom = g_byte_array_new ();
  g_autoptr(MinutesMeeting) meeting = NULL;
  g_autoptr(MinutesMeeting) bomless = NULL;
  g_autoptr(MinutesAgendaItem) item = NULL;
  g_autoptr(GError) error = NULL;

  utf16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &size, &error);
  g_assert_no_error (error);
  g_byte_array_append (with_bom, (const guint8 *) "\xff\xfe", 2);
  g_byte_array_append (with_bom, (const guint8 *) utf16, size);

  meeting = import_bytes ((const char *) with_bom->data, with_bom->len, NULL);
  g_assert_cmpstr (minutes_meeting_get_committee (meeting), ==, "Planning Committee");
  item = item_at (meeting, 0);
  g_assert_cmpstr (minutes_agenda_item_get_introduction (item), ==, "The Council’s report was noted.");

  /* Plain text saved as UTF-16 without the mark */
  bomless = import_bytes (utf16, size, NULL);
  g_assert_cmpstr (minutes_meeting_get_committee (bomless), ==, "Planning Committee");
}

static void
test_windows_1252 (void)
{
  const char *cp1252 = "PLANNING COMMITTEE\n1. Minutes\nThe Council\x92s report \x96 noted.\n";
  g_autoptr(MinutesMeeting) meeting = import_string (cp1252, NULL);
  g_autoptr(MinutesAgendaItem) item = item_at (meeting, 0);

  g_assert_cmpstr (minutes_agenda_item_get_introduction (item), ==, "The Council’s report – noted.");
}

static void
assert_refused (const char         *data,
                gsize               size,
                MinutesImportError  code)
{
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = minutes_import_text (bytes, "bad.txt", template, NULL, &error);

  g_assert_null (meeting);
  g_assert_error (error, MINUTES_IMPORT_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, "bad.txt"));
}

static void
test_bad_input (void)
{
  static const char binary[] = "PK\x03\x04\x14\x00\x00\x00\x08\x00\xff\xd8\x00\x01";
  static const char control[] = "MINUTES\x01\x02\x03 OF THE";

  assert_refused ("", 0, MINUTES_IMPORT_ERROR_EMPTY);
  assert_refused (" \n\n\t \n", 6, MINUTES_IMPORT_ERROR_EMPTY);
  assert_refused (binary, sizeof binary - 1, MINUTES_IMPORT_ERROR_BINARY);
  assert_refused (control, sizeof control - 1, MINUTES_IMPORT_ERROR_BINARY);
  /* 0x81 is undefined in Windows-1252 and invalid in UTF-8 */
  assert_refused ("Minutes \x81\x81 of", 12, MINUTES_IMPORT_ERROR_ENCODING);
  assert_refused ("Just a shopping list\nEggs\nMilk\n", 31, MINUTES_IMPORT_ERROR_NOT_MINUTES);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/text/seed-words", test_seed_words);
  g_test_add_func ("/import/text/seed-model", test_seed_model);
  g_test_add_func ("/import/text/narrative-opening", test_narrative_opening);
  g_test_add_func ("/import/text/dates-and-times", test_dates_and_times);
  g_test_add_func ("/import/text/present-block", test_present_block);
  g_test_add_func ("/import/text/present-over-lines", test_present_over_lines);
  g_test_add_func ("/import/text/item-numbers", test_item_numbers);
  g_test_add_func ("/import/text/discussion-and-decisions", test_discussion_and_decisions);
  g_test_add_func ("/import/text/motions", test_motions);
  g_test_add_func ("/import/text/motion-in-discussion", test_motion_in_discussion);
  g_test_add_func ("/import/text/prose-apologies", test_prose_apologies);
  g_test_add_func ("/import/text/points-actions-recommendations", test_points_actions_recommendations);
  g_test_add_func ("/import/text/extraction-noise", test_extraction_noise);
  g_test_add_func ("/import/text/unplaced", test_unplaced);
  g_test_add_func ("/import/text/declarations", test_declarations);
  g_test_add_func ("/import/text/utf16", test_utf16);
  g_test_add_func ("/import/text/windows-1252", test_windows_1252);
  g_test_add_func ("/import/text/bad-input", test_bad_input);

  return g_test_run ();
}
