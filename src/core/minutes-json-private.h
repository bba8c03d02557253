/* minutes-json-private.h: the tree a .minutes file is read into
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  MINUTES_JSON_NULL,
  MINUTES_JSON_BOOLEAN,
  MINUTES_JSON_INT,
  MINUTES_JSON_DOUBLE,
  MINUTES_JSON_STRING,
  MINUTES_JSON_OBJECT,
  MINUTES_JSON_ARRAY,
} MinutesJsonType;

typedef struct _MinutesJsonNode MinutesJsonNode;

typedef struct
{
  const char      *name;
  MinutesJsonNode *value;
} MinutesJsonMember;

/* Read-only; owned by its MinutesJsonDocument, freed all at once with it */
struct _MinutesJsonNode
{
  MinutesJsonType type;
  guint           length;   /* members of an object, elements of an array */
  union
  {
    gboolean            boolean;
    gint64              integer;
    double              number;
    const char         *string;
    MinutesJsonMember  *members;
    MinutesJsonNode   **elements;
  } v;
};

typedef struct _MinutesJsonDocument MinutesJsonDocument;

MinutesJsonDocument *_minutes_json_document_parse     (const char          *data,
                                                       gsize                size);
MinutesJsonDocument *_minutes_json_document_new_from  (JsonNode            *root);
MinutesJsonNode     *_minutes_json_document_get_root  (MinutesJsonDocument *self);
void                 _minutes_json_document_free      (MinutesJsonDocument *self);

MinutesJsonNode     *_minutes_json_get_member         (MinutesJsonNode     *object,
                                                       const char          *name);

/* JSON's own type of a value, as json-glib names it: G_TYPE_STRING,
 * G_TYPE_INT64, G_TYPE_DOUBLE, G_TYPE_BOOLEAN; G_TYPE_INVALID otherwise */
GType                _minutes_json_get_value_type     (MinutesJsonNode     *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MinutesJsonDocument, _minutes_json_document_free)

G_END_DECLS
