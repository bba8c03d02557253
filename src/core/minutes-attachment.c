/* minutes-attachment.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-attachment.h"
#include "minutes-enum-types.h"
#include "minutes-model-private.h"
#include "minutes-node-private.h"

/* A report or other paper attached to an agenda item. */
struct _MinutesAttachment
{
  MinutesNode parent_instance;

  char *title;
  char *file_type;
  gint64 size;
  char *url;
  gboolean additional;
};

G_DEFINE_FINAL_TYPE (MinutesAttachment, minutes_attachment, MINUTES_TYPE_NODE)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_FILE_TYPE,
  PROP_SIZE,
  PROP_URL,
  PROP_ADDITIONAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
minutes_attachment_finalize (GObject *object)
{
  MinutesAttachment *self = (MinutesAttachment *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->file_type, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (minutes_attachment_parent_class)->finalize (object);
}

static void
minutes_attachment_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  MinutesAttachment *self = MINUTES_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_FILE_TYPE:
      g_value_set_string (value, self->file_type);
      break;

    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_ADDITIONAL:
      g_value_set_boolean (value, self->additional);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_attachment_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  MinutesAttachment *self = MINUTES_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      minutes_attachment_set_title (self, g_value_get_string (value));
      break;

    case PROP_FILE_TYPE:
      minutes_attachment_set_file_type (self, g_value_get_string (value));
      break;

    case PROP_SIZE:
      minutes_attachment_set_size (self, g_value_get_int64 (value));
      break;

    case PROP_URL:
      minutes_attachment_set_url (self, g_value_get_string (value));
      break;

    case PROP_ADDITIONAL:
      minutes_attachment_set_additional (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_attachment_class_init (MinutesAttachmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_attachment_finalize;
  object_class->get_property = minutes_attachment_get_property;
  object_class->set_property = minutes_attachment_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* As published, e.g. "PDF". */
  properties[PROP_FILE_TYPE] =
    g_param_spec_string ("file-type", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Bytes, or -1 when unknown. */
  properties[PROP_SIZE] =
    g_param_spec_int64 ("size", NULL, NULL,
                            -1, G_MAXINT64, -1,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Listed under "Additional documents". */
  properties[PROP_ADDITIONAL] =
    g_param_spec_boolean ("additional", NULL, NULL,
                              FALSE,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
minutes_attachment_init (MinutesAttachment *self)
{
  self->size = -1;
}

MinutesAttachment *
minutes_attachment_new (void)
{
  return g_object_new (MINUTES_TYPE_ATTACHMENT, NULL);
}

const char *
minutes_attachment_get_title (MinutesAttachment *self)
{
  g_return_val_if_fail (MINUTES_IS_ATTACHMENT (self), NULL);

  return self->title;
}

void
minutes_attachment_set_title (MinutesAttachment *self,
                             const char        *title)
{
  g_return_if_fail (MINUTES_IS_ATTACHMENT (self));

  _minutes_set_string (G_OBJECT (self), &self->title, title, properties[PROP_TITLE]);
}

const char *
minutes_attachment_get_file_type (MinutesAttachment *self)
{
  g_return_val_if_fail (MINUTES_IS_ATTACHMENT (self), NULL);

  return self->file_type;
}

void
minutes_attachment_set_file_type (MinutesAttachment *self,
                                 const char        *file_type)
{
  g_return_if_fail (MINUTES_IS_ATTACHMENT (self));

  _minutes_set_string (G_OBJECT (self), &self->file_type, file_type, properties[PROP_FILE_TYPE]);
}

gint64
minutes_attachment_get_size (MinutesAttachment *self)
{
  g_return_val_if_fail (MINUTES_IS_ATTACHMENT (self), -1);

  return self->size;
}

void
minutes_attachment_set_size (MinutesAttachment *self,
                            gint64             size)
{
  g_return_if_fail (MINUTES_IS_ATTACHMENT (self));
  g_return_if_fail (size >= -1 && size <= G_MAXINT64);

  if (self->size == size)
    return;

  self->size = size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE]);
}

const char *
minutes_attachment_get_url (MinutesAttachment *self)
{
  g_return_val_if_fail (MINUTES_IS_ATTACHMENT (self), NULL);

  return self->url;
}

void
minutes_attachment_set_url (MinutesAttachment *self,
                           const char        *url)
{
  g_return_if_fail (MINUTES_IS_ATTACHMENT (self));

  _minutes_set_string (G_OBJECT (self), &self->url, url, properties[PROP_URL]);
}

gboolean
minutes_attachment_get_additional (MinutesAttachment *self)
{
  g_return_val_if_fail (MINUTES_IS_ATTACHMENT (self), FALSE);

  return self->additional;
}

void
minutes_attachment_set_additional (MinutesAttachment *self,
                                  gboolean           additional)
{
  g_return_if_fail (MINUTES_IS_ATTACHMENT (self));

  additional = !!additional;

  if (self->additional == additional)
    return;

  self->additional = additional;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDITIONAL]);
}
