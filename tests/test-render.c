/* test-render.c: the renderer, the template and the text back end
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "minutes-core.h"
#include "test-words.h"

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

static char *
render (MinutesMeeting      *meeting,
        MinutesDocumentKind  kind,
        MinutesRenderFlags   flags)
{
  g_autoptr(MinutesTemplate) template = default_template ();

  return minutes_render_text (meeting, template, kind, flags);
}

static void
test_fidelity (void)
{
  const char *seed_dir = g_getenv ("MINUTES_SEED_DIR");
  g_autofree char *seed_path = NULL;
  g_autofree char *seed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = load_example ("2024-01-16-safer-stronger-communities.minutes");
  g_autofree char *text = render (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) actual = NULL;

  g_assert_nonnull (seed_dir);
  seed_path = g_build_filename (seed_dir, "004_b4eff269184071d3.txt", NULL);
  g_file_get_contents (seed_path, &seed, NULL, &error);
  g_assert_no_error (error);

  expected = test_words_of (seed, TRUE);
  actual = test_words_of (text, FALSE);

  for (guint i = 0; i < MIN (expected->len, actual->len); i++)
    {
      if (!g_str_equal (g_ptr_array_index (expected, i), g_ptr_array_index (actual, i)))
        {
          g_test_message ("word %u: seed has “%s”, export has “%s”", i,
                          (char *) g_ptr_array_index (expected, i),
                          (char *) g_ptr_array_index (actual, i));
          g_test_fail ();
          return;
        }
    }
  g_assert_cmpuint (actual->len, ==, expected->len);
  g_assert_cmpuint (actual->len, ==, 1964);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    {
      g_test_message ("expected “%s” in:\n%s", part, text);
      g_test_fail ();
    }
}

static void
assert_lacks (const char *text,
              const char *part)
{
  if (strstr (text, part) != NULL)
    {
      g_test_message ("did not expect “%s” in:\n%s", part, text);
      g_test_fail ();
    }
}

static void
test_agenda (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ("next-meeting-safer-stronger-communities.minutes");
  g_autofree char *text = render (meeting, MINUTES_DOCUMENT_KIND_AGENDA, MINUTES_RENDER_DEFAULT);

  assert_contains (text, "Safer Stronger Communities Select Committee\n");
  assert_contains (text, "Venue: Civic Suite");
  assert_contains (text, "Contact: Benjamin Awkal, Scrutiny Manager");
  assert_contains (text, "Membership: Councillor Liam Shrivastava (Chair), Councillor Hau-Yu Tam (Vice-Chair)");
  assert_contains (text, "3. Borough of Sanctuary update\n");
  assert_contains (text, "Borough of Sanctuary update PDF 325 KB\n");
  assert_contains (text, "To follow on 8 March due to pre-election rules on publicity.");
  assert_contains (text, "Multi-agency response to child exploitation PDF 647 KB");
  /* The agenda carries no minutes. */
  assert_lacks (text, "Key points");
  assert_lacks (text, "RESOLVED");
}

static void
test_decisions (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ("next-meeting-safer-stronger-communities.minutes");
  g_autofree char *text = render (meeting, MINUTES_DOCUMENT_KIND_DECISIONS, MINUTES_RENDER_DEFAULT);

  assert_contains (text, "1. Minutes of previous meeting\n\nDecision: RESOLVED The minutes of the meeting held on 16 January 2024 be agreed as an accurate record.");
  assert_contains (text, "5. Select Committee work programme\n\nDecision: RESOLVED That the report be noted.");
  assert_lacks (text, "3.1.");
}

static void
test_next_meeting_minutes (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ("next-meeting-safer-stronger-communities.minutes");
  g_autofree char *text = render (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);

  /* The procedural note inside the discussion, from the template. */
  assert_contains (text, "The meeting adjourned from 7.19 pm to 7.24 pm.");
  /* The declaration, under the declarations item, after its resolution. */
  assert_contains (text, "That the following declaration be noted:\n\nRe item 3, Cllr Tam declared she was employed");
  /* A cut-short item says so rather than passing for complete. */
  assert_contains (text, "The minutes of this item continue in the full minutes.");
  assert_contains (text, "3.13. Initially, the Council’s Borough of Sanctuary approach was");
}

