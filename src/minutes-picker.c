/* minutes-picker.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "minutes-picker.h"

/* Drop-downs over the lists of the meeting (its people, its items) and
 * over enums, bound both ways to a property of a model object: choosing
 * sets the property through the model (so undo and autosave see it), and
 * an undo shows in the drop-down. */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         GtkDropDown              *dropdown)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);
  GtkExpressionWatch *watch;

  watch = gtk_expression_bind (gtk_expression_ref (gtk_drop_down_get_expression (dropdown)),
                               label, "label", item);
  g_object_set_data (G_OBJECT (label), "minutes-watch", watch);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item)
{
  GtkWidget *label = gtk_list_item_get_child (list_item);
  GtkExpressionWatch *watch = g_object_steal_data (G_OBJECT (label), "minutes-watch");

  if (watch != NULL)
    gtk_expression_watch_unwatch (watch);
}

/* The chosen name is ellipsized, so that a long name or title does not
 * widen the form (and the window) while the clerk types. */
static void
set_label (GtkWidget  *dropdown,
           const char *label)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkListItemFactory *list_factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), dropdown);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (dropdown), factory);
  g_object_unref (factory);

  /* The list itself shows names in full. */
  g_signal_connect (list_factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (list_factory, "bind", G_CALLBACK (bind_cb), dropdown);
  g_signal_connect (list_factory, "unbind", G_CALLBACK (unbind_cb), NULL);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (dropdown), list_factory);
  g_object_unref (list_factory);

  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void picker_notify_cb (GObject     *object,
                              GParamSpec  *pspec,
                              GtkDropDown *dropdown);

/* While the list changes (a move is a removal and an insertion), the
 * drop-down's selection follows positions, not objects: what it selects
 * then is not the clerk's choice. Afterwards it shows the property again. */
static void
list_changing_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GtkWidget  *dropdown)
{
  g_object_set_data (G_OBJECT (dropdown), "minutes-changing", GINT_TO_POINTER (TRUE));
}

static void
list_changed_cb (GListModel *model,
                 guint       position,
                 guint       removed,
                 guint       added,
                 GtkWidget  *dropdown)
{
  GObject *object = g_object_get_data (G_OBJECT (dropdown), "minutes-object");

  g_object_set_data (G_OBJECT (dropdown), "minutes-changing", NULL);
  if (object != NULL)
    picker_notify_cb (object, NULL, GTK_DROP_DOWN (dropdown));
}

static GtkWidget *
new_list_picker (GListModel    *model,
                 GtkExpression *expression)
{
  GtkWidget *dropdown = gtk_drop_down_new (NULL, expression);

  /* Connected before the drop-down's own handlers, and after them. */
  g_signal_connect_object (model, "items-changed", G_CALLBACK (list_changing_cb), dropdown, G_CONNECT_DEFAULT);
  g_signal_connect_object (model, "items-changed", G_CALLBACK (list_changed_cb), dropdown, G_CONNECT_AFTER);
  gtk_drop_down_set_model (GTK_DROP_DOWN (dropdown), model);

  return dropdown;
}

GtkWidget *
minutes_person_picker_new (MinutesMeeting *meeting,
                           const char     *label)
{
  GtkExpression *expression;
  GtkWidget *dropdown;

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), NULL);

  expression = gtk_property_expression_new (MINUTES_TYPE_PERSON, NULL, "name");
  dropdown = new_list_picker (minutes_meeting_get_people (meeting), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  set_label (dropdown, label);

  return dropdown;
}

static char *
item_label (MinutesAgendaItem *item,
            const char        *title,
            const char        *number)
{
  if (title == NULL)
    title = _("Untitled item");

  if (number != NULL)
    return g_strdup_printf ("%s. %s", number, title);

  return g_strdup (title);
}

GtkWidget *
minutes_item_picker_new (MinutesMeeting *meeting,
                         const char     *label)
{
  GtkExpression *params[2];
  GtkExpression *expression;
  GtkWidget *dropdown;

  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), NULL);

  /* Watches the title and number, so the list follows edits and moves. */
  params[0] = gtk_property_expression_new (MINUTES_TYPE_AGENDA_ITEM, NULL, "title");
  params[1] = gtk_property_expression_new (MINUTES_TYPE_AGENDA_ITEM, NULL, "number");
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 2, params,
                                            G_CALLBACK (item_label), NULL, NULL);
  dropdown = new_list_picker (minutes_meeting_get_items (meeting), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  set_label (dropdown, label);

  return dropdown;
}

