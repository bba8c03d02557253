/* test-confidential.c: exempt items stay out of public documents after an
 * import and in the next meeting made from this one
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The marker test of tests/test-export.c (a unique marker in every field
 * of an exempt item, searched for in every public export) run over the
 * paths by which a meeting's content reaches a new meeting: the text
 * importer (fed a confidential and a public export), the committee web
 * page and web-service importers, and "next meeting from this one".
 */

#include "config.h"

#include <string.h>

#include "minutes-core.h"
#include "minutes-html-backend.h"
#include "minutes-import.h"
#include "minutes-next-meeting.h"
#include "minutes-odt-backend.h"
#include "test-fields.h"

#define MARKER "XQZ-EXEMPT-7f3a9c"
#define GROUND "paragraph 3 of Part 1 of Schedule 12A"

static MinutesTemplate *
default_template (void)
{
  g_autoptr(GError) error = NULL;
  MinutesTemplate *template = minutes_template_lookup (MINUTES_DEFAULT_TEMPLATE, &error);

  g_assert_no_error (error);

  return template;
}

static MinutesMeeting *
load_example (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "examples",
                                                 "2024-01-16-safer-stronger-communities.minutes", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  MinutesMeeting *meeting = minutes_document_load (file, NULL, &error);

  g_assert_no_error (error);

  return meeting;
}

static void
set_marker (GObject    *object,
            const char *property,
            gpointer    user_data)
{
  g_autofree char *value = NULL;

  /* An exempt item's title and ground are public by law. */
  if (object == user_data && (g_str_equal (property, "title") || g_str_equal (property, "exemption-ground")))
    return;

  if (g_str_equal (property, "url"))
    value = g_strdup ("https://example.org/" MARKER);
  else
    value = g_strdup_printf ("%s %s", property, MARKER);
  g_object_set (object, property, value, NULL);
}

/* The bundled minutes with item 4 exempt, a marker in every field of it,
 * a document and a motion with its vote, and its actions still open. */
static MinutesMeeting *
meeting_with_exempt_item (MinutesAgendaItem **exempt)
{
  MinutesMeeting *meeting = load_example ();
  GListModel *items = minutes_meeting_get_items (meeting);
  g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, 3);
  g_autoptr(MinutesAttachment) attachment = g_object_new (MINUTES_TYPE_ATTACHMENT, NULL);
  g_autoptr(MinutesMotion) motion = minutes_motion_new ();
  g_autoptr(MinutesPerson) mover = g_list_model_get_item (minutes_meeting_get_people (meeting), 0);
  GListModel *actions = minutes_agenda_item_get_actions (item);

  g_assert_cmpuint (g_list_model_get_n_items (actions), >, 0);

  minutes_motion_set_mover (motion, mover);
  minutes_motion_set_votes_for (motion, 5);
  minutes_motion_set_votes_against (motion, 2);
  minutes_motion_set_abstentions (motion, 1);
  minutes_motion_set_outcome (motion, MINUTES_MOTION_OUTCOME_CARRIED);
  minutes_agenda_item_append_motion (item, motion);
  minutes_agenda_item_insert_attachment (item, 0, attachment);
  minutes_agenda_item_set_exempt (item, TRUE);
  minutes_agenda_item_set_exemption_ground (item, GROUND);
  test_fields_foreach_item (item, set_marker, item);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(MinutesAction) action = g_list_model_get_item (actions, i);

      minutes_action_set_status (action, MINUTES_ACTION_STATUS_OPEN);
    }

  *exempt = g_steal_pointer (&item);
  return meeting;
}

static char *
render_text (MinutesMeeting      *meeting,
             MinutesDocumentKind  kind,
             MinutesRenderFlags   flags)
{
  g_autoptr(MinutesTemplate) template = default_template ();

  return minutes_render_text (meeting, template, kind, flags);
}

