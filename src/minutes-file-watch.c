/* minutes-file-watch.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-file-watch"

#include "config.h"

#include <glib/gi18n.h>

#include "minutes-file-watch.h"
#include "minutes-window.h"

/* What happens when the file of an open meeting is changed by someone
 * else. The meeting in the window is never replaced or overwritten
 * without the clerk's word:
 *
 * - Changed on disk (written, or replaced by another file) since it was
 *   opened or saved here: the clerk is asked, at once and again before a
 *   save would overwrite it: Reload (take theirs; what is unsaved here is
 *   dropped), Keep Mine (the meeting here stays, marked unsaved, and the
 *   next save replaces theirs) or Save As (keep both). Closing the
 *   question decides nothing; the next save asks again.
 * - Deleted or moved away: the meeting stays open here, marked unsaved,
 *   and the clerk is told; saving writes it back where it was.
 *
 * The file is recognised by its entity tag (modification time) and size,
 * recorded when it was opened or saved here; a file monitor notices
 * changes while the window is open, and the tag is checked again before
 * every save in case the monitor missed one (as on network folders).
 *
 * Signals: "reload" (the clerk chose theirs), "keep" (the clerk chose
 * theirs to be overwritten; saving says whether a save was waiting),
 * "deleted". Save As is the window's own "win.save-as" action. */

#define SETTLE_MS 150

struct _MinutesFileWatch
{
  GObject           parent_instance;

  GtkWindow        *window;       /* weak */
  GFile            *file;
  GFileMonitor     *monitor;
  char             *known_tag;    /* NULL: no file there when last seen */
  AdwMessageDialog *dialog;       /* the question, while it is open */
  guint             settle_source;
};

G_DEFINE_FINAL_TYPE (MinutesFileWatch, minutes_file_watch, G_TYPE_OBJECT)

enum {
  RELOAD,
  KEEP,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The file's tag, or NULL if there is no file (or it cannot be read). */
static char *
query_tag (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;

  return g_strdup_printf ("%s/%" G_GOFFSET_FORMAT,
                          g_file_info_get_etag (info) != NULL ? g_file_info_get_etag (info) : "",
                          g_file_info_get_size (info));
}

static void
dialog_response_cb (MinutesFileWatch *self,
                    const char       *response,
                    AdwMessageDialog *dialog)
{
  gboolean saving = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "saving"));
  g_autoptr(MinutesFileWatch) hold = g_object_ref (self);

  self->dialog = NULL;

  if (g_str_equal (response, "reload"))
    {
      g_free (self->known_tag);
      self->known_tag = query_tag (self->file);
      g_signal_emit (self, signals[RELOAD], 0);
    }
  else if (g_str_equal (response, "keep"))
    {
      g_free (self->known_tag);
      self->known_tag = query_tag (self->file);
      g_signal_emit (self, signals[KEEP], 0, saving);
    }
  else if (g_str_equal (response, "save-as") && self->window != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self->window), "win.save-as", NULL);
    }
}

static void
ask (MinutesFileWatch *self,
     gboolean          saving)
{
  g_autofree char *name = NULL;

  if (self->window == NULL)
    return;

  if (self->dialog != NULL)
    {
      /* A save waiting makes Keep Mine save. */
      if (saving)
        g_object_set_data (G_OBJECT (self->dialog), "saving", GINT_TO_POINTER (TRUE));
      gtk_window_present (GTK_WINDOW (self->dialog));
      return;
    }

  name = g_file_get_parse_name (self->file);
  self->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (self->window,
                                                             _("File Changed by Someone Else"),
                                                             NULL));
  /* Translators: %s is a file name */
  adw_message_dialog_format_body (self->dialog,
                                  _("“%s” was changed on disk since it was opened or saved here. "
                                    "Reload it to see their version (changes not saved here are lost), "
                                    "keep yours (saving will replace theirs), or save yours under "
                                    "another name to keep both."),
                                  name);
  adw_message_dialog_add_responses (self->dialog,
                                    "save-as", _("Save _As…"),
                                    "reload", _("_Reload"),
                                    "keep", saving ? _("_Replace Theirs") : _("_Keep Mine"),
                                    NULL);
  adw_message_dialog_set_response_appearance (self->dialog, "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (self->dialog, "save-as", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (self->dialog, "save-as");
  adw_message_dialog_set_close_response (self->dialog, "later");
  g_object_set_data (G_OBJECT (self->dialog), "saving", GINT_TO_POINTER (saving));
  g_signal_connect_object (self->dialog, "response",
                           G_CALLBACK (dialog_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->dialog));
}