/* Everything the model can hold shows up in the minutes. */
static void
test_everything_rendered (void)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesPerson) chair = minutes_person_new ();
  g_autoptr(MinutesPerson) sub = minutes_person_new ();
  g_autoptr(MinutesPerson) apologies = minutes_person_new ();
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
  g_autoptr(MinutesMotion) motion = minutes_motion_new ();
  g_autoptr(MinutesDiscussionEntry) arrival = minutes_discussion_entry_new ();
  g_autoptr(MinutesDeclaration) declaration = minutes_declaration_new ();
  g_autoptr(GDate) date = g_date_new_dmy (24, 6, 2015);
  g_autofree char *text = NULL;

  g_object_set (meeting, "committee", "Planning Committee", "date", date,
                "scheduled-start", 18 * 60 + 8, "end", 0, "signed-by", "Cllr Jones", "signed-date", date, NULL);
  g_object_set (chair, "name", "Ann Jones", "honorific", "Councillor", "role", MINUTES_ROLE_CHAIR,
                "attendance", MINUTES_ATTENDANCE_PRESENT, "arrived-at", 18 * 60 + 15, NULL);
  g_object_set (sub, "name", "Bob Smith", "honorific", "Councillor", "kind", MINUTES_PERSON_KIND_SUBSTITUTE,
                "substitute-for", apologies, "attendance", MINUTES_ATTENDANCE_PRESENT, "left-at", 12 * 60, NULL);
  g_object_set (apologies, "name", "Cy Evans", "honorific", "Councillor",
                "attendance", MINUTES_ATTENDANCE_APOLOGIES, NULL);
  minutes_meeting_append_person (meeting, chair);
  minutes_meeting_append_person (meeting, sub);
  minutes_meeting_append_person (meeting, apologies);
  g_object_set (item, "title", "Land at the Quay", "number-label", "PLA146/14", "chair", sub, NULL);
  g_object_set (arrival, "entry-type", MINUTES_ENTRY_PROCEDURAL, "procedure", MINUTES_PROCEDURE_ARRIVAL,
                "from", 18 * 60 + 15, "person", chair, NULL);
  minutes_agenda_item_append_entry (item, arrival);
  g_object_set (motion, "text", "That permission be granted.", "mover", chair, "seconder", sub,
                "votes-for", 22, "votes-against", 1, "abstentions", 2,
                "outcome", MINUTES_MOTION_OUTCOME_CARRIED, NULL);
  minutes_motion_append_opponent (motion, sub);
  minutes_agenda_item_append_motion (item, motion);
  minutes_meeting_append_item (meeting, item);
  g_object_set (declaration, "person", sub, "item", item, "text", "Cllr Smith declared an interest.",
                "withdrew", TRUE, NULL);
  minutes_meeting_append_declaration (meeting, declaration);

  text = render (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);

  assert_contains (text, "MINUTES OF THE PLANNING COMMITTEE\n");
  assert_contains (text, "Wednesday, 24 June 2015 at 6.08 pm");
  assert_contains (text, "IN ATTENDANCE: Councillors Ann Jones (Chair, arrived at 6.15 pm) and "
                         "Bob Smith (substitute for Councillor Cy Evans, in the chair for item PLA146/14, left at 12.00 pm).");
  assert_contains (text, "APOLOGIES: Councillor Cy Evans.");
  /* No declarations item on this agenda: they follow the attendance. */
  assert_contains (text, "Declarations of interest\n\nRe item PLA146/14, Cllr Smith declared an interest.\n\n"
                         "Councillor Bob Smith withdrew from the meeting for the item.");
  assert_contains (text, "PLA146/14. Land at the Quay");
  assert_contains (text, "Councillor Ann Jones arrived at 6.15 pm.");
  assert_contains (text, "Moved by Councillor Ann Jones and seconded by Councillor Bob Smith.");
  assert_contains (text, "For: 22. Against: 1. Abstentions: 2.");
  assert_contains (text, "Voting against: Councillor Bob Smith.");
  assert_contains (text, "The motion was carried.");
  assert_contains (text, "The meeting ended at 12.00 am");
  assert_contains (text, "Chair: Cllr Jones\nDate: 24 June 2015\n");
}