static char *
render_html (MinutesMeeting      *meeting,
             MinutesDocumentKind  kind,
             MinutesRenderFlags   flags)
{
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(MinutesHtmlBackend) backend = minutes_html_backend_new ();

  minutes_render (meeting, template, kind, flags, MINUTES_BACKEND (backend));

  return minutes_html_backend_dup_html (backend);
}

static char *
render_odt (MinutesMeeting      *meeting,
            MinutesDocumentKind  kind,
            MinutesRenderFlags   flags)
{
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(MinutesOdtBackend) backend = minutes_odt_backend_new ();
  const char *parts[] = { "content.xml", "styles.xml", "meta.xml" };
  GString *all = g_string_new (NULL);

  minutes_render (meeting, template, kind, flags, MINUTES_BACKEND (backend));
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autoptr(GBytes) part = minutes_odt_backend_dup_part (backend, parts[i]);

      g_string_append_len (all, g_bytes_get_data (part, NULL), g_bytes_get_size (part));
    }

  return g_string_free (all, FALSE);
}

/* No public document of the meeting, in any format, has the marker. */
static void
assert_public_exports_clean (MinutesMeeting *meeting)
{
  for (MinutesDocumentKind kind = 0; kind <= MINUTES_DOCUMENT_KIND_DECISIONS; kind++)
    {
      g_autofree char *text = render_text (meeting, kind, MINUTES_RENDER_DEFAULT);
      g_autofree char *html = render_html (meeting, kind, MINUTES_RENDER_DEFAULT);
      g_autofree char *odt = render_odt (meeting, kind, MINUTES_RENDER_DEFAULT);

      if (strstr (text, MARKER) != NULL)
        g_error ("The public text (document kind %d) shows the marker:\n%s", kind, text);
      g_assert_null (strstr (html, MARKER));
      g_assert_null (strstr (odt, MARKER));
    }
}

static guint
count_marker (const char *text)
{
  guint n = 0;

  for (const char *p = text; (p = strstr (p, MARKER)) != NULL; p++)
    n++;

  return n;
}

static MinutesAgendaItem *
find_item (MinutesMeeting *meeting,
           const char     *title)
{
  GListModel *items = minutes_meeting_get_items (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (minutes_agenda_item_get_title (item), title) == 0)
        return item;
    }

  return NULL;
}

