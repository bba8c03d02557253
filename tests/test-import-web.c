/* test-import-web.c: the committee web site's meeting page → the model
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "minutes-core.h"

static MinutesTemplate *
default_template (void)
{
  g_autoptr(GError) error = NULL;
  MinutesTemplate *template = minutes_template_lookup (MINUTES_DEFAULT_TEMPLATE, &error);

  g_assert_no_error (error);

  return template;
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize size = 0;

  g_file_get_contents (path, &contents, &size, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, size);
}

static char *
shared_path (const char *dir,
             const char *name)
{
  const char *seed_dir = g_getenv ("MINUTES_SEED_DIR");

  g_assert_nonnull (seed_dir);

  return g_build_filename (seed_dir, "..", dir, name, NULL);
}

static JsonNode *
member_of (MinutesMeeting *meeting,
           const char     *member)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = minutes_document_serialize (meeting, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;

  g_assert_no_error (error);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_has_member (root, member));

  return json_node_copy (json_object_get_member (root, member));
}

static void
assert_same_member (MinutesMeeting *expected,
                    MinutesMeeting *actual,
                    const char     *member)
{
  g_autoptr(JsonNode) a = member_of (expected, member);
  g_autoptr(JsonNode) b = member_of (actual, member);

  if (!json_node_equal (a, b))
    {
      g_autofree char *ta = json_to_string (a, TRUE);
      g_autofree char *tb = json_to_string (b, TRUE);

      g_test_message ("“%s” differs; expected:\n%s\nimported:\n%s", member, ta, tb);
      g_test_fail ();
    }
}

static void
add_words (GHashTable *set,
           const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (words[i], -1);
      GString *word = g_string_new (NULL);

      for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
        {
          if (g_unichar_isalnum (g_utf8_get_char (p)))
            g_string_append_unichar (word, g_utf8_get_char (p));
        }
      if (word->len > 0)
        g_hash_table_add (set, g_string_free (word, FALSE));
      else
        g_string_free (word, TRUE);
    }
}

/* Every word of the page is somewhere in the minutes, agenda or decisions
 * made from the import, except those of the table's frame and of the
 * site's own wording that the template words differently. */
static void
assert_page_words_kept (const char     *page,
                        MinutesMeeting *meeting)
{
  static const char * const site_words[] = {
    "view", "text",   /* "… view the full minutes text for item 3." */
    "documents",      /* "Additional documents:" with no documents under it */
    NULL
  };
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GHashTable) input = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) output = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer word;

  add_words (input, page);
  for (guint kind = MINUTES_DOCUMENT_KIND_MINUTES; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
    {
      g_autofree char *text = minutes_render_text (meeting, template, kind, MINUTES_RENDER_CONFIDENTIAL);

      add_words (output, text);
    }

  g_hash_table_iter_init (&iter, input);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    {
      if (!g_hash_table_contains (output, word) && !g_strv_contains (site_words, word))
        {
          g_test_message ("“%s” is in the page but in no document made from the import", (char *) word);
          g_test_fail ();
        }
    }
}

/* Seed 000: the page as copied from a browser, read by the text importer */
static void
test_copied_page (void)
{
  g_autofree char *seed = shared_path ("seeds", "000_294c07fb750e4f22.txt");
  g_autofree char *example_path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                         "next-meeting-safer-stronger-communities.minutes", NULL);
  g_autoptr(GFile) example_file = g_file_new_for_path (example_path);
  g_autoptr(GFile) seed_file = g_file_new_for_path (seed);
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) example = minutes_document_load (example_file, NULL, &error);
  g_autoptr(MinutesMeeting) meeting = NULL;
  MinutesImportReport report = { 0 };

  g_assert_no_error (error);
  meeting = minutes_import_text_file (seed_file, template, &report, NULL, &error);
  g_assert_no_error (error);

  /* The same items (documents, publication notes, decisions, witnesses,
   * points, the adjournment, resolutions, truncation) and declarations. */
  assert_same_member (example, meeting, "items");
  assert_same_member (example, meeting, "declarations");
  g_assert_cmpstr (minutes_meeting_get_venue (meeting), ==, "Civic Suite");
  g_assert_cmpstr (minutes_meeting_get_contact_name (meeting), ==, "Benjamin Awkal");
  g_assert_cmpstr (minutes_meeting_get_contact_role (meeting), ==, "Scrutiny Manager");
  g_assert_cmpuint (report.n_unplaced, ==, 0);

  {
    g_autofree char *text = NULL;

    g_file_get_contents (seed, &text, NULL, &error);
    g_assert_no_error (error);
    assert_page_words_kept (text, meeting);
  }
}

