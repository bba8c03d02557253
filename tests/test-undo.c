/* test-undo.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-core.h"

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

/* The whole document as the file format writes it: two meetings are the same
 * when these are. */
static char *
dump (MinutesMeeting *meeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = minutes_document_serialize (meeting, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static char *
number_of (gpointer object)
{
  char *number = NULL;

  g_object_get (object, "number", &number, NULL);
  return number;
}

static MinutesDiscussionEntry *
add_point (MinutesAgendaItem *item,
           const char        *text)
{
  g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();

  minutes_discussion_entry_set_entry_type (entry, MINUTES_ENTRY_POINT);
  minutes_discussion_entry_set_text (entry, text);
  minutes_agenda_item_append_entry (item, entry);

  return entry;
}

/* The stack takes the edits of one main loop iteration as one step, as the
 * app makes one user action in one iteration: let the iteration end. */
static void
end_action (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
undo_all (MinutesUndoStack *stack)
{
  while (minutes_undo_stack_undo (stack))
    ;
  g_assert_false (minutes_undo_stack_get_can_undo (stack));
}

static void
redo_all (MinutesUndoStack *stack)
{
  while (minutes_undo_stack_redo (stack))
    ;
  g_assert_false (minutes_undo_stack_get_can_redo (stack));
}

static void
test_property (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesUndoStack) stack = minutes_undo_stack_new (meeting);
  g_autoptr(GDate) date = g_date_new_dmy (16, G_DATE_JANUARY, 2024);

  g_assert_false (minutes_undo_stack_get_can_undo (stack));
  g_assert_false (minutes_undo_stack_undo (stack));

  minutes_meeting_set_venue (meeting, "Room 1");
  minutes_undo_stack_close_step (stack);
  minutes_meeting_set_date (meeting, date);
  end_action ();
  minutes_meeting_set_actual_start (meeting, 10 * 60 + 2);
  end_action ();
  minutes_meeting_set_no_declarations (meeting, TRUE);
  end_action ();
  g_assert_true (minutes_undo_stack_get_can_undo (stack));

  /* Setting a value to what it is already is not an edit. */
  minutes_meeting_set_actual_start (meeting, 10 * 60 + 2);
  end_action ();

  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_false (minutes_meeting_get_no_declarations (meeting));
  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_cmpint (minutes_meeting_get_actual_start (meeting), ==, -1);
  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_null (minutes_meeting_get_date (meeting));
  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_null (minutes_meeting_get_venue (meeting));
  g_assert_false (minutes_undo_stack_undo (stack));
  g_assert_true (minutes_undo_stack_get_can_redo (stack));

  redo_all (stack);
  g_assert_cmpstr (minutes_meeting_get_venue (meeting), ==, "Room 1");
  g_assert_cmpint (g_date_compare (minutes_meeting_get_date (meeting), date), ==, 0);
  g_assert_cmpint (minutes_meeting_get_actual_start (meeting), ==, 10 * 60 + 2);
  g_assert_true (minutes_meeting_get_no_declarations (meeting));

  /* A new edit after an undo drops what could have been redone. */
  g_assert_true (minutes_undo_stack_undo (stack));
  minutes_meeting_set_committee (meeting, "Audit");
  g_assert_false (minutes_undo_stack_get_can_redo (stack));
  g_assert_false (minutes_undo_stack_redo (stack));
}

static void
test_typing_merges (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesUndoStack) stack = minutes_undo_stack_new (meeting);

  minutes_undo_stack_set_merge_interval (stack, 60 * 1000);

  /* A burst of typing into one field, a key per iteration, is one step... */
  minutes_meeting_set_venue (meeting, "T");
  end_action ();
  minutes_meeting_set_venue (meeting, "To");
  end_action ();
  minutes_meeting_set_venue (meeting, "Tow");
  end_action ();
  minutes_meeting_set_venue (meeting, "Town Hall");
  end_action ();
  /* ...another field starts another... */
  minutes_meeting_set_committee (meeting, "A");
  end_action ();
  minutes_meeting_set_committee (meeting, "Audit");
  end_action ();
  /* ...and so does a pause (close_step). */
  minutes_undo_stack_close_step (stack);
  minutes_meeting_set_committee (meeting, "Audit and Standards");
  end_action ();

  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_cmpstr (minutes_meeting_get_committee (meeting), ==, "Audit");
  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_null (minutes_meeting_get_committee (meeting));
  g_assert_cmpstr (minutes_meeting_get_venue (meeting), ==, "Town Hall");
  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_null (minutes_meeting_get_venue (meeting));
  g_assert_false (minutes_undo_stack_get_can_undo (stack));

  g_assert_true (minutes_undo_stack_redo (stack));
  g_assert_cmpstr (minutes_meeting_get_venue (meeting), ==, "Town Hall");

  /* With no merge interval every change is a step. */
  minutes_undo_stack_set_merge_interval (stack, 0);
  g_usleep (2000);
  minutes_meeting_set_title (meeting, "A");
  end_action ();
  g_usleep (2000);
  minutes_meeting_set_title (meeting, "AB");
  end_action ();
  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_cmpstr (minutes_meeting_get_title (meeting), ==, "A");
}

/* Typing the translation of a field merges like typing the field: one
 * step per field and language, as the translations are one property. */
static void
test_translation_typing_merges (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesUndoStack) stack = minutes_undo_stack_new (meeting);
  MinutesNode *node = MINUTES_NODE (meeting);

  minutes_undo_stack_set_merge_interval (stack, 60 * 1000);

  minutes_node_set_translation (node, "cy", "committee", "P");
  end_action ();
  minutes_node_set_translation (node, "cy", "committee", "Pw");
  end_action ();
  minutes_node_set_translation (node, "cy", "committee", "Pwyllgor");
  end_action ();
  /* Another field, or the same field in another language, is a step of
   * its own. */
  minutes_node_set_translation (node, "cy", "title", "C");
  end_action ();
  minutes_node_set_translation (node, "cy", "title", "Cofnodion");
  end_action ();
  minutes_node_set_translation (node, "fr", "title", "Procès-verbal");
  end_action ();
  /* Clearing a field as part of the same typing is in its step too. */
  minutes_node_set_translation (node, "fr", "title", NULL);
  end_action ();

  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_null (minutes_node_get_translation (node, "fr", "title"));
  g_assert_cmpstr (minutes_node_get_translation (node, "cy", "title"), ==, "Cofnodion");
  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_null (minutes_node_get_translation (node, "cy", "title"));
  g_assert_cmpstr (minutes_node_get_translation (node, "cy", "committee"), ==, "Pwyllgor");
  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_null (minutes_node_get_translations (node));
  g_assert_false (minutes_undo_stack_get_can_undo (stack));

  redo_all (stack);
  g_assert_cmpstr (minutes_node_get_translation (node, "cy", "committee"), ==, "Pwyllgor");
  g_assert_cmpstr (minutes_node_get_translation (node, "cy", "title"), ==, "Cofnodion");
  g_assert_null (minutes_node_get_translation (node, "fr", "title"));
}

