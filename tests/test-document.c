/* test-document.c: the .minutes file
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "minutes-core.h"

static const char *examples[] = {
  "2024-01-16-safer-stronger-communities.minutes",
  "next-meeting-safer-stronger-communities.minutes",
};

static char *
example_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "examples", name, NULL);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static MinutesMeeting *
load_example (const char *name)
{
  g_autofree char *path = example_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MinutesMeeting *meeting = minutes_document_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (meeting);

  return meeting;
}

static void
test_load_example (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example (examples[0]);
  g_autoptr(MinutesAgendaItem) item = NULL;
  g_autoptr(MinutesDiscussionEntry) last = NULL;
  g_autoptr(MinutesAction) action = NULL;
  g_autofree char *number = NULL;
  GListModel *items = minutes_meeting_get_items (meeting);
  MinutesPerson *pavitt;

  g_assert_cmpstr (minutes_meeting_get_committee (meeting), ==, "Safer Stronger Communities Select Committee");
  g_assert_cmpuint (g_date_get_day (minutes_meeting_get_date (meeting)), ==, 16);
  g_assert_cmpint (minutes_meeting_get_scheduled_start (meeting), ==, 19 * 60);
  g_assert_cmpint (minutes_meeting_get_end (meeting), ==, 21 * 60 + 24);
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_people (meeting)), ==, 16);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 5);
  g_assert_true (minutes_meeting_get_no_declarations (meeting));

  item = g_list_model_get_item (items, 3);
  g_assert_cmpuint (minutes_agenda_item_get_n_points (item), ==, 18);
  last = g_list_model_get_item (minutes_agenda_item_get_discussion (item), 17);
  number = minutes_discussion_entry_dup_number (last);
  g_assert_cmpstr (number, ==, "4.18");

  pavitt = minutes_meeting_find_person (meeting, "pavitt");
  g_assert_nonnull (pavitt);
  g_assert_cmpstr (minutes_person_get_honorific (pavitt), ==, "Superintendent");
  action = g_list_model_get_item (minutes_agenda_item_get_actions (item), 0);
  g_assert_true (minutes_action_get_owner (action) == pavitt);
}

/* The file is the model: load → save gives back the same bytes, and saving
 * twice gives identical files. */
static void
test_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *path = example_path (examples[i]);
      g_autoptr(GBytes) original = read_bytes (path);
      g_autoptr(MinutesMeeting) meeting = load_example (examples[i]);
      g_autoptr(MinutesMeeting) again = NULL;
      g_autoptr(GBytes) first = NULL;
      g_autoptr(GBytes) second = NULL;
      g_autoptr(GBytes) third = NULL;
      g_autoptr(GError) error = NULL;

      first = minutes_document_serialize (meeting, &error);
      g_assert_no_error (error);
      second = minutes_document_serialize (meeting, &error);
      g_assert_no_error (error);
      g_assert_true (g_bytes_equal (first, second));

      again = minutes_document_load_bytes (first, "round trip", &error);
      g_assert_no_error (error);
      third = minutes_document_serialize (again, &error);
      g_assert_no_error (error);
      g_assert_true (g_bytes_equal (first, third));

      /* The examples are kept in the form Minutes writes. */
      if (!g_bytes_equal (original, first))
        {
          g_test_message ("%s is not in canonical form", examples[i]);
          g_assert_cmpstr (g_bytes_get_data (original, NULL), ==, g_bytes_get_data (first, NULL));
        }
    }
}

