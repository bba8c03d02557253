/* minutes-declaration.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-declaration.h"
#include "minutes-enum-types.h"
#include "minutes-model-private.h"
#include "minutes-node-private.h"

/* A declaration of interest made at the meeting. */
struct _MinutesDeclaration
{
  MinutesNode parent_instance;

  MinutesPerson *person;
  MinutesAgendaItem *item;
  MinutesDeclarationKind kind;
  char *text;
  gboolean withdrew;
};

G_DEFINE_FINAL_TYPE (MinutesDeclaration, minutes_declaration, MINUTES_TYPE_NODE)

enum {
  PROP_0,
  PROP_PERSON,
  PROP_ITEM,
  PROP_KIND,
  PROP_TEXT,
  PROP_WITHDREW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
minutes_declaration_finalize (GObject *object)
{
  MinutesDeclaration *self = (MinutesDeclaration *) object;

  g_clear_object (&self->person);
  g_clear_object (&self->item);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (minutes_declaration_parent_class)->finalize (object);
}

static void
minutes_declaration_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MinutesDeclaration *self = MINUTES_DECLARATION (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;

    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_WITHDREW:
      g_value_set_boolean (value, self->withdrew);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_declaration_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MinutesDeclaration *self = MINUTES_DECLARATION (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      minutes_declaration_set_person (self, g_value_get_object (value));
      break;

    case PROP_ITEM:
      minutes_declaration_set_item (self, g_value_get_object (value));
      break;

    case PROP_KIND:
      minutes_declaration_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TEXT:
      minutes_declaration_set_text (self, g_value_get_string (value));
      break;

    case PROP_WITHDREW:
      minutes_declaration_set_withdrew (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_declaration_class_init (MinutesDeclarationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_declaration_finalize;
  object_class->get_property = minutes_declaration_get_property;
  object_class->set_property = minutes_declaration_set_property;

  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                             MINUTES_TYPE_PERSON,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                             MINUTES_TYPE_AGENDA_ITEM,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                           MINUTES_TYPE_DECLARATION_KIND,
                           MINUTES_DECLARATION_KIND_OTHER,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The member left the room for the item. */
  properties[PROP_WITHDREW] =
    g_param_spec_boolean ("withdrew", NULL, NULL,
                              FALSE,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
minutes_declaration_init (MinutesDeclaration *self)
{
  self->kind = MINUTES_DECLARATION_KIND_OTHER;
}

MinutesDeclaration *
minutes_declaration_new (void)
{
  return g_object_new (MINUTES_TYPE_DECLARATION, NULL);
}

MinutesPerson *
minutes_declaration_get_person (MinutesDeclaration *self)
{
  g_return_val_if_fail (MINUTES_IS_DECLARATION (self), NULL);

  return self->person;
}

void
minutes_declaration_set_person (MinutesDeclaration *self,
                               MinutesPerson      *person)
{
  g_return_if_fail (MINUTES_IS_DECLARATION (self));
  g_return_if_fail (person == NULL || MINUTES_IS_PERSON (person));

  _minutes_set_object (G_OBJECT (self), (gpointer *) &self->person, person, properties[PROP_PERSON]);
}

MinutesAgendaItem *
minutes_declaration_get_item (MinutesDeclaration *self)
{
  g_return_val_if_fail (MINUTES_IS_DECLARATION (self), NULL);

  return self->item;
}

void
minutes_declaration_set_item (MinutesDeclaration *self,
                             MinutesAgendaItem  *item)
{
  g_return_if_fail (MINUTES_IS_DECLARATION (self));
  g_return_if_fail (item == NULL || MINUTES_IS_AGENDA_ITEM (item));

  _minutes_set_object (G_OBJECT (self), (gpointer *) &self->item, item, properties[PROP_ITEM]);
}

MinutesDeclarationKind
minutes_declaration_get_kind (MinutesDeclaration *self)
{
  g_return_val_if_fail (MINUTES_IS_DECLARATION (self), MINUTES_DECLARATION_KIND_OTHER);

  return self->kind;
}

void
minutes_declaration_set_kind (MinutesDeclaration     *self,
                             MinutesDeclarationKind  kind)
{
  g_return_if_fail (MINUTES_IS_DECLARATION (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
minutes_declaration_get_text (MinutesDeclaration *self)
{
  g_return_val_if_fail (MINUTES_IS_DECLARATION (self), NULL);

  return self->text;
}

void
minutes_declaration_set_text (MinutesDeclaration *self,
                             const char         *text)
{
  g_return_if_fail (MINUTES_IS_DECLARATION (self));

  _minutes_set_string (G_OBJECT (self), &self->text, text, properties[PROP_TEXT]);
}

gboolean
minutes_declaration_get_withdrew (MinutesDeclaration *self)
{
  g_return_val_if_fail (MINUTES_IS_DECLARATION (self), FALSE);

  return self->withdrew;
}

void
minutes_declaration_set_withdrew (MinutesDeclaration *self,
                                 gboolean            withdrew)
{
  g_return_if_fail (MINUTES_IS_DECLARATION (self));

  withdrew = !!withdrew;

  if (self->withdrew == withdrew)
    return;

  self->withdrew = withdrew;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WITHDREW]);
}