static void
test_items (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesUndoStack) stack = minutes_undo_stack_new (meeting);
  g_autoptr(MinutesAgendaItem) first = minutes_agenda_item_new ();
  g_autoptr(MinutesAgendaItem) second = minutes_agenda_item_new ();
  g_autoptr(MinutesAgendaItem) head = NULL;
  g_autofree char *number = NULL;
  GListModel *items = minutes_meeting_get_items (meeting);

  minutes_undo_stack_begin_group (stack, "Add item");
  minutes_agenda_item_set_title (first, "Apologies");
  minutes_meeting_append_item (meeting, first);
  minutes_undo_stack_end_group (stack);
  g_assert_cmpstr (minutes_undo_stack_get_undo_label (stack), ==, "Add item");
  minutes_meeting_append_item (meeting, second);
  end_action ();
  minutes_agenda_item_set_title (second, "Workforce");
  end_action ();

  /* Move (a removal and an insertion, one step): Workforce becomes item 1. */
  g_assert_true (minutes_meeting_move_item (meeting, second, 0));
  end_action ();
  number = number_of (first);
  g_assert_cmpstr (number, ==, "2");
  g_clear_pointer (&number, g_free);

  g_assert_true (minutes_undo_stack_undo (stack));
  head = g_list_model_get_item (items, 0);
  g_assert_true (head == first);
  number = number_of (first);
  g_assert_cmpstr (number, ==, "1");
  g_clear_pointer (&number, g_free);

  /* Delete, then undo: the same item comes back where it was. */
  g_assert_true (minutes_meeting_remove_item (meeting, first));
  end_action ();
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  g_assert_null (minutes_agenda_item_get_meeting (first));
  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  g_assert_true (minutes_agenda_item_get_meeting (first) == meeting);
  g_assert_cmpstr (minutes_agenda_item_get_title (first), ==, "Apologies");

  /* Undoing the adds empties the meeting; items taken out have no meeting. */
  undo_all (stack);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);
  g_assert_null (minutes_agenda_item_get_meeting (second));
  /* What was set before the item joined the meeting is part of the item. */
  g_assert_cmpstr (minutes_agenda_item_get_title (first), ==, "Apologies");

  redo_all (stack);
  /* Everything, the deletion of the first item included. */
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  g_assert_null (minutes_agenda_item_get_meeting (first));
  g_assert_true (minutes_agenda_item_get_meeting (second) == meeting);
  g_assert_cmpstr (minutes_agenda_item_get_title (second), ==, "Workforce");
  g_clear_object (&head);
  head = g_list_model_get_item (items, 0);
  g_assert_true (head == second);
}

