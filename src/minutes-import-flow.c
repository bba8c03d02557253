/* minutes-import-flow.c: File → Import… and New Meeting From This One…
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-import-flow"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "minutes-form-util.h"
#include "minutes-import-flow.h"

/* Both commands make a meeting that has no file yet and show it as a new,
 * unsaved document: in the window they were started from if that shows
 * nothing worth keeping, otherwise in a new window beside it. Reading and
 * importing the file happen in a worker thread; the window is only touched
 * back on the main thread. */

/* Import */

typedef struct
{
  GFile             *file;
  char              *display_name;
  MinutesImportKind  kind;
  MinutesTemplate   *template;
} ImportJob;

typedef struct
{
  MinutesMeeting      *meeting;
  MinutesImportReport  report;
} ImportResult;

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;

  g_clear_object (&job->file);
  g_clear_pointer (&job->display_name, g_free);
  g_clear_object (&job->template);
  g_free (job);
}

static void
import_result_free (gpointer data)
{
  ImportResult *result = data;

  g_clear_object (&result->meeting);
  g_clear_pointer (&result->report.unplaced, g_ptr_array_unref);
  g_free (result);
}

/**
 * minutes_import_flow_detect:
 * @bytes: the start (or all) of a file
 *
 * Tells the three kinds of file apart by their content: a GetMeeting
 * response is XML with a <getmeeting> element, a saved web page is HTML,
 * and anything else is read as text.
 *
 * Returns: the kind of @bytes, never %MINUTES_IMPORT_KIND_DETECT
 */
MinutesImportKind
minutes_import_flow_detect (GBytes *bytes)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *head = NULL;
  g_autofree char *lower = NULL;
  const char *p;

  /* Markup starts within its first few KB; UTF-16 files are text here
   * (the text importer converts them). */
  head = g_strndup (data, MIN (size, 4096));
  lower = g_ascii_strdown (head, -1);

  p = lower;
  if (g_str_has_prefix (p, "\xef\xbb\xbf"))
    p += 3;
  while (g_ascii_isspace (*p))
    p++;

  if (*p != '<')
    return MINUTES_IMPORT_KIND_TEXT;
  if (strstr (p, "<getmeeting") != NULL)
    return MINUTES_IMPORT_KIND_WEB_SERVICE;
  if (strstr (p, "<html") != NULL || strstr (p, "<!doctype html") != NULL)
    return MINUTES_IMPORT_KIND_WEB_PAGE;

  return MINUTES_IMPORT_KIND_TEXT;
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  ImportResult *result = g_new0 (ImportResult, 1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  MinutesImportKind kind = job->kind;

  result->report.unplaced = g_ptr_array_new_with_free_func (g_free);

  bytes = g_file_load_bytes (job->file, cancellable, NULL, &error);
  if (bytes == NULL)
    {
      import_result_free (result);
      g_prefix_error (&error, "%s: ", job->display_name);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (kind == MINUTES_IMPORT_KIND_DETECT)
    kind = minutes_import_flow_detect (bytes);

  switch (kind)
    {
    case MINUTES_IMPORT_KIND_WEB_PAGE:
      result->meeting = minutes_import_web_page (bytes, job->display_name, job->template,
                                                 &result->report, &error);
      break;

    case MINUTES_IMPORT_KIND_WEB_SERVICE:
      result->meeting = minutes_import_web_service (bytes, job->display_name, job->template,
                                                    &result->report, &error);
      break;

    case MINUTES_IMPORT_KIND_DETECT:
    case MINUTES_IMPORT_KIND_TEXT:
    default:
      result->meeting = minutes_import_text (bytes, job->display_name, job->template,
                                             &result->report, &error);
      break;
    }

  if (result->meeting == NULL)
    {
      import_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, result, import_result_free);
}

/* The window closed while the import was running no longer belongs to
 * the application: what the import shows goes to a window of its own. */
static gboolean
is_closed (MinutesWindow *window)
{
  return gtk_window_get_application (GTK_WINDOW (window)) == NULL;
}

static void
show_import_error (MinutesWindow *window,
                   const char    *display_name,
                   const GError  *error)
{
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;

  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("Could Not Import “%s”"), display_name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (is_closed (window) ? NULL : GTK_WINDOW (window),
                                                       heading, NULL));
  adw_message_dialog_format_body (dialog, "%s\n\n%s", error->message,
                                  _("Minutes can import minutes saved as plain text, the meeting page of "
                                    "the committee web site saved as HTML, and the web service’s "
                                    "GetMeeting XML. Choose one of those, or save the document in one of "
                                    "those forms and import that."));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Where a line kept as narrative text ended up: "item 3, Workforce". */
static char *
describe_place (MinutesMeeting *meeting,
                const char     *line)
{
  GListModel *items = minutes_meeting_get_items (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      GListModel *discussion = minutes_agenda_item_get_discussion (item);
      GListModel *resolutions = minutes_agenda_item_get_resolutions (item);
      g_autofree char *number = minutes_agenda_item_dup_number (item);
      gboolean found = g_strcmp0 (minutes_agenda_item_get_title (item), line) == 0;

      for (guint e = 0; !found && e < g_list_model_get_n_items (discussion); e++)
        {
          g_autoptr(MinutesDiscussionEntry) entry = g_list_model_get_item (discussion, e);

          found = g_strcmp0 (minutes_discussion_entry_get_text (entry), line) == 0;
        }
      for (guint r = 0; !found && r < g_list_model_get_n_items (resolutions); r++)
        {
          g_autoptr(MinutesResolution) resolution = g_list_model_get_item (resolutions, r);

          found = g_strcmp0 (minutes_resolution_get_text (resolution), line) == 0;
        }

      if (!found)
        continue;

      if (number != NULL)
        /* Translators: where a line is: an item's number and title */
        return g_strdup_printf (_("Item %s, %s"), number, minutes_agenda_item_get_title (item));
      return g_strdup (minutes_agenda_item_get_title (item));
    }

  return NULL;
}

static void
show_unplaced_cb (AdwToast      *toast,
                  MinutesWindow *window)
{
  GPtrArray *lines = g_object_get_data (G_OBJECT (toast), "unplaced");
  MinutesMeeting *meeting = minutes_window_get_meeting (window);
  AdwMessageDialog *dialog;
  GString *list = g_string_new (NULL);
  GtkWidget *scrolled;
  GtkWidget *label;

  for (guint i = 0; lines != NULL && meeting != NULL && i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_autofree char *place = describe_place (meeting, line);

      if (list->len > 0)
        g_string_append (list, "\n\n");
      if (place != NULL)
        g_string_append_printf (list, "%s: “%s”", place, line);
      else
        g_string_append_printf (list, "“%s”", line);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), _("Lines Kept as Narrative Text"), NULL));
  adw_message_dialog_set_body (dialog,
                               _("These lines of the imported file fitted no part of the minutes. Nothing "
                                 "was dropped: each is kept as narrative text where it appeared. Move or "
                                 "edit them as needed."));

  label = gtk_label_new (list->str);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Lines kept as narrative text"),
                                  -1);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  adw_message_dialog_set_extra_child (dialog, scrolled);

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));

  g_string_free (list, TRUE);
}

