/* minutes-motion.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-motion.h"
#include "minutes-enum-types.h"
#include "minutes-model-private.h"
#include "minutes-node-private.h"

/* A motion (or amendment) put to the meeting, with its vote. */
struct _MinutesMotion
{
  MinutesNode parent_instance;

  char *text;
  char *record;
  MinutesPerson *mover;
  MinutesPerson *seconder;
  MinutesMotionOutcome outcome;
  int votes_for;
  int votes_against;
  int abstentions;
  GListStore *voted_for;
  GListStore *voted_against;
  GListStore *abstained;
  GListStore *amendments;
};

G_DEFINE_FINAL_TYPE (MinutesMotion, minutes_motion, MINUTES_TYPE_NODE)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_MOVER,
  PROP_SECONDER,
  PROP_OUTCOME,
  PROP_VOTES_FOR,
  PROP_VOTES_AGAINST,
  PROP_ABSTENTIONS,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
minutes_motion_finalize (GObject *object)
{
  MinutesMotion *self = (MinutesMotion *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->record, g_free);
  g_clear_object (&self->mover);
  g_clear_object (&self->seconder);
  g_clear_object (&self->voted_for);
  g_clear_object (&self->voted_against);
  g_clear_object (&self->abstained);
  g_clear_object (&self->amendments);

  G_OBJECT_CLASS (minutes_motion_parent_class)->finalize (object);
}

static void
minutes_motion_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MinutesMotion *self = MINUTES_MOTION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_MOVER:
      g_value_set_object (value, self->mover);
      break;

    case PROP_SECONDER:
      g_value_set_object (value, self->seconder);
      break;

    case PROP_OUTCOME:
      g_value_set_enum (value, self->outcome);
      break;

    case PROP_VOTES_FOR:
      g_value_set_int (value, self->votes_for);
      break;

    case PROP_VOTES_AGAINST:
      g_value_set_int (value, self->votes_against);
      break;

    case PROP_ABSTENTIONS:
      g_value_set_int (value, self->abstentions);
      break;

    case PROP_RECORD:
      g_value_set_string (value, self->record);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_motion_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MinutesMotion *self = MINUTES_MOTION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      minutes_motion_set_text (self, g_value_get_string (value));
      break;

    case PROP_MOVER:
      minutes_motion_set_mover (self, g_value_get_object (value));
      break;

    case PROP_SECONDER:
      minutes_motion_set_seconder (self, g_value_get_object (value));
      break;

    case PROP_OUTCOME:
      minutes_motion_set_outcome (self, g_value_get_enum (value));
      break;

    case PROP_VOTES_FOR:
      minutes_motion_set_votes_for (self, g_value_get_int (value));
      break;

    case PROP_VOTES_AGAINST:
      minutes_motion_set_votes_against (self, g_value_get_int (value));
      break;

    case PROP_ABSTENTIONS:
      minutes_motion_set_abstentions (self, g_value_get_int (value));
      break;

    case PROP_RECORD:
      minutes_motion_set_record (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_motion_class_init (MinutesMotionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_motion_finalize;
  object_class->get_property = minutes_motion_get_property;
  object_class->set_property = minutes_motion_set_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MOVER] =
    g_param_spec_object ("mover", NULL, NULL,
                             MINUTES_TYPE_PERSON,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SECONDER] =
    g_param_spec_object ("seconder", NULL, NULL,
                             MINUTES_TYPE_PERSON,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL,
                           MINUTES_TYPE_MOTION_OUTCOME,
                           MINUTES_MOTION_OUTCOME_PENDING,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Counted votes, -1 when not recorded. */
  properties[PROP_VOTES_FOR] =
    g_param_spec_int ("votes-for", NULL, NULL,
                          -1, G_MAXINT, -1,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_VOTES_AGAINST] =
    g_param_spec_int ("votes-against", NULL, NULL,
                          -1, G_MAXINT, -1,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ABSTENTIONS] =
    g_param_spec_int ("abstentions", NULL, NULL,
                          -1, G_MAXINT, -1,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The words the minutes recorded the motion and its vote in, one
   * paragraph a line, when they are not the template's (an import of
   * another council's minutes): printed in place of the template's
   * phrases, so that the record reads as it was written. NULL for a
   * motion drafted in Minutes. */
  properties[PROP_RECORD] =
    g_param_spec_string ("record", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
minutes_motion_init (MinutesMotion *self)
{
  self->votes_for = -1;
  self->votes_against = -1;
  self->abstentions = -1;
  self->voted_for = g_list_store_new (MINUTES_TYPE_PERSON);
  _minutes_node_own_list (MINUTES_NODE (self), self->voted_for);
  self->voted_against = g_list_store_new (MINUTES_TYPE_PERSON);
  _minutes_node_own_list (MINUTES_NODE (self), self->voted_against);
  self->abstained = g_list_store_new (MINUTES_TYPE_PERSON);
  _minutes_node_own_list (MINUTES_NODE (self), self->abstained);
  self->amendments = g_list_store_new (MINUTES_TYPE_MOTION);
  _minutes_node_adopt_list (MINUTES_NODE (self), self->amendments);
}

MinutesMotion *
minutes_motion_new (void)
{
  return g_object_new (MINUTES_TYPE_MOTION, NULL);
}

const char *
minutes_motion_get_text (MinutesMotion *self)
{
  g_return_val_if_fail (MINUTES_IS_MOTION (self), NULL);

  return self->text;
}

void
minutes_motion_set_text (MinutesMotion *self,
                        const char    *text)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));

  _minutes_set_string (G_OBJECT (self), &self->text, text, properties[PROP_TEXT]);
}

const char *
minutes_motion_get_record (MinutesMotion *self)
{
  g_return_val_if_fail (MINUTES_IS_MOTION (self), NULL);

  return self->record;
}

void
minutes_motion_set_record (MinutesMotion *self,
                           const char    *record)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));

  _minutes_set_string (G_OBJECT (self), &self->record, record, properties[PROP_RECORD]);
}