static void
set_every_field (MinutesAgendaItem *item,
                 MinutesPerson     *person,
                 const char        *marker)
{
  g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();
  g_autoptr(MinutesAction) action = minutes_action_new ();
  g_autoptr(MinutesResolution) resolution = minutes_resolution_new ();
  g_autoptr(MinutesMotion) motion = minutes_motion_new ();
  g_autoptr(MinutesAttachment) attachment = minutes_attachment_new ();

  g_object_set (item, "agenda-text", marker, "introduction", marker, "decision", marker,
                "publication-note", marker, NULL);
  minutes_agenda_item_append_witness (item, person);
  minutes_discussion_entry_set_text (entry, marker);
  minutes_agenda_item_append_entry (item, entry);
  g_object_set (action, "owner-text", marker, "text", marker, NULL);
  minutes_agenda_item_append_action (item, action);
  minutes_resolution_set_text (resolution, marker);
  minutes_agenda_item_append_resolution (item, resolution);
  minutes_motion_set_text (motion, marker);
  minutes_agenda_item_append_motion (item, motion);
  minutes_attachment_set_title (attachment, marker);
  minutes_agenda_item_append_attachment (item, attachment);
}

/* Exempt items print only their title and ground in public documents. */
static void
test_exempt_items (void)
{
  const char *marker = "SECRET-7f3a";
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(MinutesPerson) witness = minutes_person_new ();
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();

  minutes_meeting_set_committee (meeting, "Cabinet");
  g_object_set (witness, "name", "Witness", "job-title", "Valuer", "attendance", MINUTES_ATTENDANCE_PRESENT,
                "kind", MINUTES_PERSON_KIND_EXTERNAL, NULL);
  minutes_meeting_append_person (meeting, witness);
  g_object_set (item, "title", "Land disposal", "exempt", TRUE,
                "exemption-ground", "paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972", NULL);
  set_every_field (item, witness, marker);
  minutes_meeting_append_item (meeting, item);

  for (MinutesDocumentKind kind = MINUTES_DOCUMENT_KIND_MINUTES; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
    {
      g_autofree char *public = render (meeting, kind, MINUTES_RENDER_DEFAULT);
      g_autofree char *private = render (meeting, kind, MINUTES_RENDER_CONFIDENTIAL);

      assert_contains (public, "1. Land disposal");
      assert_contains (public, "The public were excluded for this item under paragraph 3 of Part 1");
      assert_lacks (public, marker);

      assert_contains (private, "CONFIDENTIAL\n");
      assert_contains (private, marker);
    }
}

static void
test_template_formats (void)
{
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GDate) date = g_date_new_dmy (16, 1, 2024);
  g_autofree char *long_date = minutes_template_format_date (template, "date-long", date);
  g_autofree char *noon = minutes_template_format_time (template, 12 * 60);
  g_autofree char *midnight = minutes_template_format_time (template, 0);
  g_autofree char *evening = minutes_template_format_time (template, 21 * 60 + 24);
  const char *one[] = { "A", NULL };
  const char *three[] = { "A", "B", "C", NULL };
  g_autofree char *joined_one = minutes_template_join_list (template, one);
  g_autofree char *joined_three = minutes_template_join_list (template, three);
  g_autofree char *upper = minutes_template_expand (template, "minutes-title", "committee", "Café committee", NULL);

  g_assert_cmpstr (long_date, ==, "Tuesday, 16 January 2024");
  g_assert_cmpstr (noon, ==, "12.00 pm");
  g_assert_cmpstr (midnight, ==, "12.00 am");
  g_assert_cmpstr (evening, ==, "9.24 pm");
  g_assert_cmpstr (joined_one, ==, "A");
  g_assert_cmpstr (joined_three, ==, "A, B and C");
  g_assert_cmpstr (upper, ==, "MINUTES OF THE CAFÉ COMMITTEE");
  g_assert_cmpstr (minutes_template_get_language (template), ==, "en-GB");
}