static void
notify_unplaced (MinutesWindow       *window,
                 MinutesImportReport *report)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (report->n_unplaced == 0)
    return;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u line could not be placed and was kept as narrative text",
                                        "%u lines could not be placed and were kept as narrative text",
                                        report->n_unplaced),
                           report->n_unplaced);
  toast = adw_toast_new (title);
  /* It stays until the clerk has seen it. */
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("_Show"));
  g_object_set_data_full (G_OBJECT (toast), "unplaced",
                          g_ptr_array_ref (report->unplaced), (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (show_unplaced_cb), window, 0);
  minutes_window_add_toast (window, toast);
}

/* A window that shows nothing worth keeping: no meeting, or a new one
 * never changed. */
static gboolean
is_reusable (MinutesWindow *window)
{
  if (is_closed (window))
    return FALSE;

  return minutes_window_get_meeting (window) == NULL ||
         (minutes_window_get_file (window) == NULL && !minutes_window_get_modified (window));
}

/* Shows @meeting as a new unsaved document, beside @window unless @window
 * can take it. */
static MinutesWindow *
open_unsaved (MinutesWindow   *window,
              MinutesMeeting  *meeting,
              gboolean         reuse,
              GError         **error)
{
  MinutesWindow *target = window;

  if (!reuse)
    {
      GApplication *application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));

      if (application == NULL)
        application = g_application_get_default ();
      target = minutes_window_new (MINUTES_APPLICATION (application));
    }

  if (!minutes_window_show_unsaved (target, meeting, error))
    {
      if (target != window)
        gtk_window_destroy (GTK_WINDOW (target));
      return NULL;
    }

  if (target != window)
    gtk_window_present (GTK_WINDOW (target));

  return target;
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  MinutesWindow *window = g_task_get_source_object (task);
  ImportJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  ImportResult *imported;
  MinutesWindow *target;

  imported = g_task_propagate_pointer (G_TASK (result), &error);
  if (imported == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_import_error (window, job->display_name, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  target = open_unsaved (window, imported->meeting, is_reusable (window), &error);
  if (target == NULL)
    {
      show_import_error (window, job->display_name, error);
      g_task_return_error (task, g_steal_pointer (&error));
      import_result_free (imported);
      return;
    }

  notify_unplaced (target, &imported->report);
  import_result_free (imported);
  g_task_return_pointer (task, target, NULL);
}

/**
 * minutes_import_flow_import_async:
 * @window: the window the import was asked for in
 * @file: the file to import
 * @kind: what @file is, or %MINUTES_IMPORT_KIND_DETECT
 * @callback: called when the import is shown, or has failed
 * @user_data: data for @callback
 *
 * Imports @file in a worker thread and shows the meeting as a new unsaved
 * document (see the top of this file). If lines could not be placed, a
 * toast says how many and offers to show them; if the file cannot be
 * imported, a dialog names it and says what to do.
 */
void
minutes_import_flow_import_async (MinutesWindow       *window,
                                  GFile               *file,
                                  MinutesImportKind    kind,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  GTask *thread_task;
  ImportJob *job;

  g_return_if_fail (MINUTES_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (window, NULL, callback, user_data);
  g_task_set_source_tag (task, minutes_import_flow_import_async);

  job = g_new0 (ImportJob, 1);
  job->file = g_object_ref (file);
  job->display_name = minutes_dup_file_display_name (file);
  job->kind = kind;
  job->template = minutes_template_lookup (MINUTES_DEFAULT_TEMPLATE, &error);
  g_task_set_task_data (task, job, import_job_free);

  if (job->template == NULL)
    {
      show_import_error (window, job->display_name, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The worker's task has no window, so that the window is never
   * unreferenced in the worker thread. */
  job = g_new0 (ImportJob, 1);
  job->file = g_object_ref (file);
  job->display_name = minutes_dup_file_display_name (file);
  job->kind = kind;
  job->template = g_object_ref (((ImportJob *) g_task_get_task_data (task))->template);

  thread_task = g_task_new (NULL, NULL, import_done_cb, g_steal_pointer (&task));
  g_task_set_task_data (thread_task, job, import_job_free);
  g_task_run_in_thread (thread_task, import_thread);
  g_object_unref (thread_task);
}

/**
 * minutes_import_flow_import_finish:
 * @window: the window given to minutes_import_flow_import_async()
 * @result: the result given to its callback
 * @error: return location for an error
 *
 * Returns: (transfer none) (nullable): the window showing the import
 */
MinutesWindow *
minutes_import_flow_import_finish (MinutesWindow  *window,
                                   GAsyncResult   *result,
                                   GError        **error)
{
  g_return_val_if_fail (MINUTES_IS_WINDOW (window), NULL);
  g_return_val_if_fail (g_task_is_valid (result, window), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static GtkFileFilter *
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *patterns,
            const char * const *mime_types,
            MinutesImportKind   kind)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  for (guint i = 0; mime_types != NULL && mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  g_object_set_data (G_OBJECT (filter), "minutes-import-kind", GINT_TO_POINTER (kind));
  gtk_file_chooser_add_filter (chooser, filter);

  return filter;
}

static void
choose_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    MinutesWindow   *window)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
      MinutesImportKind kind = MINUTES_IMPORT_KIND_DETECT;

      if (filter != NULL)
        kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter), "minutes-import-kind"));

      if (file != NULL)
        minutes_import_flow_import_async (window, file, kind, NULL, NULL);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/**
 * minutes_import_flow_choose:
 * @window: a #MinutesWindow
 *
 * Asks for a file to import (File → Import…), then imports it.
 */
void
minutes_import_flow_choose (MinutesWindow *window)
{
  static const char * const all_patterns[] = { "*.txt", "*.text", "*.html", "*.htm", "*.xml", NULL };
  static const char * const text_patterns[] = { "*.txt", "*.text", NULL };
  static const char * const text_types[] = { "text/plain", NULL };
  static const char * const html_patterns[] = { "*.html", "*.htm", NULL };
  static const char * const html_types[] = { "text/html", NULL };
  static const char * const xml_patterns[] = { "*.xml", NULL };
  static const char * const xml_types[] = { "application/xml", "text/xml", NULL };
  static const char * const any_patterns[] = { "*", NULL };
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  GtkFileFilter *all;

  g_return_if_fail (MINUTES_IS_WINDOW (window));

  native = gtk_file_chooser_native_new (_("Import Minutes"),
                                        GTK_WINDOW (window),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"),
                                        _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  all = add_filter (chooser, _("All minutes and meeting pages"), all_patterns, text_types,
                    MINUTES_IMPORT_KIND_DETECT);
  add_filter (chooser, _("Minutes as text"), text_patterns, text_types, MINUTES_IMPORT_KIND_TEXT);
  add_filter (chooser, _("Committee web page (HTML)"), html_patterns, html_types,
              MINUTES_IMPORT_KIND_WEB_PAGE);
  add_filter (chooser, _("Web service meeting (XML)"), xml_patterns, xml_types,
              MINUTES_IMPORT_KIND_WEB_SERVICE);
  add_filter (chooser, _("All files"), any_patterns, NULL, MINUTES_IMPORT_KIND_DETECT);
  gtk_file_chooser_set_filter (chooser, all);

  if (minutes_window_get_file (window) != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (minutes_window_get_file (window));

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (chooser, folder, NULL);
    }

  g_signal_connect_object (native, "response", G_CALLBACK (choose_response_cb), window, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* New Meeting From This One */

/**
 * minutes_import_flow_default_next_date:
 * @previous: the meeting the next one follows
 * @today: today's date
 * @next: (out caller-allocates): the date to offer
 *
 * Committees meet on the same weekday at a steady interval: four weeks
 * after @previous, or, if that has passed, the first such weekday from
 * @today. Without a date in @previous, @today.
 */
void
minutes_import_flow_default_next_date (MinutesMeeting *previous,
                                       const GDate    *today,
                                       GDate          *next)
{
  const GDate *date = minutes_meeting_get_date (previous);

  *next = *today;
  if (date == NULL || !g_date_valid (date))
    return;

  *next = *date;
  g_date_add_days (next, 28);
  while (g_date_compare (next, today) < 0)
    g_date_add_days (next, 7);
}

/**
 * minutes_import_flow_next_meeting:
 * @window: a window showing a meeting
 * @date: the date of the next meeting
 * @start: its start, in minutes since midnight, or -1 for the same as before
 * @error: return location for an error
 *
 * Makes the next meeting of the committee from the one @window shows
 * (minutes_next_meeting_new()) and shows it, unsaved, in a new window.
 *
 * Returns: (transfer none) (nullable): the new window
 */
MinutesWindow *
minutes_import_flow_next_meeting (MinutesWindow  *window,
                                  const GDate    *date,
                                  int             start,
                                  GError        **error)
{
  MinutesMeeting *previous;
  g_autoptr(MinutesTemplate) template = NULL;
  g_autoptr(MinutesMeeting) next = NULL;

  g_return_val_if_fail (MINUTES_IS_WINDOW (window), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  previous = minutes_window_get_meeting (window);
  g_return_val_if_fail (previous != NULL, NULL);

  template = minutes_template_lookup_for_meeting (previous, error);
  if (template == NULL)
    return NULL;

  next = minutes_next_meeting_new (previous, date, start, template);

  return open_unsaved (window, next, FALSE, error);
}

typedef struct
{
  MinutesWindow *window;
  GtkCalendar   *calendar;
  GtkEntry      *time_entry;
} NextDialog;

static void
next_dialog_free (gpointer  data,
                  GClosure *closure)
{
  NextDialog *next = data;

  g_clear_object (&next->window);
  g_free (next);
}

/* "19:00", "7.30", "" (the same as the previous meeting): minutes since
 * midnight, -1 for empty, -2 for anything else. */
static int
parse_start (const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new ("^\\s*(\\d{1,2})[:.](\\d{2})\\s*$", 0, 0, NULL);
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *hours = NULL;
  g_autofree char *minutes = NULL;
  int h, m;

  if (trimmed[0] == '\0')
    return -1;

  if (!g_regex_match (regex, trimmed, 0, &info))
    return -2;

  hours = g_match_info_fetch (info, 1);
  minutes = g_match_info_fetch (info, 2);
  h = atoi (hours);
  m = atoi (minutes);
  if (h > 23 || m > 59)
    return -2;

  return h * 60 + m;
}

static void
time_changed_cb (GtkEntry         *entry,
                 AdwMessageDialog *dialog)
{
  gboolean valid = parse_start (gtk_editable_get_text (GTK_EDITABLE (entry))) != -2;

  adw_message_dialog_set_response_enabled (dialog, "create", valid);
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
}

static void
time_activate_cb (GtkEntry         *entry,
                  AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "create"))
    adw_message_dialog_response (dialog, "create");
}

static void
next_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  NextDialog       *next)
{
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GError) error = NULL;
  GDate date;
  int start;

  if (!g_str_equal (response, "create"))
    return;

  when = gtk_calendar_get_date (next->calendar);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (when),
                  g_date_time_get_month (when), g_date_time_get_year (when));
  start = parse_start (gtk_editable_get_text (GTK_EDITABLE (next->time_entry)));
  if (start == -2)
    return;

  if (minutes_import_flow_next_meeting (next->window, &date, start, &error) == NULL)
    {
      AdwMessageDialog *error_dialog;

      error_dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (next->window),
                                                                 _("Could Not Make the Next Meeting"),
                                                                 error->message));
      adw_message_dialog_add_response (error_dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (error_dialog));
    }
}

