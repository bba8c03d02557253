/* minutes-resolution.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-resolution.h"
#include "minutes-enum-types.h"
#include "minutes-model-private.h"
#include "minutes-node-private.h"

/* What the meeting resolved on an item. */
struct _MinutesResolution
{
  MinutesNode parent_instance;

  MinutesResolutionKind kind;
  char *text;
  GListStore *points;
};

G_DEFINE_FINAL_TYPE (MinutesResolution, minutes_resolution, MINUTES_TYPE_NODE)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
minutes_resolution_finalize (GObject *object)
{
  MinutesResolution *self = (MinutesResolution *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_object (&self->points);

  G_OBJECT_CLASS (minutes_resolution_parent_class)->finalize (object);
}

static void
minutes_resolution_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MinutesResolution *self = MINUTES_RESOLUTION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_resolution_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MinutesResolution *self = MINUTES_RESOLUTION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      minutes_resolution_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TEXT:
      minutes_resolution_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_resolution_class_init (MinutesResolutionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_resolution_finalize;
  object_class->get_property = minutes_resolution_get_property;
  object_class->set_property = minutes_resolution_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                           MINUTES_TYPE_RESOLUTION_KIND,
                           MINUTES_RESOLUTION_RESOLVED,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
minutes_resolution_init (MinutesResolution *self)
{
  self->points = g_list_store_new (MINUTES_TYPE_RESOLUTION_POINT);
  _minutes_node_adopt_list (MINUTES_NODE (self), self->points);
}

MinutesResolution *
minutes_resolution_new (void)
{
  return g_object_new (MINUTES_TYPE_RESOLUTION, NULL);
}

MinutesResolutionKind
minutes_resolution_get_kind (MinutesResolution *self)
{
  g_return_val_if_fail (MINUTES_IS_RESOLUTION (self), MINUTES_RESOLUTION_RESOLVED);

  return self->kind;
}

void
minutes_resolution_set_kind (MinutesResolution     *self,
                            MinutesResolutionKind  kind)
{
  g_return_if_fail (MINUTES_IS_RESOLUTION (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
minutes_resolution_get_text (MinutesResolution *self)
{
  g_return_val_if_fail (MINUTES_IS_RESOLUTION (self), NULL);

  return self->text;
}

void
minutes_resolution_set_text (MinutesResolution *self,
                            const char        *text)
{
  g_return_if_fail (MINUTES_IS_RESOLUTION (self));

  _minutes_set_string (G_OBJECT (self), &self->text, text, properties[PROP_TEXT]);
}

GListModel *
minutes_resolution_get_points (MinutesResolution *self)
{
  g_return_val_if_fail (MINUTES_IS_RESOLUTION (self), NULL);

  return G_LIST_MODEL (self->points);
}

void
minutes_resolution_insert_point (MinutesResolution      *self,
                                 guint                   position,
                                 MinutesResolutionPoint *point)
{
  g_return_if_fail (MINUTES_IS_RESOLUTION (self));
  g_return_if_fail (MINUTES_IS_RESOLUTION_POINT (point));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->points)));
  g_list_store_insert (self->points, position, point);
}

void
minutes_resolution_append_point (MinutesResolution      *self,
                                 MinutesResolutionPoint *point)
{
  g_return_if_fail (MINUTES_IS_RESOLUTION (self));
  g_return_if_fail (MINUTES_IS_RESOLUTION_POINT (point));

  g_list_store_append (self->points, point);
}

gboolean
minutes_resolution_remove_point (MinutesResolution      *self,
                                 MinutesResolutionPoint *point)
{
  guint position;

  g_return_val_if_fail (MINUTES_IS_RESOLUTION (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_RESOLUTION_POINT (point), FALSE);

  if (!g_list_store_find (self->points, point, &position))
    return FALSE;

  _minutes_node_set_parent (MINUTES_NODE (point), NULL);
  g_list_store_remove (self->points, position);

  return TRUE;
}

/* Moves by taking the object out and putting the same object back, so
 * references to it stay valid. */
gboolean
minutes_resolution_move_point (MinutesResolution      *self,
                               MinutesResolutionPoint *point,
                               guint                   position)
{
  g_autoptr(MinutesResolutionPoint) keep = NULL;
  guint old_position;
  guint n_items;

  g_return_val_if_fail (MINUTES_IS_RESOLUTION (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_RESOLUTION_POINT (point), FALSE);

  if (!g_list_store_find (self->points, point, &old_position))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->points));
  position = MIN (position, n_items - 1);
  if (position == old_position)
    return TRUE;

  keep = g_object_ref (point);
  g_list_store_remove (self->points, old_position);
  g_list_store_insert (self->points, position, keep);

  return TRUE;
}
