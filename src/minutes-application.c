/* minutes-application.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-application"

#include "config.h"

#include <glib/gi18n.h>

#include "minutes-application.h"
#include "minutes-window.h"

struct _MinutesApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (MinutesApplication, minutes_application, ADW_TYPE_APPLICATION)

#define EXAMPLE_RESOURCE RESOURCE_BASE "/examples/2024-01-16-safer-stronger-communities.minutes"

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
                        "comments", _("Read the minutes of council committee meetings, "
                                      "laid out as they will be published."),
                        "transient-for", window,
                        "modal", TRUE,
                        NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
minutes_application_startup (GApplication *application)
{
  MinutesApplication *self = MINUTES_APPLICATION (application);
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (minutes_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
}

static void
minutes_application_activate (GApplication *application)
{
  MinutesApplication *self = MINUTES_APPLICATION (application);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  MinutesWindow *window;

  /* Without files, show the example meeting that ships with the app */
  window = minutes_window_new (self);

  bytes = g_resources_lookup_data (EXAMPLE_RESOURCE,
                                   G_RESOURCE_LOOKUP_FLAGS_NONE,
                                   &error);
  if (bytes != NULL)
    minutes_window_load_bytes (window, bytes, _("Example meeting"));
  else
    g_critical ("The example meeting is missing: %s", error->message);

  gtk_window_present (GTK_WINDOW (window));
}

static void
minutes_application_open (GApplication  *application,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  MinutesApplication *self = MINUTES_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      MinutesWindow *window = minutes_window_new (self);

      minutes_window_load_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
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