/**
 * minutes_import_flow_ask_next_meeting:
 * @window: a window showing a meeting
 *
 * Asks for the date (and, optionally, the start) of the next meeting,
 * offering a likely date, then makes it with
 * minutes_import_flow_next_meeting().
 */
void
minutes_import_flow_ask_next_meeting (MinutesWindow *window)
{
  MinutesMeeting *previous;
  AdwMessageDialog *dialog;
  NextDialog *next;
  GtkWidget *box;
  GtkWidget *date_label;
  GtkWidget *time_label;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) selected = NULL;
  GDate today;
  GDate date;
  int start;
  const char *committee;

  g_return_if_fail (MINUTES_IS_WINDOW (window));

  previous = minutes_window_get_meeting (window);
  if (previous == NULL)
    return;

  committee = minutes_meeting_get_committee (previous);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), _("New Meeting From This One"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("The next meeting of %s: the same members, venue and standing items, "
                                    "item 1 the minutes of this meeting, and this meeting’s open actions "
                                    "under matters arising."),
                                  committee != NULL && committee[0] != '\0' ? committee : _("the committee"));

  next = g_new0 (NextDialog, 1);
  next->window = g_object_ref (window);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  date_label = gtk_label_new_with_mnemonic (_("_Date"));
  gtk_label_set_xalign (GTK_LABEL (date_label), 0);
  gtk_widget_add_css_class (date_label, "heading");
  next->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_label_set_mnemonic_widget (GTK_LABEL (date_label), GTK_WIDGET (next->calendar));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (next->calendar),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, date_label, NULL,
                                  -1);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  minutes_import_flow_default_next_date (previous, &today, &date);
  selected = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                    g_date_get_day (&date), 0, 0, 0);
  gtk_calendar_select_day (next->calendar, selected);

  time_label = gtk_label_new_with_mnemonic (_("_Start time (optional, as 19:00)"));
  gtk_label_set_xalign (GTK_LABEL (time_label), 0);
  gtk_widget_add_css_class (time_label, "heading");
  gtk_widget_set_margin_top (time_label, 6);
  next->time_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_label_set_mnemonic_widget (GTK_LABEL (time_label), GTK_WIDGET (next->time_entry));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (next->time_entry),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, time_label, NULL,
                                  -1);
  start = minutes_meeting_get_scheduled_start (previous);
  if (start >= 0)
    {
      g_autofree char *text = g_strdup_printf ("%02d:%02d", start / 60, start % 60);

      gtk_editable_set_text (GTK_EDITABLE (next->time_entry), text);
    }
  gtk_entry_set_placeholder_text (next->time_entry, _("Same as this meeting"));

  gtk_box_append (GTK_BOX (box), date_label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (next->calendar));
  gtk_box_append (GTK_BOX (box), time_label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (next->time_entry));
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "create", _("C_reate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "create");
  adw_message_dialog_set_close_response (dialog, "cancel");

  g_signal_connect (next->time_entry, "changed", G_CALLBACK (time_changed_cb), dialog);
  g_signal_connect (next->time_entry, "activate", G_CALLBACK (time_activate_cb), dialog);
  g_signal_connect_data (dialog, "response", G_CALLBACK (next_response_cb), next,
                         next_dialog_free, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (next->calendar));
}
