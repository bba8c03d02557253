/* ui-test.h: what every UI test needs to drive the real window
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One place for the set-up of a UI test program (its own cache and data
 * folders, the application, skipping without a display), for letting the
 * window settle, opening and closing windows, finding widgets and dialogs,
 * reading the preview and taking the README's screenshots.
 */

#pragma once

#include <adwaita.h>
#include <gtk/gtk.h>

#include "minutes-application.h"
#include "minutes-window.h"

G_BEGIN_DECLS

/* Exit status of a test program skipped as a whole (no display). */
#define UI_TEST_SKIPPED 77

typedef enum
{
  UI_TEST_APPLICATION = 1 << 0,  /* a registered MinutesApplication */
  UI_TEST_HANDLES_OPEN = 1 << 1, /* ... which opens files (g_application_open) */
} UiTestFlags;

/* Sets the test up: XDG_CACHE_HOME and XDG_DATA_HOME in a temporary
 * folder of its own (recovery copies, recently used people), GTK's test
 * accessibility back end unless GTK_A11Y says otherwise, g_test_init(),
 * GTK, and with UI_TEST_APPLICATION the application. Returns FALSE, having
 * said why, when there is no display: main() then returns UI_TEST_SKIPPED. */
gboolean            ui_test_init                 (int                *argc,
                                                  char             ***argv,
                                                  const char         *name,
                                                  UiTestFlags         flags);
/* g_test_run(), then the application and the temporary folder go. */
int                 ui_test_run                  (void);

MinutesApplication *ui_test_get_application      (void);
/* The temporary folder of the test program, removed by ui_test_run(). */
const char         *ui_test_get_home_dir         (void);
char               *ui_test_get_example_path     (void);
void                ui_test_remove_tree          (const char         *path);

/* Lets the window finish what the last action started (rendering,
 * checking, the end of an undo step: they wait for an idle moment). */
void                ui_test_settle               (void);
/* Activates action on widget (which must have it) and settles. */
void                ui_test_activate             (gpointer            widget,
                                                  const char         *action);

/* A new window on the file at path, 1280×800, loaded and drawn; the caller
 * holds a reference, which ui_test_close_window() drops. */
MinutesWindow      *ui_test_open_window          (const char         *path);
/* Loads path the way the Open dialog does, and waits for the outcome. */
gboolean            ui_test_load_file            (MinutesWindow      *window,
                                                  const char         *path,
                                                  GError            **error);
/* Destroys window, lets the main loop finish with it, drops the reference
 * of ui_test_open_window(). */
void                ui_test_close_window         (MinutesWindow      *window);

/* Every widget of type in the tree under widget, in order. */
void                ui_test_collect              (GtkWidget          *widget,
                                                  GType               type,
                                                  GPtrArray          *found);
gpointer            ui_test_find_nth             (GtkWidget          *widget,
                                                  GType               type,
                                                  guint               n);
guint               ui_test_count                (GtkWidget          *widget,
                                                  GType               type);
/* The widget of type whose tooltip, row title, button label or entry
 * placeholder is label; fails the test if there is none. */
gpointer            ui_test_find_labelled        (GtkWidget          *widget,
                                                  GType               type,
                                                  const char         *label);
gboolean            ui_test_has_focus_within     (GtkWidget          *widget);

AdwMessageDialog   *ui_test_find_message_dialog  (void);
/* Clicks the button of a response, as the clerk does. */
void                ui_test_click_response       (AdwMessageDialog   *dialog,
                                                  const char         *label);

void                ui_test_assert_preview_contains (MinutesWindow   *window,
                                                     const char      *text);
void                ui_test_assert_preview_lacks    (MinutesWindow   *window,
                                                     const char      *text);
void                ui_test_assert_preview_order    (MinutesWindow   *window,
                                                     const char      *first,
                                                     const char      *second);

/* The item at position of the window's meeting (borrowed). */
MinutesAgendaItem  *ui_test_get_item             (MinutesWindow      *window,
                                                  guint               position);
void                ui_test_assert_point         (MinutesAgendaItem  *item,
                                                  guint               position,
                                                  const char         *number,
                                                  const char         *text);
/* Types text into the entry that has the focus, as the clerk does after
 * pressing Enter in the point before; and presses Enter there. */
void                ui_test_type_into_focus      (MinutesWindow      *window,
                                                  const char         *text);
void                ui_test_press_enter_in_focus (MinutesWindow      *window);

/* A screenshot for the README, when MINUTES_SCREENSHOT_DIR asks for one:
 * of window (at the top left of the Xvfb screen), or with NULL of the
 * whole screen. */
void                ui_test_screenshot           (GtkWidget          *window,
                                                  const char         *name);

G_END_DECLS