static MinutesMeeting *
import_text (const char *text)
{
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  MinutesMeeting *meeting = minutes_import_text (bytes, "exported.txt", template, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (meeting);

  return meeting;
}

/* The confidential minutes as text, imported: the exempt item comes back
 * exempt, with its ground and its minutes, and the public exports of the
 * import never show them. */
static void
test_text_confidential (void)
{
  g_autoptr(MinutesAgendaItem) exempt = NULL;
  g_autoptr(MinutesMeeting) meeting = meeting_with_exempt_item (&exempt);
  g_autofree char *text = render_text (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_CONFIDENTIAL);
  g_autoptr(MinutesMeeting) imported = NULL;
  g_autofree char *again = NULL;
  MinutesAgendaItem *item;

  g_assert_cmpuint (count_marker (text), >=, 5);

  imported = import_text (text);
  item = find_item (imported, minutes_agenda_item_get_title (exempt));
  g_assert_nonnull (item);
  g_assert_true (minutes_agenda_item_get_exempt (item));
  g_assert_cmpstr (minutes_agenda_item_get_exemption_ground (item), ==, GROUND);

  /* The minutes of the item were imported, into the item … */
  again = render_text (imported, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_CONFIDENTIAL);
  g_assert_cmpuint (count_marker (again), ==, count_marker (text));
  /* … and the top line of the confidential version is no item. */
  g_assert_cmpuint (g_list_model_get_n_items (minutes_meeting_get_items (imported)), ==,
                    g_list_model_get_n_items (minutes_meeting_get_items (meeting)));

  assert_public_exports_clean (imported);
}

/* The public minutes imported: the item is exempt with its ground. */
static void
test_text_public (void)
{
  g_autoptr(MinutesAgendaItem) exempt = NULL;
  g_autoptr(MinutesMeeting) meeting = meeting_with_exempt_item (&exempt);
  g_autofree char *text = render_text (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);
  g_autoptr(MinutesMeeting) imported = import_text (text);
  g_autofree char *again = NULL;
  MinutesAgendaItem *item;

  item = find_item (imported, minutes_agenda_item_get_title (exempt));
  g_assert_nonnull (item);
  g_assert_true (minutes_agenda_item_get_exempt (item));
  g_assert_cmpstr (minutes_agenda_item_get_exemption_ground (item), ==, GROUND);

  again = render_text (imported, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT);
  g_assert_cmpstr (again, ==, text);
  assert_public_exports_clean (imported);
}

/* A committee web page whose minutes say the public were excluded: the
 * item is exempt, and its agenda text, documents, decision and minutes stay
 * out of the public documents. */
static void
test_web_page (void)
{
  const char *html =
    "<html><body><h2 class=\"mgSubTitleTxt\">Cabinet - Monday 2 March 2026 10.00 am</h2>"
    "<table id=\"mgItemTable\">"
    "<tr><td class=\"mgItemNumberCell\"><p class=\"mgAiTitleTxt\">1.</p></td>"
    "<td><p class=\"mgAiTitleTxt\">Budget monitoring</p>"
    "<p class=\"mgSubItemTitleTxt\">Minutes:</p>"
    "<div class=\"mgWordPara\"><p>RESOLVED That the report be noted.</p></div></td></tr>"
    "<tr><td class=\"mgItemNumberCell\"><p class=\"mgAiTitleTxt\">2.</p></td>"
    "<td><p class=\"mgAiTitleTxt\">Sale of the depot</p>"
    "<div class=\"mgWordPara\"><p>Agenda text " MARKER "</p></div>"
    "<ul class=\"mgBulletList\"><li><a class=\"mgAiTitleLnk\" href=\"https://example.org/" MARKER ".pdf\">"
    "Valuation " MARKER " PDF 120 KB</a></li></ul>"
    "<p class=\"mgSubItemTitleTxt\">Decision:</p>"
    "<div class=\"mgWordPara\"><p>RESOLVED That the depot be sold to " MARKER ".</p></div>"
    "<p class=\"mgSubItemTitleTxt\">Minutes:</p>"
    "<div class=\"mgWordPara\">"
    "<p>The press and public were excluded from this item under " GROUND ".</p>"
    "<p>The bids were discussed " MARKER ".</p>"
    "<p>RESOLVED That the depot be sold to " MARKER ".</p></div></td></tr>"
    "</table></body></html>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (html, strlen (html));
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = minutes_import_web_page (bytes, "cabinet.html", template, NULL, &error);
  g_autofree char *confidential = NULL;
  MinutesAgendaItem *item;

  g_assert_no_error (error);
  item = find_item (meeting, "Sale of the depot");
  g_assert_nonnull (item);
  g_assert_true (minutes_agenda_item_get_exempt (item));
  g_assert_cmpstr (minutes_agenda_item_get_exemption_ground (item), ==, GROUND);
  g_assert_false (minutes_agenda_item_get_exempt (find_item (meeting, "Budget monitoring")));

  confidential = render_text (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_CONFIDENTIAL);
  g_assert_cmpuint (count_marker (confidential), >=, 2);
  assert_public_exports_clean (meeting);
}

/* A restricted item of the web service's GetMeeting response. */
static void
test_web_service (void)
{
  const char *xml =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<getmeeting><meeting>"
    "<committeetitle>Cabinet</committeetitle>"
    "<meetingdate>02/03/2026</meetingdate><meetingtime>10.00 am</meetingtime>"
    "<agendaitems>"
    "<agendaitem><agendaitemtitle>Budget monitoring</agendaitemtitle>"
    "<agendaitemnumber>1</agendaitemnumber><isrestricted>False</isrestricted>"
    "<minutesnonemptyhtmlbody>&lt;p&gt;&lt;b&gt;RESOLVED&lt;/b&gt; That the report be noted.&lt;/p&gt;"
    "</minutesnonemptyhtmlbody></agendaitem>"
    "<agendaitem><agendaitemtitle>Sale of the depot</agendaitemtitle>"
    "<agendaitemnumber>2</agendaitemnumber><isrestricted>True</isrestricted>"
    "<agendatext>&lt;p&gt;Agenda text " MARKER "&lt;/p&gt;</agendatext>"
    "<minutesnonemptyhtmlbody>&lt;p&gt;The bids were discussed " MARKER ".&lt;/p&gt;"
    "&lt;p&gt;Cllr Jones to negotiate with " MARKER ".&lt;/p&gt;"
    "&lt;p&gt;&lt;b&gt;RESOLVED&lt;/b&gt; That the depot be sold to " MARKER ".&lt;/p&gt;"
    "</minutesnonemptyhtmlbody>"
    "<linkeddocuments><linkeddoc><title>Valuation " MARKER "</title>"
    "<url>https://example.org/" MARKER ".pdf</url></linkeddoc></linkeddocuments>"
    "</agendaitem></agendaitems></meeting></getmeeting>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, strlen (xml));
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesMeeting) meeting = minutes_import_web_service (bytes, "getmeeting.xml", template, NULL, &error);
  g_autofree char *confidential = NULL;
  MinutesAgendaItem *item;

  g_assert_no_error (error);
  item = find_item (meeting, "Sale of the depot");
  g_assert_nonnull (item);
  g_assert_true (minutes_agenda_item_get_exempt (item));

  confidential = render_text (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_CONFIDENTIAL);
  g_assert_cmpuint (count_marker (confidential), >=, 3);
  assert_public_exports_clean (meeting);
}

