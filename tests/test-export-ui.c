/* test-export-ui.c: exporting and printing from the window
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "minutes-export-flow.h"
#include "minutes-window.h"
#include "ui-test.h"

G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static char *work_dir;

static void
close_window (MinutesWindow *window)
{
  while (minutes_export_flow_get_n_running (window) > 0)
    g_main_context_iteration (NULL, TRUE);
  ui_test_close_window (window);
}

static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      g_string_append (text, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (text, '\n');
    }
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    {
      g_string_append (text, gtk_button_get_label (GTK_BUTTON (widget)));
      g_string_append_c (text, '\n');
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

/* What the window shows in words, toasts included. */
static char *
dup_shown_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_labels (widget, text);

  return g_string_free (text, FALSE);
}

/* Whether the window shows a spinning spinner (an export under way). */
static gboolean
shows_progress (GtkWidget *widget)
{
  if (GTK_IS_SPINNER (widget) && gtk_widget_get_mapped (widget) &&
      gtk_spinner_get_spinning (GTK_SPINNER (widget)))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (shows_progress (child))
        return TRUE;
    }

  return FALSE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;

  return G_SOURCE_REMOVE;
}

/* Waits (up to 10 s) until the window shows TEXT somewhere. */
static gboolean
wait_for_text (GtkWidget  *widget,
               const char *text)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add_seconds (10, timeout_cb, &timed_out);

  while (!timed_out)
    {
      g_autofree char *shown = dup_shown_text (widget);

      if (strstr (shown, text) != NULL)
        {
          g_source_remove (source);
          return TRUE;
        }
      g_main_context_iteration (NULL, TRUE);
    }

  return FALSE;
}

/* The toplevel of TYPE transient for WINDOW, waiting up to 10 s. */
static GtkWindow *
wait_for_toplevel (MinutesWindow *window,
                   GType          type)
{
  gboolean timed_out = FALSE;
  guint source = g_timeout_add_seconds (10, timeout_cb, &timed_out);

  while (!timed_out)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

          if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
              gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) &&
              gtk_widget_get_visible (GTK_WIDGET (toplevel)))
            {
              g_source_remove (source);
              return toplevel;
            }
        }
      g_main_context_iteration (NULL, TRUE);
    }

  return NULL;
}

static gboolean
has_toplevel (MinutesWindow *window,
              GType          type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return TRUE;
    }

  return FALSE;
}

/* Not inlined: GCC 12 then takes the returned text for a pointer to the
 * local it was read through (-Wdangling-pointer, a false positive). */
G_GNUC_NO_INLINE static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

/* The export runs while the window goes on: a spinner shows it, then a
 * toast says it was exported and offers to open it. */
