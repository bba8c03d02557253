/* minutes-application.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-application"

#include "config.h"

#include <glib/gi18n.h>

#include "minutes-application.h"
#include "minutes-file-watch.h"
#include "minutes-preferences-window.h"
#include "minutes-window.h"

struct _MinutesApplication
{
  AdwApplication parent_instance;

  /* Recovery copies are offered once, when the first window opens. */
  gboolean       recovery_offered;
};

G_DEFINE_FINAL_TYPE (MinutesApplication, minutes_application, ADW_TYPE_APPLICATION)

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  MinutesApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  /* Close the windows rather than quitting outright, so that each one
   * saves its state on the way out; the application exits with the last. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  MinutesApplication *self = user_data;
  GtkWindow *window;
  GtkWidget *about;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "application-name", _("Minutes"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Minutes authors"),
                        "copyright", _("© 2026 The Minutes authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Draft the minutes of council committee meetings live, "
                                      "laid out as they will be published."),
                        "transient-for", window,
                        "modal", TRUE,
                        NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  MinutesApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (minutes_preferences_window_new (window)));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
};

static void
minutes_application_startup (GApplication *application)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } shortcuts[] = {
    { "win.new", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.import", { "<Control>i", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.show-shortcuts", { "<Control>question", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", NULL } },
    { "win.toggle-preview", { "F9", NULL } },
    { "win.toggle-translations", { "<Control><Shift>l", NULL } },
    { "win.show-problems", { "F8", NULL } },
    { "win.previous-section", { "<Alt>Up", "<Control>Page_Up", NULL } },
    { "win.next-section", { "<Alt>Down", "<Control>Page_Down", NULL } },
    { "win.add-item", { "<Control><Shift>n", NULL } },
    { "win.delete-item", { "<Control><Shift>Delete", NULL } },
    { "win.move-item-up", { "<Control><Shift>Up", NULL } },
    { "win.move-item-down", { "<Control><Shift>Down", NULL } },
    { "win.add-point", { "<Control>Return", NULL } },
    { "win.add-narrative", { "<Control><Shift>Return", NULL } },
    { "win.add-action", { "<Control><Shift>a", NULL } },
  };
  MinutesApplication *self = MINUTES_APPLICATION (application);

  G_APPLICATION_CLASS (minutes_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           shortcuts[i].action,
                                           shortcuts[i].accels);
}

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *body)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  MinutesRecoveryEntry *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  MinutesWindow *window = MINUTES_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "restore"))
    {
      MinutesWindow *target = window;

      /* Into the window that opened with an empty meeting, else a new one. */
      if (minutes_window_get_modified (window) || minutes_window_get_file (window) != NULL)
        {
          target = minutes_window_new (MINUTES_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
          gtk_window_present (GTK_WINDOW (target));
        }

      if (!minutes_window_restore (target, entry, &error))
        {
          g_autofree char *body = NULL;

          /* Translators: %s is an error message naming the file */
          body = g_strdup_printf (_("%s\n\nThe recovery copy is kept, so that nothing is lost."),
                                  error->message);
          show_error (GTK_WINDOW (target), _("Could Not Restore the Meeting"), body);
        }
    }
  else if (g_str_equal (response, "discard"))
    {
      if (!minutes_recovery_entry_discard (entry, &error))
        show_error (GTK_WINDOW (window), _("Could Not Discard the Changes"), error->message);
    }
}

/* After a crash, offers each meeting that had unsaved changes, saying when
 * it was last autosaved. */
static void
offer_recovery (MinutesApplication *self,
                MinutesWindow      *window)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;

  entries = minutes_recovery_list (NULL, &error);
  if (entries == NULL)
    {
      show_error (GTK_WINDOW (window), _("Could Not Look for Unsaved Changes"), error->message);
      return;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      MinutesRecoveryEntry *entry = g_ptr_array_index (entries, i);
      g_autoptr(GDateTime) when = g_date_time_to_local (minutes_recovery_entry_get_autosaved (entry));
      g_autofree char *time = g_date_time_format (when, "%H:%M");
      g_autofree char *date = g_date_time_format (when, "%-d %B %Y");
      g_autofree char *name = NULL;
      GFile *original = minutes_recovery_entry_get_original (entry);
      const char *title = minutes_recovery_entry_get_title (entry);
      AdwMessageDialog *dialog;

      if (original != NULL)
        name = g_file_get_parse_name (original);
      else
        name = g_strdup (_("a new meeting, never saved"));

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                           _("Restore Unsaved Changes?"),
                                                           NULL));
      /* Translators: the first %s is a meeting's title, the second a file
       * or "a new meeting", then a time and a date */
      adw_message_dialog_format_body (dialog,
                                      _("Minutes did not close properly. “%s” (%s) has changes that were autosaved at %s on %s but not saved to its file."),
                                      title != NULL ? title : _("Untitled meeting"),
                                      name, time, date);
      adw_message_dialog_add_responses (dialog,
                                        "later", _("_Later"),
                                        "discard", _("_Discard Changes"),
                                        "restore", _("_Restore"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "restore");
      adw_message_dialog_set_close_response (dialog, "later");
      g_object_set_data_full (G_OBJECT (dialog), "entry", g_object_ref (entry), g_object_unref);
      g_signal_connect (dialog, "response", G_CALLBACK (recovery_response_cb), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
minutes_application_activate (GApplication *application)
{
  MinutesApplication *self = MINUTES_APPLICATION (application);
  MinutesWindow *window;

  /* Without files, a new meeting, ready to type into */
  window = minutes_window_new (self);
  minutes_window_new_meeting (window);
  gtk_window_present (GTK_WINDOW (window));

  offer_recovery (self, window);
}

static void
minutes_application_open (GApplication  *application,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  MinutesApplication *self = MINUTES_APPLICATION (application);
  MinutesWindow *window = NULL;

  for (int i = 0; i < n_files; i++)
    {
      GtkWindow *shown = minutes_find_window_for_file (GTK_APPLICATION (self), files[i]);

      /* A meeting is open in one window only: that window comes forward. */
      if (shown != NULL)
        {
          gtk_window_present (shown);
          continue;
        }

      window = minutes_window_new (self);

      minutes_window_load_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }

  if (window != NULL)
    offer_recovery (self, window);
}

static void
minutes_application_class_init (MinutesApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->startup = minutes_application_startup;
  application_class->activate = minutes_application_activate;
  application_class->open = minutes_application_open;
}

static void
minutes_application_init (MinutesApplication *self)
{
}

MinutesApplication *
minutes_application_new (const char        *application_id,
                         GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (MINUTES_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       NULL);
}
