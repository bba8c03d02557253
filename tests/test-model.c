/* test-model.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-core.h"
#include "minutes-model-private.h"
#include "minutes-node-private.h"

static MinutesAgendaItem *
add_item (MinutesMeeting *meeting,
          const char     *title)
{
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();

  minutes_agenda_item_set_title (item, title);
  minutes_meeting_append_item (meeting, item);

  return item;
}

static MinutesDiscussionEntry *
add_entry (MinutesAgendaItem *item,
           MinutesEntryType   type,
           const char        *text)
{
  g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();

  minutes_discussion_entry_set_entry_type (entry, type);
  minutes_discussion_entry_set_text (entry, text);
  minutes_agenda_item_append_entry (item, entry);

  return entry;
}

static void
assert_number (gpointer    object,
               const char *expected)
{
  g_autofree char *number = NULL;

  g_object_get (object, "number", &number, NULL);
  g_assert_cmpstr (number, ==, expected);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_numbering (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  MinutesAgendaItem *first = add_item (meeting, "Apologies");
  MinutesAgendaItem *second = add_item (meeting, "Workforce");
  MinutesAgendaItem *third = add_item (meeting, "Work programme");
  MinutesDiscussionEntry *p1 = add_entry (second, MINUTES_ENTRY_POINT, "One");
  MinutesDiscussionEntry *narrative = add_entry (second, MINUTES_ENTRY_NARRATIVE, "Questions:");
  MinutesDiscussionEntry *p2 = add_entry (second, MINUTES_ENTRY_POINT, "Two");
  guint third_notifies = 0;
  guint point_notifies = 0;

  assert_number (first, "1");
  assert_number (second, "2");
  assert_number (third, "3");
  assert_number (p1, "2.1");
  assert_number (narrative, NULL);
  assert_number (p2, "2.2");
  g_assert_cmpuint (minutes_agenda_item_get_n_points (second), ==, 2);

  /* An unnumbered item takes no number and shifts the ones after it,
   * which say so (the sidebar and preview follow the notification). */
  g_signal_connect (third, "notify::number", G_CALLBACK (count_notify_cb), &third_notifies);
  g_signal_connect (p2, "notify::number", G_CALLBACK (count_notify_cb), &point_notifies);
  minutes_agenda_item_set_unnumbered (first, TRUE);
  assert_number (first, NULL);
  assert_number (second, "1");
  assert_number (p2, "1.2");
  assert_number (third, "2");
  g_assert_cmpuint (third_notifies, >, 0);
  g_assert_cmpuint (point_notifies, >, 0);

  minutes_agenda_item_set_unnumbered (first, FALSE);
  assert_number (first, "1");
  assert_number (third, "3");
  minutes_agenda_item_set_unnumbered (first, TRUE);

  /* A label is printed as given, and the points follow it. */
  minutes_agenda_item_set_number_label (second, "3a");
  assert_number (p1, "3a.1");
  assert_number (third, "2");
}

static void
test_renumber_on_move (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  MinutesAgendaItem *a = add_item (meeting, "A");
  MinutesAgendaItem *b = add_item (meeting, "B");
  MinutesDiscussionEntry *b1 = add_entry (b, MINUTES_ENTRY_POINT, "b1");
  MinutesDiscussionEntry *b2 = add_entry (b, MINUTES_ENTRY_POINT, "b2");
  guint item_notifies = 0;
  guint point_notifies = 0;

  g_signal_connect (b, "notify::number", G_CALLBACK (count_notify_cb), &item_notifies);
  g_signal_connect (b1, "notify::number", G_CALLBACK (count_notify_cb), &point_notifies);

  g_assert_true (minutes_meeting_move_item (meeting, b, 0));
  assert_number (b, "1");
  assert_number (a, "2");
  assert_number (b1, "1.1");
  assert_number (b2, "1.2");
  g_assert_cmpuint (item_notifies, >, 0);
  g_assert_cmpuint (point_notifies, >, 0);

  /* Moving a point renumbers the points. */
  g_assert_true (minutes_agenda_item_move_entry (b, b2, 0));
  assert_number (b2, "1.1");
  assert_number (b1, "1.2");

  /* Removing an item renumbers what follows and orphans it. */
  g_object_ref (b);
  g_assert_true (minutes_meeting_remove_item (meeting, b));
  assert_number (a, "1");
  g_assert_null (minutes_agenda_item_get_meeting (b));
  assert_number (b, NULL);
  /* Points of an item without a number count on their own. */
  assert_number (b2, "1");
  g_object_unref (b);
}