static MinutesMeeting *
import_fixture (void)
{
  g_autofree char *path = shared_path ("fixtures", "moderngov/kingston-neighbourhood-2026-01-15.html");
  g_autoptr(GBytes) bytes = read_file (path);
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GError) error = NULL;
  MinutesMeeting *meeting = minutes_import_web_page (bytes, "kingston.html", template, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (meeting);

  return meeting;
}

static MinutesAgendaItem *
item_at (MinutesMeeting *meeting,
         guint           position)
{
  return g_list_model_get_item (minutes_meeting_get_items (meeting), position);
}

static void
test_saved_page (void)
{
  g_autoptr(MinutesMeeting) meeting = import_fixture ();
  GListModel *items = minutes_meeting_get_items (meeting);
  const GDate *date = minutes_meeting_get_date (meeting);
  const char *titles[] = {
    "Public Question Time", "Petitions", "Apologies for Absence", "Declarations of Interest", "Minutes",
    "Petition Regarding the Introduction of Traffic Management Measures On Manorgate Road",
    "Coombe Lane West Zebra Crossing - Local Consultation Results", "Community Safety Update",
    "Planned Highway Maintenance and Street Lighting Capital Programme 2026/27",
    "Community Grants Programme", "Decision Progress Update", "Urgent Items Authorised by the Chair",
  };
  const guint n_documents[] = { 0, 0, 0, 0, 1, 5, 2, 1, 5, 2, 1, 0 };
  const gboolean has_decision[] = { 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0 };
  const gboolean truncated[] = { 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0 };

  g_assert_cmpstr (minutes_meeting_get_committee (meeting), ==, "Kingston and North Kingston Neighbourhood Committee");
  g_assert_nonnull (date);
  g_assert_cmpint (g_date_get_day (date), ==, 15);
  g_assert_cmpint (g_date_get_month (date), ==, 1);
  g_assert_cmpint (g_date_get_year (date), ==, 2026);
  g_assert_cmpint (minutes_meeting_get_start (meeting), ==, 19 * 60 + 30);
  g_assert_cmpstr (minutes_meeting_get_venue (meeting), ==, "Guildhall, Kingston upon Thames");
  g_assert_cmpstr (minutes_meeting_get_contact_name (meeting), ==, "Alice Aubrey");
  g_assert_cmpstr (minutes_meeting_get_contact_phone (meeting), ==, "07521058748");
  g_assert_cmpstr (minutes_meeting_get_contact_email (meeting), ==, "alice.aubrey@kingston.gov.uk");

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 12);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(MinutesAgendaItem) item = item_at (meeting, i);
      g_autofree char *number = minutes_agenda_item_dup_number (item);
      g_autofree char *expected_number = g_strdup_printf ("%u", 54 + i);

      g_test_message ("item %s", expected_number);
      g_assert_cmpstr (number, ==, expected_number);
      g_assert_cmpstr (minutes_agenda_item_get_title (item), ==, titles[i]);
      g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_attachments (item)), ==, n_documents[i]);
      g_assert_cmpint (minutes_agenda_item_get_decision (item) != NULL, ==, has_decision[i]);
      g_assert_cmpint (minutes_agenda_item_get_minutes_truncated (item), ==, truncated[i]);
    }

  /* Documents with sizes and links, additional ones marked */
  {
    g_autoptr(MinutesAgendaItem) petition = item_at (meeting, 5);
    GListModel *documents = minutes_agenda_item_get_attachments (petition);
    g_autoptr(MinutesAttachment) report = g_list_model_get_item (documents, 0);
    g_autoptr(MinutesAttachment) annex = g_list_model_get_item (documents, 2);
    g_autoptr(MinutesAgendaItem) safety = item_at (meeting, 7);
    g_autoptr(MinutesAttachment) big = g_list_model_get_item (minutes_agenda_item_get_attachments (safety), 0);
    g_autoptr(MinutesResolution) resolution = g_list_model_get_item (minutes_agenda_item_get_resolutions (petition), 0);

    g_assert_cmpstr (minutes_attachment_get_title (report), ==, titles[5]);
    g_assert_cmpstr (minutes_attachment_get_file_type (report), ==, "PDF");
    g_assert_cmpint (minutes_attachment_get_size (report), ==, 161 * 1024);
    g_assert_cmpstr (minutes_attachment_get_url (report), ==, "documents/s112217/Petition TMO Manorgate Rd Report.pdf");
    g_assert_false (minutes_attachment_get_additional (report));
    g_assert_cmpstr (minutes_attachment_get_title (annex), ==, "Annex 2 - Manorgate Road");
    g_assert_cmpint (minutes_attachment_get_size (annex), ==, 1024 * 1024);
    g_assert_true (minutes_attachment_get_additional (annex));
    g_assert_cmpint (minutes_attachment_get_size (big), ==, 10 * 1024 * 1024);

    /* The decision, and the resolution with its three points */
    g_assert_true (g_str_has_prefix (minutes_agenda_item_get_decision (petition), "RESOLVED that:"));
    g_assert_cmpint (minutes_resolution_get_kind (resolution), ==, MINUTES_RESOLUTION_RESOLVED);
    g_assert_cmpuint (g_list_model_get_n_items (minutes_resolution_get_points (resolution)), ==, 3);
  }

  /* Minutes as paragraphs; the cut-short marker is gone from the text */
  {
    g_autoptr(MinutesAgendaItem) petition = item_at (meeting, 5);
    GListModel *discussion = minutes_agenda_item_get_discussion (petition);
    g_autoptr(MinutesDiscussionEntry) last = g_list_model_get_item (discussion, g_list_model_get_n_items (discussion) - 1);
    g_autoptr(MinutesTemplate) template = default_template ();
    g_autofree char *text = minutes_render_text (meeting, template, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);

    g_assert_cmpstr (minutes_agenda_item_get_introduction (petition), ==,
                     "The Chair moved this item up the agenda with the agreement of the Chair.");
    g_assert_null (strstr (minutes_discussion_entry_get_text (last), "view the full"));
    g_assert_nonnull (strstr (text, "The minutes of this item continue in the full minutes."));
    g_assert_null (strstr (text, "view the full minutes text"));
  }
}