GtkWidget *
minutes_enum_picker_new (const char * const *labels,
                         const char         *label)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (labels);

  /* Short labels, shown in full. */
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  return dropdown;
}

static void
picker_selected_cb (GtkDropDown *dropdown,
                    GParamSpec  *pspec,
                    GObject     *object)
{
  const char *property = g_object_get_data (G_OBJECT (dropdown), "minutes-property");
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GObject) chosen = NULL;
  g_autoptr(GObject) current = NULL;

  if (selected == GTK_INVALID_LIST_POSITION ||
      g_object_get_data (G_OBJECT (dropdown), "minutes-changing") != NULL)
    return;

  chosen = g_list_model_get_item (gtk_drop_down_get_model (dropdown), selected);
  g_object_get (object, property, &current, NULL);
  if (chosen != current)
    g_object_set (object, property, chosen, NULL);
}

static void
picker_notify_cb (GObject     *object,
                  GParamSpec  *pspec,
                  GtkDropDown *dropdown)
{
  const char *property = g_object_get_data (G_OBJECT (dropdown), "minutes-property");
  g_autoptr(GObject) current = NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  g_object_get (object, property, &current, NULL);
  if (current != NULL &&
      !g_list_store_find (G_LIST_STORE (gtk_drop_down_get_model (dropdown)), current, &position))
    position = GTK_INVALID_LIST_POSITION;

  if (gtk_drop_down_get_selected (dropdown) != position)
    gtk_drop_down_set_selected (dropdown, position);
}

/* Binds an object-valued property (a person, an item) to a drop-down over
 * a GListStore holding the candidates. */
void
minutes_bind_picker (gpointer     object,
                     const char  *property,
                     GtkDropDown *dropdown)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (G_IS_LIST_STORE (gtk_drop_down_get_model (dropdown)));

  g_object_set_data_full (G_OBJECT (dropdown), "minutes-property", g_strdup (property), g_free);
  g_object_set_data_full (G_OBJECT (dropdown), "minutes-object", g_object_ref (object), g_object_unref);
  picker_notify_cb (object, NULL, dropdown);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (picker_selected_cb), object, G_CONNECT_DEFAULT);
  g_signal_connect_object (object, signal, G_CALLBACK (picker_notify_cb), dropdown, G_CONNECT_DEFAULT);
}

static void
enum_selected_cb (GtkDropDown *dropdown,
                  GParamSpec  *pspec,
                  GObject     *object)
{
  const char *property = g_object_get_data (G_OBJECT (dropdown), "minutes-property");
  guint selected = gtk_drop_down_get_selected (dropdown);
  int current;

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  g_object_get (object, property, &current, NULL);
  if ((guint) current != selected)
    g_object_set (object, property, (int) selected, NULL);
}

static void
enum_notify_cb (GObject     *object,
                GParamSpec  *pspec,
                GtkDropDown *dropdown)
{
  const char *property = g_object_get_data (G_OBJECT (dropdown), "minutes-property");
  int current;

  g_object_get (object, property, &current, NULL);
  if (gtk_drop_down_get_selected (dropdown) != (guint) current)
    gtk_drop_down_set_selected (dropdown, (guint) current);
}

/* Binds an enum property whose values run 0, 1, 2 … in the order of the
 * drop-down's labels. */
void
minutes_bind_enum_picker (gpointer     object,
                          const char  *property,
                          GtkDropDown *dropdown)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  g_object_set_data_full (G_OBJECT (dropdown), "minutes-property", g_strdup (property), g_free);
  enum_notify_cb (object, NULL, dropdown);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (enum_selected_cb), object, G_CONNECT_DEFAULT);
  g_signal_connect_object (object, signal, G_CALLBACK (enum_notify_cb), dropdown, G_CONNECT_DEFAULT);
}
