/* minutes-resolution-point.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-resolution-point.h"
#include "minutes-enum-types.h"
#include "minutes-model-private.h"
#include "minutes-node-private.h"

/* A numbered sub-point of a resolution, e.g. one recommendation. */
struct _MinutesResolutionPoint
{
  MinutesNode parent_instance;

  char *text;
};

G_DEFINE_FINAL_TYPE (MinutesResolutionPoint, minutes_resolution_point, MINUTES_TYPE_NODE)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
minutes_resolution_point_finalize (GObject *object)
{
  MinutesResolutionPoint *self = (MinutesResolutionPoint *) object;

  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (minutes_resolution_point_parent_class)->finalize (object);
}

static void
minutes_resolution_point_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  MinutesResolutionPoint *self = MINUTES_RESOLUTION_POINT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_resolution_point_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  MinutesResolutionPoint *self = MINUTES_RESOLUTION_POINT (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      minutes_resolution_point_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_resolution_point_class_init (MinutesResolutionPointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_resolution_point_finalize;
  object_class->get_property = minutes_resolution_point_get_property;
  object_class->set_property = minutes_resolution_point_set_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
minutes_resolution_point_init (MinutesResolutionPoint *self)
{
}

MinutesResolutionPoint *
minutes_resolution_point_new (void)
{
  return g_object_new (MINUTES_TYPE_RESOLUTION_POINT, NULL);
}

const char *
minutes_resolution_point_get_text (MinutesResolutionPoint *self)
{
  g_return_val_if_fail (MINUTES_IS_RESOLUTION_POINT (self), NULL);

  return self->text;
}

void
minutes_resolution_point_set_text (MinutesResolutionPoint *self,
                                  const char             *text)
{
  g_return_if_fail (MINUTES_IS_RESOLUTION_POINT (self));

  _minutes_set_string (G_OBJECT (self), &self->text, text, properties[PROP_TEXT]);
}