static void
test_round_trip_everything (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesPerson) chair = minutes_person_new ();
  g_autoptr(MinutesPerson) sub = minutes_person_new ();
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
  g_autoptr(MinutesMotion) motion = minutes_motion_new ();
  g_autoptr(MinutesMotion) amendment = minutes_motion_new ();
  g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();
  g_autoptr(MinutesDeclaration) declaration = minutes_declaration_new ();
  g_autoptr(MinutesAttachment) attachment = minutes_attachment_new ();
  g_autoptr(MinutesResolution) resolution = minutes_resolution_new ();
  g_autoptr(MinutesResolutionPoint) point = minutes_resolution_point_new ();
  g_autoptr(MinutesAction) action = minutes_action_new ();
  g_autoptr(GDate) due = g_date_new_dmy (1, 3, 2024);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(MinutesMeeting) loaded = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;

  g_object_set (meeting, "committee", "Planning <&> \"Committee\"", "venue", "Room 1 ✓ 🏛",
                "contact-email", "clerk@example.com", "status", MINUTES_MEETING_STATUS_AGENDA,
                "signed-by", "Cllr X", "signed-date", due, "end", 0, NULL);
  g_object_set (chair, "id", "chair", "name", "Ana \u202Eright-to-left\u202C", "role", MINUTES_ROLE_CHAIR,
                "attendance", MINUTES_ATTENDANCE_PRESENT_VIRTUALLY, "arrived-at", 19 * 60 + 5, NULL);
  g_object_set (sub, "id", "sub", "name", "Sub", "kind", MINUTES_PERSON_KIND_SUBSTITUTE,
                "substitute-for", chair, "left-at", 23 * 60 + 59, NULL);
  minutes_meeting_append_person (meeting, sub);
  minutes_meeting_append_person (meeting, chair);
  g_object_set (item, "id", "i1", "number-label", "PLA146/14", "title", "Land at \"X\"",
                "exempt", TRUE, "exemption-ground", "paragraph 3", "chair", sub,
                "standing", MINUTES_STANDING_EXCLUSION, "minutes-truncated", TRUE, NULL);
  g_object_set (attachment, "title", "Report", "file-type", "PDF", "size", (gint64) 333000,
                "url", "https://example.com/r.pdf", "additional", TRUE, NULL);
  minutes_agenda_item_append_attachment (item, attachment);
  minutes_agenda_item_append_witness (item, chair);
  g_object_set (entry, "entry-type", MINUTES_ENTRY_PROCEDURAL, "procedure", MINUTES_PROCEDURE_ADJOURNMENT,
                "from", 19 * 60 + 19, "to", 19 * 60 + 24, "person", chair, NULL);
  minutes_agenda_item_append_entry (item, entry);
  g_object_set (action, "owner", chair, "text", "act.", "due", due, "status", MINUTES_ACTION_STATUS_DONE, NULL);
  minutes_agenda_item_append_action (item, action);
  g_object_set (motion, "text", "That it be approved.", "mover", chair, "seconder", sub,
                "outcome", MINUTES_MOTION_OUTCOME_CARRIED, "votes-for", 22, "votes-against", 1,
                "abstentions", 0, NULL);
  minutes_motion_append_opponent (motion, sub);
  g_object_set (amendment, "text", "Amend.", "outcome", MINUTES_MOTION_OUTCOME_LOST, NULL);
  minutes_motion_append_amendment (motion, amendment);
  minutes_agenda_item_append_motion (item, motion);
  g_object_set (resolution, "kind", MINUTES_RESOLUTION_TO_RECOMMEND, NULL);
  minutes_resolution_point_set_text (point, "That it be reviewed.");
  minutes_resolution_append_point (resolution, point);
  minutes_agenda_item_append_resolution (item, resolution);
  minutes_meeting_append_item (meeting, item);
  g_object_set (declaration, "person", sub, "item", item, "kind",
                MINUTES_DECLARATION_KIND_DISCLOSABLE_PECUNIARY, "withdrew", TRUE, NULL);
  minutes_meeting_append_declaration (meeting, declaration);

  first = minutes_document_serialize (meeting, &error);
  g_assert_no_error (error);
  loaded = minutes_document_load_bytes (first, "everything", &error);
  g_assert_no_error (error);
  second = minutes_document_serialize (loaded, &error);
  g_assert_no_error (error);

  text = g_bytes_get_data (first, NULL);
  g_assert_nonnull (strstr (text, "\"end\" : \"00:00\""));
  g_assert_nonnull (strstr (text, "\"amendments\""));
  g_assert_cmpstr (g_bytes_get_data (first, NULL), ==, g_bytes_get_data (second, NULL));
}

static void
test_dangling_reference_not_saved (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesPerson) stranger = minutes_person_new ();
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  minutes_meeting_set_committee (meeting, "C");
  minutes_person_set_name (stranger, "Not In The Meeting");
  minutes_agenda_item_set_title (item, "Item");
  minutes_agenda_item_append_witness (item, stranger);
  minutes_meeting_append_item (meeting, item);

  bytes = minutes_document_serialize (meeting, &error);
  g_assert_error (error, MINUTES_DOCUMENT_ERROR, MINUTES_DOCUMENT_ERROR_DANGLING_REFERENCE);
  g_assert_null (bytes);
}