/* The next meeting from one with an exempt item: its open actions are not
 * in the public matters arising, and nothing of it is in any public
 * document of the next meeting; they are carried, exempt. */
static void
test_next_meeting (void)
{
  g_autoptr(MinutesAgendaItem) exempt = NULL;
  g_autoptr(MinutesMeeting) meeting = meeting_with_exempt_item (&exempt);
  g_autoptr(MinutesTemplate) template = default_template ();
  g_autoptr(MinutesMeeting) next = NULL;
  g_autofree char *confidential = NULL;
  GListModel *items;
  GDate date;
  guint n_exempt = 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 12, G_DATE_MARCH, 2024);
  next = minutes_next_meeting_new (meeting, &date, -1, template);
  items = minutes_meeting_get_items (next);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      GListModel *actions = minutes_agenda_item_get_actions (item);

      if (minutes_agenda_item_get_exempt (item))
        {
          n_exempt++;
          g_assert_cmpstr (minutes_agenda_item_get_exemption_ground (item), ==, GROUND);
          g_assert_cmpuint (g_list_model_get_n_items (actions), ==,
                            g_list_model_get_n_items (minutes_agenda_item_get_actions (exempt)));
          continue;
        }

      /* The open actions carried in public come from public items only. */
      for (guint a = 0; a < g_list_model_get_n_items (actions); a++)
        {
          g_autoptr(MinutesAction) action = g_list_model_get_item (actions, a);

          g_assert_null (strstr (minutes_action_get_text (action), MARKER));
          g_assert_null (strstr (minutes_action_get_owner_text (action) ? minutes_action_get_owner_text (action) : "", MARKER));
        }
    }
  g_assert_cmpuint (n_exempt, ==, 1);

  /* The exempt actions are kept for the clerk … */
  confidential = render_text (next, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_CONFIDENTIAL);
  g_assert_cmpuint (count_marker (confidential), >=, 1);
  /* … and in no public document. */
  assert_public_exports_clean (next);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/confidential/text-import-confidential", test_text_confidential);
  g_test_add_func ("/confidential/text-import-public", test_text_public);
  g_test_add_func ("/confidential/web-page", test_web_page);
  g_test_add_func ("/confidential/web-service", test_web_service);
  g_test_add_func ("/confidential/next-meeting", test_next_meeting);

  return g_test_run ();
}
