/* test-fields.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-fields.h"

/* The export tests put markers and trouble in every field a clerk can
 * type; this is how they reach every one. */

static gboolean
is_typed_field (GParamSpec *pspec)
{
  const char *skip[] = { "id", "template-id", "language", "number", "number-label", NULL };

  return G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING &&
         (pspec->flags & G_PARAM_WRITABLE) != 0 &&
         (pspec->flags & G_PARAM_CONSTRUCT_ONLY) == 0 &&
         !g_strv_contains (skip, pspec->name);
}

static void
foreach_field (GObject       *object,
               TestFieldFunc  func,
               gpointer       user_data)
{
  guint n_pspecs;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      if (is_typed_field (pspecs[i]))
        func (object, pspecs[i]->name, user_data);
    }
}

static void
foreach_in_list (GListModel    *list,
                 TestFieldFunc  func,
                 gpointer       user_data)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (list, i);

      foreach_field (object, func, user_data);
    }
}

static void
foreach_motion (MinutesMotion *motion,
                TestFieldFunc  func,
                gpointer       user_data)
{
  GListModel *amendments = minutes_motion_get_amendments (motion);

  foreach_field (G_OBJECT (motion), func, user_data);
  for (guint i = 0; i < g_list_model_get_n_items (amendments); i++)
    {
      g_autoptr(MinutesMotion) amendment = g_list_model_get_item (amendments, i);

      foreach_motion (amendment, func, user_data);
    }
}

/* Applies FUNC to every string field a clerk can type in ITEM. */
void
test_fields_foreach_item (MinutesAgendaItem *item,
                          TestFieldFunc      func,
                          gpointer           user_data)
{
  GListModel *motions = minutes_agenda_item_get_motions (item);
  GListModel *resolutions = minutes_agenda_item_get_resolutions (item);

  foreach_field (G_OBJECT (item), func, user_data);
  foreach_in_list (minutes_agenda_item_get_attachments (item), func, user_data);
  foreach_in_list (minutes_agenda_item_get_discussion (item), func, user_data);
  foreach_in_list (minutes_agenda_item_get_actions (item), func, user_data);
  for (guint i = 0; i < g_list_model_get_n_items (motions); i++)
    {
      g_autoptr(MinutesMotion) motion = g_list_model_get_item (motions, i);

      foreach_motion (motion, func, user_data);
    }
  for (guint i = 0; i < g_list_model_get_n_items (resolutions); i++)
    {
      g_autoptr(MinutesResolution) resolution = g_list_model_get_item (resolutions, i);

      foreach_field (G_OBJECT (resolution), func, user_data);
      foreach_in_list (minutes_resolution_get_points (resolution), func, user_data);
    }
}

/* Applies FUNC to every string field a clerk can type in the meeting. */
void
test_fields_foreach_meeting (MinutesMeeting *meeting,
                             TestFieldFunc   func,
                             gpointer        user_data)
{
  GListModel *items = minutes_meeting_get_items (meeting);

  foreach_field (G_OBJECT (meeting), func, user_data);
  foreach_in_list (minutes_meeting_get_people (meeting), func, user_data);
  foreach_in_list (minutes_meeting_get_declarations (meeting), func, user_data);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(MinutesAgendaItem) item = g_list_model_get_item (items, i);

      test_fields_foreach_item (item, func, user_data);
    }
}