static void
test_points (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
  g_autoptr(MinutesUndoStack) stack = NULL;
  MinutesDiscussionEntry *one;
  MinutesDiscussionEntry *two;
  MinutesDiscussionEntry *three;
  g_autofree char *number = NULL;
  GListModel *discussion = minutes_agenda_item_get_discussion (item);

  minutes_meeting_append_item (meeting, item);
  stack = minutes_undo_stack_new (meeting);

  one = add_point (item, "One");
  end_action ();
  two = add_point (item, "Two");
  end_action ();
  three = add_point (item, "Three");
  end_action ();
  number = number_of (three);
  g_assert_cmpstr (number, ==, "1.3");
  g_clear_pointer (&number, g_free);

  /* Points added to an item the stack found when it started are caught too,
   * and so are edits of their text. */
  minutes_discussion_entry_set_text (two, "Two, amended");
  end_action ();
  g_assert_true (minutes_agenda_item_move_entry (item, three, 0));
  end_action ();
  number = number_of (three);
  g_assert_cmpstr (number, ==, "1.1");
  g_clear_pointer (&number, g_free);
  g_assert_true (minutes_agenda_item_remove_entry (item, one));
  end_action ();
  g_assert_cmpuint (g_list_model_get_n_items (discussion), ==, 2);

  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_cmpuint (g_list_model_get_n_items (discussion), ==, 3);
  g_assert_true (minutes_discussion_entry_get_item (one) == item);
  g_assert_true (minutes_undo_stack_undo (stack));
  number = number_of (three);
  g_assert_cmpstr (number, ==, "1.3");
  g_clear_pointer (&number, g_free);
  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_cmpstr (minutes_discussion_entry_get_text (two), ==, "Two");

  undo_all (stack);
  g_assert_cmpuint (g_list_model_get_n_items (discussion), ==, 0);
  redo_all (stack);
  g_assert_cmpuint (g_list_model_get_n_items (discussion), ==, 2);
  number = number_of (three);
  g_assert_cmpstr (number, ==, "1.1");
  g_clear_pointer (&number, g_free);
  g_assert_cmpstr (minutes_discussion_entry_get_text (two), ==, "Two, amended");
}