static void
changed_cb (MinutesMeeting *meeting,
            guint          *count)
{
  (*count)++;
}

static void
test_changed_signal (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  MinutesAgendaItem *item = add_item (meeting, "Item");
  MinutesDiscussionEntry *entry = add_entry (item, MINUTES_ENTRY_POINT, "Point");
  g_autoptr(MinutesAgendaItem) outside = minutes_agenda_item_new ();
  guint changes = 0;

  g_signal_connect (meeting, "changed", G_CALLBACK (changed_cb), &changes);

  minutes_meeting_set_venue (meeting, "Civic Suite");
  g_assert_cmpuint (changes, ==, 1);

  /* Setting the same value is not a change. */
  minutes_meeting_set_venue (meeting, "Civic Suite");
  g_assert_cmpuint (changes, ==, 1);

  /* A change deep in the tree reaches the meeting. */
  changes = 0;
  minutes_discussion_entry_set_text (entry, "Point, edited");
  g_assert_cmpuint (changes, ==, 1);

  /* So do list changes. */
  changes = 0;
  add_entry (item, MINUTES_ENTRY_POINT, "Another");
  g_assert_cmpuint (changes, >=, 1);

  /* Renumbering alone is not an edit. */
  changes = 0;
  add_item (meeting, "Second");
  g_assert_cmpuint (changes, ==, 1);

  /* Objects outside the meeting do not touch it. */
  changes = 0;
  minutes_agenda_item_set_title (outside, "Not in the meeting");
  g_assert_cmpuint (changes, ==, 0);

  /* Empty text is no text. */
  minutes_meeting_set_venue (meeting, "");
  g_assert_null (minutes_meeting_get_venue (meeting));
}

static void
test_remove_person_clears_references (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesPerson) officer = minutes_person_new ();
  g_autoptr(MinutesPerson) other = minutes_person_new ();
  g_autoptr(MinutesAction) action = minutes_action_new ();
  g_autoptr(MinutesDeclaration) declaration = minutes_declaration_new ();
  g_autoptr(MinutesMotion) motion = minutes_motion_new ();
  MinutesAgendaItem *item = add_item (meeting, "Item");
  g_autofree char *label = NULL;

  minutes_person_set_name (officer, "Jannet Hall");
  minutes_person_set_job_title (officer, "Head of Safer Communities");
  minutes_person_set_kind (officer, MINUTES_PERSON_KIND_OFFICER);
  minutes_meeting_append_person (meeting, officer);
  minutes_person_set_name (other, "Liam Shrivastava");
  minutes_person_set_substitute_for (other, officer);
  minutes_meeting_append_person (meeting, other);

  minutes_agenda_item_append_witness (item, officer);
  minutes_action_set_owner (action, officer);
  minutes_action_set_text (action, "share the processes.");
  minutes_agenda_item_append_action (item, action);
  minutes_declaration_set_person (declaration, officer);
  minutes_meeting_append_declaration (meeting, declaration);
  minutes_motion_set_mover (motion, officer);
  minutes_motion_append_supporter (motion, officer);
  minutes_agenda_item_append_motion (item, motion);

  g_assert_true (minutes_meeting_remove_person (meeting, officer));

  g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_witnesses (item)), ==, 0);
  g_assert_null (minutes_action_get_owner (action));
  /* The action still prints the owner's words. */
  label = minutes_action_dup_owner_label (action);
  g_assert_cmpstr (label, ==, "Head of Safer Communities");
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_declarations (meeting)), ==, 0);
  g_assert_null (minutes_motion_get_mover (motion));
  g_assert_cmpuint (g_list_model_get_n_items (minutes_motion_get_voted_for (motion)), ==, 0);
  g_assert_null (minutes_person_get_substitute_for (other));
  g_assert_null (minutes_node_get_parent (MINUTES_NODE (officer)));
}