MinutesPerson *
minutes_motion_get_mover (MinutesMotion *self)
{
  g_return_val_if_fail (MINUTES_IS_MOTION (self), NULL);

  return self->mover;
}

void
minutes_motion_set_mover (MinutesMotion *self,
                         MinutesPerson *mover)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));
  g_return_if_fail (mover == NULL || MINUTES_IS_PERSON (mover));

  _minutes_set_object (G_OBJECT (self), (gpointer *) &self->mover, mover, properties[PROP_MOVER]);
}

MinutesPerson *
minutes_motion_get_seconder (MinutesMotion *self)
{
  g_return_val_if_fail (MINUTES_IS_MOTION (self), NULL);

  return self->seconder;
}

void
minutes_motion_set_seconder (MinutesMotion *self,
                            MinutesPerson *seconder)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));
  g_return_if_fail (seconder == NULL || MINUTES_IS_PERSON (seconder));

  _minutes_set_object (G_OBJECT (self), (gpointer *) &self->seconder, seconder, properties[PROP_SECONDER]);
}

MinutesMotionOutcome
minutes_motion_get_outcome (MinutesMotion *self)
{
  g_return_val_if_fail (MINUTES_IS_MOTION (self), MINUTES_MOTION_OUTCOME_PENDING);

  return self->outcome;
}

void
minutes_motion_set_outcome (MinutesMotion        *self,
                           MinutesMotionOutcome  outcome)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));

  if (self->outcome == outcome)
    return;

  self->outcome = outcome;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}

int
minutes_motion_get_votes_for (MinutesMotion *self)
{
  g_return_val_if_fail (MINUTES_IS_MOTION (self), -1);

  return self->votes_for;
}

void
minutes_motion_set_votes_for (MinutesMotion *self,
                             int            votes_for)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));
  g_return_if_fail (votes_for >= -1 && votes_for <= G_MAXINT);

  if (self->votes_for == votes_for)
    return;

  self->votes_for = votes_for;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTES_FOR]);
}

int
minutes_motion_get_votes_against (MinutesMotion *self)
{
  g_return_val_if_fail (MINUTES_IS_MOTION (self), -1);

  return self->votes_against;
}

void
minutes_motion_set_votes_against (MinutesMotion *self,
                                 int            votes_against)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));
  g_return_if_fail (votes_against >= -1 && votes_against <= G_MAXINT);

  if (self->votes_against == votes_against)
    return;

  self->votes_against = votes_against;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTES_AGAINST]);
}

int
minutes_motion_get_abstentions (MinutesMotion *self)
{
  g_return_val_if_fail (MINUTES_IS_MOTION (self), -1);

  return self->abstentions;
}

void
minutes_motion_set_abstentions (MinutesMotion *self,
                               int            abstentions)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));
  g_return_if_fail (abstentions >= -1 && abstentions <= G_MAXINT);

  if (self->abstentions == abstentions)
    return;

  self->abstentions = abstentions;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ABSTENTIONS]);
}

