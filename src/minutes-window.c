/* minutes-window.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-window"

#include "config.h"

#include <glib/gi18n.h>

#include "minutes-attendance-form.h"
#include "minutes-close-form.h"
#include "minutes-export-flow.h"
#include "minutes-file-watch.h"
#include "minutes-declarations-form.h"
#include "minutes-form-util.h"
#include "minutes-import-flow.h"
#include "minutes-item-form.h"
#include "minutes-meeting-form.h"
#include "minutes-people-store.h"
#include "minutes-preview-backend.h"
#include "minutes-problems-panel.h"
#include "minutes-sidebar-dnd.h"
#include "minutes-window.h"

/* The editor: a sidebar of the sections of the minutes, the form of the
 * section chosen, and the minutes as they will print beside it. Every edit
 * goes through the model, where the undo stack and autosave see it. */

typedef enum
{
  SECTION_DETAILS,
  SECTION_ATTENDANCE,
  SECTION_DECLARATIONS,
  SECTION_ITEM,
  SECTION_CLOSE,
} Section;

struct _MinutesWindow
{
  AdwApplicationWindow   parent_instance;

  /* Template widgets */
  AdwWindowTitle        *window_title;
  AdwToastOverlay       *toast_overlay;
  GtkStack              *stack;
  AdwLeaflet            *leaflet;
  GtkWidget             *sidebar;
  GtkListBox            *sidebar_list;
  GtkWidget             *content;
  AdwBin                *form_bin;
  GtkWidget             *preview;
  GtkTextView           *text_view;
  AdwStatusPage         *error_page;
  GtkButton             *clock_button;
  GtkWidget             *end_button;
  GtkWidget             *back_button;
  GtkMenuButton         *problems_button;
  GtkSpinner            *export_spinner;
  MinutesProblemsPanel  *problems_panel;
  GtkImage              *problems_icon;
  GtkLabel              *errors_label;
  GtkWidget             *warnings_icon;
  GtkLabel              *warnings_label;
  GtkToggleButton       *translations_button;

  GSettings             *settings;
  MinutesPreviewBackend *backend;
  MinutesRenderCache    *render_cache;  /* what each item printed in the preview */
  GtkNativeDialog       *open_dialog;
  GtkNativeDialog       *save_dialog;

  /* The meeting shown, and where it came from (file may be NULL) */
  MinutesMeeting        *meeting;
  GFile                 *file;
  char                  *display_name;
  MinutesUndoStack      *undo;
  MinutesAutosave       *autosave;
  MinutesFileWatch      *file_watch;
  MinutesValidator      *validator;
  gboolean               modified;
  gboolean               close_after_save;

  /* The section being edited */
  Section                section;
  MinutesAgendaItem     *item;

  /* The meeting's second language, if any, and whether the forms show a
   * field for each text in it */
  char                  *translation_language;
  gboolean               translations_visible;

  GCancellable          *load_cancellable;
  guint                  render_source;
  guint                  render_tick;
  gboolean               check_due;
  guint                  check_item_source;
};

G_DEFINE_FINAL_TYPE (MinutesWindow, minutes_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PREVIEW_VISIBLE,
  PROP_TRANSLATIONS_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void meeting_changed_cb (MinutesWindow  *self,
                                MinutesMeeting *meeting);
static void reload_form        (MinutesWindow     *self);
static void show_section       (MinutesWindow     *self,
                                Section            section,
                                MinutesAgendaItem *item);
static void update_actions     (MinutesWindow *self);

static void
update_titles (MinutesWindow   *self,
               MinutesTemplate *template)
{
  g_autofree char *date = NULL;
  g_autofree char *window_title = NULL;
  g_autofree char *title = NULL;
  const char *committee;

  committee = minutes_meeting_get_committee (self->meeting);
  if (committee == NULL || committee[0] == '\0')
    committee = self->display_name;

  date = minutes_template_format_date (template, "date-long",
                                       minutes_meeting_get_date (self->meeting));

  /* A dot before the title, as in GNOME's editors, while there are changes
   * that are not saved to the file. */
  title = self->modified ? g_strdup_printf ("• %s", committee) : g_strdup (committee);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title,
                                 date != NULL ? date : self->display_name);

  /* Translators: the title of a window, %s is the name of a committee */
  window_title = g_strdup_printf (_("%s – Minutes"), committee);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static GtkTextMark *
get_section_mark (MinutesWindow *self)
{
  switch (self->section)
    {
    case SECTION_DETAILS:
      return minutes_preview_backend_get_mark_for_section (self->backend, MINUTES_SECTION_HEADER);

    case SECTION_ATTENDANCE:
      return minutes_preview_backend_get_mark_for_section (self->backend, MINUTES_SECTION_ATTENDANCE);

    case SECTION_DECLARATIONS:
      return minutes_preview_backend_get_mark_for_section (self->backend, MINUTES_SECTION_DECLARATIONS);

    case SECTION_ITEM:
      return self->item != NULL
        ? minutes_preview_backend_get_mark_for (self->backend, G_OBJECT (self->item))
        : NULL;

    case SECTION_CLOSE:
      return minutes_preview_backend_get_mark_for_section (self->backend, MINUTES_SECTION_CLOSING);

    default:
      g_assert_not_reached ();
    }
}

/* Keeps the section being edited in view in the preview. */
static void
scroll_preview (MinutesWindow *self)
{
  GtkTextMark *mark = get_section_mark (self);

  if (mark != NULL)
    gtk_text_view_scroll_to_mark (self->text_view, mark, 0.0, TRUE, 0.0, 0.0);
}

static void
render_meeting (MinutesWindow   *self,
                MinutesTemplate *template)
{
  g_assert (MINUTES_IS_WINDOW (self));
  g_assert (MINUTES_IS_MEETING (self->meeting));
  g_assert (MINUTES_IS_TEMPLATE (template));

  /* Every edit renders again: the items that did not change come from
   * the cache, so an edit costs about one item, not the meeting */
  minutes_render_cached (self->meeting,
                         template,
                         MINUTES_DOCUMENT_KIND_MINUTES,
                         MINUTES_RENDER_DEFAULT,
                         MINUTES_BACKEND (self->backend),
                         self->render_cache);

  update_titles (self, template);
  scroll_preview (self);
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

/* Sidebar */

static void
update_item_label_cb (MinutesAgendaItem *item,
                      GParamSpec        *pspec,
                      GtkLabel          *label)
{
  g_autofree char *number = minutes_agenda_item_dup_number (item);
  g_autofree char *text = NULL;
  const char *title = minutes_agenda_item_get_title (item);

  if (title == NULL)
    title = _("Untitled item");

  if (number != NULL)
    text = g_strdup_printf ("%s. %s", number, title);
  else
    text = g_strdup (title);

  gtk_label_set_text (label, text);
}

static GtkWidget *
new_sidebar_row (Section            section,
                 MinutesAgendaItem *item,
                 const char        *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data (G_OBJECT (row), "section", GINT_TO_POINTER (section));

  if (item != NULL)
    {
      g_object_set_data_full (G_OBJECT (row), "item", g_object_ref (item), g_object_unref);
      update_item_label_cb (item, NULL, GTK_LABEL (label));
      g_signal_connect_object (item, "notify::title", G_CALLBACK (update_item_label_cb), label, G_CONNECT_DEFAULT);
      g_signal_connect_object (item, "notify::number", G_CALLBACK (update_item_label_cb), label, G_CONNECT_DEFAULT);
    }

  return row;
}

static GtkListBoxRow *
find_sidebar_row (MinutesWindow     *self,
                  Section            section,
                  MinutesAgendaItem *item)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar_list, i);

      if (row == NULL)
        return NULL;

      if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "section")) == (int) section &&
          g_object_get_data (G_OBJECT (row), "item") == item)
        return row;
    }
}

