/* minutes-discussion-entry.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-discussion-entry.h"
#include "minutes-enum-types.h"
#include "minutes-model-private.h"
#include "minutes-node-private.h"

/* One line of an item's discussion: a numbered key point, a narrative line or a procedural note. */
struct _MinutesDiscussionEntry
{
  MinutesNode parent_instance;

  MinutesEntryType entry_type;
  char *text;
  MinutesProcedure procedure;
  int from;
  int to;
  MinutesPerson *person;
};

G_DEFINE_FINAL_TYPE (MinutesDiscussionEntry, minutes_discussion_entry, MINUTES_TYPE_NODE)

enum {
  PROP_0,
  PROP_ENTRY_TYPE,
  PROP_TEXT,
  PROP_PROCEDURE,
  PROP_FROM,
  PROP_TO,
  PROP_PERSON,
  PROP_NUMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
minutes_discussion_entry_finalize (GObject *object)
{
  MinutesDiscussionEntry *self = (MinutesDiscussionEntry *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (minutes_discussion_entry_parent_class)->finalize (object);
}

static void
minutes_discussion_entry_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  MinutesDiscussionEntry *self = MINUTES_DISCUSSION_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ENTRY_TYPE:
      g_value_set_enum (value, self->entry_type);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_PROCEDURE:
      g_value_set_enum (value, self->procedure);
      break;

    case PROP_FROM:
      g_value_set_int (value, self->from);
      break;

    case PROP_TO:
      g_value_set_int (value, self->to);
      break;

    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;

    case PROP_NUMBER:
      g_value_take_string (value, minutes_discussion_entry_dup_number (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_discussion_entry_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  MinutesDiscussionEntry *self = MINUTES_DISCUSSION_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ENTRY_TYPE:
      minutes_discussion_entry_set_entry_type (self, g_value_get_enum (value));
      break;

    case PROP_TEXT:
      minutes_discussion_entry_set_text (self, g_value_get_string (value));
      break;

    case PROP_PROCEDURE:
      minutes_discussion_entry_set_procedure (self, g_value_get_enum (value));
      break;

    case PROP_FROM:
      minutes_discussion_entry_set_from (self, g_value_get_int (value));
      break;

    case PROP_TO:
      minutes_discussion_entry_set_to (self, g_value_get_int (value));
      break;

    case PROP_PERSON:
      minutes_discussion_entry_set_person (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_discussion_entry_class_init (MinutesDiscussionEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_discussion_entry_finalize;
  object_class->get_property = minutes_discussion_entry_get_property;
  object_class->set_property = minutes_discussion_entry_set_property;

  properties[PROP_ENTRY_TYPE] =
    g_param_spec_enum ("entry-type", NULL, NULL,
                           MINUTES_TYPE_ENTRY_TYPE,
                           MINUTES_ENTRY_POINT,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROCEDURE] =
    g_param_spec_enum ("procedure", NULL, NULL,
                           MINUTES_TYPE_PROCEDURE,
                           MINUTES_PROCEDURE_OTHER,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Procedural notes: when it happened (adjourned at, arrived at). */
  properties[PROP_FROM] =
    g_param_spec_int ("from", NULL, NULL,
                          MINUTES_TIME_UNSET, MINUTES_TIME_MAX, MINUTES_TIME_UNSET,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Procedural notes: when it ended (resumed at). */
  properties[PROP_TO] =
    g_param_spec_int ("to", NULL, NULL,
                          MINUTES_TIME_UNSET, MINUTES_TIME_MAX, MINUTES_TIME_UNSET,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Procedural notes: who arrived or left. */
  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL,
                             MINUTES_TYPE_PERSON,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Key point number, e.g. "3.1"; NULL for other entries. Derived from position, never stored. */
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                             NULL,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
minutes_discussion_entry_init (MinutesDiscussionEntry *self)
{
  self->procedure = MINUTES_PROCEDURE_OTHER;
  self->from = MINUTES_TIME_UNSET;
  self->to = MINUTES_TIME_UNSET;
}

MinutesDiscussionEntry *
minutes_discussion_entry_new (void)
{
  return g_object_new (MINUTES_TYPE_DISCUSSION_ENTRY, NULL);
}

MinutesEntryType
minutes_discussion_entry_get_entry_type (MinutesDiscussionEntry *self)
{
  g_return_val_if_fail (MINUTES_IS_DISCUSSION_ENTRY (self), MINUTES_ENTRY_POINT);

  return self->entry_type;
}

void
minutes_discussion_entry_set_entry_type (MinutesDiscussionEntry *self,
                                        MinutesEntryType        entry_type)
{
  g_return_if_fail (MINUTES_IS_DISCUSSION_ENTRY (self));

  if (self->entry_type == entry_type)
    return;

  self->entry_type = entry_type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY_TYPE]);
}

const char *
minutes_discussion_entry_get_text (MinutesDiscussionEntry *self)
{
  g_return_val_if_fail (MINUTES_IS_DISCUSSION_ENTRY (self), NULL);

  return self->text;
}

void
minutes_discussion_entry_set_text (MinutesDiscussionEntry *self,
                                  const char             *text)
{
  g_return_if_fail (MINUTES_IS_DISCUSSION_ENTRY (self));

  _minutes_set_string (G_OBJECT (self), &self->text, text, properties[PROP_TEXT]);
}

MinutesProcedure
minutes_discussion_entry_get_procedure (MinutesDiscussionEntry *self)
{
  g_return_val_if_fail (MINUTES_IS_DISCUSSION_ENTRY (self), MINUTES_PROCEDURE_OTHER);

  return self->procedure;
}

void
minutes_discussion_entry_set_procedure (MinutesDiscussionEntry *self,
                                       MinutesProcedure        procedure)
{
  g_return_if_fail (MINUTES_IS_DISCUSSION_ENTRY (self));

  if (self->procedure == procedure)
    return;

  self->procedure = procedure;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROCEDURE]);
}

int
minutes_discussion_entry_get_from (MinutesDiscussionEntry *self)
{
  g_return_val_if_fail (MINUTES_IS_DISCUSSION_ENTRY (self), MINUTES_TIME_UNSET);

  return self->from;
}

void
minutes_discussion_entry_set_from (MinutesDiscussionEntry *self,
                                  int                     from)
{
  g_return_if_fail (MINUTES_IS_DISCUSSION_ENTRY (self));
  g_return_if_fail (from >= MINUTES_TIME_UNSET && from <= MINUTES_TIME_MAX);

  if (self->from == from)
    return;

  self->from = from;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM]);
}

int
minutes_discussion_entry_get_to (MinutesDiscussionEntry *self)
{
  g_return_val_if_fail (MINUTES_IS_DISCUSSION_ENTRY (self), MINUTES_TIME_UNSET);

  return self->to;
}

void
minutes_discussion_entry_set_to (MinutesDiscussionEntry *self,
                                int                     to)
{
  g_return_if_fail (MINUTES_IS_DISCUSSION_ENTRY (self));
  g_return_if_fail (to >= MINUTES_TIME_UNSET && to <= MINUTES_TIME_MAX);

  if (self->to == to)
    return;

  self->to = to;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO]);
}

MinutesPerson *
minutes_discussion_entry_get_person (MinutesDiscussionEntry *self)
{
  g_return_val_if_fail (MINUTES_IS_DISCUSSION_ENTRY (self), NULL);

  return self->person;
}

void
minutes_discussion_entry_set_person (MinutesDiscussionEntry *self,
                                    MinutesPerson          *person)
{
  g_return_if_fail (MINUTES_IS_DISCUSSION_ENTRY (self));
  g_return_if_fail (person == NULL || MINUTES_IS_PERSON (person));

  _minutes_set_object (G_OBJECT (self), (gpointer *) &self->person, person, properties[PROP_PERSON]);
}

MinutesAgendaItem *
minutes_discussion_entry_get_item (MinutesDiscussionEntry *self)
{
  MinutesNode *parent;

  g_return_val_if_fail (MINUTES_IS_DISCUSSION_ENTRY (self), NULL);

  parent = minutes_node_get_parent (MINUTES_NODE (self));

  return MINUTES_IS_AGENDA_ITEM (parent) ? MINUTES_AGENDA_ITEM (parent) : NULL;
}

/* "3.1": the item's number and the entry's position among the item's key
 * points. Narrative lines and procedural notes have no number. */
char *
minutes_discussion_entry_dup_number (MinutesDiscussionEntry *self)
{
  g_autofree char *item_number = NULL;
  MinutesAgendaItem *item;
  GListModel *discussion;
  guint point = 0;

  g_return_val_if_fail (MINUTES_IS_DISCUSSION_ENTRY (self), NULL);

  if (self->entry_type != MINUTES_ENTRY_POINT)
    return NULL;

  item = minutes_discussion_entry_get_item (self);
  if (item == NULL)
    return NULL;

  discussion = minutes_agenda_item_get_discussion (item);
  for (guint i = 0; i < g_list_model_get_n_items (discussion); i++)
    {
      g_autoptr(MinutesDiscussionEntry) entry = g_list_model_get_item (discussion, i);

      if (entry->entry_type == MINUTES_ENTRY_POINT)
        point++;
      if (entry == self)
        break;
    }

  item_number = minutes_agenda_item_dup_number (item);
  if (item_number == NULL)
    return g_strdup_printf ("%u", point);

  return g_strdup_printf ("%s.%u", item_number, point);
}