typedef struct
{
  const char *name;
  const char *json;
  int         code;
  const char *message_part;
} BadInput;

#define HEAD "{\"format\":\"minutes\",\"version\":1,"

static const BadInput bad_inputs[] = {
  { "empty", "", MINUTES_DOCUMENT_ERROR_SYNTAX, "empty" },
  { "truncated", HEAD "\"meeting\":{\"committee\":\"C\"", MINUTES_DOCUMENT_ERROR_SYNTAX, "1:" },
  { "not-json", "MINUTES OF THE COMMITTEE\n", MINUTES_DOCUMENT_ERROR_SYNTAX, NULL },
  { "array", "[1,2,3]", MINUTES_DOCUMENT_ERROR_NOT_MINUTES, NULL },
  { "unknown-format", "{\"format\":\"agenda\",\"version\":1}", MINUTES_DOCUMENT_ERROR_NOT_MINUTES, NULL },
  { "no-version", "{\"format\":\"minutes\",\"meeting\":{}}", MINUTES_DOCUMENT_ERROR_NOT_MINUTES, "version" },
  { "newer-version", "{\"format\":\"minutes\",\"version\":2,\"meeting\":{\"committee\":\"C\"}}",
    MINUTES_DOCUMENT_ERROR_NEWER_VERSION, "newer" },
  { "invalid-utf8", HEAD "\"meeting\":{\"committee\":\"Caf\xe9\"}}", MINUTES_DOCUMENT_ERROR_ENCODING, "1:60" },
  { "binary", "\x89PNG\r\n\x1a\n\0\0\0", MINUTES_DOCUMENT_ERROR_ENCODING, NULL },
  { "escaped-nul", HEAD "\"meeting\":{\"committee\":\"A\\u0000B\"}}", MINUTES_DOCUMENT_ERROR_INVALID_VALUE, "1:58" },
  { "lone-surrogate", HEAD "\"meeting\":{\"committee\":\"\\ud800 x\"}}", MINUTES_DOCUMENT_ERROR_INVALID_VALUE, "surrogate" },
  { "lone-low-surrogate", HEAD "\"meeting\":{\"committee\":\"\\uDC00\"}}", MINUTES_DOCUMENT_ERROR_INVALID_VALUE, "surrogate" },
  { "missing-meeting", "{\"format\":\"minutes\",\"version\":1}", MINUTES_DOCUMENT_ERROR_MISSING_MEMBER, "meeting" },
  { "missing-committee", HEAD "\"meeting\":{}}", MINUTES_DOCUMENT_ERROR_MISSING_MEMBER, "meeting.committee" },
  { "wrong-type-string", HEAD "\"meeting\":{\"committee\":42}}", MINUTES_DOCUMENT_ERROR_WRONG_TYPE, "meeting.committee" },
  { "wrong-type-list", HEAD "\"meeting\":{\"committee\":\"C\"},\"items\":{}}", MINUTES_DOCUMENT_ERROR_WRONG_TYPE, "items" },
  { "wrong-type-element", HEAD "\"meeting\":{\"committee\":\"C\"},\"people\":[\"x\"]}", MINUTES_DOCUMENT_ERROR_WRONG_TYPE, "people[0]" },
  { "wrong-type-bool", HEAD "\"meeting\":{\"committee\":\"C\",\"no-declarations\":\"yes\"}}", MINUTES_DOCUMENT_ERROR_WRONG_TYPE, NULL },
  { "float-count", HEAD "\"meeting\":{\"committee\":\"C\"},\"items\":[{\"id\":\"i\",\"title\":\"T\",\"motions\":[{\"votes-for\":1.5}]}]}",
    MINUTES_DOCUMENT_ERROR_WRONG_TYPE, "items[0].motions[0].votes-for" },
  { "negative-count", HEAD "\"meeting\":{\"committee\":\"C\"},\"items\":[{\"id\":\"i\",\"title\":\"T\",\"documents\":[{\"title\":\"R\",\"size\":-5}]}]}",
    MINUTES_DOCUMENT_ERROR_INVALID_VALUE, "size" },
  { "huge-count", HEAD "\"meeting\":{\"committee\":\"C\"},\"items\":[{\"id\":\"i\",\"title\":\"T\",\"motions\":[{\"votes-for\":99999999999}]}]}",
    MINUTES_DOCUMENT_ERROR_INVALID_VALUE, NULL },
  { "unknown-member", HEAD "\"meeting\":{\"committee\":\"C\",\"comittee\":\"typo\"}}", MINUTES_DOCUMENT_ERROR_UNKNOWN_MEMBER, "meeting.comittee" },
  { "bad-date", HEAD "\"meeting\":{\"committee\":\"C\",\"date\":\"2024-02-30\"}}", MINUTES_DOCUMENT_ERROR_INVALID_VALUE, "2024-02-30" },
  { "bad-time", HEAD "\"meeting\":{\"committee\":\"C\",\"end\":\"7.19 pm\"}}", MINUTES_DOCUMENT_ERROR_INVALID_VALUE, "HH:MM" },
  { "bad-enum", HEAD "\"meeting\":{\"committee\":\"C\"},\"people\":[{\"id\":\"a\",\"name\":\"A\",\"attendance\":\"here\"}]}",
    MINUTES_DOCUMENT_ERROR_INVALID_VALUE, "present-virtually" },
  { "bad-id", HEAD "\"meeting\":{\"committee\":\"C\"},\"people\":[{\"id\":\"a b\",\"name\":\"A\"}]}", MINUTES_DOCUMENT_ERROR_INVALID_VALUE, NULL },
  { "duplicate-id", HEAD "\"meeting\":{\"committee\":\"C\"},\"people\":[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"a\",\"name\":\"B\"}]}",
    MINUTES_DOCUMENT_ERROR_DUPLICATE_ID, "people[1].id" },
  { "dangling-witness", HEAD "\"meeting\":{\"committee\":\"C\"},\"items\":[{\"id\":\"i\",\"title\":\"T\",\"witnesses\":[\"ghost\"]}]}",
    MINUTES_DOCUMENT_ERROR_DANGLING_REFERENCE, "ghost" },
  { "dangling-substitute", HEAD "\"meeting\":{\"committee\":\"C\"},\"people\":[{\"id\":\"a\",\"name\":\"A\",\"substitute-for\":\"b\"}]}",
    MINUTES_DOCUMENT_ERROR_DANGLING_REFERENCE, "people[0].substitute-for" },
  { "dangling-declaration-item", HEAD "\"meeting\":{\"committee\":\"C\"},\"people\":[{\"id\":\"a\",\"name\":\"A\"}],\"declarations\":[{\"person\":\"a\",\"item\":\"nope\"}]}",
    MINUTES_DOCUMENT_ERROR_DANGLING_REFERENCE, "declarations[0].item" },
  { "declaration-without-person", HEAD "\"meeting\":{\"committee\":\"C\"},\"declarations\":[{\"text\":\"x\"}]}",
    MINUTES_DOCUMENT_ERROR_MISSING_MEMBER, "declarations[0].person" },
  { "entry-without-type", HEAD "\"meeting\":{\"committee\":\"C\"},\"items\":[{\"id\":\"i\",\"title\":\"T\",\"discussion\":[{\"text\":\"x\"}]}]}",
    MINUTES_DOCUMENT_ERROR_MISSING_MEMBER, "discussion[0].type" },
};