static void
select_sidebar_row (MinutesWindow *self)
{
  GtkListBoxRow *row = find_sidebar_row (self, self->section, self->item);

  if (row != NULL && gtk_list_box_get_selected_row (self->sidebar_list) != row)
    gtk_list_box_select_row (self->sidebar_list, row);
}

static void
rebuild_sidebar (MinutesWindow *self)
{
  GListModel *items = minutes_meeting_get_items (self->meeting);
  GtkWidget *child;

  /* Rows are rebuilt silently: the section shown does not change. */
  g_signal_handlers_block_matched (self->sidebar_list, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list))) != NULL)
    gtk_list_box_remove (self->sidebar_list, child);

  gtk_list_box_append (self->sidebar_list, new_sidebar_row (SECTION_DETAILS, NULL, _("Meeting details")));
  gtk_list_box_append (self->sidebar_list, new_sidebar_row (SECTION_ATTENDANCE, NULL, _("Attendance")));
  gtk_list_box_append (self->sidebar_list, new_sidebar_row (SECTION_DECLARATIONS, NULL, _("Declarations")));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      GtkWidget *row = new_sidebar_row (SECTION_ITEM, item, NULL);

      minutes_sidebar_dnd_attach (row, self->meeting, item);
      gtk_list_box_append (self->sidebar_list, row);
    }
  gtk_list_box_append (self->sidebar_list, new_sidebar_row (SECTION_CLOSE, NULL, _("Close of meeting")));

  select_sidebar_row (self);

  g_signal_handlers_unblock_matched (self->sidebar_list, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static gboolean
item_in_meeting (MinutesWindow     *self,
                 MinutesAgendaItem *item)
{
  return item != NULL &&
         g_list_store_find (G_LIST_STORE (minutes_meeting_get_items (self->meeting)), item, NULL);
}

static gboolean
check_item_cb (gpointer user_data)
{
  MinutesWindow *self = user_data;

  self->check_item_source = 0;

  /* The item being edited was deleted, or its addition undone. */
  if (self->section == SECTION_ITEM && !item_in_meeting (self, self->item))
    show_section (self, SECTION_DETAILS, NULL);

  return G_SOURCE_REMOVE;
}

/* The rows before the items' */
#define N_SIDEBAR_ROWS_BEFORE_ITEMS 3

static void
items_changed_cb (MinutesWindow *self,
                  guint          position,
                  guint          removed,
                  guint          added,
                  GListModel    *items)
{
  guint n_rows = 0;

  /* A move takes an item out and puts it back: only once the edit is over
   * does it show whether the item being edited is gone. */
  if (self->check_item_source == 0)
    self->check_item_source = g_idle_add_full (G_PRIORITY_HIGH, check_item_cb, self, NULL);

  /* The rows are those of the items before the change, and the sections
   * around them */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n_rows++;
  if (n_rows != N_SIDEBAR_ROWS_BEFORE_ITEMS + g_list_model_get_n_items (items) - added + removed + 1)
    {
      g_critical ("The sidebar does not match the agenda; made again");
      rebuild_sidebar (self);
      update_actions (self);
      return;
    }

  /* Only the rows of the items changed are replaced: a long agenda keeps
   * the others, rather than hundreds of rows made again for one item
   * added. As in rebuild_sidebar(), the section shown does not change. */
  g_signal_handlers_block_matched (self->sidebar_list, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);

  for (guint i = 0; i < removed; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar_list,
                                                          N_SIDEBAR_ROWS_BEFORE_ITEMS + position);

      gtk_list_box_remove (self->sidebar_list, GTK_WIDGET (row));
    }
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, position + i);
      GtkWidget *row = new_sidebar_row (SECTION_ITEM, item, NULL);

      minutes_sidebar_dnd_attach (row, self->meeting, item);
      gtk_list_box_insert (self->sidebar_list, row, N_SIDEBAR_ROWS_BEFORE_ITEMS + position + i);
    }

  select_sidebar_row (self);

  g_signal_handlers_unblock_matched (self->sidebar_list, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);

  update_actions (self);
}

static void
sidebar_row_selected_cb (MinutesWindow *self,
                         GtkListBoxRow *row)
{
  if (row == NULL)
    return;

  show_section (self,
                GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "section")),
                g_object_get_data (G_OBJECT (row), "item"));
}

static void
sidebar_row_activated_cb (MinutesWindow *self,
                          GtkListBoxRow *row)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
folded_cb (MinutesWindow *self)
{
  gtk_widget_set_visible (self->back_button, adw_leaflet_get_folded (self->leaflet));
}

static void
back_clicked_cb (MinutesWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

/* The language the forms show a field for each text in, or NULL */
static const char *
get_shown_translation_language (MinutesWindow *self)
{
  return self->translations_visible ? self->translation_language : NULL;
}

/* Builds the form shown again, as when the translations are shown or
 * hidden. */
static void
reload_form (MinutesWindow *self)
{
  if (self->meeting == NULL || adw_bin_get_child (self->form_bin) == NULL)
    return;

  adw_bin_set_child (self->form_bin, NULL);
  show_section (self, self->section, self->item);
}

/* Finds the meeting's second language again (FULL), or only when it has
 * none yet, as the clerk's first translation makes it bilingual: one undone
 * does not take the fields away while the clerk types. */
static void
update_translation_language (MinutesWindow *self,
                             gboolean       full)
{
  g_autofree char *export_language = NULL;
  g_autofree char *language = NULL;

  if (!full && self->translation_language != NULL)
    return;

  if (self->meeting != NULL)
    {
      export_language = g_settings_get_string (self->settings, "export-language");
      language = minutes_dup_translation_language (self->meeting, export_language);
    }

  if (language != NULL)
    {
      gtk_button_set_label (GTK_BUTTON (self->translations_button),
                            minutes_get_language_short_name (language));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->translations_button), language != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-translations", language != NULL);

  if (g_strcmp0 (language, self->translation_language) == 0)
    return;

  g_free (self->translation_language);
  self->translation_language = g_steal_pointer (&language);
  if (self->translations_visible)
    reload_form (self);
}

static void
export_language_changed_cb (MinutesWindow *self)
{
  update_translation_language (self, TRUE);
}

/* Shows the form of a section and brings its part of the minutes into
 * view. */
static void
show_section (MinutesWindow     *self,
              Section            section,
              MinutesAgendaItem *item)
{
  GtkWidget *form = NULL;

  g_assert (section == SECTION_ITEM ? item != NULL : item == NULL);

  if (self->section == section && self->item == item &&
      adw_bin_get_child (self->form_bin) != NULL)
    return;

  self->section = section;
  g_set_object (&self->item, item);

  switch (section)
    {
    case SECTION_DETAILS:
      form = minutes_meeting_form_new (self->meeting);
      minutes_meeting_form_set_translation_language (MINUTES_MEETING_FORM (form),
                                                     get_shown_translation_language (self));
      break;

    case SECTION_ATTENDANCE:
      form = minutes_attendance_form_new (self->meeting);
      break;

    case SECTION_DECLARATIONS:
      form = minutes_declarations_form_new (self->meeting);
      break;

    case SECTION_ITEM:
      form = minutes_item_form_new (item);
      minutes_item_form_set_translation_language (MINUTES_ITEM_FORM (form),
                                                  get_shown_translation_language (self));
      break;

    case SECTION_CLOSE:
      form = minutes_close_form_new (self->meeting);
      break;

    default:
      g_assert_not_reached ();
    }

  /* The undo stack takes a new step when the clerk moves elsewhere. */
  if (self->undo != NULL)
    minutes_undo_stack_close_step (self->undo);

  adw_bin_set_child (self->form_bin, form);
  select_sidebar_row (self);
  scroll_preview (self);
  update_actions (self);
}

static void
move_section (MinutesWindow *self,
              int            delta)
{
  GtkListBoxRow *row = find_sidebar_row (self, self->section, self->item);
  GtkListBoxRow *next;
  GtkWidget *form;

  if (row == NULL)
    return;

  next = gtk_list_box_get_row_at_index (self->sidebar_list, gtk_list_box_row_get_index (row) + delta);
  if (next == NULL)
    return;

  gtk_list_box_select_row (self->sidebar_list, next);
  form = adw_bin_get_child (self->form_bin);
  if (MINUTES_IS_ITEM_FORM (form))
    minutes_item_form_focus (MINUTES_ITEM_FORM (form));
  else if (form != NULL)
    minutes_focus_editable (form);
}

/* The meeting clock */

static MinutesDiscussionEntry *
find_open_adjournment (MinutesWindow *self)
{
  GListModel *items = minutes_meeting_get_items (self->meeting);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);
      MinutesDiscussionEntry *entry = minutes_agenda_item_get_open_adjournment (item);

      if (entry != NULL)
        return entry;   /* the meeting keeps it */
    }

  return NULL;
}