static void
test_not_a_meeting_page (void)
{
  const char *html = "<html><head><title>Parking</title></head><body><p>Pay for parking</p></body></html>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (html, strlen (html));
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = minutes_import_web_page (bytes, "parking.html", template, NULL, &error);

  g_assert_null (meeting);
  g_assert_error (error, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_NOT_MINUTES);
  g_assert_nonnull (strstr (error->message, "parking.html"));
}

/* A page with external entities and remote references: nothing is
 * fetched or expanded. */
static void
test_no_network (void)
{
  const char *html =
    "<!DOCTYPE html SYSTEM \"http://203.0.113.1/evil.dtd\">"
    "<html><body><h2 class=\"mgSubTitleTxt\">Cabinet - Monday 2 March 2026 10.00 am</h2>"
    "<img src=\"http://203.0.113.1/x.png\">"
    "<table id=\"mgItemTable\"><tr><td class=\"mgItemNumberCell\"><p class=\"mgAiTitleTxt\">1.</p></td>"
    "<td><p class=\"mgAiTitleTxt\">Apologies</p><p>Cancelled: no documents</p></td></tr></table></body></html>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (html, strlen (html));
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = minutes_import_web_page (bytes, "cabinet.html", template, NULL, &error);
  g_autoptr(MinutesAgendaItem) item = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (minutes_meeting_get_committee (meeting), ==, "Cabinet");
  g_assert_cmpint (minutes_meeting_get_start (meeting), ==, 10 * 60);
  item = item_at (meeting, 0);
  g_assert_cmpstr (minutes_agenda_item_get_title (item), ==, "Apologies");
  g_assert_cmpstr (minutes_agenda_item_get_publication_note (item), ==, "Cancelled: no documents");
  g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_attachments (item)), ==, 0);
}