static void
test_template_errors (void)
{
  struct {
    const char *xml;
    int         code;
    const char *part;
  } cases[] = {
    { "<template", MINUTES_TEMPLATE_ERROR_SYNTAX, "bad.xml:1:" },
    { "<other/>", MINUTES_TEMPLATE_ERROR_INVALID, "not a Minutes template" },
    { "<template xmlns=\"https://example.com/minutes/template/1\" id=\"x\" language=\"en\"/>",
      MINUTES_TEMPLATE_ERROR_INVALID, "calendar" },
    { "<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
      "<template xmlns=\"https://example.com/minutes/template/1\" id=\"x\" language=\"en\">&e;</template>",
      MINUTES_TEMPLATE_ERROR_INVALID, "DOCTYPE" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].xml, strlen (cases[i].xml));
      g_autoptr(GError) error = NULL;
      g_autoptr(MinutesTemplate) template = minutes_template_new_from_bytes (bytes, "bad.xml", &error);

      g_assert_null (template);
      g_assert_error (error, MINUTES_TEMPLATE_ERROR, cases[i].code);
      g_test_message ("%s", error->message);
      assert_contains (error->message, cases[i].part);
    }
}

/* A template missing a phrase is refused with the phrase named. */
static void
test_template_missing_phrase (void)
{
  g_autoptr(GBytes) original = g_resources_lookup_data ("/com/example/Minutes/templates/select-committee.xml",
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  g_autoptr(GString) edited = g_string_new (text);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesTemplate) template = NULL;

  g_string_replace (edited, "<phrase id=\"meeting-ended\">", "<phrase id=\"meeting-finished\">", 1);
  bytes = g_bytes_new (edited->str, edited->len);
  template = minutes_template_new_from_bytes (bytes, "council.xml", &error);

  g_assert_null (template);
  g_assert_error (error, MINUTES_TEMPLATE_ERROR, MINUTES_TEMPLATE_ERROR_INVALID);
  assert_contains (error->message, "meeting-ended");
}

/* A council's own template in the user's data dir wins over the shipped one. */
static void
test_template_user_override (void)
{
  g_autoptr(GBytes) original = g_resources_lookup_data ("/com/example/Minutes/templates/select-committee.xml",
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  g_autoptr(GString) edited = g_string_new (text);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), APP_ID, "templates", NULL);
  g_autofree char *path = g_build_filename (dir, "select-committee.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesTemplate) template = NULL;
  g_autoptr(MinutesTemplate) again = NULL;
  g_autoptr(MinutesMeeting) meeting = load_example ("2024-01-16-safer-stronger-communities.minutes");
  g_autofree char *rendered = NULL;

  g_string_replace (edited, ">RESOLVED<", ">Resolved –<", 0);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, edited->str, edited->len, &error);
  g_assert_no_error (error);

  template = minutes_template_lookup_for_meeting (meeting, &error);
  g_assert_no_error (error);
  rendered = minutes_render_text (meeting, template, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);
  assert_contains (rendered, "Resolved –\n\nThat the report be noted.");
  assert_lacks (rendered, "RESOLVED");

  /* Read once while the file stays as it is (the app asks on every
   * keystroke), and read again when the council edits it */
  again = minutes_template_lookup_for_meeting (meeting, &error);
  g_assert_no_error (error);
  g_assert_true (again == template);
  g_clear_object (&again);

  g_string_replace (edited, ">Resolved –<", ">Agreed –<", 0);
  g_file_set_contents (path, edited->str, edited->len, &error);
  g_assert_no_error (error);
  again = minutes_template_lookup_for_meeting (meeting, &error);
  g_assert_no_error (error);
  g_clear_pointer (&rendered, g_free);
  rendered = minutes_render_text (meeting, again, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);
  assert_contains (rendered, "Agreed –\n\nThat the report be noted.");
  g_clear_object (&again);

  /* And the built-in one once the council's is gone */
  g_remove (path);
  again = minutes_template_lookup_for_meeting (meeting, &error);
  g_assert_no_error (error);
  g_clear_pointer (&rendered, g_free);
  rendered = minutes_render_text (meeting, again, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);
  assert_contains (rendered, "RESOLVED");
}