static void
test_ids (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesPerson) a = minutes_person_new ();
  g_autoptr(MinutesPerson) b = minutes_person_new ();
  g_autoptr(MinutesPerson) c = minutes_person_new ();

  minutes_person_set_id (a, "person-2");
  minutes_person_set_id (c, "person-2");
  minutes_meeting_append_person (meeting, a);
  minutes_meeting_append_person (meeting, b);
  minutes_meeting_append_person (meeting, c);
  add_item (meeting, "Item");

  minutes_meeting_ensure_ids (meeting);

  g_assert_cmpstr (minutes_person_get_id (a), ==, "person-2");
  g_assert_nonnull (minutes_person_get_id (b));
  g_assert_nonnull (minutes_person_get_id (c));
  g_assert_cmpstr (minutes_person_get_id (b), !=, "person-2");
  g_assert_cmpstr (minutes_person_get_id (c), !=, "person-2");
  g_assert_cmpstr (minutes_person_get_id (b), !=, minutes_person_get_id (c));
  g_assert_true (minutes_meeting_find_person (meeting, minutes_person_get_id (b)) == b);
}

static void
test_finalize (void)
{
  MinutesMeeting *meeting = minutes_meeting_new ();
  g_autoptr(MinutesPerson) a = minutes_person_new ();
  g_autoptr(MinutesPerson) b = minutes_person_new ();
  MinutesAgendaItem *item = add_item (meeting, "Item");

  minutes_meeting_append_person (meeting, a);
  minutes_meeting_append_person (meeting, b);
  /* A cycle between people must not keep the meeting alive. */
  minutes_person_set_substitute_for (a, b);
  minutes_person_set_substitute_for (b, a);
  minutes_agenda_item_append_witness (item, a);
  g_clear_object (&a);
  g_clear_object (&b);

  g_assert_finalize_object (meeting);
}

/* What caches of an item's rendering and checks compare: a change inside
 * one item gives that item (and the meeting) a new revision and leaves the
 * other items and the meeting's shared revision as they were; a change an
 * item's rendering may read from outside it gives a new shared revision. */
