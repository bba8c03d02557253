/* minutes-export-flow.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-export-flow"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "minutes-export-flow.h"
#include "minutes-form-util.h"

/* Exporting and printing from the window.
 *
 * win.export("minutes:odt") asks first when the checks find errors
 * (clerks publish drafts, so it is a question, not a block), then offers
 * a save dialog preset to "2024-01-16 Committee - minutes.odt" with a
 * choice of the confidential version when the meeting has exempt items,
 * and exports through the core's one entry point: the renderer walks the
 * meeting on the main thread, and pagination, packaging and writing run
 * in a worker thread while a spinner beside the Export menu shows progress. When it
 * is done, a toast says so and offers to open the file; when it fails, a
 * dialog names the file and says why.
 *
 * win.print prints the minutes as the preview shows them, through the
 * same Pango back end and pagination as the PDF export. */

#define FLOW_KEY "minutes-export-flow"

typedef struct
{
  GtkNativeDialog   *chooser;
  GtkPrintSettings  *print_settings;
  guint              n_running;
  AdwToast          *done_toast;  /* the last "Exported" toast */
} ExportFlow;

typedef struct
{
  MinutesWindow       *window;   /* owned */
  MinutesDocumentKind  kind;
  MinutesExportFormat  format;
  MinutesRenderFlags   flags;
  GFile               *file;
} ExportJob;

static void
export_flow_free (gpointer data)
{
  ExportFlow *flow = data;

  if (flow->chooser != NULL)
    gtk_native_dialog_destroy (flow->chooser);
  g_clear_object (&flow->chooser);
  g_clear_object (&flow->print_settings);
  g_clear_object (&flow->done_toast);
  g_free (flow);
}

/* A save dialog does not outlive its window. */
static void
window_destroy_cb (GtkWidget  *window,
                   ExportFlow *flow)
{
  if (flow->chooser != NULL)
    {
      gtk_native_dialog_destroy (flow->chooser);
      g_clear_object (&flow->chooser);
    }
}

static ExportFlow *
get_flow (MinutesWindow *window)
{
  ExportFlow *flow = g_object_get_data (G_OBJECT (window), FLOW_KEY);

  if (flow == NULL)
    {
      flow = g_new0 (ExportFlow, 1);
      g_object_set_data_full (G_OBJECT (window), FLOW_KEY, flow, export_flow_free);
      g_signal_connect (window, "destroy", G_CALLBACK (window_destroy_cb), flow);
    }

  return flow;
}

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->file);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

/* "Minutes", "Agenda", "Decisions" as the dialogs name them. */
static const char *
get_document_name (MinutesDocumentKind kind)
{
  switch (kind)
    {
    /* Contexts: the documents, not the app called Minutes */
    case MINUTES_DOCUMENT_KIND_AGENDA:
      return C_("document", "Agenda");

    case MINUTES_DOCUMENT_KIND_DECISIONS:
      return C_("document", "Decisions");

    case MINUTES_DOCUMENT_KIND_MINUTES:
    default:
      return C_("document", "Minutes");
    }
}

static void
open_export_cb (AdwToast *toast,
                GFile    *file)
{
  GtkWidget *window = g_object_get_data (G_OBJECT (toast), "window");
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (window != NULL ? GTK_WINDOW (window) : NULL, uri, GDK_CURRENT_TIME);
}

static void
show_export_error (MinutesWindow *window,
                   GFile         *file,
                   const GError  *error)
{
  g_autofree char *name = minutes_dup_file_display_name (file);
  /* A window closed while its export ran has no meeting: the dialog
   * stands on its own then. */
  gboolean window_open = minutes_window_get_meeting (window) != NULL;
  GtkWidget *dialog = adw_message_dialog_new (window_open ? GTK_WINDOW (window) : NULL, NULL, NULL);

  /* Translators: %s is the name of the file that could not be written */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Could Not Export “%s”"), name);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s\n\nChoose another folder or name, or check that the disk is not full, then export again."),
                                  error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ExportJob) job = user_data;
  ExportFlow *flow = get_flow (job->window);
  g_autoptr(GError) error = NULL;

  flow->n_running--;
  if (flow->n_running == 0)
    minutes_window_set_exporting (job->window, FALSE);

  if (!minutes_export_to_file_finish (result, &error))
    {
      show_export_error (job->window, job->file, error);
      return;
    }

  /* Closed meanwhile: the file is written, and there is nowhere to say so. */
  if (minutes_window_get_meeting (job->window) == NULL)
    return;

  {
    g_autofree char *name = minutes_dup_file_display_name (job->file);
    g_autofree char *escaped = g_markup_escape_text (name, -1);
    /* Translators: %s is the name of the exported file */
    g_autofree char *title = g_strdup_printf (_("Exported “%s”"), escaped);
    AdwToast *toast = adw_toast_new (title);

    adw_toast_set_button_label (toast, _("_Open"));
    g_object_set_data (G_OBJECT (toast), "window", job->window);
    g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_export_cb),
                           g_object_ref (job->file), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
    g_set_object (&flow->done_toast, toast);
    minutes_window_add_toast (job->window, toast);
  }
}