static void
test_export_to_file (void)
{
  g_autofree char *path = ui_test_get_example_path ();
  MinutesWindow *window = ui_test_open_window (path);
  g_autofree char *out = g_build_filename (work_dir, "seam.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autofree char *contents = NULL;

  minutes_export_flow_export_to_file (window, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_EXPORT_FORMAT_PDF,
                                      MINUTES_RENDER_DEFAULT, file);
  g_assert_cmpuint (minutes_export_flow_get_n_running (window), ==, 1);
  /* The spinner beside the Export menu shows while it runs. */
  {
    gboolean seen = FALSE;

    for (guint i = 0; i < 1000 && !seen && minutes_export_flow_get_n_running (window) > 0; i++)
      {
        seen = shows_progress (GTK_WIDGET (window));
        if (!seen)
          g_main_context_iteration (NULL, TRUE);
      }
    g_test_message ("progress spinner seen: %s", seen ? "yes" : "no (the export was quicker)");
  }

  g_assert_true (wait_for_text (GTK_WIDGET (window), "Exported “seam.pdf”"));
  g_assert_true (wait_for_text (GTK_WIDGET (window), "_Open"));
  g_assert_cmpuint (minutes_export_flow_get_n_running (window), ==, 0);
  contents = read_file (out);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* The spinner goes when the export is done. */
  {
    gboolean timed_out = FALSE;
    guint source = g_timeout_add_seconds (10, timeout_cb, &timed_out);

    while (shows_progress (GTK_WIDGET (window)) && !timed_out)
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (timed_out);
    g_source_remove (source);
  }

  g_unlink (out);
  close_window (window);
}

/* win.export("minutes:html"): the save dialog is preset to the dated
 * name, offers the confidential version when there are exempt items, and
 * writes what was chosen. */
static void
test_export_action (void)
{
  g_autofree char *example = ui_test_get_example_path ();
  g_autofree char *example_contents = read_file (example);
  g_autofree char *path = g_build_filename (work_dir, "meeting.minutes", NULL);
  MinutesWindow *window;
  g_autofree char *out = g_build_filename (work_dir, "chosen.html", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (work_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  GtkWindow *chooser;
  MinutesMeeting *meeting;
  g_autoptr(MinutesAgendaItem) item = NULL;

  /* A meeting in a folder of its own, where the export goes beside it. */
  g_file_set_contents (path, example_contents, -1, &error);
  g_assert_no_error (error);
  window = ui_test_open_window (path);
  meeting = minutes_window_get_meeting (window);
  item = g_list_model_get_item (minutes_meeting_get_items (meeting), 3);

  minutes_agenda_item_set_exempt (item, TRUE);
  minutes_agenda_item_set_exemption_ground (item, "paragraph 3 of Part 1 of Schedule 12A");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", "minutes:html"));
  chooser = wait_for_toplevel (window, GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);

  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, "2024-01-16 Safer Stronger Communities Select Committee - minutes.html");
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "confidential"), ==, "false");

  /* The dialog opens in the meeting's folder (once it has loaded it). */
  {
    gboolean timed_out = FALSE;
    guint source = g_timeout_add_seconds (10, timeout_cb, &timed_out);
    gboolean in_folder = FALSE;

    while (!in_folder && !timed_out)
      {
        g_autoptr(GFile) current = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));

        in_folder = current != NULL && g_file_equal (current, folder);
        if (!in_folder)
          g_main_context_iteration (NULL, TRUE);
      }
    g_assert_true (in_folder);
    g_source_remove (source);
  }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "chosen.html");
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "confidential", "true");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  g_assert_true (wait_for_text (GTK_WIDGET (window), "Exported “chosen.html”"));
  contents = read_file (out);
  g_assert_nonnull (strstr (contents, "<p class=\"confidential\">CONFIDENTIAL</p>"));

  g_unlink (out);
  close_window (window);
  g_unlink (path);
}

/* With errors from the checks, export asks first; cancelled, nothing
 * more happens; confirmed, the save dialog comes. */