/* Named votes (a recorded vote). */
GListModel *
minutes_motion_get_voted_for (MinutesMotion *self)
{
  g_return_val_if_fail (MINUTES_IS_MOTION (self), NULL);

  return G_LIST_MODEL (self->voted_for);
}

void
minutes_motion_insert_supporter (MinutesMotion *self,
                                 guint          position,
                                 MinutesPerson *supporter)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));
  g_return_if_fail (MINUTES_IS_PERSON (supporter));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->voted_for)));
  g_list_store_insert (self->voted_for, position, supporter);
}

void
minutes_motion_append_supporter (MinutesMotion *self,
                                 MinutesPerson *supporter)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));
  g_return_if_fail (MINUTES_IS_PERSON (supporter));

  g_list_store_append (self->voted_for, supporter);
}

gboolean
minutes_motion_remove_supporter (MinutesMotion *self,
                                 MinutesPerson *supporter)
{
  guint position;

  g_return_val_if_fail (MINUTES_IS_MOTION (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_PERSON (supporter), FALSE);

  if (!g_list_store_find (self->voted_for, supporter, &position))
    return FALSE;

  g_list_store_remove (self->voted_for, position);

  return TRUE;
}

/* Moves by taking the object out and putting the same object back, so
 * references to it stay valid. */
gboolean
minutes_motion_move_supporter (MinutesMotion *self,
                               MinutesPerson *supporter,
                               guint          position)
{
  g_autoptr(MinutesPerson) keep = NULL;
  guint old_position;
  guint n_items;

  g_return_val_if_fail (MINUTES_IS_MOTION (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_PERSON (supporter), FALSE);

  if (!g_list_store_find (self->voted_for, supporter, &old_position))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->voted_for));
  position = MIN (position, n_items - 1);
  if (position == old_position)
    return TRUE;

  keep = g_object_ref (supporter);
  g_list_store_remove (self->voted_for, old_position);
  g_list_store_insert (self->voted_for, position, keep);

  return TRUE;
}

GListModel *
minutes_motion_get_voted_against (MinutesMotion *self)
{
  g_return_val_if_fail (MINUTES_IS_MOTION (self), NULL);

  return G_LIST_MODEL (self->voted_against);
}

void
minutes_motion_insert_opponent (MinutesMotion *self,
                                guint          position,
                                MinutesPerson *opponent)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));
  g_return_if_fail (MINUTES_IS_PERSON (opponent));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->voted_against)));
  g_list_store_insert (self->voted_against, position, opponent);
}

void
minutes_motion_append_opponent (MinutesMotion *self,
                                MinutesPerson *opponent)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));
  g_return_if_fail (MINUTES_IS_PERSON (opponent));

  g_list_store_append (self->voted_against, opponent);
}

gboolean
minutes_motion_remove_opponent (MinutesMotion *self,
                                MinutesPerson *opponent)
{
  guint position;

  g_return_val_if_fail (MINUTES_IS_MOTION (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_PERSON (opponent), FALSE);

  if (!g_list_store_find (self->voted_against, opponent, &position))
    return FALSE;

  g_list_store_remove (self->voted_against, position);

  return TRUE;
}

/* Moves by taking the object out and putting the same object back, so
 * references to it stay valid. */
gboolean
minutes_motion_move_opponent (MinutesMotion *self,
                              MinutesPerson *opponent,
                              guint          position)
{
  g_autoptr(MinutesPerson) keep = NULL;
  guint old_position;
  guint n_items;

  g_return_val_if_fail (MINUTES_IS_MOTION (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_PERSON (opponent), FALSE);

  if (!g_list_store_find (self->voted_against, opponent, &old_position))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->voted_against));
  position = MIN (position, n_items - 1);
  if (position == old_position)
    return TRUE;

  keep = g_object_ref (opponent);
  g_list_store_remove (self->voted_against, old_position);
  g_list_store_insert (self->voted_against, position, keep);

  return TRUE;
}

GListModel *
minutes_motion_get_abstained (MinutesMotion *self)
{
  g_return_val_if_fail (MINUTES_IS_MOTION (self), NULL);

  return G_LIST_MODEL (self->abstained);
}

void
minutes_motion_insert_abstainer (MinutesMotion *self,
                                 guint          position,
                                 MinutesPerson *abstainer)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));
  g_return_if_fail (MINUTES_IS_PERSON (abstainer));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->abstained)));
  g_list_store_insert (self->abstained, position, abstainer);
}

