/* minutes-problems-panel.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-problems-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "minutes-problems-panel.h"

/* What the check of the meeting against its template found, as a popover
 * from the header bar: one row per problem with its severity, message and
 * place, and a button for its fix where it has one. The panel only shows
 * the list; what activating a row or a fix does is the window's business,
 * told through "problem-activated" and "fix-activated". */
struct _MinutesProblemsPanel
{
  GtkPopover  parent_instance;

  /* Template widgets */
  GtkStack   *stack;
  GtkLabel   *summary_label;
  GtkListBox *list;

  GListModel *model;
};

G_DEFINE_FINAL_TYPE (MinutesProblemsPanel, minutes_problems_panel, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

enum {
  PROBLEM_ACTIVATED,
  FIX_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
severity_icon (MinutesSeverity severity)
{
  switch (severity)
    {
    case MINUTES_SEVERITY_ERROR:
      return "dialog-error-symbolic";

    case MINUTES_SEVERITY_WARNING:
      return "dialog-warning-symbolic";

    case MINUTES_SEVERITY_HINT:
    default:
      return "dialog-information-symbolic";
    }
}

static const char *
severity_name (MinutesSeverity severity)
{
  switch (severity)
    {
    case MINUTES_SEVERITY_ERROR:
      return _("Error");

    case MINUTES_SEVERITY_WARNING:
      return _("Warning");

    case MINUTES_SEVERITY_HINT:
    default:
      return _("Hint");
    }
}

static const char *
severity_class (MinutesSeverity severity)
{
  switch (severity)
    {
    case MINUTES_SEVERITY_ERROR:
      return "error";

    case MINUTES_SEVERITY_WARNING:
      return "warning";

    case MINUTES_SEVERITY_HINT:
    default:
      return "dim-label";
    }
}

static void
fix_clicked_cb (GtkButton            *button,
                MinutesProblemsPanel *self)
{
  MinutesProblem *problem = g_object_get_data (G_OBJECT (button), "problem");

  g_signal_emit (self, signals[FIX_ACTIVATED], 0, problem);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  MinutesProblemsPanel *self = user_data;
  MinutesProblem *problem = item;
  MinutesSeverity severity = minutes_problem_get_severity (problem);
  const char *location = minutes_problem_get_location (problem);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (severity));
  GtkWidget *message = gtk_label_new (minutes_problem_get_message (problem));
  g_autofree char *accessible = NULL;

  g_object_set_data_full (G_OBJECT (row), "problem", g_object_ref (problem), g_object_unref);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, severity_class (severity));
  gtk_widget_set_tooltip_text (icon, severity_name (severity));
  gtk_box_append (GTK_BOX (box), icon);

  gtk_widget_set_hexpand (text, TRUE);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (message), 40);
  gtk_label_set_width_chars (GTK_LABEL (message), 40);
  gtk_box_append (GTK_BOX (text), message);
  if (location != NULL)
    {
      GtkWidget *place = gtk_label_new (location);

      gtk_label_set_xalign (GTK_LABEL (place), 0);
      gtk_label_set_ellipsize (GTK_LABEL (place), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (place, "caption");
      gtk_widget_add_css_class (place, "dim-label");
      gtk_box_append (GTK_BOX (text), place);
    }
  gtk_box_append (GTK_BOX (box), text);

  if (minutes_problem_has_fix (problem))
    {
      GtkWidget *button = gtk_button_new_with_label (minutes_problem_get_fix_label (problem));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "problem", g_object_ref (problem), g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (fix_clicked_cb), self, G_CONNECT_DEFAULT);
      gtk_box_append (GTK_BOX (box), button);
    }

  /* Translators: how a screen reader reads a problem: "Error: The meeting
   * has no date; …, header" */
  accessible = g_strdup_printf (_("%s: %s, %s"), severity_name (severity),
                                minutes_problem_get_message (problem),
                                location != NULL ? location : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_widget_set_tooltip_text (row, _("Go to the field"));

  return row;
}

