/* minutes-generate.c: realistic large meetings for the benchmarks
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-generate.h"

/* Words and phrases of real minutes, so that sizes and shapes are those of
 * a council's year, not of random bytes. */
static const char * const first_names[] = {
  "Liam", "Hau-Yu", "Mark", "Ayesha", "Coral", "Oana", "Sherene", "James",
  "Claudia", "Jannet", "Courtney", "Desmond", "Ceri", "Charlene", "Lucien",
  "Benjamin", "Pinaki", "Amara", "Tomasz", "Grace", "Rhys", "Siobhan",
  "Kwame", "Priya", "Eilidh", "Farid", "Nia", "Oluwaseun", "Bethan", "Yusuf",
};

static const char * const surnames[] = {
  "Shrivastava", "Tam", "Jackson", "Lahai-Taylor", "Howard", "Olaru",
  "Russell-Alexander", "Lee", "Menichetti", "Hall", "Richards", "Zephyr",
  "Jacob", "Pavitt", "Spencer", "Awkal", "Ghoshal", "Okafor", "Nowak",
  "Evans", "Jones", "O'Neill", "Mensah", "Patel", "MacLeod", "Haddad",
  "Williams", "Adeyemi", "Price", "Rahman",
};

static const char * const job_titles[] = {
  "Director of People and Organisation Development", "Head of Employee Services",
  "Head of Safer Communities", "Scrutiny Manager", "Executive Director for Children and Young People",
  "Head of Planning", "Chief Finance Officer", "Monitoring Officer", "Head of Housing Needs",
  "Crime and Violence Reduction Service Manager", "Director of Public Health",
};

static const char * const subjects[] = {
  "The Council", "The Committee", "The Partnership", "The service", "Officers",
  "The Cabinet Member", "Members", "The Director", "The review", "The programme",
};

static const char * const verbs[] = {
  "was working with", "had reviewed", "was considering", "would report on",
  "had commissioned", "was monitoring", "had agreed to consult on", "was developing",
};

static const char * const objects[] = {
  "the housing allocations policy", "the budget for the next municipal year",
  "the use of temporary accommodation", "the serious violence duty",
  "the workforce equalities data", "the community safety plan",
  "the local plan review", "the climate emergency action plan",
  "the reasonable adjustments process", "the youth justice programme",
};

static const char * const clauses[] = {
  "and would report back to the Committee", "following the consultation exercise",
  "in partnership with voluntary sector organisations", "within the agreed timescale",
  "subject to the availability of funding", "as set out in the report",
};

static const char *
pick (GRand              *rand,
      const char * const *words,
      guint               n_words)
{
  return words[g_rand_int_range (rand, 0, n_words)];
}

#define PICK(rand, words) pick ((rand), (words), G_N_ELEMENTS (words))

/* A key point of one to three sentences, as clerks write them. */
static char *
make_sentence (GRand *rand)
{
  GString *text = g_string_new (NULL);
  int sentences = g_rand_int_range (rand, 1, 4);

  for (int i = 0; i < sentences; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append_printf (text, "%s %s %s %s.",
                              PICK (rand, subjects), PICK (rand, verbs),
                              PICK (rand, objects), PICK (rand, clauses));
    }

  return g_string_free (text, FALSE);
}

static MinutesPerson *
add_person (MinutesMeeting    *meeting,
            GRand             *rand,
            guint              index,
            MinutesPersonKind  kind)
{
  g_autoptr(MinutesPerson) person = minutes_person_new ();
  g_autofree char *id = g_strdup_printf ("person-%u", index + 1);
  g_autofree char *name = g_strdup_printf ("%s %s", PICK (rand, first_names), PICK (rand, surnames));
  int roll = g_rand_int_range (rand, 0, 100);

  minutes_person_set_id (person, id);
  minutes_person_set_name (person, name);
  minutes_person_set_kind (person, kind);

  if (kind == MINUTES_PERSON_KIND_MEMBER || kind == MINUTES_PERSON_KIND_SUBSTITUTE)
    {
      minutes_person_set_honorific (person, "Councillor");
      minutes_person_set_attendance (person, roll < 75 ? MINUTES_ATTENDANCE_PRESENT :
                                             roll < 88 ? MINUTES_ATTENDANCE_PRESENT_VIRTUALLY :
                                             MINUTES_ATTENDANCE_APOLOGIES);
    }
  else
    {
      minutes_person_set_job_title (person, PICK (rand, job_titles));
      minutes_person_set_attendance (person, roll < 80 ? MINUTES_ATTENDANCE_PRESENT
                                                       : MINUTES_ATTENDANCE_PRESENT_VIRTUALLY);
      if (kind == MINUTES_PERSON_KIND_EXTERNAL)
        minutes_person_set_organisation (person, "Metropolitan Police Service");
    }

  minutes_meeting_append_person (meeting, person);

  return person;
}

/* Spreads @total things over @n_items items, the first ones getting the
 * remainder. */
static guint
share (guint total,
       guint n_items,
       guint item)
{
  return total / n_items + (item < total % n_items ? 1 : 0);
}