/**
 * minutes_export_flow_export_to_file:
 * @window: a #MinutesWindow with a meeting
 * @kind: the document
 * @format: the format
 * @flags: %MINUTES_RENDER_CONFIDENTIAL for the private version
 * @file: where to write it
 *
 * Exports without asking: what the save dialog does once a file is
 * chosen. The window stays responsive; a spinner shows progress, then a toast says
 * the file was exported (with an Open button) or a dialog says why not.
 */
/* The templates to export MEETING with, one per language: the meeting's
 * own, or its versions in the language(s) of the export-language setting
 * ("cy+en-GB": Welsh, then English, section by section). */
static GPtrArray *
lookup_export_templates (MinutesMeeting  *meeting,
                         GError         **error)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *setting = g_settings_get_string (settings, "export-language");
  g_autoptr(MinutesTemplate) own = minutes_template_lookup_for_meeting (meeting, error);
  g_autoptr(GPtrArray) templates = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) languages = NULL;

  if (own == NULL)
    return NULL;

  if (setting[0] == '\0')
    {
      g_ptr_array_add (templates, g_steal_pointer (&own));
      return g_steal_pointer (&templates);
    }

  languages = g_strsplit (setting, "+", -1);
  for (guint i = 0; languages[i] != NULL; i++)
    {
      MinutesTemplate *template = minutes_template_lookup_translation (own, languages[i], error);

      if (template == NULL)
        return NULL;
      g_ptr_array_add (templates, template);
    }

  return g_steal_pointer (&templates);
}

void
minutes_export_flow_export_to_file (MinutesWindow       *window,
                                    MinutesDocumentKind  kind,
                                    MinutesExportFormat  format,
                                    MinutesRenderFlags   flags,
                                    GFile               *file)
{
  MinutesMeeting *meeting;
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GError) error = NULL;
  ExportJob *job;

  g_return_if_fail (MINUTES_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  meeting = minutes_window_get_meeting (window);
  g_return_if_fail (meeting != NULL);

  templates = lookup_export_templates (meeting, &error);
  if (templates == NULL)
    {
      show_export_error (window, file, error);
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->window = g_object_ref (window);
  job->kind = kind;
  job->format = format;
  job->flags = flags;
  job->file = g_object_ref (file);

  /* The last export's "Exported" gives way to this one's. */
  if (get_flow (window)->done_toast != NULL)
    {
      adw_toast_dismiss (get_flow (window)->done_toast);
      g_clear_object (&get_flow (window)->done_toast);
    }
  get_flow (window)->n_running++;
  minutes_window_set_exporting (window, TRUE);
  minutes_export_to_file_async (meeting, (MinutesTemplate **) templates->pdata, templates->len,
                                kind, format, flags, file, NULL, export_done_cb, job);
}

/* How many exports are under way in WINDOW. */
guint
minutes_export_flow_get_n_running (MinutesWindow *window)
{
  g_return_val_if_fail (MINUTES_IS_WINDOW (window), 0);

  return get_flow (window)->n_running;
}

static gboolean
has_exempt_items (MinutesMeeting *meeting)
{
  GListModel *items = minutes_meeting_get_items (meeting);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);

      if (minutes_agenda_item_get_exempt (item))
        return TRUE;
    }

  return FALSE;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     MinutesWindow   *window)
{
  ExportFlow *flow = get_flow (window);
  MinutesDocumentKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "kind"));
  MinutesExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "format"));
  const char *confidential = NULL;
  g_autoptr(GFile) file = NULL;
  MinutesRenderFlags flags = MINUTES_RENDER_DEFAULT;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (g_object_get_data (G_OBJECT (chooser), "has-confidential") != NULL)
        confidential = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "confidential");
      if (g_strcmp0 (confidential, "true") == 0)
        flags |= MINUTES_RENDER_CONFIDENTIAL;
    }

  gtk_native_dialog_destroy (chooser);
  if (flow->chooser == chooser)
    g_clear_object (&flow->chooser);

  if (file != NULL && minutes_window_get_meeting (window) != NULL)
    minutes_export_flow_export_to_file (window, kind, format, flags, file);
}