/* The item the meeting is on: the one being edited, else the last. */
static MinutesAgendaItem *
get_current_item (MinutesWindow *self)
{
  GListModel *items = minutes_meeting_get_items (self->meeting);
  guint n_items = g_list_model_get_n_items (items);
  g_autoptr(MinutesAgendaItem) last = NULL;

  if (item_in_meeting (self, self->item))
    return self->item;

  if (n_items == 0)
    return NULL;

  last = g_list_model_get_item (items, n_items - 1);

  return last;
}

static void
update_actions (MinutesWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean have_meeting = self->meeting != NULL;
  gboolean started = have_meeting && minutes_meeting_get_actual_start (self->meeting) >= 0;
  gboolean ended = have_meeting && minutes_meeting_get_end (self->meeting) >= 0;
  gboolean adjourned = have_meeting && find_open_adjournment (self) != NULL;
  gboolean on_item = have_meeting && self->section == SECTION_ITEM && item_in_meeting (self, self->item);
  guint position = 0;
  guint n_items = 0;

  if (on_item)
    {
      n_items = g_list_model_get_n_items (minutes_meeting_get_items (self->meeting));
      g_list_store_find (G_LIST_STORE (minutes_meeting_get_items (self->meeting)), self->item, &position);
    }

  gtk_widget_action_set_enabled (widget, "win.save", have_meeting);
  gtk_widget_action_set_enabled (widget, "win.save-as", have_meeting);
  gtk_widget_action_set_enabled (widget, "win.new-from-this", have_meeting);
  gtk_widget_action_set_enabled (widget, "win.undo",
                                 self->undo != NULL && minutes_undo_stack_get_can_undo (self->undo));
  gtk_widget_action_set_enabled (widget, "win.redo",
                                 self->undo != NULL && minutes_undo_stack_get_can_redo (self->undo));
  gtk_widget_action_set_enabled (widget, "win.add-item", have_meeting);
  gtk_widget_action_set_enabled (widget, "win.delete-item", on_item);
  gtk_widget_action_set_enabled (widget, "win.move-item-up", on_item && position > 0);
  gtk_widget_action_set_enabled (widget, "win.move-item-down", on_item && position + 1 < n_items);
  gtk_widget_action_set_enabled (widget, "win.add-point", on_item);
  gtk_widget_action_set_enabled (widget, "win.add-narrative", on_item);
  gtk_widget_action_set_enabled (widget, "win.add-action", on_item);
  gtk_widget_action_set_enabled (widget, "win.export", have_meeting);
  gtk_widget_action_set_enabled (widget, "win.print", have_meeting);
  gtk_widget_action_set_enabled (widget, "win.previous-section", have_meeting);
  gtk_widget_action_set_enabled (widget, "win.next-section", have_meeting);
  gtk_widget_action_set_enabled (widget, "win.show-problems", have_meeting);
  gtk_widget_set_sensitive (GTK_WIDGET (self->problems_button), have_meeting);

  gtk_widget_action_set_enabled (widget, "win.start-meeting", have_meeting && !started);
  gtk_widget_action_set_enabled (widget, "win.adjourn",
                                 started && !ended && !adjourned && get_current_item (self) != NULL);
  gtk_widget_action_set_enabled (widget, "win.resume", adjourned);
  gtk_widget_action_set_enabled (widget, "win.end-meeting", started && !ended && !adjourned);

  /* One button that always offers the next step of the clock. */
  if (!started)
    {
      gtk_button_set_label (self->clock_button, _("Start Meeting"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->clock_button), "win.start-meeting");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->clock_button), _("Record the time the meeting started"));
    }
  else if (adjourned)
    {
      gtk_button_set_label (self->clock_button, _("Resume"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->clock_button), "win.resume");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->clock_button), _("Record the time the meeting resumed"));
    }
  else
    {
      gtk_button_set_label (self->clock_button, _("Adjourn"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->clock_button), "win.adjourn");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->clock_button),
                                   _("Adjourn the meeting, noting the time in the current item"));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->clock_button), have_meeting && !ended);
  gtk_widget_set_visible (self->end_button, started && !ended && !adjourned);
}

/* The document */

static void
undo_notify_cb (MinutesWindow *self)
{
  update_actions (self);
}

static void
autosave_failed_cb (MinutesWindow *self,
                    GError        *error)
{
  g_autofree char *message = NULL;

  /* Translators: %s is an error message */
  message = g_strdup_printf (_("Could not keep a recovery copy: %s"), error->message);
  show_toast (self, message);
}

static void
set_modified (MinutesWindow *self,
              gboolean       modified)
{
  g_autoptr(MinutesTemplate) template = NULL;

  if (self->modified == modified)
    return;

  self->modified = modified;

  template = minutes_template_lookup_for_meeting (self->meeting, NULL);
  if (template != NULL)
    update_titles (self, template);
}

/* The problems */

static void
update_problems_button (MinutesWindow *self)
{
  guint n_errors = self->validator != NULL ? minutes_validator_get_n_errors (self->validator) : 0;
  guint n_warnings = self->validator != NULL ? minutes_validator_get_n_warnings (self->validator) : 0;
  g_autofree char *errors = NULL;
  g_autofree char *warnings = NULL;
  g_autofree char *description = NULL;
  g_autofree char *tooltip = NULL;

  /* An error icon and count when there are errors, then a warning icon
   * and count; a tick when there are neither. */
  gtk_image_set_from_icon_name (self->problems_icon,
                                n_errors > 0 ? "dialog-error-symbolic" :
                                n_warnings > 0 ? NULL : "emblem-ok-symbolic");
  gtk_widget_set_visible (GTK_WIDGET (self->problems_icon), n_errors > 0 || n_warnings == 0);
  errors = g_strdup_printf ("%u", n_errors);
  gtk_label_set_text (self->errors_label, errors);
  gtk_widget_set_visible (GTK_WIDGET (self->errors_label), n_errors > 0);
  warnings = g_strdup_printf ("%u", n_warnings);
  gtk_label_set_text (self->warnings_label, warnings);
  gtk_widget_set_visible (self->warnings_icon, n_warnings > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), n_warnings > 0);

  if (n_errors == 0 && n_warnings == 0)
    description = g_strdup (_("No errors or warnings"));
  else
    {
      g_autofree char *e = g_strdup_printf (ngettext ("%u error", "%u errors", n_errors), n_errors);
      g_autofree char *w = g_strdup_printf (ngettext ("%u warning", "%u warnings", n_warnings), n_warnings);

      /* Translators: "2 errors, 1 warning" */
      description = g_strdup_printf (_("%s, %s"), e, w);
    }

  /* Translators: the problems button, %s is "2 errors, 1 warning" */
  tooltip = g_strdup_printf (_("Problems: %s (F8)"), description);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->problems_button), tooltip);
  g_clear_pointer (&tooltip, g_free);
  /* Translators: the problems button for a screen reader, %s is "2 errors, 1 warning" */
  tooltip = g_strdup_printf (_("Problems: %s"), description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problems_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
}