void
minutes_motion_append_abstainer (MinutesMotion *self,
                                 MinutesPerson *abstainer)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));
  g_return_if_fail (MINUTES_IS_PERSON (abstainer));

  g_list_store_append (self->abstained, abstainer);
}

gboolean
minutes_motion_remove_abstainer (MinutesMotion *self,
                                 MinutesPerson *abstainer)
{
  guint position;

  g_return_val_if_fail (MINUTES_IS_MOTION (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_PERSON (abstainer), FALSE);

  if (!g_list_store_find (self->abstained, abstainer, &position))
    return FALSE;

  g_list_store_remove (self->abstained, position);

  return TRUE;
}

/* Moves by taking the object out and putting the same object back, so
 * references to it stay valid. */
gboolean
minutes_motion_move_abstainer (MinutesMotion *self,
                               MinutesPerson *abstainer,
                               guint          position)
{
  g_autoptr(MinutesPerson) keep = NULL;
  guint old_position;
  guint n_items;

  g_return_val_if_fail (MINUTES_IS_MOTION (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_PERSON (abstainer), FALSE);

  if (!g_list_store_find (self->abstained, abstainer, &old_position))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->abstained));
  position = MIN (position, n_items - 1);
  if (position == old_position)
    return TRUE;

  keep = g_object_ref (abstainer);
  g_list_store_remove (self->abstained, old_position);
  g_list_store_insert (self->abstained, position, keep);

  return TRUE;
}

GListModel *
minutes_motion_get_amendments (MinutesMotion *self)
{
  g_return_val_if_fail (MINUTES_IS_MOTION (self), NULL);

  return G_LIST_MODEL (self->amendments);
}

void
minutes_motion_insert_amendment (MinutesMotion *self,
                                 guint          position,
                                 MinutesMotion *amendment)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));
  g_return_if_fail (MINUTES_IS_MOTION (amendment));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->amendments)));
  g_list_store_insert (self->amendments, position, amendment);
}

void
minutes_motion_append_amendment (MinutesMotion *self,
                                 MinutesMotion *amendment)
{
  g_return_if_fail (MINUTES_IS_MOTION (self));
  g_return_if_fail (MINUTES_IS_MOTION (amendment));

  g_list_store_append (self->amendments, amendment);
}

gboolean
minutes_motion_remove_amendment (MinutesMotion *self,
                                 MinutesMotion *amendment)
{
  guint position;

  g_return_val_if_fail (MINUTES_IS_MOTION (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_MOTION (amendment), FALSE);

  if (!g_list_store_find (self->amendments, amendment, &position))
    return FALSE;

  _minutes_node_set_parent (MINUTES_NODE (amendment), NULL);
  g_list_store_remove (self->amendments, position);

  return TRUE;
}

/* Moves by taking the object out and putting the same object back, so
 * references to it stay valid. */
gboolean
minutes_motion_move_amendment (MinutesMotion *self,
                               MinutesMotion *amendment,
                               guint          position)
{
  g_autoptr(MinutesMotion) keep = NULL;
  guint old_position;
  guint n_items;

  g_return_val_if_fail (MINUTES_IS_MOTION (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_MOTION (amendment), FALSE);

  if (!g_list_store_find (self->amendments, amendment, &old_position))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->amendments));
  position = MIN (position, n_items - 1);
  if (position == old_position)
    return TRUE;

  keep = g_object_ref (amendment);
  g_list_store_remove (self->amendments, old_position);
  g_list_store_insert (self->amendments, position, keep);

  return TRUE;
}

static void
remove_from_store (GListStore *store,
                   gpointer    item)
{
  guint position;

  while (g_list_store_find (store, item, &position))
    g_list_store_remove (store, position);
}

void
_minutes_motion_forget_person (MinutesMotion *self,
                               MinutesPerson *person)
{
  if (self->mover == person)
    minutes_motion_set_mover (self, NULL);
  if (self->seconder == person)
    minutes_motion_set_seconder (self, NULL);

  remove_from_store (self->voted_for, person);
  remove_from_store (self->voted_against, person);
  remove_from_store (self->abstained, person);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->amendments)); i++)
    {
      g_autoptr(MinutesMotion) amendment = g_list_model_get_item (G_LIST_MODEL (self->amendments), i);

      _minutes_motion_forget_person (amendment, person);
    }
}
