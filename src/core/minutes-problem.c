/* minutes-problem.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-enum-types.h"
#include "minutes-problem.h"

/* One thing a check found in a meeting: which rule, how serious, what to
 * say, where (the model object and its property, so the editor can focus
 * the field, and a location the clerk reads, like "item 3, key point
 * 3.4"), and, where one is obvious, a fix that changes the model. */
struct _MinutesProblem
{
  GObject parent_instance;

  char                  *rule_id;
  MinutesSeverity        severity;
  GObject               *object;
  char                  *property;
  char                  *location;
  char                  *message;
  char                  *fix_label;
  MinutesProblemFixFunc  fix_func;
  gpointer               fix_data;
  GDestroyNotify         fix_destroy;
};

G_DEFINE_FINAL_TYPE (MinutesProblem, minutes_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULE_ID,
  PROP_SEVERITY,
  PROP_OBJECT,
  PROP_PROPERTY_NAME,
  PROP_LOCATION,
  PROP_MESSAGE,
  PROP_HAS_FIX,
  PROP_FIX_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
minutes_problem_finalize (GObject *object)
{
  MinutesProblem *self = (MinutesProblem *) object;

  if (self->fix_destroy != NULL)
    g_clear_pointer (&self->fix_data, self->fix_destroy);
  g_clear_pointer (&self->rule_id, g_free);
  g_clear_object (&self->object);
  g_clear_pointer (&self->property, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->fix_label, g_free);

  G_OBJECT_CLASS (minutes_problem_parent_class)->finalize (object);
}

static void
minutes_problem_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MinutesProblem *self = MINUTES_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_RULE_ID:
      g_value_set_string (value, self->rule_id);
      break;

    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_OBJECT:
      g_value_set_object (value, self->object);
      break;

    case PROP_PROPERTY_NAME:
      g_value_set_string (value, self->property);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_HAS_FIX:
      g_value_set_boolean (value, self->fix_func != NULL);
      break;

    case PROP_FIX_LABEL:
      g_value_set_string (value, self->fix_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_problem_class_init (MinutesProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_problem_finalize;
  object_class->get_property = minutes_problem_get_property;

  /* All read-only: a problem is a finding, replaced when the check reruns. */
  properties[PROP_RULE_ID] =
    g_param_spec_string ("rule-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       MINUTES_TYPE_SEVERITY, MINUTES_SEVERITY_ERROR,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OBJECT] =
    g_param_spec_object ("object", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROPERTY_NAME] =
    g_param_spec_string ("property-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_FIX] =
    g_param_spec_boolean ("has-fix", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIX_LABEL] =
    g_param_spec_string ("fix-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
minutes_problem_init (MinutesProblem *self)
{
}

MinutesProblem *
minutes_problem_new (const char      *rule_id,
                     MinutesSeverity  severity,
                     GObject         *object,
                     const char      *property,
                     const char      *location,
                     const char      *message)
{
  MinutesProblem *self;

  g_return_val_if_fail (rule_id != NULL, NULL);
  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (MINUTES_TYPE_PROBLEM, NULL);
  self->rule_id = g_strdup (rule_id);
  self->severity = severity;
  self->object = g_object_ref (object);
  self->property = g_strdup (property);
  self->location = g_strdup (location);
  self->message = g_strdup (message);

  return self;
}

void
minutes_problem_set_fix (MinutesProblem        *self,
                         const char            *label,
                         MinutesProblemFixFunc  func,
                         gpointer               data,
                         GDestroyNotify         destroy)
{
  g_return_if_fail (MINUTES_IS_PROBLEM (self));
  g_return_if_fail (label != NULL);
  g_return_if_fail (func != NULL);
  g_return_if_fail (self->fix_func == NULL);

  self->fix_label = g_strdup (label);
  self->fix_func = func;
  self->fix_data = data;
  self->fix_destroy = destroy;
}

const char *
minutes_problem_get_rule_id (MinutesProblem *self)
{
  g_return_val_if_fail (MINUTES_IS_PROBLEM (self), NULL);

  return self->rule_id;
}

MinutesSeverity
minutes_problem_get_severity (MinutesProblem *self)
{
  g_return_val_if_fail (MINUTES_IS_PROBLEM (self), MINUTES_SEVERITY_ERROR);

  return self->severity;
}

const char *
minutes_problem_get_message (MinutesProblem *self)
{
  g_return_val_if_fail (MINUTES_IS_PROBLEM (self), NULL);

  return self->message;
}

GObject *
minutes_problem_get_object (MinutesProblem *self)
{
  g_return_val_if_fail (MINUTES_IS_PROBLEM (self), NULL);

  return self->object;
}

const char *
minutes_problem_get_property_name (MinutesProblem *self)
{
  g_return_val_if_fail (MINUTES_IS_PROBLEM (self), NULL);

  return self->property;
}

const char *
minutes_problem_get_location (MinutesProblem *self)
{
  g_return_val_if_fail (MINUTES_IS_PROBLEM (self), NULL);

  return self->location;
}

gboolean
minutes_problem_has_fix (MinutesProblem *self)
{
  g_return_val_if_fail (MINUTES_IS_PROBLEM (self), FALSE);

  return self->fix_func != NULL;
}

const char *
minutes_problem_get_fix_label (MinutesProblem *self)
{
  g_return_val_if_fail (MINUTES_IS_PROBLEM (self), NULL);

  return self->fix_label;
}

/* Applies the fix. A problem is only valid for the model it was found in:
 * the validator replaces it as soon as the model changes. */
gboolean
minutes_problem_apply_fix (MinutesProblem *self)
{
  g_return_val_if_fail (MINUTES_IS_PROBLEM (self), FALSE);

  if (self->fix_func == NULL)
    return FALSE;

  self->fix_func (self->object, self->fix_data);

  return TRUE;
}