static void
check_meeting (MinutesWindow   *self,
               MinutesTemplate *template)
{
  if (self->validator == NULL)
    return;

  /* Changing the template checks again by itself. */
  if (minutes_validator_get_template (self->validator) != template)
    minutes_validator_set_template (self->validator, template);
  else
    minutes_validator_validate (self->validator);
}

/* The item a node of the meeting belongs to, if any. */
static MinutesAgendaItem *
find_item_of (GObject *object)
{
  MinutesNode *node = MINUTES_IS_NODE (object) ? MINUTES_NODE (object) : NULL;

  while (node != NULL && !MINUTES_IS_AGENDA_ITEM (node))
    node = minutes_node_get_parent (node);

  return node != NULL ? MINUTES_AGENDA_ITEM (node) : NULL;
}

/* The section whose form has the field of property of object (a node of
 * the meeting), and for an item's section the item. */
static Section
find_section_of (GObject            *object,
                 const char         *property,
                 MinutesAgendaItem **item)
{
  static const char * const close_properties[] = { "actual-start", "end", "signed-by", "signed-date", NULL };
  static const char * const attendance_properties[] = { "people", "attendance-note", NULL };

  *item = NULL;

  if (MINUTES_IS_MEETING (object))
    {
      if (property != NULL && g_strv_contains (close_properties, property))
        return SECTION_CLOSE;
      if (property != NULL && g_strv_contains (attendance_properties, property))
        return SECTION_ATTENDANCE;
      if (g_strcmp0 (property, "no-declarations") == 0)
        return SECTION_DECLARATIONS;
      return SECTION_DETAILS;
    }
  else if (MINUTES_IS_PERSON (object))
    return SECTION_ATTENDANCE;
  else if (MINUTES_IS_DECLARATION (object))
    return SECTION_DECLARATIONS;
  else if ((*item = find_item_of (object)) != NULL)
    /* The item itself, or a line, action, motion, resolution in it */
    return SECTION_ITEM;

  return SECTION_DETAILS;
}

static gboolean
focus_property (MinutesWindow *self,
                GObject       *object,
                const char    *property)
{
  GtkWidget *form = adw_bin_get_child (self->form_bin);

  if (MINUTES_IS_MEETING_FORM (form))
    return minutes_meeting_form_focus_property (MINUTES_MEETING_FORM (form), property);
  if (MINUTES_IS_ATTENDANCE_FORM (form))
    return minutes_attendance_form_focus_property (MINUTES_ATTENDANCE_FORM (form), object, property);
  if (MINUTES_IS_ITEM_FORM (form))
    return minutes_item_form_focus_property (MINUTES_ITEM_FORM (form), object, property);
  if (MINUTES_IS_DECLARATIONS_FORM (form))
    return minutes_declarations_form_focus_property (MINUTES_DECLARATIONS_FORM (form), object, property);
  if (MINUTES_IS_CLOSE_FORM (form))
    return minutes_close_form_focus_property (MINUTES_CLOSE_FORM (form), property);

  return FALSE;
}

static void
problem_activated_cb (MinutesWindow  *self,
                      MinutesProblem *problem)
{
  gtk_popover_popdown (GTK_POPOVER (self->problems_panel));
  minutes_window_show_problem (self, problem);
}

static void
fix_activated_cb (MinutesWindow  *self,
                  MinutesProblem *problem)
{
  g_autoptr(MinutesProblem) hold = g_object_ref (problem);

  /* A fix is a step of its own in the undo history. */
  if (self->undo != NULL)
    minutes_undo_stack_close_step (self->undo);
  minutes_problem_apply_fix (problem);
  if (self->undo != NULL)
    minutes_undo_stack_close_step (self->undo);
}

static void
show_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MinutesWindow *self = MINUTES_WINDOW (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->problems_panel)))
    gtk_popover_popdown (GTK_POPOVER (self->problems_panel));
  else
    gtk_menu_button_popup (self->problems_button);
}

static void
disconnect_meeting (MinutesWindow *self)
{
  if (self->meeting == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_signal_handlers_disconnect_by_data (minutes_meeting_get_items (self->meeting), self);
  if (self->undo != NULL)
    g_signal_handlers_disconnect_by_data (self->undo, self);
  if (self->autosave != NULL)
    g_signal_handlers_disconnect_by_data (self->autosave, self);
  if (self->validator != NULL)
    g_signal_handlers_disconnect_by_data (self->validator, self);
}

static gboolean render_idle_cb (gpointer user_data);

static void
clear_render_tick (MinutesWindow *self)
{
  if (self->render_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->render_tick);
  self->render_tick = 0;
}

static void
queue_render (MinutesWindow *self)
{
  if (self->render_source == 0)
    self->render_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, render_idle_cb, self, NULL);
}

/* Called as the first frame showing a new meeting begins: the rendering
 * queued now runs once that frame is painted. */
static gboolean
first_frame_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  MinutesWindow *self = MINUTES_WINDOW (widget);

  self->render_tick = 0;
  queue_render (self);

  return G_SOURCE_REMOVE;
}

/* Shows @meeting in place of the current one, unless it cannot be shown;
 * then the current meeting stays and @error says why. recovery_id is the
 * recovery copy the meeting came from, if it was restored. */