/**
 * minutes_file_watch_check:
 *
 * Looks at the file now: asks the clerk if it was changed by someone
 * else, says so if it was deleted. The file monitor calls this; so can a
 * test.
 */
void
minutes_file_watch_check (MinutesFileWatch *self)
{
  g_autofree char *tag = NULL;

  g_return_if_fail (MINUTES_IS_FILE_WATCH (self));

  if (self->file == NULL)
    return;

  tag = query_tag (self->file);
  if (g_strcmp0 (tag, self->known_tag) == 0)
    return;

  if (tag == NULL)
    {
      /* Gone: what is in the window is now the only copy. */
      g_clear_pointer (&self->known_tag, g_free);
      g_signal_emit (self, signals[DELETED], 0);
      return;
    }

  ask (self, FALSE);
}

static gboolean
settle_cb (gpointer user_data)
{
  MinutesFileWatch *self = user_data;

  self->settle_source = 0;
  minutes_file_watch_check (self);

  return G_SOURCE_REMOVE;
}

static void
monitor_changed_cb (MinutesFileWatch  *self,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    GFileMonitor      *monitor)
{
  /* Writers make several events; look once they have settled. */
  g_clear_handle_id (&self->settle_source, g_source_remove);
  self->settle_source = g_timeout_add (SETTLE_MS, settle_cb, self);
}

/**
 * minutes_file_watch_may_save:
 *
 * Called before the meeting is saved to its own file. If the file was
 * changed by someone else since it was last seen, asks the clerk and
 * returns %FALSE (the "keep" signal says when the save may go ahead).
 *
 * Returns: whether saving now would overwrite only what was seen here
 */
gboolean
minutes_file_watch_may_save (MinutesFileWatch *self)
{
  g_autofree char *tag = NULL;

  g_return_val_if_fail (MINUTES_IS_FILE_WATCH (self), TRUE);

  if (self->file == NULL)
    return TRUE;

  tag = query_tag (self->file);

  /* Deleted since: saving writes it back, overwriting nothing. */
  if (tag == NULL || g_strcmp0 (tag, self->known_tag) == 0)
    return TRUE;

  ask (self, TRUE);

  return FALSE;
}

/**
 * minutes_file_watch_set_file:
 * @file: (nullable): the meeting's file, as just opened or saved
 *
 * Watches @file from now, taking it as it is on disk now as seen.
 */