static void
test_template_not_found (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesTemplate) template = minutes_template_lookup ("no-such-template", &error);

  g_assert_null (template);
  g_assert_error (error, MINUTES_TEMPLATE_ERROR, MINUTES_TEMPLATE_ERROR_NOT_FOUND);
  assert_contains (error->message, "no-such-template");
}

/* A point with no text (Enter after the last one) is left out of the
 * minutes rather than printed as a bare "3.18.", and the numbers run on
 * without a gap when an empty point stands between others. */
static void
test_empty_points (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ("2024-01-16-safer-stronger-communities.minutes");
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (minutes_meeting_get_items (meeting), 2);
  g_autoptr(MinutesDiscussionEntry) trailing = minutes_discussion_entry_new ();
  g_autoptr(MinutesDiscussionEntry) between = minutes_discussion_entry_new ();
  g_autofree char *before = render (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);
  g_autofree char *after = NULL;

  minutes_agenda_item_append_entry (item, trailing);
  minutes_discussion_entry_set_text (between, " ");
  minutes_agenda_item_insert_entry (item, 0, between);
  after = render (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);

  g_assert_cmpstr (after, ==, before);
}

/* Renders with @cache into @backend and checks the document is the one a
 * fresh render gives; returns how many items came from the cache */
static guint
render_cached_as_fresh (MinutesMeeting     *meeting,
                        MinutesTemplate    *template,
                        MinutesRenderFlags  flags,
                        MinutesTextBackend *backend,
                        MinutesRenderCache *cache)
{
  g_autofree char *fresh = minutes_render_text (meeting, template, MINUTES_DOCUMENT_KIND_MINUTES, flags);

  minutes_render_cached (meeting, template, MINUTES_DOCUMENT_KIND_MINUTES, flags,
                         MINUTES_BACKEND (backend), cache);
  g_assert_cmpstr (minutes_text_backend_get_text (backend), ==, fresh);

  return minutes_render_cache_get_n_reused (cache);
}

/* The preview renders with a cache on every edit: an item that did not
 * change is taken from it, and the document is always what a fresh
 * render writes, whatever was edited */