static gboolean
set_meeting (MinutesWindow   *self,
             MinutesMeeting  *meeting,
             GFile           *file,
             const char      *display_name,
             const char      *recovery_id,
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

  disconnect_meeting (self);
  g_clear_handle_id (&self->render_source, g_source_remove);
  clear_render_tick (self);
  g_clear_handle_id (&self->check_item_source, g_source_remove);

  /* The meeting replaced was saved or discarded by the clerk already: its
   * recovery copy has no more use. */
  if (self->autosave != NULL && !self->modified)
    minutes_autosave_discard (self->autosave);
  g_clear_object (&self->autosave);
  g_clear_object (&self->undo);
  minutes_problems_panel_set_model (self->problems_panel, NULL);
  g_clear_object (&self->validator);
  adw_bin_set_child (self->form_bin, NULL);
  g_clear_object (&self->item);

  g_set_object (&self->meeting, meeting);
  g_clear_object (&self->render_cache);
  self->render_cache = minutes_render_cache_new ();
  g_set_object (&self->file, file);
  g_free (self->display_name);
  self->display_name = g_strdup (display_name);
  self->modified = recovery_id != NULL;

  self->undo = minutes_undo_stack_new (meeting);
  self->autosave = minutes_autosave_new (meeting, NULL, file, recovery_id);
  minutes_autosave_set_delay (self->autosave,
                              g_settings_get_uint (self->settings, "autosave-interval") * 1000);
  minutes_file_watch_set_file (self->file_watch, file);

  /* Checked again with each rendering, once a burst of changes is over,
   * not after every single change. */
  self->validator = minutes_validator_new (template);
  minutes_validator_set_live (self->validator, FALSE);
  minutes_validator_set_meeting (self->validator, meeting);
  minutes_problems_panel_set_model (self->problems_panel, G_LIST_MODEL (self->validator));
  g_signal_connect_object (self->validator, "notify::n-errors",
                           G_CALLBACK (update_problems_button), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->validator, "notify::n-warnings",
                           G_CALLBACK (update_problems_button), self, G_CONNECT_SWAPPED);
  update_problems_button (self);

  g_signal_connect_object (self->meeting, "changed",
                           G_CALLBACK (meeting_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (minutes_meeting_get_items (self->meeting), "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo, "notify::can-undo",
                           G_CALLBACK (undo_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo, "notify::can-redo",
                           G_CALLBACK (undo_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->autosave, "failed",
                           G_CALLBACK (autosave_failed_cb), self, G_CONNECT_SWAPPED);

  self->section = SECTION_DETAILS;
  rebuild_sidebar (self);
  update_translation_language (self, TRUE);
  show_section (self, SECTION_DETAILS, NULL);
  update_titles (self, template);
  check_meeting (self, template);
  self->check_due = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "document");
  update_actions (self);

  /* The minutes of a long meeting take a while to write into the preview:
   * the window first shows the meeting's sections and form, and the
   * preview right after that frame, rather than nothing until both are
   * ready. Until then the preview is empty, not the previous meeting's. */
  minutes_preview_backend_clear (self->backend);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->render_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), first_frame_cb, NULL, NULL);
  else
    queue_render (self);

  return TRUE;
}

/* Renders the preview now if a rendering is due, so that it shows the
 * meeting as it is. */
static void
flush_render (MinutesWindow *self)
{
  if (self->render_source == 0 && self->render_tick == 0)
    return;

  g_clear_handle_id (&self->render_source, g_source_remove);
  render_idle_cb (self);
}

static gboolean
render_idle_cb (gpointer user_data)
{
  MinutesWindow *self = user_data;
  g_autoptr(MinutesTemplate) template = NULL;
  g_autoptr(GError) error = NULL;

  self->render_source = 0;
  clear_render_tick (self);

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
  if (self->check_due)
    check_meeting (self, template);
  self->check_due = FALSE;

  return G_SOURCE_REMOVE;
}

static void
meeting_changed_cb (MinutesWindow  *self,
                    MinutesMeeting *meeting)
{
  g_assert (MINUTES_IS_WINDOW (self));
  g_assert (meeting == self->meeting);

  set_modified (self, TRUE);
  update_actions (self);
  update_translation_language (self, FALSE);

  /* Changes come in bursts; render and check once they are all in */
  self->check_due = TRUE;
  queue_render (self);
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
add_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
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
      !set_meeting (self, meeting, file, display_name, NULL, &error))
    {
      show_load_error (self, display_name, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  add_recent (file);
  g_task_return_boolean (task, TRUE);
}

static GtkFileFilter *
new_minutes_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Minutes files"));
  gtk_file_filter_add_pattern (filter, "*" MINUTES_FILE_EXTENSION);
  gtk_file_filter_add_mime_type (filter, "application/x-minutes");

  return filter;
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
      GtkWindow *shown = NULL;

      if (file != NULL)
        shown = minutes_find_window_for_file (gtk_window_get_application (GTK_WINDOW (self)), file);

      /* A meeting is open in one window only: that window comes forward. */
      if (shown != NULL)
        gtk_window_present (shown);
      /* A meeting with changes is never replaced: the file opens beside it. */
      else if (file != NULL && self->modified)
        {
          MinutesWindow *window = minutes_window_new (MINUTES_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));

          minutes_window_load_file (window, file);
          gtk_window_present (GTK_WINDOW (window));
        }
      else if (file != NULL)
        {
          minutes_window_load_file (self, file);
        }
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

  minutes_filter = new_minutes_filter ();
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

/* The keyboard shortcuts window, built the first time the clerk asks for
 * it: GTK would build its help overlay (gtk/help-overlay.ui) with every
 * window as it opens, which delayed the first frame by 20 ms. It is still
 * the window's help overlay, through which it shows the accelerators of
 * the actions it lists. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *shortcuts = gtk_application_window_get_help_overlay (window);

  if (shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/com/example/Minutes/ui/minutes-shortcuts-window.ui");

      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
      gtk_application_window_set_help_overlay (window, shortcuts);
    }

  gtk_window_present (GTK_WINDOW (shortcuts));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (widget));
  MinutesWindow *window = minutes_window_new (MINUTES_APPLICATION (application));

  minutes_window_new_meeting (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void save_as (MinutesWindow *self);

static void
save_response_cb (MinutesWindow   *self,
                  int              response,
                  GtkNativeDialog *dialog)
{
  g_autoptr(GFile) file = NULL;
  gboolean close_after = self->close_after_save;

  self->close_after_save = FALSE;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  gtk_native_dialog_destroy (dialog);
  g_clear_object (&self->save_dialog);

  if (file == NULL)
    return;

  if (minutes_window_save_to (self, file) && close_after)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_as (MinutesWindow *self)
{
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;
  const char *committee;

  if (self->save_dialog != NULL)
    {
      gtk_native_dialog_show (self->save_dialog);
      return;
    }

  native = gtk_file_chooser_native_new (_("Save Meeting"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"),
                                        _("_Cancel"));
  self->save_dialog = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_set_modal (self->save_dialog, TRUE);

  filter = new_minutes_filter ();
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  if (self->file != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), self->file, NULL);
    }
  else
    {
      committee = minutes_meeting_get_committee (self->meeting);
      name = g_strconcat (committee != NULL ? committee : _("Meeting"), MINUTES_FILE_EXTENSION, NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    }

  g_signal_connect_object (native, "response", G_CALLBACK (save_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->save_dialog);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MinutesWindow *self = MINUTES_WINDOW (widget);

  if (self->file == NULL)
    save_as (self);
  else
    minutes_window_save_to (self, self->file);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save_as (MINUTES_WINDOW (widget));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  minutes_import_flow_choose (MINUTES_WINDOW (widget));
}

static void
new_from_this_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  minutes_import_flow_ask_next_meeting (MINUTES_WINDOW (widget));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MinutesWindow *self = MINUTES_WINDOW (widget);

  minutes_undo_stack_undo (self->undo);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  MinutesWindow *self = MINUTES_WINDOW (widget);

  minutes_undo_stack_redo (self->undo);
}

static void
section_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_section (MINUTES_WINDOW (widget),
                g_str_equal (action_name, "win.next-section") ? 1 : -1);
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MinutesWindow *self = MINUTES_WINDOW (widget);
  g_autoptr(MinutesAgendaItem) item = minutes_agenda_item_new ();
  GListModel *items = minutes_meeting_get_items (self->meeting);
  guint position = g_list_model_get_n_items (items);
  GtkWidget *form;

  /* After the item being edited, else at the end. */
  if (self->section == SECTION_ITEM &&
      g_list_store_find (G_LIST_STORE (items), self->item, &position))
    position++;

  minutes_meeting_insert_item (self->meeting, position, item);
  show_section (self, SECTION_ITEM, item);

  form = adw_bin_get_child (self->form_bin);
  minutes_item_form_focus (MINUTES_ITEM_FORM (form));
}

static void
delete_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MinutesWindow *self = MINUTES_WINDOW (widget);
  g_autoptr(MinutesAgendaItem) item = g_object_ref (self->item);
  g_autofree char *number = minutes_agenda_item_dup_number (item);
  g_autofree char *message = NULL;

  GListModel *items = minutes_meeting_get_items (self->meeting);
  guint position = 0;

  g_list_store_find (G_LIST_STORE (items), item, &position);
  minutes_meeting_remove_item (self->meeting, item);

  /* Go on with the item before it, else the one that took its place. */
  if (g_list_model_get_n_items (items) > 0)
    {
      g_autoptr(MinutesAgendaItem) neighbour = g_list_model_get_item (items, position > 0 ? position - 1 : 0);

      show_section (self, SECTION_ITEM, neighbour);
    }
  else
    {
      show_section (self, SECTION_DETAILS, NULL);
    }

  /* Translators: %s is the number of an agenda item */
  message = g_strdup_printf (_("Item %s deleted. Ctrl+Z brings it back."), number != NULL ? number : "");
  show_toast (self, message);
}

