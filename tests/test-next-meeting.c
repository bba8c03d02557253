/* test-next-meeting.c: the next meeting of a committee from this one
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-core.h"

static MinutesMeeting *
load_example (const char *name)
{
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

static void
test_next_meeting (void)
{
  g_autoptr(MinutesMeeting) previous = load_example ("2024-01-16-safer-stronger-communities.minutes");
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GDate) date = g_date_new_dmy (12, 3, 2024);
  g_autoptr(MinutesMeeting) next = minutes_next_meeting_new (previous, date, -1, template);
  GListModel *people = minutes_meeting_get_people (next);
  GListModel *items = minutes_meeting_get_items (next);
  g_autoptr(MinutesAgendaItem) minutes = NULL;
  g_autoptr(MinutesAgendaItem) declarations = NULL;
  g_autoptr(MinutesAgendaItem) matters = NULL;
  g_autoptr(MinutesAgendaItem) programme = NULL;
  g_autoptr(MinutesAction) last = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MinutesMeeting) reloaded = NULL;
  guint members = 0;

  g_assert_cmpstr (minutes_meeting_get_committee (next), ==, "Safer Stronger Communities Select Committee");
  g_assert_cmpstr (minutes_meeting_get_body (next), ==, "London Borough of Lewisham");
  g_assert_cmpstr (minutes_meeting_get_contact_name (next), ==, "Benjamin Awkal");
  g_assert_cmpstr (minutes_meeting_get_template_id (next), ==, "select-committee");
  g_assert_cmpint (minutes_meeting_get_status (next), ==, MINUTES_MEETING_STATUS_AGENDA);
  g_assert_cmpint (minutes_meeting_get_scheduled_start (next), ==, 19 * 60);
  g_assert_cmpint (minutes_meeting_get_actual_start (next), ==, -1);
  g_assert_cmpint (minutes_meeting_get_end (next), ==, -1);
  g_assert_true (g_date_compare (minutes_meeting_get_date (next), date) == 0);
  g_assert_null (minutes_meeting_get_attendance_note (next));

  /* The six members, all expected, roles kept; the officers who own
   * open actions; nobody else. */
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);

      g_assert_cmpint (minutes_person_get_attendance (person), ==, MINUTES_ATTENDANCE_EXPECTED);
      members += minutes_person_is_member (person);
    }
  g_assert_cmpuint (members, ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 10);
  g_assert_cmpint (minutes_person_get_role (minutes_meeting_find_person (next, "shrivastava")), ==, MINUTES_ROLE_CHAIR);
  g_assert_nonnull (minutes_meeting_find_person (next, "pavitt"));
  g_assert_null (minutes_meeting_find_person (next, "awkal"));

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 4);
  minutes = g_list_model_get_item (items, 0);
  declarations = g_list_model_get_item (items, 1);
  matters = g_list_model_get_item (items, 2);
  programme = g_list_model_get_item (items, 3);
  g_assert_cmpstr (minutes_agenda_item_get_title (minutes), ==, "Minutes of the meeting held on 16 January 2024");
  g_assert_cmpint (minutes_agenda_item_get_standing (minutes), ==, MINUTES_STANDING_PREVIOUS_MINUTES);
  g_assert_cmpint (minutes_agenda_item_get_standing (declarations), ==, MINUTES_STANDING_DECLARATIONS);
  g_assert_cmpstr (minutes_agenda_item_get_title (matters), ==, "Matters arising / actions update");
  g_assert_cmpint (minutes_agenda_item_get_standing (matters), ==, MINUTES_STANDING_MATTERS_ARISING);
  g_assert_cmpstr (minutes_agenda_item_get_title (programme), ==, "Select Committee work programme");

  /* The five open actions with their owners */
  g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_actions (matters)), ==, 5);
  last = g_list_model_get_item (minutes_agenda_item_get_actions (matters), 4);
  g_assert_true (minutes_action_get_owner (last) == minutes_meeting_find_person (next, "lee"));
  g_assert_cmpstr (minutes_action_get_owner_text (last), ==, "The Director of Communities, Partnerships and Leisure");
  g_assert_cmpint (minutes_action_get_status (last), ==, MINUTES_ACTION_STATUS_OPEN);

  /* A valid .minutes file */
  bytes = minutes_document_serialize (next, &error);
  g_assert_no_error (error);
  reloaded = minutes_document_load_bytes (bytes, "next.minutes", &error);
  g_assert_no_error (error);
  g_assert_nonnull (reloaded);
}

static void
test_next_meeting_time_and_done_actions (void)
{
  g_autoptr(MinutesMeeting) previous = load_example ("2024-01-16-safer-stronger-communities.minutes");
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GDate) date = g_date_new_dmy (1, 4, 2024);
  g_autoptr(MinutesMeeting) next = NULL;
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (minutes_meeting_get_items (previous), 2);
  g_autoptr(MinutesAgendaItem) matters = NULL;
  g_autoptr(MinutesAction) action = g_list_model_get_item (minutes_agenda_item_get_actions (item), 0);

  /* A done action stays behind, and its owner with it */
  minutes_action_set_status (action, MINUTES_ACTION_STATUS_DONE);
  next = minutes_next_meeting_new (previous, date, 18 * 60 + 30, template);
  g_assert_cmpint (minutes_meeting_get_scheduled_start (next), ==, 18 * 60 + 30);
  matters = g_list_model_get_item (minutes_meeting_get_items (next), 2);
  g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_actions (matters)), ==, 4);
  g_assert_null (minutes_meeting_find_person (next, "russell-alexander"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/next-meeting/from-example", test_next_meeting);
  g_test_add_func ("/next-meeting/time-and-done-actions", test_next_meeting_time_and_done_actions);

  return g_test_run ();
}