static void
update_summary (MinutesProblemsPanel *self)
{
  guint counts[3] = { 0, 0, 0 };
  guint n = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  g_autofree char *errors = NULL;
  g_autofree char *warnings = NULL;
  g_autofree char *hints = NULL;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MinutesProblem) problem = g_list_model_get_item (self->model, i);

      counts[minutes_problem_get_severity (problem)]++;
    }

  errors = g_strdup_printf (ngettext ("%u error", "%u errors", counts[MINUTES_SEVERITY_ERROR]),
                            counts[MINUTES_SEVERITY_ERROR]);
  warnings = g_strdup_printf (ngettext ("%u warning", "%u warnings", counts[MINUTES_SEVERITY_WARNING]),
                              counts[MINUTES_SEVERITY_WARNING]);
  hints = g_strdup_printf (ngettext ("%u hint", "%u hints", counts[MINUTES_SEVERITY_HINT]),
                           counts[MINUTES_SEVERITY_HINT]);
  /* Translators: the heading of the problems panel: "2 errors, 1 warning, 3 hints" */
  summary = g_strdup_printf (_("%s, %s, %s"), errors, warnings, hints);
  gtk_label_set_text (self->summary_label, summary);

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "problems" : "none");
}

static void
items_changed_cb (MinutesProblemsPanel *self)
{
  update_summary (self);
}

static void
row_activated_cb (MinutesProblemsPanel *self,
                  GtkListBoxRow        *row)
{
  MinutesProblem *problem = g_object_get_data (G_OBJECT (row), "problem");

  if (problem != NULL)
    g_signal_emit (self, signals[PROBLEM_ACTIVATED], 0, problem);
}

/* The rows exist only while the panel is open: while the clerk types with
 * it closed, a check of a long meeting replaces its whole list each time,
 * and building rows nobody sees would only slow typing down. */
static void
bind_list (MinutesProblemsPanel *self)
{
  gtk_list_box_bind_model (self->list, self->model, self->model != NULL ? create_row : NULL, self, NULL);
}

static void
minutes_problems_panel_map (GtkWidget *widget)
{
  bind_list (MINUTES_PROBLEMS_PANEL (widget));

  GTK_WIDGET_CLASS (minutes_problems_panel_parent_class)->map (widget);
}

static void
minutes_problems_panel_unmap (GtkWidget *widget)
{
  MinutesProblemsPanel *self = MINUTES_PROBLEMS_PANEL (widget);

  GTK_WIDGET_CLASS (minutes_problems_panel_parent_class)->unmap (widget);

  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
}

static void
minutes_problems_panel_dispose (GObject *object)
{
  MinutesProblemsPanel *self = MINUTES_PROBLEMS_PANEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), MINUTES_TYPE_PROBLEMS_PANEL);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (minutes_problems_panel_parent_class)->dispose (object);
}

static void
minutes_problems_panel_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  MinutesProblemsPanel *self = MINUTES_PROBLEMS_PANEL (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_problems_panel_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  MinutesProblemsPanel *self = MINUTES_PROBLEMS_PANEL (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      minutes_problems_panel_set_model (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_problems_panel_class_init (MinutesProblemsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = minutes_problems_panel_dispose;
  object_class->get_property = minutes_problems_panel_get_property;
  object_class->set_property = minutes_problems_panel_set_property;

  widget_class->map = minutes_problems_panel_map;
  widget_class->unmap = minutes_problems_panel_unmap;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[PROBLEM_ACTIVATED] =
    g_signal_new ("problem-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MINUTES_TYPE_PROBLEM);
  signals[FIX_ACTIVATED] =
    g_signal_new ("fix-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MINUTES_TYPE_PROBLEM);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/minutes-problems-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, MinutesProblemsPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, MinutesProblemsPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, MinutesProblemsPanel, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
minutes_problems_panel_init (MinutesProblemsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_summary (self);
}

GtkWidget *
minutes_problems_panel_new (void)
{
  return g_object_new (MINUTES_TYPE_PROBLEMS_PANEL, NULL);
}

GListModel *
minutes_problems_panel_get_model (MinutesProblemsPanel *self)
{
  g_return_val_if_fail (MINUTES_IS_PROBLEMS_PANEL (self), NULL);

  return self->model;
}

/* problems: a GListModel of MinutesProblem, such as a MinutesValidator. */
void
minutes_problems_panel_set_model (MinutesProblemsPanel *self,
                                  GListModel           *problems)
{
  g_return_if_fail (MINUTES_IS_PROBLEMS_PANEL (self));
  g_return_if_fail (problems == NULL || G_IS_LIST_MODEL (problems));

  if (self->model == problems)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, problems);
  if (problems != NULL)
    g_signal_connect_object (problems, "items-changed", G_CALLBACK (items_changed_cb), self,
                             G_CONNECT_SWAPPED);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    bind_list (self);
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

GtkListBox *
minutes_problems_panel_get_list (MinutesProblemsPanel *self)
{
  g_return_val_if_fail (MINUTES_IS_PROBLEMS_PANEL (self), NULL);

  return self->list;
}