static MinutesMeeting *
import_service (const char  *xml,
                GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(MinutesTemplate) template = default_template ();

  return minutes_import_web_service (bytes, "getmeeting.xml", template, NULL, error);
}

static MinutesPerson *
person_at (MinutesMeeting *meeting,
           guint           position)
{
  return g_list_model_get_item (minutes_meeting_get_people (meeting), position);
}

static void
test_web_service (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", "getmeeting.xml", NULL);
  g_autoptr(GBytes) bytes = read_file (path);
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = minutes_import_web_service (bytes, "getmeeting.xml", template, NULL, &error);
  const GDate *date;
  const struct
  {
    const char        *name;
    const char        *honorific;
    MinutesAttendance  attendance;
    MinutesPersonKind  kind;
    MinutesRole        role;
    const char        *job_title;
  } people[] = {
    { "Ann Jones", "Councillor", MINUTES_ATTENDANCE_PRESENT, MINUTES_PERSON_KIND_MEMBER, MINUTES_ROLE_CHAIR, NULL },
    { "Bob Smith", "Councillor", MINUTES_ATTENDANCE_PRESENT_VIRTUALLY, MINUTES_PERSON_KIND_MEMBER, MINUTES_ROLE_VICE_CHAIR, NULL },
    { "Cy Evans", "Councillor", MINUTES_ATTENDANCE_ABSENT, MINUTES_PERSON_KIND_MEMBER, MINUTES_ROLE_NONE, NULL },
    { "Di Patel", "Councillor", MINUTES_ATTENDANCE_APOLOGIES, MINUTES_PERSON_KIND_MEMBER, MINUTES_ROLE_NONE, NULL },
    { "Ed Green", "Councillor", MINUTES_ATTENDANCE_PRESENT, MINUTES_PERSON_KIND_SUBSTITUTE, MINUTES_ROLE_NONE, NULL },
    { "Fay Brown", NULL, MINUTES_ATTENDANCE_PRESENT, MINUTES_PERSON_KIND_OFFICER, MINUTES_ROLE_NONE, "Head of Planning" },
    { "Gus White", NULL, MINUTES_ATTENDANCE_PRESENT_VIRTUALLY, MINUTES_PERSON_KIND_OFFICER, MINUTES_ROLE_NONE, "Solicitor" },
    { "Hal Black", "Councillor", MINUTES_ATTENDANCE_EXPECTED, MINUTES_PERSON_KIND_MEMBER, MINUTES_ROLE_NONE, NULL },
  };

  g_assert_no_error (error);
  g_assert_cmpstr (minutes_meeting_get_committee (meeting), ==, "Planning Committee");
  g_assert_cmpstr (minutes_meeting_get_venue (meeting), ==, "Council Chamber, Town Hall");
  date = minutes_meeting_get_date (meeting);
  g_assert_nonnull (date);
  g_assert_cmpint (g_date_get_day (date), ==, 24);
  g_assert_cmpint (g_date_get_month (date), ==, 6);
  g_assert_cmpint (g_date_get_year (date), ==, 2015);
  g_assert_cmpint (minutes_meeting_get_start (meeting), ==, 10 * 60);

  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_people (meeting)), ==, G_N_ELEMENTS (people));
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(MinutesPerson) person = person_at (meeting, i);

      g_test_message ("%s", people[i].name);
      g_assert_cmpstr (minutes_person_get_name (person), ==, people[i].name);
      g_assert_cmpstr (minutes_person_get_honorific (person), ==, people[i].honorific);
      g_assert_cmpint (minutes_person_get_attendance (person), ==, people[i].attendance);
      g_assert_cmpint (minutes_person_get_kind (person), ==, people[i].kind);
      g_assert_cmpint (minutes_person_get_role (person), ==, people[i].role);
      g_assert_cmpstr (minutes_person_get_job_title (person), ==, people[i].job_title);
    }

  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_items (meeting)), ==, 3);
  {
    g_autoptr(MinutesAgendaItem) minutes = item_at (meeting, 0);
    g_autoptr(MinutesAgendaItem) land = item_at (meeting, 1);
    g_autoptr(MinutesAgendaItem) staffing = item_at (meeting, 2);
    g_autoptr(MinutesResolution) agreed = g_list_model_get_item (minutes_agenda_item_get_resolutions (minutes), 0);
    g_autoptr(MinutesResolution) granted = g_list_model_get_item (minutes_agenda_item_get_resolutions (land), 0);
    g_autoptr(MinutesAttachment) plan = g_list_model_get_item (minutes_agenda_item_get_attachments (land), 1);
    g_autofree char *land_number = minutes_agenda_item_dup_number (land);
    g_autofree char *staffing_number = minutes_agenda_item_dup_number (staffing);

    g_assert_cmpint (minutes_agenda_item_get_standing (minutes), ==, MINUTES_STANDING_PREVIOUS_MINUTES);
    g_assert_cmpstr (minutes_agenda_item_get_agenda_text (minutes), ==,
                     "To confirm the minutes of the meeting held on 20 May 2015.");
    g_assert_cmpint (minutes_resolution_get_kind (agreed), ==, MINUTES_RESOLUTION_RESOLVED);
    g_assert_cmpstr (minutes_resolution_get_text (agreed), ==,
                     "that the minutes of the meeting held on 20 May 2015 be agreed as a correct record.");

    g_assert_cmpstr (land_number, ==, "PLA146/14");
    g_assert_cmpstr (minutes_agenda_item_get_introduction (land), ==, "The Head of Planning presented the report.");
    g_assert_cmpuint (g_list_model_get_n_items (minutes_agenda_item_get_discussion (land)), ==, 3);
    g_assert_cmpuint (g_list_model_get_n_items (minutes_resolution_get_points (granted)), ==, 2);
    g_assert_cmpstr (minutes_attachment_get_title (plan), ==, "Site plan");
    g_assert_cmpstr (minutes_attachment_get_url (plan), ==, "https://example.gov.uk/documents/s2/Plan.pdf");

    g_assert_cmpstr (staffing_number, ==, "3");
    g_assert_true (minutes_agenda_item_get_exempt (staffing));
  }
}

