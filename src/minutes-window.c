/* minutes-window.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-window"

#include "config.h"

#include <glib/gi18n.h>

#include "minutes-preview-backend.h"
#include "minutes-window.h"

struct _MinutesWindow
{
  AdwApplicationWindow   parent_instance;

  /* Template widgets */
  AdwWindowTitle        *window_title;
  AdwToastOverlay       *toast_overlay;
  GtkStack              *stack;
  GtkTextView           *text_view;
  AdwStatusPage         *error_page;

  GSettings             *settings;
  MinutesPreviewBackend *backend;
  GtkNativeDialog       *open_dialog;

  /* The meeting shown, and where it came from (file may be NULL) */
  MinutesMeeting        *meeting;
  GFile                 *file;
  char                  *display_name;

  GCancellable          *load_cancellable;
  guint                  render_source;
};

G_DEFINE_FINAL_TYPE (MinutesWindow, minutes_window, ADW_TYPE_APPLICATION_WINDOW)

static void meeting_changed_cb (MinutesWindow  *self,
                                MinutesMeeting *meeting);

static char *
dup_display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (basename == NULL)
    return g_file_get_uri (file);

  return g_filename_display_name (basename);
}

static void
update_titles (MinutesWindow   *self,
               MinutesTemplate *template)
{
  g_autofree char *date = NULL;
  g_autofree char *window_title = NULL;
  const char *committee;

  committee = minutes_meeting_get_committee (self->meeting);
  if (committee == NULL || committee[0] == '\0')
    committee = self->display_name;

  date = minutes_template_format_date (template, "date-long",
                                       minutes_meeting_get_date (self->meeting));

  adw_window_title_set_title (self->window_title, committee);
  adw_window_title_set_subtitle (self->window_title,
                                 date != NULL ? date : self->display_name);

  /* Translators: the title of a window, %s is the name of a committee */
  window_title = g_strdup_printf (_("%s – Minutes"), committee);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
render_meeting (MinutesWindow   *self,
                MinutesTemplate *template)
{
  g_assert (MINUTES_IS_WINDOW (self));
  g_assert (MINUTES_IS_MEETING (self->meeting));
  g_assert (MINUTES_IS_TEMPLATE (template));

  minutes_render (self->meeting,
                  template,
                  MINUTES_DOCUMENT_KIND_MINUTES,
                  MINUTES_RENDER_DEFAULT,
                  MINUTES_BACKEND (self->backend));

  update_titles (self, template);
}

static void
show_toast (MinutesWindow *self,
            const char    *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
show_load_error (MinutesWindow *self,
                 const char    *display_name,
                 const GError  *error)
{
  g_assert (MINUTES_IS_WINDOW (self));
  g_assert (error != NULL);

  if (self->meeting == NULL)
    {
      g_autofree char *description = g_markup_escape_text (error->message, -1);

      /* Nothing to fall back to: the error is the window's content */
      adw_status_page_set_description (self->error_page, description);
      adw_window_title_set_title (self->window_title, _("Minutes"));
      adw_window_title_set_subtitle (self->window_title, display_name);
      gtk_window_set_title (GTK_WINDOW (self), _("Minutes"));
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else
    {
      g_autofree char *message = NULL;

      /* Translators: the first %s is a file name, the second an error message */
      message = g_strdup_printf (_("Could not open “%s”: %s"),
                                 display_name, error->message);
      show_toast (self, message);
    }
}

static void
scroll_to_start (MinutesWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkAdjustment *vadjustment;
  GtkTextIter start;

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);

  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view));
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));
}

/* Shows @meeting in place of the current one, unless it cannot be shown;
 * then the current meeting stays and @error says why. */