static void
move_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MinutesWindow *self = MINUTES_WINDOW (widget);
  g_autoptr(MinutesAgendaItem) item = g_object_ref (self->item);
  guint position;

  if (!g_list_store_find (G_LIST_STORE (minutes_meeting_get_items (self->meeting)), item, &position))
    return;

  if (g_str_equal (action_name, "win.move-item-up"))
    minutes_meeting_move_item (self->meeting, item, position - 1);
  else
    minutes_meeting_move_item (self->meeting, item, position + 1);

  /* The item's row was made again: show the item where it went. */
  show_section (self, SECTION_ITEM, item);
  select_sidebar_row (self);
}

static void
add_entry_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MinutesWindow *self = MINUTES_WINDOW (widget);
  GtkWidget *form = adw_bin_get_child (self->form_bin);

  g_return_if_fail (MINUTES_IS_ITEM_FORM (form));

  if (g_str_equal (action_name, "win.add-action"))
    minutes_item_form_add_action (MINUTES_ITEM_FORM (form));
  else if (g_str_equal (action_name, "win.add-narrative"))
    minutes_item_form_add_entry (MINUTES_ITEM_FORM (form), MINUTES_ENTRY_NARRATIVE);
  else
    minutes_item_form_add_entry (MINUTES_ITEM_FORM (form), MINUTES_ENTRY_POINT);
}

static void
start_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MinutesWindow *self = MINUTES_WINDOW (widget);

  minutes_meeting_set_actual_start (self->meeting, minutes_time_now ());
}

static void
adjourn_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  MinutesWindow *self = MINUTES_WINDOW (widget);
  MinutesAgendaItem *item = get_current_item (self);
  g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();

  g_return_if_fail (item != NULL);

  /* "The meeting adjourned at 10.05." until Resume adds the second time. */
  minutes_undo_stack_begin_group (self->undo, _("Adjourn"));
  minutes_discussion_entry_set_entry_type (entry, MINUTES_ENTRY_PROCEDURAL);
  minutes_discussion_entry_set_procedure (entry, MINUTES_PROCEDURE_ADJOURNMENT);
  minutes_discussion_entry_set_from (entry, minutes_time_now ());
  minutes_agenda_item_append_entry (item, entry);
  minutes_undo_stack_end_group (self->undo);
}

static void
resume_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MinutesWindow *self = MINUTES_WINDOW (widget);
  MinutesDiscussionEntry *entry = find_open_adjournment (self);

  g_return_if_fail (entry != NULL);

  minutes_discussion_entry_set_to (entry, minutes_time_now ());
}

static void
end_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MinutesWindow *self = MINUTES_WINDOW (widget);

  minutes_meeting_set_end (self->meeting, minutes_time_now ());
}

/* The file on disk (minutes-file-watch.c) */

static void
file_reload_cb (MinutesWindow *self)
{
  if (self->file != NULL)
    minutes_window_load_file (self, self->file);
}

static void
file_keep_cb (MinutesWindow *self,
              gboolean       saving)
{
  /* What is here differs from the file: unsaved until saved. */
  set_modified (self, TRUE);
  if (self->autosave != NULL)
    minutes_autosave_save_now (self->autosave);

  if (saving && self->file != NULL)
    minutes_window_save_to (self, self->file);
}

static void
file_deleted_cb (MinutesWindow *self)
{
  g_autofree char *message = NULL;

  set_modified (self, TRUE);
  if (self->autosave != NULL)
    minutes_autosave_save_now (self->autosave);

  /* Translators: %s is a file name */
  message = g_strdup_printf (_("“%s” was deleted or moved away on disk. The meeting is still here, not saved: Ctrl+S writes it back."),
                             self->display_name);
  show_toast (self, message);
}

static void
autosave_interval_changed_cb (MinutesWindow *self)
{
  if (self->autosave != NULL)
    minutes_autosave_set_delay (self->autosave,
                                g_settings_get_uint (self->settings, "autosave-interval") * 1000);
}

/* Closing */

static void
close_dialog_response_cb (MinutesWindow    *self,
                          const char       *response,
                          AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "discard"))
    {
      minutes_autosave_discard (self->autosave);
      self->modified = FALSE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      if (self->file == NULL)
        {
          self->close_after_save = TRUE;
          save_as (self);
        }
      else if (minutes_window_save_to (self, self->file))
        {
          gtk_window_destroy (GTK_WINDOW (self));
        }
    }
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
  MinutesWindow *self = MINUTES_WINDOW (window);
  AdwMessageDialog *dialog;

  save_window_state (self);

  if (!self->modified)
    {
      /* Nothing unsaved: no recovery copy should outlive the window. */
      if (self->autosave != NULL)
        minutes_autosave_discard (self->autosave);
      return GTK_WINDOW_CLASS (minutes_window_parent_class)->close_request (window);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” has changes that are not saved. Changes which are not saved will be lost."),
                                  self->display_name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_dialog_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
minutes_window_dispose (GObject *object)
{
  MinutesWindow *self = MINUTES_WINDOW (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->render_source, g_source_remove);
  clear_render_tick (self);
  g_clear_handle_id (&self->check_item_source, g_source_remove);

  if (self->open_dialog != NULL)
    {
      gtk_native_dialog_destroy (self->open_dialog);
      g_clear_object (&self->open_dialog);
    }
  if (self->save_dialog != NULL)
    {
      gtk_native_dialog_destroy (self->save_dialog);
      g_clear_object (&self->save_dialog);
    }

  disconnect_meeting (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MINUTES_TYPE_WINDOW);

  g_clear_object (&self->item);
  g_clear_object (&self->autosave);
  g_clear_object (&self->file_watch);
  g_clear_object (&self->undo);
  g_clear_object (&self->validator);
  g_clear_object (&self->meeting);
  g_clear_object (&self->file);
  g_clear_object (&self->backend);
  g_clear_object (&self->render_cache);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (minutes_window_parent_class)->dispose (object);
}

static void
minutes_window_finalize (GObject *object)
{
  MinutesWindow *self = MINUTES_WINDOW (object);

  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->translation_language, g_free);

  G_OBJECT_CLASS (minutes_window_parent_class)->finalize (object);
}

static void
minutes_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MinutesWindow *self = MINUTES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PREVIEW_VISIBLE:
      /* Asked for by the action before the template is built, too. */
      g_value_set_boolean (value, self->preview == NULL || gtk_widget_get_visible (self->preview));
      break;

    case PROP_TRANSLATIONS_VISIBLE:
      g_value_set_boolean (value, self->translations_visible);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MinutesWindow *self = MINUTES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PREVIEW_VISIBLE:
      if (gtk_widget_get_visible (self->preview) != g_value_get_boolean (value))
        {
          gtk_widget_set_visible (self->preview, g_value_get_boolean (value));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_TRANSLATIONS_VISIBLE:
      if (self->translations_visible != g_value_get_boolean (value))
        {
          self->translations_visible = g_value_get_boolean (value);
          if (self->translation_language != NULL)
            reload_form (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_window_class_init (MinutesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = minutes_window_dispose;
  object_class->finalize = minutes_window_finalize;
  object_class->get_property = minutes_window_get_property;
  object_class->set_property = minutes_window_set_property;

  window_class->close_request = minutes_window_close_request;

  properties[PROP_PREVIEW_VISIBLE] =
    g_param_spec_boolean ("preview-visible", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TRANSLATIONS_VISIBLE] =
    g_param_spec_boolean ("translations-visible", NULL, NULL,
                          TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/minutes-window.ui");

  /* Template widgets */
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, content);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, form_bin);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, text_view);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, clock_button);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, end_button);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, problems_button);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, export_spinner);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, problems_panel);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, problems_icon);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, errors_label);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, warnings_icon);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, MinutesWindow, translations_button);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, problem_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, fix_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.show-shortcuts", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.new-from-this", NULL, new_from_this_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_property_action (widget_class, "win.toggle-preview", "preview-visible");
  gtk_widget_class_install_property_action (widget_class, "win.toggle-translations", "translations-visible");
  gtk_widget_class_install_action (widget_class, "win.previous-section", NULL, section_action);
  gtk_widget_class_install_action (widget_class, "win.next-section", NULL, section_action);
  gtk_widget_class_install_action (widget_class, "win.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "win.delete-item", NULL, delete_item_action);
  gtk_widget_class_install_action (widget_class, "win.move-item-up", NULL, move_item_action);
  gtk_widget_class_install_action (widget_class, "win.move-item-down", NULL, move_item_action);
  gtk_widget_class_install_action (widget_class, "win.add-point", NULL, add_entry_action);
  gtk_widget_class_install_action (widget_class, "win.add-narrative", NULL, add_entry_action);
  gtk_widget_class_install_action (widget_class, "win.add-action", NULL, add_entry_action);
  gtk_widget_class_install_action (widget_class, "win.start-meeting", NULL, start_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.adjourn", NULL, adjourn_action);
  gtk_widget_class_install_action (widget_class, "win.resume", NULL, resume_action);
  gtk_widget_class_install_action (widget_class, "win.end-meeting", NULL, end_meeting_action);

  /* Export and print: minutes-export-flow.c */
  minutes_export_flow_install_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);

  g_type_ensure (MINUTES_TYPE_PROBLEMS_PANEL);
}