/* External entities are neither fetched nor expanded */
static void
test_web_service_entities (void)
{
  const char *xml =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE getmeeting [\n"
    "  <!ENTITY secret SYSTEM \"file:///etc/hostname\">\n"
    "  <!ENTITY remote SYSTEM \"http://203.0.113.1/x\">\n"
    "]>\n"
    "<getmeeting><meeting><committeetitle>Cabinet&secret;&remote;</committeetitle>"
    "<meetingdate>02/03/2026</meetingdate></meeting></getmeeting>";
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = import_service (xml, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (minutes_meeting_get_committee (meeting), ==, "Cabinet");
}

static void
test_web_service_bad (void)
{
  g_autoptr(GError) not_xml = NULL;
  g_autoptr(GError) no_meeting = NULL;
  g_autoptr(MinutesMeeting) first = import_service ("<meeting><unclosed>", &not_xml);
  g_autoptr(MinutesMeeting) second = import_service ("<?xml version=\"1.0\"?><rss><channel/></rss>", &no_meeting);

  g_assert_null (first);
  g_assert_error (not_xml, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_NOT_MINUTES);
  g_assert_nonnull (strstr (not_xml->message, "getmeeting.xml"));
  g_assert_null (second);
  g_assert_error (no_meeting, MINUTES_IMPORT_ERROR, MINUTES_IMPORT_ERROR_NOT_MINUTES);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/web/copied-page", test_copied_page);
  g_test_add_func ("/import/web/saved-page", test_saved_page);
  g_test_add_func ("/import/web/not-a-meeting-page", test_not_a_meeting_page);
  g_test_add_func ("/import/web/no-network", test_no_network);
  g_test_add_func ("/import/web-service/getmeeting", test_web_service);
  g_test_add_func ("/import/web-service/entities", test_web_service_entities);
  g_test_add_func ("/import/web-service/bad", test_web_service_bad);

  return g_test_run ();
}