static void
choose_file (MinutesWindow       *window,
             MinutesDocumentKind  kind,
             MinutesExportFormat  format)
{
  ExportFlow *flow = get_flow (window);
  MinutesMeeting *meeting = minutes_window_get_meeting (window);
  GFile *meeting_file = minutes_window_get_file (window);
  g_autofree char *title = NULL;
  g_autofree char *name = minutes_export_suggest_filename (meeting, kind, format);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  if (flow->chooser != NULL)
    {
      gtk_native_dialog_destroy (flow->chooser);
      g_clear_object (&flow->chooser);
    }

  /* Translators: "Export Minutes as PDF" */
  title = g_strdup_printf (_("Export %s as %s"), get_document_name (kind),
                           minutes_export_format_get_name (format));
  native = gtk_file_chooser_native_new (title, GTK_WINDOW (window), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  flow->chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_set_modal (flow->chooser, TRUE);

  gtk_file_filter_set_name (filter, minutes_export_format_get_name (format));
  gtk_file_filter_add_mime_type (filter, minutes_export_format_get_mime_type (format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  if (meeting_file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (meeting_file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  /* The private version only makes sense when there is something private. */
  if (has_exempt_items (meeting))
    {
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (native), "confidential",
                                   _("Confidential version, with the exempt items in full"),
                                   NULL, NULL);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (native), "confidential", "false");
      g_object_set_data (G_OBJECT (native), "has-confidential", GINT_TO_POINTER (TRUE));
    }

  g_object_set_data (G_OBJECT (native), "kind", GINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (native), "format", GINT_TO_POINTER (format));
  g_signal_connect_object (native, "response", G_CALLBACK (chooser_response_cb), window, 0);
  gtk_native_dialog_show (flow->chooser);
}

static void
problems_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      MinutesWindow    *window)
{
  MinutesDocumentKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
  MinutesExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "format"));

  if (g_str_equal (response, "export") && minutes_window_get_meeting (window) != NULL)
    choose_file (window, kind, format);
}

static guint
count_errors (MinutesMeeting *meeting)
{
  g_autoptr(MinutesTemplate) template = minutes_template_lookup_for_meeting (meeting, NULL);
  g_autoptr(MinutesValidator) validator = NULL;

  /* A meeting whose template is missing fails at export, with a dialog
   * that says so. */
  if (template == NULL)
    return 0;

  validator = minutes_validator_new (template);
  minutes_validator_set_meeting (validator, meeting);
  minutes_validator_validate (validator);

  return minutes_validator_get_n_errors (validator);
}

/* win.export("KIND:FORMAT"), e.g. "minutes:odt" */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MinutesWindow *window = MINUTES_WINDOW (widget);
  MinutesMeeting *meeting = minutes_window_get_meeting (window);
  g_auto(GStrv) parts = g_strsplit (g_variant_get_string (parameter, NULL), ":", 2);
  MinutesDocumentKind kind;
  MinutesExportFormat format;
  guint n_errors;

  if (meeting == NULL)
    return;

  if (g_strv_length (parts) != 2 ||
      !minutes_document_kind_from_nick (parts[0], &kind) ||
      !minutes_export_format_from_nick (parts[1], &format))
    {
      g_critical ("win.export: “%s” is not DOCUMENT:FORMAT", g_variant_get_string (parameter, NULL));
      return;
    }

  n_errors = count_errors (meeting);
  if (n_errors > 0)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Export With Problems?"), NULL);

      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      g_dngettext (GETTEXT_PACKAGE,
                                                   "The minutes have %u problem that the checks count as an error. "
                                                   "Export anyway?",
                                                   "The minutes have %u problems that the checks count as errors. "
                                                   "Export anyway?",
                                                   n_errors),
                                      n_errors);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "export", _("_Export Anyway"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (kind));
      g_object_set_data (G_OBJECT (dialog), "format", GINT_TO_POINTER (format));
      g_signal_connect_object (dialog, "response", G_CALLBACK (problems_response_cb), window, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  choose_file (window, kind, format);
}