static void
test_remove_person_restores_references (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesPerson) chair = minutes_person_new ();
  g_autoptr(MinutesPerson) sub = minutes_person_new ();
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
  g_autoptr(MinutesAction) action = minutes_action_new ();
  g_autoptr(MinutesDeclaration) declaration = minutes_declaration_new ();
  g_autoptr(MinutesUndoStack) stack = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *restored = NULL;

  minutes_person_set_name (chair, "Ann Jones");
  minutes_person_set_role (chair, MINUTES_ROLE_CHAIR);
  minutes_meeting_append_person (meeting, chair);
  minutes_person_set_name (sub, "Bo Li");
  minutes_person_set_substitute_for (sub, chair);
  minutes_meeting_append_person (meeting, sub);
  minutes_meeting_append_item (meeting, item);
  minutes_agenda_item_set_chair (item, chair);
  minutes_agenda_item_append_witness (item, chair);
  minutes_action_set_owner (action, chair);
  minutes_agenda_item_append_action (item, action);
  minutes_declaration_set_person (declaration, chair);
  minutes_declaration_set_text (declaration, "Governor of a school");
  minutes_meeting_append_declaration (meeting, declaration);

  stack = minutes_undo_stack_new (meeting);
  before = dump (meeting);

  /* One call of the model API, no explicit group. */
  g_assert_true (minutes_meeting_remove_person (meeting, chair));
  end_action ();
  g_assert_null (minutes_person_get_substitute_for (sub));
  g_assert_null (minutes_agenda_item_get_chair (item));
  g_assert_null (minutes_action_get_owner (action));
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_declarations (meeting)), ==, 0);
  after = dump (meeting);
  g_assert_cmpstr (after, !=, before);

  /* One undo brings the person back and every reference to them. */
  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_false (minutes_undo_stack_get_can_undo (stack));
  g_assert_true (minutes_person_get_substitute_for (sub) == chair);
  g_assert_true (minutes_agenda_item_get_chair (item) == chair);
  g_assert_true (minutes_action_get_owner (action) == chair);
  g_assert_true (minutes_declaration_get_person (declaration) == chair);
  g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_witnesses (item)), ==, 1);
  g_assert_true (minutes_node_get_parent (MINUTES_NODE (chair)) == MINUTES_NODE (meeting));
  restored = dump (meeting);
  g_assert_cmpstr (restored, ==, before);

  g_assert_true (minutes_undo_stack_redo (stack));
  g_clear_pointer (&restored, g_free);
  restored = dump (meeting);
  g_assert_cmpstr (restored, ==, after);
}

/* On a real document, delete everything piece by piece and edit what is left;
 * undoing it all gives back the document byte for byte, redoing gives back
 * the edited one. */
static void
test_whole_document (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ();
  g_autoptr(MinutesUndoStack) stack = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *check = NULL;
  GListModel *items = minutes_meeting_get_items (meeting);
  GListModel *people = minutes_meeting_get_people (meeting);
  guint n_steps = 0;

  before = dump (meeting);
  stack = minutes_undo_stack_new (meeting);
  g_assert_cmpuint (g_list_model_get_n_items (items), >, 3);

  /* Reverse the agenda, then empty the discussion of every item. */
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) last = g_list_model_get_item (items, g_list_model_get_n_items (items) - 1);

      minutes_meeting_move_item (meeting, last, i);
      end_action ();
    }
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      GListModel *discussion = minutes_agenda_item_get_discussion (item);

      minutes_agenda_item_set_title (item, "Renamed");
      end_action ();
      while (g_list_model_get_n_items (discussion) > 0)
        {
          g_autoptr(MinutesDiscussionEntry) entry = g_list_model_get_item (discussion, 0);

          minutes_agenda_item_remove_entry (item, entry);
          end_action ();
        }
    }
  while (g_list_model_get_n_items (people) > 1)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, 0);

      minutes_meeting_remove_person (meeting, person);
      end_action ();
    }
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, 0);

      minutes_meeting_remove_item (meeting, item);
      end_action ();
    }

  after = dump (meeting);
  g_assert_cmpstr (after, !=, before);

  while (minutes_undo_stack_undo (stack))
    n_steps++;
  g_assert_cmpuint (n_steps, >, 10);
  check = dump (meeting);
  g_assert_cmpstr (check, ==, before);

  redo_all (stack);
  g_clear_pointer (&check, g_free);
  check = dump (meeting);
  g_assert_cmpstr (check, ==, after);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_groups (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesUndoStack) stack = minutes_undo_stack_new (meeting);
  guint n_notify = 0;

  g_signal_connect (stack, "notify::can-undo", G_CALLBACK (count_cb), &n_notify);

  /* Nested groups are one step, named by the outermost label; an empty group
   * is no step at all. */
  minutes_undo_stack_begin_group (stack, "Nothing");
  minutes_undo_stack_end_group (stack);
  g_assert_false (minutes_undo_stack_get_can_undo (stack));

  minutes_undo_stack_begin_group (stack, "Adjourn");
  minutes_meeting_set_actual_start (meeting, 600);
  minutes_undo_stack_begin_group (stack, "Inner");
  minutes_meeting_set_end (meeting, 700);
  minutes_undo_stack_end_group (stack);
  g_assert_false (minutes_undo_stack_get_can_undo (stack));
  minutes_undo_stack_end_group (stack);
  g_assert_true (minutes_undo_stack_get_can_undo (stack));
  g_assert_cmpuint (n_notify, >, 0);
  g_assert_cmpstr (minutes_undo_stack_get_undo_label (stack), ==, "Adjourn");

  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_cmpint (minutes_meeting_get_actual_start (meeting), ==, -1);
  g_assert_cmpint (minutes_meeting_get_end (meeting), ==, -1);
  g_assert_cmpstr (minutes_undo_stack_get_redo_label (stack), ==, "Adjourn");
  g_assert_null (minutes_undo_stack_get_undo_label (stack));

  minutes_undo_stack_clear (stack);
  g_assert_false (minutes_undo_stack_get_can_redo (stack));
}