static void
test_export_asks_about_problems (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "validation", "end-after-start.minutes", NULL);
  MinutesWindow *window = ui_test_open_window (path);
  MinutesMeeting *meeting = minutes_window_get_meeting (window);
  g_autoptr(MinutesTemplate) template = minutes_template_lookup_for_meeting (meeting, NULL);
  g_autoptr(MinutesValidator) validator = minutes_validator_new (template);
  g_autofree char *body = NULL;
  g_autofree char *name = NULL;
  GtkWindow *dialog;
  GtkWindow *chooser;

  minutes_validator_set_meeting (validator, meeting);
  minutes_validator_validate (validator);
  g_assert_cmpuint (minutes_validator_get_n_errors (validator), >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", "agenda:odt"));
  dialog = wait_for_toplevel (window, ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  body = g_strdup (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_test_message ("%s", body);
  g_assert_true (g_str_has_prefix (body, "The minutes have "));
  g_assert_nonnull (strstr (body, "Export anyway?"));
  g_assert_false (has_toplevel (window, GTK_TYPE_FILE_CHOOSER_DIALOG));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_destroy (dialog);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (has_toplevel (window, GTK_TYPE_FILE_CHOOSER_DIALOG));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", "agenda:odt"));
  dialog = wait_for_toplevel (window, ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "export");
  gtk_window_destroy (dialog);
  chooser = wait_for_toplevel (window, GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_true (g_str_has_suffix (name, " - agenda.odt"));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);

  close_window (window);
}

/* A file that cannot be written: a dialog names it and says why. */
static void
test_export_error (void)
{
  g_autofree char *path = ui_test_get_example_path ();
  MinutesWindow *window = ui_test_open_window (path);
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-minutes-dir/out.pdf");
  GtkWindow *dialog;

  minutes_export_flow_export_to_file (window, MINUTES_DOCUMENT_KIND_DECISIONS, MINUTES_EXPORT_FORMAT_PDF,
                                      MINUTES_RENDER_DEFAULT, file);
  dialog = wait_for_toplevel (window, ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Could Not Export “out.pdf”");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                                   "/nonexistent-minutes-dir/out.pdf: "));
  gtk_window_destroy (dialog);

  close_window (window);
}

/* Closing the window while its export runs: the file is still written,
 * and nothing is shown on the closed window (no criticals either). */
static void
test_export_window_closed (void)
{
  g_autofree char *path = ui_test_get_example_path ();
  MinutesWindow *window = ui_test_open_window (path);
  g_autofree char *out = g_build_filename (work_dir, "closed.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autofree char *contents = NULL;

  minutes_export_flow_export_to_file (window, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_EXPORT_FORMAT_PDF,
                                      MINUTES_RENDER_DEFAULT, file);
  /* Held (by ui_test_open_window) while the export finishes. */
  gtk_window_destroy (GTK_WINDOW (window));
  while (minutes_export_flow_get_n_running (window) > 0)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_object_unref (window);

  contents = read_file (out);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_unlink (out);
}

static guint
count_pdf_pages (const char *path,
                 char      **text)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { pdftotext, "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  int status;
  guint n_pages = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  for (const char *p = *text; *p != '\0'; p++)
    n_pages += *p == '\f';

  return n_pages;
}

/* Print runs its page setup and pagination: exported through the print
 * operation, the pages are those of the PDF export, footer and all. */
static void
test_print_pages (void)
{
  g_autofree char *path = ui_test_get_example_path ();
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  MinutesWindow *window = ui_test_open_window (path);
  g_autofree char *printed = g_build_filename (work_dir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (work_dir, "exported.pdf", NULL);
  g_autoptr(GFile) exported_file = g_file_new_for_path (exported);
  g_autoptr(MinutesTemplate) template = minutes_template_lookup_for_meeting (minutes_window_get_meeting (window), NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *printed_text = NULL;
  g_autofree char *exported_text = NULL;
  g_autofree char *last_footer = NULL;
  g_autofree char *contents = NULL;
  guint n_printed, n_exported;

  g_assert_cmpint (minutes_export_flow_print (window, GTK_PRINT_OPERATION_ACTION_EXPORT, printed, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  contents = read_file (printed);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed: apt install poppler-utils to read the printed pages");
      close_window (window);
      return;
    }

  g_assert_true (minutes_export_to_file (minutes_window_get_meeting (window), template,
                                         MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_EXPORT_FORMAT_PDF,
                                         MINUTES_RENDER_DEFAULT, exported_file, NULL, &error));
  g_assert_no_error (error);

  n_printed = count_pdf_pages (printed, &printed_text);
  n_exported = count_pdf_pages (exported, &exported_text);
  g_test_message ("printed %u pages, exported %u", n_printed, n_exported);
  g_assert_cmpuint (n_printed, >=, 3);
  g_assert_cmpuint (n_printed, ==, n_exported);
  last_footer = g_strdup_printf ("Page %u of %u", n_printed, n_printed);
  g_assert_nonnull (strstr (printed_text, "MINUTES OF THE SAFER STRONGER"));
  g_assert_nonnull (strstr (printed_text, last_footer));
  g_assert_null (strstr (printed_text, "CONFIDENTIAL"));

  g_unlink (printed);
  g_unlink (exported);
  close_window (window);
}

typedef struct
{
  const char *setting;
  const char *present[3];
  const char *absent;
} LanguageCase;

/* Where WORD first stands in TEXT, or -1. */
static gssize
find_word (const char *text,
           const char *word)
{
  const char *found = strstr (text, word);

  return found != NULL ? found - text : -1;
}

/* Exports WINDOW's meeting as HTML with export-language set as CASE says,
 * and checks the words of each language that must or must not be there. */
static void
check_export_language (MinutesWindow      *window,
                       GSettings          *settings,
                       guint               index,
                       const LanguageCase *language)
{
  g_autofree char *name = g_strdup_printf ("language-%u.html", index);
  g_autofree char *out = g_build_filename (work_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (out);
  g_autofree char *shown = g_strdup_printf ("Exported “%s”", name);
  g_autofree char *contents = NULL;

  g_settings_set_string (settings, "export-language", language->setting);
  minutes_export_flow_export_to_file (window, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_EXPORT_FORMAT_HTML,
                                      MINUTES_RENDER_DEFAULT, file);
  g_assert_true (wait_for_text (GTK_WIDGET (window), shown));
  contents = read_file (out);
  for (guint p = 0; p < G_N_ELEMENTS (language->present) && language->present[p] != NULL; p++)
    g_assert_cmpint (find_word (contents, language->present[p]), >=, 0);
  if (language->absent != NULL)
    g_assert_cmpint (find_word (contents, language->absent), ==, -1);
  /* Welsh first when Welsh is named first. */
  if (language->present[2] != NULL)
    g_assert_cmpint (find_word (contents, "PENDERFYNWYD"), <, find_word (contents, "RESOLVED"));
  g_unlink (out);
}

/* The export-language preference: the meeting's template in Welsh, or
 * Welsh then English section by section, in what the window writes. */
static void
test_export_language (void)
{
  g_autofree char *path = ui_test_get_example_path ();
  MinutesWindow *window = ui_test_open_window (path);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const LanguageCase cases[] = {
    { "cy", { "COFNODION", "PENDERFYNWYD", NULL }, "RESOLVED" },
    { "cy+en-GB", { "COFNODION", "PENDERFYNWYD", "RESOLVED" }, NULL },
    { "", { "RESOLVED", NULL, NULL }, "PENDERFYNWYD" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    check_export_language (window, settings, i, &cases[i]);

  g_settings_reset (settings, "export-language");
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* Without a desktop portal (none under the test's session bus) the save
   * dialog is GTK's own, which the test can answer. */
  if (!ui_test_init (&argc, &argv, "export-ui", UI_TEST_APPLICATION))
    return UI_TEST_SKIPPED;

  /* What the tests export, in the test's folder (removed with it). */
  work_dir = g_build_filename (ui_test_get_home_dir (), "work", NULL);
  g_assert_cmpint (g_mkdir (work_dir, 0700), ==, 0);

  g_test_add_func ("/export-ui/export-to-file", test_export_to_file);
  g_test_add_func ("/export-ui/export-action", test_export_action);
  g_test_add_func ("/export-ui/asks-about-problems", test_export_asks_about_problems);
  g_test_add_func ("/export-ui/error", test_export_error);
  g_test_add_func ("/export-ui/window-closed", test_export_window_closed);
  g_test_add_func ("/export-ui/print-pages", test_print_pages);
  g_test_add_func ("/export-ui/export-language", test_export_language);

  ret = ui_test_run ();
  g_free (work_dir);

  return ret;
}

G_GNUC_END_IGNORE_DEPRECATIONS