/* Printing */

static void
begin_print_cb (GtkPrintOperation   *operation,
                GtkPrintContext     *context,
                MinutesPangoBackend *backend)
{
  PangoContext *pango_context = gtk_print_context_create_pango_context (context);
  guint n_pages;

  /* The same pagination as the PDF export, on the printer's page. */
  n_pages = minutes_pango_backend_paginate (backend, pango_context,
                                            gtk_print_context_get_width (context),
                                            gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, n_pages);
  g_object_unref (pango_context);
}

static void
draw_page_cb (GtkPrintOperation   *operation,
              GtkPrintContext     *context,
              int                  page_nr,
              MinutesPangoBackend *backend)
{
  if (page_nr >= 0 && (guint) page_nr < minutes_pango_backend_get_n_pages (backend))
    minutes_pango_backend_draw_page (backend, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               MinutesWindow           *window)
{
  ExportFlow *flow = get_flow (window);

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&flow->print_settings, gtk_print_operation_get_print_settings (operation));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Could Not Print"), NULL);

      gtk_print_operation_get_error (operation, &error);
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                                   error != NULL ? error->message : _("The printing system reported an error."));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/**
 * minutes_export_flow_print:
 * @window: a #MinutesWindow with a meeting
 * @action: %GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG from the menu;
 *   %GTK_PRINT_OPERATION_ACTION_EXPORT with @export_filename writes the
 *   printed pages to a PDF
 * @export_filename: (nullable): for %GTK_PRINT_OPERATION_ACTION_EXPORT
 * @error: for the result %GTK_PRINT_OPERATION_RESULT_ERROR
 *
 * Prints the public minutes, as the preview shows them, on A4 unless the
 * page setup says otherwise.
 */
GtkPrintOperationResult
minutes_export_flow_print (MinutesWindow            *window,
                           GtkPrintOperationAction   action,
                           const char               *export_filename,
                           GError                  **error)
{
  ExportFlow *flow;
  MinutesMeeting *meeting;
  g_autoptr(MinutesTemplate) template = NULL;
  g_autoptr(MinutesPangoBackend) backend = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) page_setup = NULL;
  g_autoptr(GtkPaperSize) a4 = NULL;
  g_autofree char *job_name = NULL;
  char *dot;

  g_return_val_if_fail (MINUTES_IS_WINDOW (window), GTK_PRINT_OPERATION_RESULT_ERROR);

  flow = get_flow (window);
  meeting = minutes_window_get_meeting (window);
  g_return_val_if_fail (meeting != NULL, GTK_PRINT_OPERATION_RESULT_ERROR);

  template = minutes_template_lookup_for_meeting (meeting, error);
  if (template == NULL)
    return GTK_PRINT_OPERATION_RESULT_ERROR;

  /* The walk over the model happens now; pagination when the printer's
   * page is known. */
  backend = minutes_pango_backend_new ();
  minutes_render (meeting, template, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_RENDER_DEFAULT,
                  MINUTES_BACKEND (backend));

  operation = gtk_print_operation_new ();
  page_setup = gtk_page_setup_new ();
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  if (flow->print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, flow->print_settings);
  /* The back end draws its own margins, header and footer. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  job_name = minutes_export_suggest_filename (meeting, MINUTES_DOCUMENT_KIND_MINUTES, MINUTES_EXPORT_FORMAT_PDF);
  dot = strrchr (job_name, '.');
  if (dot != NULL)
    *dot = '\0';
  gtk_print_operation_set_job_name (operation, job_name);

  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);
  if (action == GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG)
    gtk_print_operation_set_allow_async (operation, TRUE);

  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb),
                         g_object_ref (backend), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb),
                         g_object_ref (backend), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), window, 0);

  return gtk_print_operation_run (operation, action, GTK_WINDOW (window), error);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MinutesWindow *window = MINUTES_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (minutes_window_get_meeting (window) == NULL)
    return;

  /* Errors of an asynchronous run come to print_done_cb. */
  if (minutes_export_flow_print (window, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Could Not Print"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/* win.export(s) and win.print on the window class */
void
minutes_export_flow_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
}