static void
test_bad_input (gconstpointer data)
{
  const BadInput *input = data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(MinutesMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = strlen (input->json);

  if (g_str_equal (input->name, "binary"))
    length = 11;

  bytes = g_bytes_new_static (input->json, length);
  meeting = minutes_document_load_bytes (bytes, "bad.minutes", &error);

  g_assert_null (meeting);
  g_assert_error (error, MINUTES_DOCUMENT_ERROR, input->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "bad.minutes:"));
  if (input->message_part != NULL)
    g_assert_nonnull (strstr (error->message, input->message_part));
}

/* Every prefix of a real file is either refused cleanly or (for the whole
 * file) loaded: never a crash, never a half-loaded meeting. */
/* Escaped characters outside the BMP are fine. */
static void
test_surrogate_pair (void)
{
  const char *json = HEAD "\"meeting\":{\"committee\":\"Town Hall \\ud83c\\udfdb\"}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = minutes_document_load_bytes (bytes, "emoji.minutes", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (minutes_meeting_get_committee (meeting), ==, "Town Hall 🏛");
}

static void
test_truncated_everywhere (void)
{
  g_autofree char *path = example_path (examples[1]);
  g_autoptr(GBytes) original = read_bytes (path);
  gsize size = g_bytes_get_size (original);
  const char *data = g_bytes_get_data (original, NULL);

  for (gsize cut = 0; cut < size - 2; cut += 7)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (data, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(MinutesMeeting) meeting = minutes_document_load_bytes (bytes, "cut.minutes", &error);

      g_assert_null (meeting);
      g_assert_nonnull (error);
      g_assert_true (error->domain == MINUTES_DOCUMENT_ERROR);
    }
}