static void
test_revisions (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesPerson) person = minutes_person_new ();
  MinutesAgendaItem *first = add_item (meeting, "Apologies");
  MinutesAgendaItem *second = add_item (meeting, "Workforce");
  MinutesDiscussionEntry *point = add_entry (second, MINUTES_ENTRY_POINT, "One");
  gsize first_revision = _minutes_node_get_revision (MINUTES_NODE (first));
  gsize second_revision = _minutes_node_get_revision (MINUTES_NODE (second));
  gsize meeting_revision = _minutes_node_get_revision (MINUTES_NODE (meeting));
  gsize shared = _minutes_meeting_get_shared_revision (meeting);

  /* Typing in a key point */
  minutes_discussion_entry_set_text (point, "One, typed");
  g_assert_cmpuint (_minutes_node_get_revision (MINUTES_NODE (second)), >, second_revision);
  g_assert_cmpuint (_minutes_node_get_revision (MINUTES_NODE (meeting)), >, meeting_revision);
  g_assert_cmpuint (_minutes_node_get_revision (MINUTES_NODE (first)), ==, first_revision);
  g_assert_cmpuint (_minutes_meeting_get_shared_revision (meeting), ==, shared);

  /* Adding a key point stays inside the item too */
  second_revision = _minutes_node_get_revision (MINUTES_NODE (second));
  add_entry (second, MINUTES_ENTRY_POINT, "Two");
  g_assert_cmpuint (_minutes_node_get_revision (MINUTES_NODE (second)), >, second_revision);
  g_assert_cmpuint (_minutes_meeting_get_shared_revision (meeting), ==, shared);

  /* An item's own properties are seen outside it (its number, its title in
   * the attendance's "in the chair for"): shared */
  minutes_agenda_item_set_unnumbered (first, TRUE);
  g_assert_cmpuint (_minutes_meeting_get_shared_revision (meeting), >, shared);
  shared = _minutes_meeting_get_shared_revision (meeting);

  /* So are the people, whom every item may name */
  minutes_meeting_append_person (meeting, person);
  g_assert_cmpuint (_minutes_meeting_get_shared_revision (meeting), >, shared);
  shared = _minutes_meeting_get_shared_revision (meeting);
  minutes_person_set_name (person, "Sakina Sheikh");
  g_assert_cmpuint (_minutes_meeting_get_shared_revision (meeting), >, shared);
  shared = _minutes_meeting_get_shared_revision (meeting);

  /* And the items' order */
  g_assert_true (minutes_meeting_move_item (meeting, second, 0));
  g_assert_cmpuint (_minutes_meeting_get_shared_revision (meeting), >, shared);
}

/* What an item derives from everything in it follows each change */
static void
test_item_derived (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
  g_autoptr(MinutesDiscussionEntry) point = minutes_discussion_entry_new ();
  g_autoptr(MinutesDiscussionEntry) adjourned = minutes_discussion_entry_new ();
  g_auto(GStrv) none = NULL;
  g_auto(GStrv) welsh = NULL;
  g_auto(GStrv) gone = NULL;

  minutes_meeting_append_item (meeting, item);
  minutes_discussion_entry_set_text (point, "The report was noted.");
  minutes_agenda_item_append_entry (item, point);

  none = minutes_agenda_item_dup_translation_languages (item);
  g_assert_null (none);
  g_assert_null (minutes_agenda_item_get_open_adjournment (item));

  minutes_node_set_translation (MINUTES_NODE (point), "cy", "text", "Nodwyd yr adroddiad.");
  welsh = minutes_agenda_item_dup_translation_languages (item);
  g_assert_nonnull (welsh);
  g_assert_cmpstr (welsh[0], ==, "cy");
  g_assert_null (welsh[1]);

  minutes_discussion_entry_set_entry_type (adjourned, MINUTES_ENTRY_PROCEDURAL);
  minutes_discussion_entry_set_procedure (adjourned, MINUTES_PROCEDURE_ADJOURNMENT);
  minutes_discussion_entry_set_from (adjourned, 11 * 60);
  minutes_agenda_item_append_entry (item, adjourned);
  g_assert_true (minutes_agenda_item_get_open_adjournment (item) == adjourned);

  /* The meeting resumes; the point goes, and its translation with it */
  minutes_discussion_entry_set_to (adjourned, 11 * 60 + 15);
  g_assert_null (minutes_agenda_item_get_open_adjournment (item));
  g_assert_true (minutes_agenda_item_remove_entry (item, point));
  gone = minutes_agenda_item_dup_translation_languages (item);
  g_assert_null (gone);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/numbering", test_numbering);
  g_test_add_func ("/model/renumber-on-move", test_renumber_on_move);
  g_test_add_func ("/model/revisions", test_revisions);
  g_test_add_func ("/model/changed-signal", test_changed_signal);
  g_test_add_func ("/model/remove-person-clears-references", test_remove_person_clears_references);
  g_test_add_func ("/model/ids", test_ids);
  g_test_add_func ("/model/finalize", test_finalize);
  g_test_add_func ("/model/item-derived", test_item_derived);

  return g_test_run ();
}