static gboolean
keystroke_cb (gpointer user_data)
{
  MinutesMeeting *meeting = user_data;
  int start = minutes_meeting_get_scheduled_start (meeting);

  /* Like a key press: an edit per dispatch, and always another pending. */
  minutes_meeting_set_scheduled_start (meeting, start + 1);

  return G_SOURCE_CONTINUE;
}

/* A step ends with the dispatch that made it, even when events keep coming
 * and ordinary idle callbacks never get their turn (a slow redraw). */
static void
test_steps_end_with_dispatch (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesUndoStack) stack = minutes_undo_stack_new (meeting);
  guint source = g_idle_add_full (G_PRIORITY_DEFAULT, keystroke_cb, meeting, NULL);
  guint n_steps = 0;
  int n_keystrokes;

  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_source_remove (source);

  /* The time went from -1 (unset) up by one per keystroke. */
  n_keystrokes = minutes_meeting_get_scheduled_start (meeting) + 1;
  g_assert_cmpint (n_keystrokes, >=, 5);
  while (minutes_undo_stack_undo (stack))
    n_steps++;
  g_assert_cmpint (minutes_meeting_get_scheduled_start (meeting), ==, -1);
  g_assert_cmpuint (n_steps, ==, (guint) n_keystrokes);
}

static void
test_finalize (void)
{
  MinutesMeeting *meeting = load_example ();
  MinutesUndoStack *stack = minutes_undo_stack_new (meeting);
  g_autoptr(MinutesPerson) person = g_list_model_get_item (minutes_meeting_get_people (meeting), 0);

  minutes_meeting_remove_person (meeting, person);
  g_assert_true (minutes_undo_stack_undo (stack));
  g_assert_finalize_object (stack);
  g_clear_object (&person);
  g_assert_finalize_object (meeting);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/undo/property", test_property);
  g_test_add_func ("/undo/typing-merges", test_typing_merges);
  g_test_add_func ("/undo/translation-typing-merges", test_translation_typing_merges);
  g_test_add_func ("/undo/items", test_items);
  g_test_add_func ("/undo/points", test_points);
  g_test_add_func ("/undo/remove-person-restores-references", test_remove_person_restores_references);
  g_test_add_func ("/undo/whole-document", test_whole_document);
  g_test_add_func ("/undo/groups", test_groups);
  g_test_add_func ("/undo/steps-end-with-dispatch", test_steps_end_with_dispatch);
  g_test_add_func ("/undo/finalize", test_finalize);

  return g_test_run ();
}
