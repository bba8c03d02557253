/* minutes-action.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-action.h"
#include "minutes-enum-types.h"
#include "minutes-model-private.h"
#include "minutes-node-private.h"

/* An action recorded under an item. */
struct _MinutesAction
{
  MinutesNode parent_instance;

  MinutesPerson *owner;
  char *owner_text;
  char *text;
  GDate *due;
  MinutesActionStatus status;
};

G_DEFINE_FINAL_TYPE (MinutesAction, minutes_action, MINUTES_TYPE_NODE)

enum {
  PROP_0,
  PROP_OWNER,
  PROP_OWNER_TEXT,
  PROP_TEXT,
  PROP_DUE,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
minutes_action_finalize (GObject *object)
{
  MinutesAction *self = (MinutesAction *) object;

  g_clear_object (&self->owner);
  g_clear_pointer (&self->owner_text, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->due, g_date_free);

  G_OBJECT_CLASS (minutes_action_parent_class)->finalize (object);
}

static void
minutes_action_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MinutesAction *self = MINUTES_ACTION (object);

  switch (prop_id)
    {
    case PROP_OWNER:
      g_value_set_object (value, self->owner);
      break;

    case PROP_OWNER_TEXT:
      g_value_set_string (value, self->owner_text);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_DUE:
      g_value_set_boxed (value, self->due);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_action_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MinutesAction *self = MINUTES_ACTION (object);

  switch (prop_id)
    {
    case PROP_OWNER:
      minutes_action_set_owner (self, g_value_get_object (value));
      break;

    case PROP_OWNER_TEXT:
      minutes_action_set_owner_text (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      minutes_action_set_text (self, g_value_get_string (value));
      break;

    case PROP_DUE:
      minutes_action_set_due (self, g_value_get_boxed (value));
      break;

    case PROP_STATUS:
      minutes_action_set_status (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_action_class_init (MinutesActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_action_finalize;
  object_class->get_property = minutes_action_get_property;
  object_class->set_property = minutes_action_set_property;

  properties[PROP_OWNER] =
    g_param_spec_object ("owner", NULL, NULL,
                             MINUTES_TYPE_PERSON,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The owner as written ("Superintendent Pavitt"), overriding the person's job title. */
  properties[PROP_OWNER_TEXT] =
    g_param_spec_string ("owner-text", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* What is to be done, printed after "<owner> to". */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DUE] =
    g_param_spec_boxed ("due", NULL, NULL,
                            G_TYPE_DATE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                           MINUTES_TYPE_ACTION_STATUS,
                           MINUTES_ACTION_STATUS_OPEN,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
minutes_action_init (MinutesAction *self)
{
}

MinutesAction *
minutes_action_new (void)
{
  return g_object_new (MINUTES_TYPE_ACTION, NULL);
}

MinutesPerson *
minutes_action_get_owner (MinutesAction *self)
{
  g_return_val_if_fail (MINUTES_IS_ACTION (self), NULL);

  return self->owner;
}

void
minutes_action_set_owner (MinutesAction *self,
                         MinutesPerson *owner)
{
  g_return_if_fail (MINUTES_IS_ACTION (self));
  g_return_if_fail (owner == NULL || MINUTES_IS_PERSON (owner));

  _minutes_set_object (G_OBJECT (self), (gpointer *) &self->owner, owner, properties[PROP_OWNER]);
}

const char *
minutes_action_get_owner_text (MinutesAction *self)
{
  g_return_val_if_fail (MINUTES_IS_ACTION (self), NULL);

  return self->owner_text;
}

void
minutes_action_set_owner_text (MinutesAction *self,
                              const char    *owner_text)
{
  g_return_if_fail (MINUTES_IS_ACTION (self));

  _minutes_set_string (G_OBJECT (self), &self->owner_text, owner_text, properties[PROP_OWNER_TEXT]);
}

const char *
minutes_action_get_text (MinutesAction *self)
{
  g_return_val_if_fail (MINUTES_IS_ACTION (self), NULL);

  return self->text;
}

void
minutes_action_set_text (MinutesAction *self,
                        const char    *text)
{
  g_return_if_fail (MINUTES_IS_ACTION (self));

  _minutes_set_string (G_OBJECT (self), &self->text, text, properties[PROP_TEXT]);
}

const GDate *
minutes_action_get_due (MinutesAction *self)
{
  g_return_val_if_fail (MINUTES_IS_ACTION (self), NULL);

  return self->due;
}

void
minutes_action_set_due (MinutesAction *self,
                       const GDate   *due)
{
  g_return_if_fail (MINUTES_IS_ACTION (self));

  _minutes_set_date (G_OBJECT (self), &self->due, due, properties[PROP_DUE]);
}

MinutesActionStatus
minutes_action_get_status (MinutesAction *self)
{
  g_return_val_if_fail (MINUTES_IS_ACTION (self), MINUTES_ACTION_STATUS_OPEN);

  return self->status;
}

void
minutes_action_set_status (MinutesAction       *self,
                          MinutesActionStatus  status)
{
  g_return_if_fail (MINUTES_IS_ACTION (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/* How the owner is printed: as written, else the owner's job title (minutes
 * name officers by post), else their name. */
char *
minutes_action_dup_owner_label (MinutesAction *self)
{
  g_return_val_if_fail (MINUTES_IS_ACTION (self), NULL);

  if (self->owner_text != NULL)
    return g_strdup (self->owner_text);

  if (self->owner == NULL)
    return NULL;

  if (minutes_person_get_job_title (self->owner) != NULL)
    return g_strdup (minutes_person_get_job_title (self->owner));

  return minutes_person_dup_full_name (self->owner);
}
