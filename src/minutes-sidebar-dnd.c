/* minutes-sidebar-dnd.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-sidebar-dnd.h"

/* An item's row in the sidebar can be dragged onto another item's row: the
 * dragged item takes that item's place, through the same model move as
 * Ctrl+Shift+Up/Down, so it is one undo step and the numbers follow. */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  MinutesAgendaItem *item = g_object_get_data (G_OBJECT (row), "item");

  return gdk_content_provider_new_typed (MINUTES_TYPE_AGENDA_ITEM, item);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

typedef struct
{
  MinutesMeeting    *meeting;
  MinutesAgendaItem *dropped;
  MinutesAgendaItem *onto;
} Move;

static void
move_free (Move *move)
{
  g_clear_object (&move->meeting);
  g_clear_object (&move->dropped);
  g_clear_object (&move->onto);
  g_free (move);
}

static gboolean
move_idle_cb (gpointer user_data)
{
  Move *move = user_data;
  GListStore *items = G_LIST_STORE (minutes_meeting_get_items (move->meeting));
  guint position;

  /* Both may have gone since (an undo in between). */
  if (g_list_store_find (items, move->dropped, NULL) &&
      g_list_store_find (items, move->onto, &position))
    minutes_meeting_move_item (move->meeting, move->dropped, position);

  return G_SOURCE_REMOVE;
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  MinutesMeeting *meeting = g_object_get_data (G_OBJECT (row), "dnd-meeting");
  MinutesAgendaItem *onto = g_object_get_data (G_OBJECT (row), "item");
  MinutesAgendaItem *dropped;
  GListStore *items;
  Move *move;

  if (!G_VALUE_HOLDS (value, MINUTES_TYPE_AGENDA_ITEM))
    return FALSE;

  dropped = g_value_get_object (value);
  if (dropped == NULL || dropped == onto || meeting == NULL)
    return FALSE;

  items = G_LIST_STORE (minutes_meeting_get_items (meeting));
  if (!g_list_store_find (items, dropped, NULL) ||
      !g_list_store_find (items, onto, NULL))
    return FALSE;

  /* The move rebuilds the sidebar, this row and its drop target with it:
   * it waits until the drop is over. */
  move = g_new0 (Move, 1);
  move->meeting = g_object_ref (meeting);
  move->dropped = g_object_ref (dropped);
  move->onto = g_object_ref (onto);
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, move_idle_cb, move, (GDestroyNotify) move_free);

  return TRUE;
}

/* Makes the sidebar row of item a drag source and a drop target. The row
 * holds the item as its "item" data. */
void
minutes_sidebar_dnd_attach (GtkWidget         *row,
                            MinutesMeeting    *meeting,
                            MinutesAgendaItem *item)
{
  GtkDragSource *source;
  GtkDropTarget *target;

  g_return_if_fail (GTK_IS_WIDGET (row));
  g_return_if_fail (MINUTES_IS_MEETING (meeting));
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (item));
  g_return_if_fail (g_object_get_data (G_OBJECT (row), "item") == item);

  /* The sidebar is rebuilt with the meeting: a plain pointer is enough. */
  g_object_set_data (G_OBJECT (row), "dnd-meeting", meeting);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (MINUTES_TYPE_AGENDA_ITEM, GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}