MinutesMeeting *
minutes_generate_meeting (guint scale,
                          guint seed)
{
  const guint n_items = 60 * scale;
  const guint n_points = 3000 * scale;
  const guint n_people = 200 * scale;
  const guint n_actions = 300 * scale;
  const guint n_motions = 40 * scale;
  const guint n_exempt = 10 * scale;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  g_autoptr(GPtrArray) officers = g_ptr_array_new ();
  g_autoptr(GDate) date = g_date_new_dmy (16, 1, 2024);
  MinutesMeeting *meeting = minutes_meeting_new ();

  g_object_set (meeting,
                "committee", "Full Council",
                "body", "London Borough of Lewisham",
                "date", date,
                "scheduled-start", 19 * 60,
                "actual-start", 19 * 60 + 2,
                "end", 23 * 60 + 30,
                "venue", "Civic Suite",
                "contact-name", "Benjamin Awkal",
                "contact-role", "Scrutiny Manager",
                "template-id", MINUTES_DEFAULT_TEMPLATE,
                "attendance-note", "Those Councillors listed as joining virtually were not in attendance for "
                                   "the purposes of the meeting being quorate.",
                "no-declarations", TRUE,
                NULL);

  /* Councillors, then officers and external witnesses. */
  for (guint i = 0; i < n_people; i++)
    {
      MinutesPersonKind kind = i < n_people * 3 / 10 ? MINUTES_PERSON_KIND_MEMBER :
                               i < n_people * 9 / 10 ? MINUTES_PERSON_KIND_OFFICER :
                               MINUTES_PERSON_KIND_EXTERNAL;
      MinutesPerson *person = add_person (meeting, rand, i, kind);

      g_ptr_array_add (kind == MINUTES_PERSON_KIND_MEMBER ? members : officers, person);
    }
  minutes_person_set_role (g_ptr_array_index (members, 0), MINUTES_ROLE_CHAIR);
  minutes_person_set_attendance (g_ptr_array_index (members, 0), MINUTES_ATTENDANCE_PRESENT);
  minutes_person_set_role (g_ptr_array_index (members, 1), MINUTES_ROLE_VICE_CHAIR);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
      g_autoptr(MinutesResolution) resolution = minutes_resolution_new ();
      g_autoptr(MinutesAttachment) report = minutes_attachment_new ();
      g_autofree char *id = g_strdup_printf ("item-%u", i + 1);
      g_autofree char *title = g_strdup_printf ("Report on %s", PICK (rand, objects));
      guint points = share (n_points, n_items, i);
      guint actions = share (n_actions, n_items, i);
      guint motions = share (n_motions, n_items, i);

      minutes_agenda_item_set_id (item, id);
      minutes_agenda_item_set_title (item, title);
      if (i == 0)
        minutes_agenda_item_set_standing (item, MINUTES_STANDING_PREVIOUS_MINUTES);
      else if (i == 1)
        minutes_agenda_item_set_standing (item, MINUTES_STANDING_DECLARATIONS);

      /* The exempt items come last, after the exclusion of the public. */
      if (i >= n_items - n_exempt)
        {
          minutes_agenda_item_set_exempt (item, TRUE);
          minutes_agenda_item_set_exemption_ground (item, "paragraph 3 of Part 1 of Schedule 12A "
                                                          "to the Local Government Act 1972");
        }

      g_object_set (report, "title", title, "file-type", "PDF",
                    "size", (gint64) g_rand_int_range (rand, 50, 2000) * 1024, NULL);
      minutes_agenda_item_append_attachment (item, report);

      for (guint w = 0; w < 2; w++)
        minutes_agenda_item_append_witness (item, g_ptr_array_index (officers, (i * 2 + w) % officers->len));
      minutes_agenda_item_set_introduction (item, "The witnesses introduced the report. Key points raised included:");

      for (guint p = 0; p < points; p++)
        {
          g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();
          g_autofree char *text = make_sentence (rand);

          minutes_discussion_entry_set_text (entry, text);
          minutes_agenda_item_append_entry (item, entry);

          if (p == points / 2)
            {
              g_autoptr(MinutesDiscussionEntry) narrative = minutes_discussion_entry_new ();

              minutes_discussion_entry_set_entry_type (narrative, MINUTES_ENTRY_NARRATIVE);
              minutes_discussion_entry_set_text (narrative, "The Committee put questions to the witnesses. "
                                                            "Key points raised included:");
              minutes_agenda_item_append_entry (item, narrative);
            }
        }

      for (guint a = 0; a < actions; a++)
        {
          g_autoptr(MinutesAction) action = minutes_action_new ();
          g_autofree char *text = g_strdup_printf ("report on %s to the next meeting.", PICK (rand, objects));

          minutes_action_set_owner (action, g_ptr_array_index (officers, (i + a) % officers->len));
          minutes_action_set_text (action, text);
          minutes_agenda_item_append_action (item, action);
        }

      for (guint m = 0; m < motions; m++)
        {
          g_autoptr(MinutesMotion) motion = minutes_motion_new ();
          g_autofree char *text = g_strdup_printf ("That %s be approved.", PICK (rand, objects));
          guint against = g_rand_int_range (rand, 0, 4);

          g_object_set (motion, "text", text,
                        "mover", g_ptr_array_index (members, (i + m) % members->len),
                        "seconder", g_ptr_array_index (members, (i + m + 1) % members->len),
                        "outcome", MINUTES_MOTION_OUTCOME_CARRIED,
                        "votes-for", (int) (members->len / 2), "votes-against", (int) against,
                        "abstentions", 1, NULL);
          for (guint v = 0; v < against; v++)
            minutes_motion_append_opponent (motion, g_ptr_array_index (members, (m + v) % members->len));
          minutes_agenda_item_append_motion (item, motion);
        }

      minutes_resolution_set_text (resolution, "That the report be noted.");
      minutes_agenda_item_append_resolution (item, resolution);
      minutes_meeting_append_item (meeting, item);
    }

  return meeting;
}