static gboolean
set_meeting (MinutesWindow   *self,
             MinutesMeeting  *meeting,
             GFile           *file,
             const char      *display_name,
             GError         **error)
{
  g_autoptr(MinutesTemplate) template = NULL;

  g_assert (MINUTES_IS_WINDOW (self));
  g_assert (MINUTES_IS_MEETING (meeting));
  g_assert (file == NULL || G_IS_FILE (file));
  g_assert (display_name != NULL);

  template = minutes_template_lookup_for_meeting (meeting, error);
  if (template == NULL)
    return FALSE;

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_func (self->meeting,
                                          G_CALLBACK (meeting_changed_cb),
                                          self);
  g_clear_handle_id (&self->render_source, g_source_remove);

  g_set_object (&self->meeting, meeting);
  g_set_object (&self->file, file);
  g_free (self->display_name);
  self->display_name = g_strdup (display_name);

  g_signal_connect_object (self->meeting,
                           "changed",
                           G_CALLBACK (meeting_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);

  render_meeting (self, template);
  scroll_to_start (self);
  gtk_stack_set_visible_child_name (self->stack, "document");

  return TRUE;
}

static gboolean
render_idle_cb (gpointer user_data)
{
  MinutesWindow *self = user_data;
  g_autoptr(MinutesTemplate) template = NULL;
  g_autoptr(GError) error = NULL;

  self->render_source = 0;

  template = minutes_template_lookup_for_meeting (self->meeting, &error);
  if (template == NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is an error message */
      message = g_strdup_printf (_("Could not show the minutes: %s"), error->message);
      show_toast (self, message);

      return G_SOURCE_REMOVE;
    }

  render_meeting (self, template);

  return G_SOURCE_REMOVE;
}

static void
meeting_changed_cb (MinutesWindow  *self,
                    MinutesMeeting *meeting)
{
  g_assert (MINUTES_IS_WINDOW (self));
  g_assert (meeting == self->meeting);

  /* Changes come in bursts; render once they are all in */
  if (self->render_source == 0)
    self->render_source = g_idle_add (render_idle_cb, self);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GFile *file = task_data;
  MinutesMeeting *meeting;
  GError *error = NULL;

  meeting = minutes_document_load (file, cancellable, &error);

  if (meeting == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, meeting, g_object_unref);
}

static void
load_file_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(MinutesMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;
  MinutesWindow *self;
  GFile *file;
  const char *display_name;

  g_assert (G_IS_TASK (result));
  g_assert (G_IS_TASK (task));

  self = g_task_get_source_object (task);
  file = g_task_get_task_data (task);
  display_name = g_object_get_data (G_OBJECT (task), "display-name");

  /* Superseded by another file, or the window has been closed */
  if (g_task_return_error_if_cancelled (task))
    return;

  g_clear_object (&self->load_cancellable);

  meeting = g_task_propagate_pointer (G_TASK (result), &error);
  if (meeting == NULL ||
      !set_meeting (self, meeting, file, display_name, &error))
    {
      show_load_error (self, display_name, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
open_response_cb (MinutesWindow   *self,
                  int              response,
                  GtkNativeDialog *dialog)
{
  g_assert (MINUTES_IS_WINDOW (self));
  g_assert (dialog == self->open_dialog);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        minutes_window_load_file (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->open_dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MinutesWindow *self = MINUTES_WINDOW (widget);
  g_autoptr(GtkFileFilter) minutes_filter = NULL;
  g_autoptr(GtkFileFilter) all_filter = NULL;
  GtkFileChooserNative *native;

  if (self->open_dialog != NULL)
    {
      gtk_native_dialog_show (self->open_dialog);
      return;
    }

  native = gtk_file_chooser_native_new (_("Open Meeting"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"),
                                        _("_Cancel"));
  self->open_dialog = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_set_modal (self->open_dialog, TRUE);

  minutes_filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (minutes_filter, _("Minutes files"));
  gtk_file_filter_add_pattern (minutes_filter, "*" MINUTES_FILE_EXTENSION);
  gtk_file_filter_add_mime_type (minutes_filter, "application/x-minutes");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), minutes_filter);

  all_filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (all_filter, _("All files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all_filter);

  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), minutes_filter);

  /* Start beside the meeting shown, if it came from a file */
  if (self->file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  g_signal_connect_object (native,
                           "response",
                           G_CALLBACK (open_response_cb),
                           self,
                           G_CONNECT_SWAPPED);

  gtk_native_dialog_show (self->open_dialog);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
save_window_state (MinutesWindow *self)
{
  int width;
  int height;

  /* The default size follows the window's size, except while it is
   * maximized, when it keeps the size to return to. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static void
restore_window_state (MinutesWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
minutes_window_close_request (GtkWindow *window)
{
  save_window_state (MINUTES_WINDOW (window));

  return GTK_WINDOW_CLASS (minutes_window_parent_class)->close_request (window);
}

static void
minutes_window_dispose (GObject *object)
{
  MinutesWindow *self = MINUTES_WINDOW (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->render_source, g_source_remove);

  if (self->open_dialog != NULL)
    {
      gtk_native_dialog_destroy (self->open_dialog);
      g_clear_object (&self->open_dialog);
    }

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_func (self->meeting,
                                          G_CALLBACK (meeting_changed_cb),
                                          self);
  g_clear_object (&self->meeting);
  g_clear_object (&self->file);
  g_clear_object (&self->backend);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), MINUTES_TYPE_WINDOW);

  G_OBJECT_CLASS (minutes_window_parent_class)->dispose (object);
}

static void
minutes_window_finalize (GObject *object)
{
  MinutesWindow *self = MINUTES_WINDOW (object);

  g_clear_pointer (&self->display_name, g_free);

  G_OBJECT_CLASS (minutes_window_parent_class)->finalize (object);
}

static void
minutes_window_class_init (MinutesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = minutes_window_dispose;
  object_class->finalize = minutes_window_finalize;

  window_class->close_request = minutes_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/minutes-window.ui");

  /* Template widgets */
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, text_view);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, error_page);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
}

static void
minutes_window_init (MinutesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->backend = minutes_preview_backend_new (gtk_text_view_get_buffer (self->text_view));

  self->settings = g_settings_new (APP_ID);
  restore_window_state (self);
}

MinutesWindow *
minutes_window_new (MinutesApplication *application)
{
  g_return_val_if_fail (MINUTES_IS_APPLICATION (application), NULL);

  return g_object_new (MINUTES_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * minutes_window_load_file_async:
 * @self: a #MinutesWindow
 * @file: a .minutes file
 * @callback: called when the file has been shown, or could not be
 * @user_data: data for @callback
 *
 * Reads @file and shows its meeting in @self instead of the current one.
 * If the file cannot be shown, the window says so: in place of the
 * meeting if none is shown yet, otherwise in a toast, keeping the meeting
 * shown. A later load, or closing the window, cancels this one.
 */
void
minutes_window_load_file_async (MinutesWindow       *self,
                                GFile               *file,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GTask *thread_task;

  g_return_if_fail (MINUTES_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  task = g_task_new (self, self->load_cancellable, callback, user_data);
  g_task_set_source_tag (task, minutes_window_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "display-name",
                          dup_display_name (file), g_free);

  /* The worker gets a task of its own without the window as source, so
   * that the window is never unreferenced in the worker thread. */
  thread_task = g_task_new (NULL, self->load_cancellable,
                            load_file_cb, g_steal_pointer (&task));
  g_task_set_task_data (thread_task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (thread_task, load_file_thread);
  g_object_unref (thread_task);
}

gboolean
minutes_window_load_file_finish (MinutesWindow  *self,
                                 GAsyncResult   *result,
                                 GError        **error)
{
  g_return_val_if_fail (MINUTES_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * minutes_window_load_file:
 * @self: a #MinutesWindow
 * @file: a .minutes file
 *
 * Like minutes_window_load_file_async(), for callers that leave telling
 * the user about errors to the window.
 */
void
minutes_window_load_file (MinutesWindow *self,
                          GFile         *file)
{
  minutes_window_load_file_async (self, file, NULL, NULL);
}

/**
 * minutes_window_load_bytes:
 * @self: a #MinutesWindow
 * @bytes: the contents of a .minutes file
 * @display_name: how to refer to the meeting while it has no file
 *
 * Shows the meeting in @bytes, or says why it cannot, like
 * minutes_window_load_file_async().
 *
 * Returns: %TRUE if the meeting is shown
 */
gboolean
minutes_window_load_bytes (MinutesWindow *self,
                           GBytes        *bytes,
                           const char    *display_name)
{
  g_autoptr(MinutesMeeting) meeting = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (MINUTES_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  /* Whatever was being loaded would replace this meeting */
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);

  meeting = minutes_document_load_bytes (bytes, display_name, &error);
  if (meeting == NULL ||
      !set_meeting (self, meeting, NULL, display_name, &error))
    {
      show_load_error (self, display_name, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * minutes_window_get_meeting:
 * @self: a #MinutesWindow
 *
 * Returns: (transfer none) (nullable): the meeting shown, if any
 */
MinutesMeeting *
minutes_window_get_meeting (MinutesWindow *self)
{
  g_return_val_if_fail (MINUTES_IS_WINDOW (self), NULL);

  return self->meeting;
}

/**
 * minutes_window_get_preview_text:
 * @self: a #MinutesWindow
 *
 * Returns: (transfer full): the text of the minutes as shown
 */
char *
minutes_window_get_preview_text (MinutesWindow *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkTextIter end;

  g_return_val_if_fail (MINUTES_IS_WINDOW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}