static void
minutes_window_init (MinutesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->backend = minutes_preview_backend_new (gtk_text_view_get_buffer (self->text_view));

  self->settings = g_settings_new (APP_ID);
  restore_window_state (self);

  self->file_watch = minutes_file_watch_new (GTK_WINDOW (self));
  g_signal_connect_object (self->file_watch, "reload",
                           G_CALLBACK (file_reload_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->file_watch, "keep",
                           G_CALLBACK (file_keep_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->file_watch, "deleted",
                           G_CALLBACK (file_deleted_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::autosave-interval",
                           G_CALLBACK (autosave_interval_changed_cb), self, G_CONNECT_SWAPPED);
  g_settings_bind (self->settings, "show-preview", self, "preview-visible", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-translations", self, "translations-visible", G_SETTINGS_BIND_DEFAULT);
  /* Until a bilingual meeting is shown */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-translations", FALSE);
  g_signal_connect_object (self->settings, "changed::export-language",
                           G_CALLBACK (export_language_changed_cb), self, G_CONNECT_SWAPPED);
  update_actions (self);
}

MinutesWindow *
minutes_window_new (MinutesApplication *application)
{
  g_return_val_if_fail (MINUTES_IS_APPLICATION (application), NULL);

  return g_object_new (MINUTES_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

static void
set_default_string (MinutesMeeting *meeting,
                    GSettings      *settings,
                    const char     *key,
                    void          (*setter) (MinutesMeeting *, const char *))
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_strstrip (value);
  if (value[0] != '\0')
    setter (meeting, value);
}

/* What the preferences say a new meeting starts with. A default template
 * that is no longer installed is not used (the meeting gets the standard
 * one), and the clerk is told. */
static void
apply_new_meeting_defaults (MinutesWindow  *self,
                            MinutesMeeting *meeting)
{
  g_autofree char *template_id = g_settings_get_string (self->settings, "default-template");
  g_autofree char *start = g_settings_get_string (self->settings, "default-start");
  int time;

  if (template_id[0] != '\0' && !g_str_equal (template_id, MINUTES_DEFAULT_TEMPLATE))
    {
      g_autoptr(MinutesTemplate) template = NULL;
      g_autoptr(GError) error = NULL;

      template = minutes_template_lookup (template_id, &error);
      if (template != NULL)
        {
          minutes_meeting_set_template_id (meeting, template_id);
        }
      else
        {
          g_autofree char *message = NULL;

          /* Translators: %s is an error message */
          message = g_strdup_printf (_("The default template in Preferences is not used: %s"),
                                     error->message);
          show_toast (self, message);
        }
    }

  set_default_string (meeting, self->settings, "default-committee", minutes_meeting_set_committee);
  set_default_string (meeting, self->settings, "default-body", minutes_meeting_set_body);
  set_default_string (meeting, self->settings, "default-venue", minutes_meeting_set_venue);
  set_default_string (meeting, self->settings, "clerk-name", minutes_meeting_set_contact_name);
  set_default_string (meeting, self->settings, "clerk-email", minutes_meeting_set_contact_email);
  set_default_string (meeting, self->settings, "clerk-phone", minutes_meeting_set_contact_phone);

  if (start[0] != '\0' && minutes_parse_time (start, &time) && time >= 0)
    minutes_meeting_set_scheduled_start (meeting, time);
}

/**
 * minutes_window_new_meeting:
 * @self: a #MinutesWindow
 *
 * Shows a new, empty meeting, with no file yet.
 */
void
minutes_window_new_meeting (MinutesWindow *self)
{
  g_autoptr(MinutesMeeting) meeting = minutes_meeting_new ();
  g_autoptr(GError) error = NULL;

  g_return_if_fail (MINUTES_IS_WINDOW (self));

  apply_new_meeting_defaults (self, meeting);

  if (!set_meeting (self, meeting, NULL, _("New Meeting"), NULL, &error))
    show_load_error (self, _("New Meeting"), error);
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
                          minutes_dup_file_display_name (file), g_free);

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
      !set_meeting (self, meeting, NULL, display_name, NULL, &error))
    {
      show_load_error (self, display_name, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * minutes_window_restore:
 * @self: a #MinutesWindow
 * @entry: a recovery copy left by a crash
 * @error: return location for an error
 *
 * Shows the meeting of @entry, with its unsaved changes, as belonging to
 * the file it was opened from (if any); autosave goes on in the same copy
 * until the meeting is saved.
 *
 * Returns: %TRUE if the meeting is shown
 */
gboolean
minutes_window_restore (MinutesWindow         *self,
                        MinutesRecoveryEntry  *entry,
                        GError               **error)
{
  g_autoptr(MinutesMeeting) meeting = NULL;
  g_autofree char *display_name = NULL;
  GFile *original;

  g_return_val_if_fail (MINUTES_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_RECOVERY_ENTRY (entry), FALSE);

  meeting = minutes_recovery_entry_load (entry, error);
  if (meeting == NULL)
    return FALSE;

  original = minutes_recovery_entry_get_original (entry);
  display_name = original != NULL ? minutes_dup_file_display_name (original) : g_strdup (_("New Meeting"));

  if (!set_meeting (self, meeting, original, display_name,
                    minutes_recovery_entry_get_id (entry), error))
    return FALSE;

  {
    g_autoptr(MinutesTemplate) template = minutes_template_lookup_for_meeting (meeting, NULL);

    if (template != NULL)
      update_titles (self, template);
  }

  return TRUE;
}

/**
 * minutes_window_show_unsaved:
 * @self: a #MinutesWindow
 * @meeting: a meeting made in memory (imported, or the next of another)
 * @error: return location for an error
 *
 * Shows @meeting as a new document with no file yet and unsaved changes:
 * its title is its committee and date, closing asks to save it, Save
 * asks where, and autosave keeps a recovery copy from the start.
 *
 * Returns: %TRUE if the meeting is shown
 */
gboolean
minutes_window_show_unsaved (MinutesWindow   *self,
                             MinutesMeeting  *meeting,
                             GError         **error)
{
  g_autoptr(MinutesTemplate) template = NULL;
  g_autofree char *date = NULL;
  g_autofree char *display_name = NULL;
  const char *committee;

  g_return_val_if_fail (MINUTES_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), FALSE);

  template = minutes_template_lookup_for_meeting (meeting, error);
  if (template == NULL)
    return FALSE;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);

  committee = minutes_meeting_get_committee (meeting);
  if (committee == NULL || committee[0] == '\0')
    committee = _("New Meeting");
  date = minutes_template_format_date (template, "date-long", minutes_meeting_get_date (meeting));
  /* Translators: how a meeting without a file is named: committee, date */
  display_name = date != NULL ? g_strdup_printf (_("%s, %s"), committee, date) : g_strdup (committee);

  if (!set_meeting (self, meeting, NULL, display_name, NULL, error))
    return FALSE;

  self->modified = FALSE;
  set_modified (self, TRUE);
  minutes_autosave_save_now (self->autosave);

  return TRUE;
}

/**
 * minutes_window_save_to:
 * @self: a #MinutesWindow
 * @file: where to save the meeting
 *
 * Saves the meeting to @file, which becomes its file; a failure is shown
 * in the window.
 *
 * Returns: %TRUE if the meeting was saved
 */
gboolean
minutes_window_save_to (MinutesWindow *self,
                        GFile         *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MinutesTemplate) template = NULL;

  g_return_val_if_fail (MINUTES_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* Someone else changed the file: the clerk decides first. */
  if (self->file != NULL && g_file_equal (file, self->file) &&
      !minutes_file_watch_may_save (self->file_watch))
    return FALSE;

  if (!minutes_document_save (self->meeting, file, NULL, &error))
    {
      minutes_show_save_error (GTK_WINDOW (self), file, error);
      return FALSE;
    }

  minutes_file_watch_set_file (self->file_watch, file);
  minutes_people_store_remember_meeting (minutes_people_store_get_default (), self->meeting);

  g_set_object (&self->file, file);
  g_free (self->display_name);
  self->display_name = minutes_dup_file_display_name (file);
  minutes_autosave_set_file (self->autosave, file);
  minutes_autosave_discard (self->autosave);
  add_recent (file);

  self->modified = FALSE;
  template = minutes_template_lookup_for_meeting (self->meeting, NULL);
  if (template != NULL)
    update_titles (self, template);

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
 * minutes_window_get_file:
 * @self: a #MinutesWindow
 *
 * Returns: (transfer none) (nullable): the file of the meeting, if any
 */
GFile *
minutes_window_get_file (MinutesWindow *self)
{
  g_return_val_if_fail (MINUTES_IS_WINDOW (self), NULL);

  return self->file;
}

/**
 * minutes_window_get_modified:
 * @self: a #MinutesWindow
 *
 * Returns: whether the meeting has changes not saved to its file
 */
gboolean
minutes_window_get_modified (MinutesWindow *self)
{
  g_return_val_if_fail (MINUTES_IS_WINDOW (self), FALSE);

  return self->modified;
}

/**
 * minutes_window_get_autosave:
 * @self: a #MinutesWindow
 *
 * Returns: (transfer none) (nullable): what keeps the recovery copy
 */
MinutesAutosave *
minutes_window_get_autosave (MinutesWindow *self)
{
  g_return_val_if_fail (MINUTES_IS_WINDOW (self), NULL);

  return self->autosave;
}

/**
 * minutes_window_get_form:
 * @self: a #MinutesWindow
 *
 * Returns: (transfer none) (nullable): the form of the section shown
 */
GtkWidget *
minutes_window_get_form (MinutesWindow *self)
{
  g_return_val_if_fail (MINUTES_IS_WINDOW (self), NULL);

  return adw_bin_get_child (self->form_bin);
}

/**
 * minutes_window_get_preview_text:
 * @self: a #MinutesWindow
 *
 * Returns: (transfer full): the text of the minutes as shown, once any
 *   rendering due is done
 */
char *
minutes_window_get_preview_text (MinutesWindow *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkTextIter end;

  g_return_val_if_fail (MINUTES_IS_WINDOW (self), NULL);

  flush_render (self);
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * minutes_window_add_toast:
 * @self: a #MinutesWindow
 * @toast: (transfer full): a toast
 *
 * Shows @toast over the window's content.
 */
void
minutes_window_add_toast (MinutesWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (MINUTES_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  /* After the window is closed there is nothing to show it on. */
  if (self->toast_overlay == NULL)
    {
      g_object_unref (toast);
      return;
    }

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * minutes_window_get_problems:
 * @self: a #MinutesWindow
 *
 * Returns: (transfer none) (nullable): the problems the check of the
 *   meeting against its template found, a #GListModel of #MinutesProblem
 */
GListModel *
minutes_window_get_problems (MinutesWindow *self)
{
  g_return_val_if_fail (MINUTES_IS_WINDOW (self), NULL);

  return self->validator != NULL ? G_LIST_MODEL (self->validator) : NULL;
}

static gboolean
focus_translation (MinutesWindow *self,
                   GObject       *object,
                   const char    *property)
{
  GtkWidget *form = adw_bin_get_child (self->form_bin);

  if (MINUTES_IS_MEETING_FORM (form))
    return minutes_meeting_form_focus_translation (MINUTES_MEETING_FORM (form), property);
  if (MINUTES_IS_ITEM_FORM (form))
    return minutes_item_form_focus_translation (MINUTES_ITEM_FORM (form), object, property);

  return FALSE;
}

/* A text given in one language only: the fields for the translations are
 * shown, and the field missing focused: the translation, or the text
 * itself when only the translation was given. The meeting's texts are all
 * in its details. */
static void
show_missing_translation (MinutesWindow     *self,
                          GObject           *object,
                          const char        *property,
                          Section            section,
                          MinutesAgendaItem *item)
{
  g_autofree char *text = NULL;
  gboolean focused = FALSE;

  if (MINUTES_IS_MEETING (object))
    section = SECTION_DETAILS;

  update_translation_language (self, FALSE);
  if (!self->translations_visible)
    g_object_set (self, "translations-visible", TRUE, NULL);

  show_section (self, section, item);
  adw_leaflet_set_visible_child (self->leaflet, self->content);

  if (property != NULL && g_object_class_find_property (G_OBJECT_GET_CLASS (object), property) != NULL)
    g_object_get (object, property, &text, NULL);
  if (text == NULL || g_strstrip (text)[0] == '\0')
    focused = focus_property (self, object, property);
  if (!focused)
    focus_translation (self, object, property);
}

/**
 * minutes_window_show_problem:
 * @self: a #MinutesWindow
 * @problem: a problem of the meeting shown
 *
 * Opens the form where @problem can be put right and focuses its field.
 */
void
minutes_window_show_problem (MinutesWindow  *self,
                             MinutesProblem *problem)
{
  GObject *object;
  const char *property;
  MinutesAgendaItem *item = NULL;
  Section section;

  g_return_if_fail (MINUTES_IS_WINDOW (self));
  g_return_if_fail (MINUTES_IS_PROBLEM (problem));

  if (self->meeting == NULL)
    return;

  object = minutes_problem_get_object (problem);
  property = minutes_problem_get_property_name (problem);
  section = find_section_of (object, property, &item);
  /* A problem found before the item was deleted */
  if (section == SECTION_ITEM && !item_in_meeting (self, item))
    return;

  if (g_strcmp0 (minutes_problem_get_rule_id (problem), "missing-translation") == 0)
    {
      show_missing_translation (self, object, property, section, item);
      return;
    }

  show_section (self, section, item);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  if (!focus_property (self, object, property))
    {
      GtkWidget *form = adw_bin_get_child (self->form_bin);

      if (form != NULL && !MINUTES_IS_ITEM_FORM (form))
        minutes_focus_editable (form);
    }
}

/**
 * minutes_window_set_exporting:
 * @self: a #MinutesWindow
 * @exporting: whether an export is under way
 *
 * Shows or hides the spinner beside the Export menu that says an export is
 * running.
 */
void
minutes_window_set_exporting (MinutesWindow *self,
                              gboolean       exporting)
{
  g_return_if_fail (MINUTES_IS_WINDOW (self));

  /* After the window is closed there is nothing to show it on. */
  if (self->export_spinner == NULL)
    return;

  gtk_spinner_set_spinning (self->export_spinner, exporting);
  gtk_widget_set_visible (GTK_WIDGET (self->export_spinner), exporting);
}