void
minutes_file_watch_set_file (MinutesFileWatch *self,
                             GFile            *file)
{
  g_return_if_fail (MINUTES_IS_FILE_WATCH (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_clear_handle_id (&self->settle_source, g_source_remove);
  g_clear_pointer (&self->known_tag, g_free);

  if (file != self->file || (file != NULL && !g_file_equal (file, self->file)))
    {
      if (self->monitor != NULL)
        {
          g_signal_handlers_disconnect_by_data (self->monitor, self);
          g_file_monitor_cancel (self->monitor);
          g_clear_object (&self->monitor);
        }
      g_set_object (&self->file, file);

      if (file != NULL)
        {
          self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
          if (self->monitor != NULL)
            g_signal_connect_object (self->monitor, "changed",
                                     G_CALLBACK (monitor_changed_cb), self, G_CONNECT_SWAPPED);
        }
    }

  if (file != NULL)
    self->known_tag = query_tag (file);
}

GFile *
minutes_file_watch_get_file (MinutesFileWatch *self)
{
  g_return_val_if_fail (MINUTES_IS_FILE_WATCH (self), NULL);

  return self->file;
}

static void
minutes_file_watch_dispose (GObject *object)
{
  MinutesFileWatch *self = MINUTES_FILE_WATCH (object);

  g_clear_handle_id (&self->settle_source, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->dialog != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->dialog, self);
      self->dialog = NULL;
    }
  g_clear_weak_pointer (&self->window);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (minutes_file_watch_parent_class)->dispose (object);
}

static void
minutes_file_watch_finalize (GObject *object)
{
  MinutesFileWatch *self = MINUTES_FILE_WATCH (object);

  g_clear_pointer (&self->known_tag, g_free);

  G_OBJECT_CLASS (minutes_file_watch_parent_class)->finalize (object);
}

static void
minutes_file_watch_class_init (MinutesFileWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = minutes_file_watch_dispose;
  object_class->finalize = minutes_file_watch_finalize;

  signals[RELOAD] = g_signal_new ("reload", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[KEEP] = g_signal_new ("keep", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
minutes_file_watch_init (MinutesFileWatch *self)
{
}

MinutesFileWatch *
minutes_file_watch_new (GtkWindow *window)
{
  MinutesFileWatch *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  self = g_object_new (MINUTES_TYPE_FILE_WATCH, NULL);
  g_set_weak_pointer (&self->window, window);

  return self;
}

static void
save_error_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        GtkWindow        *window)
{
  if (g_str_equal (response, "save-as"))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL);
}

/**
 * minutes_show_save_error:
 *
 * Tells the clerk, in plain words, that the meeting could not be saved to
 * @file and that it is still here, unsaved; offers Save As.
 */
void
minutes_show_save_error (GtkWindow    *window,
                         GFile        *file,
                         const GError *error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *folder_name = NULL;
  g_autoptr(GFile) folder = g_file_get_parent (file);
  AdwMessageDialog *dialog;

  g_return_if_fail (GTK_IS_WINDOW (window));

  if (folder != NULL)
    folder_name = g_file_get_parse_name (folder);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Could Not Save the Meeting"), NULL));

  if (folder_name == NULL)
    folder_name = g_strdup ("/");

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    /* Translators: the first %s is a file, the second its folder */
    adw_message_dialog_format_body (dialog,
                                    _("You may not change “%s”: the file or its folder “%s” is read-only. "
                                      "Your meeting is still here and not saved. Save it somewhere else with Save As."),
                                    name, folder_name);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    /* Translators: the first %s is a file, the second its folder */
    adw_message_dialog_format_body (dialog,
                                    _("There is no room left on the disk for “%s” (in “%s”). "
                                      "Your meeting is still here and not saved. Save it somewhere else with Save As."),
                                    name, folder_name);
  else
    /* Translators: %s is an error message that names the file */
    adw_message_dialog_format_body (dialog,
                                    _("%s\n\nYour meeting is still here and not saved. "
                                      "Save it somewhere else with Save As."),
                                    error->message);

  adw_message_dialog_add_responses (dialog,
                                    "close", _("_Close"),
                                    "save-as", _("Save _As…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "save-as", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save-as");
  adw_message_dialog_set_close_response (dialog, "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_error_response_cb),
                           window, G_CONNECT_DEFAULT);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * minutes_find_window_for_file:
 *
 * A meeting is open in one window only: opening its file again shows
 * that window. This finds it.
 *
 * Returns: (transfer none) (nullable): the window showing @file
 */
GtkWindow *
minutes_find_window_for_file (GtkApplication *application,
                              GFile          *file)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      GFile *shown;

      if (!MINUTES_IS_WINDOW (l->data))
        continue;

      shown = minutes_window_get_file (l->data);
      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }

  return NULL;
}