static void
test_render_cache (void)
{
  g_autoptr(MinutesMeeting) meeting = load_example ("2024-01-16-safer-stronger-communities.minutes");
  g_autoptr(MinutesTemplate) template = minutes_template_lookup_for_meeting (meeting, NULL);
  g_autoptr(MinutesTextBackend) backend = minutes_text_backend_new ();
  g_autoptr(MinutesRenderCache) cache = minutes_render_cache_new ();
  GListModel *items = minutes_meeting_get_items (meeting);
  guint n_items = g_list_model_get_n_items (items);
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, 2);
  g_autoptr(MinutesAgendaItem) first = g_list_model_get_item (items, 0);
  g_autoptr(MinutesDiscussionEntry) point = g_list_model_get_item (minutes_agenda_item_get_discussion (item), 0);
  g_autoptr(MinutesDiscussionEntry) added = minutes_discussion_entry_new ();
  g_autoptr(MinutesPerson) person = g_list_model_get_item (minutes_meeting_get_people (meeting), 0);
  g_autoptr(MinutesAgendaItem) new_item = minutes_agenda_item_new ();

  g_assert_cmpuint (n_items, >, 3);
  g_assert_cmpuint (render_cached_as_fresh (meeting, template, 0, backend, cache), ==, 0);
  g_assert_cmpuint (render_cached_as_fresh (meeting, template, 0, backend, cache), ==, n_items);

  /* Typing in a key point: only that item is walked again */
  minutes_discussion_entry_set_text (point, "The Committee asked about the timetable.");
  g_assert_cmpuint (render_cached_as_fresh (meeting, template, 0, backend, cache), ==, n_items - 1);
  minutes_discussion_entry_set_entry_type (added, MINUTES_ENTRY_POINT);
  minutes_discussion_entry_set_text (added, "A new point.");
  minutes_agenda_item_append_entry (item, added);
  g_assert_cmpuint (render_cached_as_fresh (meeting, template, 0, backend, cache), ==, n_items - 1);

  /* What items print from outside them: every item again */
  minutes_person_set_name (person, "Renamed Person");
  g_assert_cmpuint (render_cached_as_fresh (meeting, template, 0, backend, cache), ==, 0);
  minutes_agenda_item_set_unnumbered (first, !minutes_agenda_item_get_unnumbered (first));
  g_assert_cmpuint (render_cached_as_fresh (meeting, template, 0, backend, cache), ==, 0);
  minutes_agenda_item_set_title (new_item, "Any other business");
  minutes_meeting_append_item (meeting, new_item);
  g_assert_cmpuint (render_cached_as_fresh (meeting, template, 0, backend, cache), ==, 0);
  g_assert_true (minutes_meeting_remove_item (meeting, new_item));
  g_assert_cmpuint (render_cached_as_fresh (meeting, template, 0, backend, cache), ==, 0);

  /* The private version is another document */
  g_assert_cmpuint (render_cached_as_fresh (meeting, template, MINUTES_RENDER_CONFIDENTIAL, backend, cache), ==, 0);
  g_assert_cmpuint (render_cached_as_fresh (meeting, template, MINUTES_RENDER_CONFIDENTIAL, backend, cache), ==, n_items);

  /* Undo-like: a point removed */
  g_assert_true (minutes_agenda_item_remove_entry (item, added));
  g_assert_cmpuint (render_cached_as_fresh (meeting, template, MINUTES_RENDER_CONFIDENTIAL, backend, cache), ==, n_items - 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("minutes-render-XXXXXX", &error);
  int result;

  g_assert_no_error (error);
  /* Keep the test away from the user's own templates. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_unsetenv ("MINUTES_TEMPLATE_PATH");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/fidelity-with-seed", test_fidelity);
  g_test_add_func ("/render/agenda", test_agenda);
  g_test_add_func ("/render/empty-points", test_empty_points);
  g_test_add_func ("/render/decisions", test_decisions);
  g_test_add_func ("/render/next-meeting-minutes", test_next_meeting_minutes);
  g_test_add_func ("/render/everything", test_everything_rendered);
  g_test_add_func ("/render/exempt-items", test_exempt_items);
  g_test_add_func ("/render/cache", test_render_cache);
  g_test_add_func ("/template/formats", test_template_formats);
  g_test_add_func ("/template/errors", test_template_errors);
  g_test_add_func ("/template/missing-phrase", test_template_missing_phrase);
  g_test_add_func ("/template/user-override", test_template_user_override);
  g_test_add_func ("/template/not-found", test_template_not_found);

  result = g_test_run ();

  {
    g_autofree char *templates = g_build_filename (data_home, APP_ID, "templates", NULL);
    g_autofree char *app = g_build_filename (data_home, APP_ID, NULL);

    g_rmdir (templates);
    g_rmdir (app);
    g_rmdir (data_home);
  }

  return result;
}