static void
test_too_deep (void)
{
  GString *json = g_string_new (HEAD "\"meeting\":{\"committee\":\"C\"},\"x\":");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (json, '[');
  bytes = g_string_free_to_bytes (json);

  meeting = minutes_document_load_bytes (bytes, "deep.minutes", &error);
  g_assert_null (meeting);
  g_assert_error (error, MINUTES_DOCUMENT_ERROR, MINUTES_DOCUMENT_ERROR_TOO_DEEP);
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/meeting.minutes");
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = minutes_document_load (file, NULL, &error);

  g_assert_null (meeting);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "/nonexistent/meeting.minutes"));
}

static void
test_save_atomic_with_backup (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("minutes-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "meeting.minutes", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MinutesMeeting) meeting = load_example (examples[0]);
  g_autofree char *first = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *kept = NULL;

  g_assert_no_error (error);

  g_assert_true (minutes_document_save (meeting, file, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &first, NULL, &error);
  g_assert_no_error (error);

  minutes_meeting_set_venue (meeting, "Civic Suite");
  g_assert_true (minutes_document_save (meeting, file, NULL, &error));
  g_assert_no_error (error);

  /* The previous version is kept as FILE~. */
  g_file_get_contents (backup, &kept, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kept, ==, first);
  g_file_get_contents (path, &saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (saved, "Civic Suite"));

  /* A save that cannot complete (here: the backup cannot be made, which
   * stops root too) leaves the file as it was. */
  {
    g_autofree char *after = NULL;

    g_assert_cmpint (g_unlink (backup), ==, 0);
    g_assert_cmpint (g_mkdir (backup, 0700), ==, 0);
    minutes_meeting_set_venue (meeting, "Elsewhere");
    g_assert_false (minutes_document_save (meeting, file, NULL, &error));
    g_assert_nonnull (error);
    g_test_message ("%s", error->message);
    g_assert_nonnull (strstr (error->message, path));
    g_clear_error (&error);
    g_file_get_contents (path, &after, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (after, ==, saved);
    g_rmdir (backup);
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* A dangling reference in the model must never reach the disk. */
static void
test_save_refuses_dangling (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("minutes-test-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "meeting.minutes", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(MinutesMeeting) meeting = load_example (examples[0]);
  g_autoptr(MinutesPerson) stranger = minutes_person_new ();
  g_autoptr(MinutesAgendaItem) item = NULL;
  g_autofree char *backup = g_strconcat (path, "~", NULL);

  g_assert_true (minutes_document_save (meeting, file, NULL, &error));
  item = g_list_model_get_item (minutes_meeting_get_items (meeting), 2);
  minutes_agenda_item_append_witness (item, stranger);
  g_assert_false (minutes_document_save (meeting, file, NULL, &error));
  g_assert_error (error, MINUTES_DOCUMENT_ERROR, MINUTES_DOCUMENT_ERROR_DANGLING_REFERENCE);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/load-example", test_load_example);
  g_test_add_func ("/document/round-trip", test_round_trip);
  g_test_add_func ("/document/round-trip-everything", test_round_trip_everything);
  g_test_add_func ("/document/dangling-reference-not-saved", test_dangling_reference_not_saved);
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *name = g_strdup_printf ("/document/bad-input/%s", bad_inputs[i].name);

      g_test_add_data_func (name, &bad_inputs[i], test_bad_input);
    }
  g_test_add_func ("/document/surrogate-pair", test_surrogate_pair);
  g_test_add_func ("/document/truncated-everywhere", test_truncated_everywhere);
  g_test_add_func ("/document/too-deep", test_too_deep);
  g_test_add_func ("/document/missing-file", test_missing_file);
  g_test_add_func ("/document/save-atomic-with-backup", test_save_atomic_with_backup);
  g_test_add_func ("/document/save-refuses-dangling", test_save_refuses_dangling);

  return g_test_run ();
}
