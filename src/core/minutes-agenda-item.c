/* minutes-agenda-item.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "minutes-agenda-item.h"
#include "minutes-enum-types.h"
#include "minutes-model-private.h"
#include "minutes-node-private.h"

/* An item of business on the agenda, and what was minuted under it. */
struct _MinutesAgendaItem
{
  MinutesNode parent_instance;

  char *id;
  char *number_label;
  gboolean unnumbered;
  guint ordinal;   /* numbered items up to and including this one, kept by the meeting */
  char *title;
  MinutesStanding standing;
  gboolean exempt;
  char *exemption_ground;
  char *agenda_text;
  char *publication_note;
  MinutesPerson *chair;
  char *introduction;
  char *decision;
  char *recommendation;
  gboolean minutes_truncated;
  GListStore *attachments;
  GListStore *witnesses;
  GListStore *discussion;
  GListStore *actions;
  GListStore *motions;
  GListStore *resolutions;

  /* What is found by walking the item and everything in it, kept while
   * none of it changes (the item's revision): the editor asks on every
   * keystroke, about every item of the meeting */
  gboolean derived_valid;
  gsize derived_revision;
  char **translation_languages;   /* sorted; NULL when none */
  MinutesDiscussionEntry *open_adjournment;   /* in the discussion while the revision holds */
};

G_DEFINE_FINAL_TYPE (MinutesAgendaItem, minutes_agenda_item, MINUTES_TYPE_NODE)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER_LABEL,
  PROP_UNNUMBERED,
  PROP_TITLE,
  PROP_STANDING,
  PROP_EXEMPT,
  PROP_EXEMPTION_GROUND,
  PROP_AGENDA_TEXT,
  PROP_PUBLICATION_NOTE,
  PROP_CHAIR,
  PROP_INTRODUCTION,
  PROP_DECISION,
  PROP_MINUTES_TRUNCATED,
  PROP_RECOMMENDATION,
  PROP_NUMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void notify_point_numbers (MinutesAgendaItem *self,
                                  guint              from);

static void
discussion_changed_cb (GListModel        *model,
                       guint              position,
                       guint              removed,
                       guint              added,
                       MinutesAgendaItem *self)
{
  notify_point_numbers (self, position);
}

static void
minutes_agenda_item_finalize (GObject *object)
{
  MinutesAgendaItem *self = (MinutesAgendaItem *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->number_label, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->exemption_ground, g_free);
  g_clear_pointer (&self->agenda_text, g_free);
  g_clear_pointer (&self->publication_note, g_free);
  g_clear_object (&self->chair);
  g_clear_pointer (&self->introduction, g_free);
  g_clear_pointer (&self->decision, g_free);
  g_clear_pointer (&self->recommendation, g_free);
  g_clear_object (&self->attachments);
  g_clear_object (&self->witnesses);
  g_clear_object (&self->discussion);
  g_clear_object (&self->actions);
  g_clear_object (&self->motions);
  g_clear_object (&self->resolutions);
  g_clear_pointer (&self->translation_languages, g_strfreev);

  G_OBJECT_CLASS (minutes_agenda_item_parent_class)->finalize (object);
}

static void
minutes_agenda_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MinutesAgendaItem *self = MINUTES_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NUMBER_LABEL:
      g_value_set_string (value, self->number_label);
      break;

    case PROP_UNNUMBERED:
      g_value_set_boolean (value, self->unnumbered);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_STANDING:
      g_value_set_enum (value, self->standing);
      break;

    case PROP_EXEMPT:
      g_value_set_boolean (value, self->exempt);
      break;

    case PROP_EXEMPTION_GROUND:
      g_value_set_string (value, self->exemption_ground);
      break;

    case PROP_AGENDA_TEXT:
      g_value_set_string (value, self->agenda_text);
      break;

    case PROP_PUBLICATION_NOTE:
      g_value_set_string (value, self->publication_note);
      break;

    case PROP_CHAIR:
      g_value_set_object (value, self->chair);
      break;

    case PROP_INTRODUCTION:
      g_value_set_string (value, self->introduction);
      break;

    case PROP_DECISION:
      g_value_set_string (value, self->decision);
      break;

    case PROP_RECOMMENDATION:
      g_value_set_string (value, self->recommendation);
      break;

    case PROP_MINUTES_TRUNCATED:
      g_value_set_boolean (value, self->minutes_truncated);
      break;

    case PROP_NUMBER:
      g_value_take_string (value, minutes_agenda_item_dup_number (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_agenda_item_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MinutesAgendaItem *self = MINUTES_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      minutes_agenda_item_set_id (self, g_value_get_string (value));
      break;

    case PROP_NUMBER_LABEL:
      minutes_agenda_item_set_number_label (self, g_value_get_string (value));
      break;

    case PROP_UNNUMBERED:
      minutes_agenda_item_set_unnumbered (self, g_value_get_boolean (value));
      break;

    case PROP_TITLE:
      minutes_agenda_item_set_title (self, g_value_get_string (value));
      break;

    case PROP_STANDING:
      minutes_agenda_item_set_standing (self, g_value_get_enum (value));
      break;

    case PROP_EXEMPT:
      minutes_agenda_item_set_exempt (self, g_value_get_boolean (value));
      break;

    case PROP_EXEMPTION_GROUND:
      minutes_agenda_item_set_exemption_ground (self, g_value_get_string (value));
      break;

    case PROP_AGENDA_TEXT:
      minutes_agenda_item_set_agenda_text (self, g_value_get_string (value));
      break;

    case PROP_PUBLICATION_NOTE:
      minutes_agenda_item_set_publication_note (self, g_value_get_string (value));
      break;

    case PROP_CHAIR:
      minutes_agenda_item_set_chair (self, g_value_get_object (value));
      break;

    case PROP_INTRODUCTION:
      minutes_agenda_item_set_introduction (self, g_value_get_string (value));
      break;

    case PROP_DECISION:
      minutes_agenda_item_set_decision (self, g_value_get_string (value));
      break;

    case PROP_RECOMMENDATION:
      minutes_agenda_item_set_recommendation (self, g_value_get_string (value));
      break;

    case PROP_MINUTES_TRUNCATED:
      minutes_agenda_item_set_minutes_truncated (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_agenda_item_class_init (MinutesAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_agenda_item_finalize;
  object_class->get_property = minutes_agenda_item_get_property;
  object_class->set_property = minutes_agenda_item_set_property;

  /* Unique within the meeting; the file refers to items by it. */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The number as printed when it is not the position ("3a", "PLA146/14"). */
  properties[PROP_NUMBER_LABEL] =
    g_param_spec_string ("number-label", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The item carries no number ("Commencement of Meeting"). */
  properties[PROP_UNNUMBERED] =
    g_param_spec_boolean ("unnumbered", NULL, NULL,
                              FALSE,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STANDING] =
    g_param_spec_enum ("standing", NULL, NULL,
                           MINUTES_TYPE_STANDING,
                           MINUTES_STANDING_NONE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Confidential: the public were excluded. */
  properties[PROP_EXEMPT] =
    g_param_spec_boolean ("exempt", NULL, NULL,
                              FALSE,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EXEMPTION_GROUND] =
    g_param_spec_string ("exemption-ground", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AGENDA_TEXT] =
    g_param_spec_string ("agenda-text", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* "To follow on 8 March due to pre-election rules on publicity." */
  properties[PROP_PUBLICATION_NOTE] =
    g_param_spec_string ("publication-note", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Who was in the chair for this item, when not the meeting's Chair. */
  properties[PROP_CHAIR] =
    g_param_spec_object ("chair", NULL, NULL,
                             MINUTES_TYPE_PERSON,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_INTRODUCTION] =
    g_param_spec_string ("introduction", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Decision summary as published on the decisions page. */
  properties[PROP_DECISION] =
    g_param_spec_string ("decision", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The officers' recommendation on the item (a planning application:
   * "Grant permission subject to conditions"). */
  properties[PROP_RECOMMENDATION] =
    g_param_spec_string ("recommendation", NULL, NULL,
                             NULL,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The source cut the minutes text short (imports from web pages). */
  properties[PROP_MINUTES_TRUNCATED] =
    g_param_spec_boolean ("minutes-truncated", NULL, NULL,
                              FALSE,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The number as printed: the label, or the position among numbered items. Never stored. */
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL,
                             NULL,
                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
minutes_agenda_item_init (MinutesAgendaItem *self)
{
  self->attachments = g_list_store_new (MINUTES_TYPE_ATTACHMENT);
  _minutes_node_adopt_list (MINUTES_NODE (self), self->attachments);
  self->witnesses = g_list_store_new (MINUTES_TYPE_PERSON);
  _minutes_node_own_list (MINUTES_NODE (self), self->witnesses);
  self->discussion = g_list_store_new (MINUTES_TYPE_DISCUSSION_ENTRY);
  _minutes_node_adopt_list (MINUTES_NODE (self), self->discussion);
  self->actions = g_list_store_new (MINUTES_TYPE_ACTION);
  _minutes_node_adopt_list (MINUTES_NODE (self), self->actions);
  self->motions = g_list_store_new (MINUTES_TYPE_MOTION);
  _minutes_node_adopt_list (MINUTES_NODE (self), self->motions);
  self->resolutions = g_list_store_new (MINUTES_TYPE_RESOLUTION);
  _minutes_node_adopt_list (MINUTES_NODE (self), self->resolutions);
  g_signal_connect_object (self->discussion, "items-changed",
                           G_CALLBACK (discussion_changed_cb), self,
                           G_CONNECT_AFTER);
}

MinutesAgendaItem *
minutes_agenda_item_new (void)
{
  return g_object_new (MINUTES_TYPE_AGENDA_ITEM, NULL);
}

const char *
minutes_agenda_item_get_id (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return self->id;
}

void
minutes_agenda_item_set_id (MinutesAgendaItem *self,
                           const char        *id)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));

  _minutes_set_string (G_OBJECT (self), &self->id, id, properties[PROP_ID]);
}

const char *
minutes_agenda_item_get_number_label (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return self->number_label;
}

void
minutes_agenda_item_set_number_label (MinutesAgendaItem *self,
                                     const char        *number_label)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));

  _minutes_set_string (G_OBJECT (self), &self->number_label, number_label, properties[PROP_NUMBER_LABEL]);
}

gboolean
minutes_agenda_item_get_unnumbered (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);

  return self->unnumbered;
}

void
minutes_agenda_item_set_unnumbered (MinutesAgendaItem *self,
                                   gboolean           unnumbered)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));

  unnumbered = !!unnumbered;

  if (self->unnumbered == unnumbered)
    return;

  self->unnumbered = unnumbered;
  if (minutes_agenda_item_get_meeting (self) != NULL)
    _minutes_meeting_renumber_from (minutes_agenda_item_get_meeting (self), self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNNUMBERED]);
}

const char *
minutes_agenda_item_get_title (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return self->title;
}

void
minutes_agenda_item_set_title (MinutesAgendaItem *self,
                              const char        *title)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));

  _minutes_set_string (G_OBJECT (self), &self->title, title, properties[PROP_TITLE]);
}

MinutesStanding
minutes_agenda_item_get_standing (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), MINUTES_STANDING_NONE);

  return self->standing;
}

void
minutes_agenda_item_set_standing (MinutesAgendaItem *self,
                                 MinutesStanding    standing)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));

  if (self->standing == standing)
    return;

  self->standing = standing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STANDING]);
}

gboolean
minutes_agenda_item_get_exempt (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);

  return self->exempt;
}

void
minutes_agenda_item_set_exempt (MinutesAgendaItem *self,
                               gboolean           exempt)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));

  exempt = !!exempt;

  if (self->exempt == exempt)
    return;

  self->exempt = exempt;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXEMPT]);
}

const char *
minutes_agenda_item_get_exemption_ground (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return self->exemption_ground;
}

void
minutes_agenda_item_set_exemption_ground (MinutesAgendaItem *self,
                                         const char        *exemption_ground)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));

  _minutes_set_string (G_OBJECT (self), &self->exemption_ground, exemption_ground, properties[PROP_EXEMPTION_GROUND]);
}

const char *
minutes_agenda_item_get_agenda_text (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return self->agenda_text;
}

void
minutes_agenda_item_set_agenda_text (MinutesAgendaItem *self,
                                    const char        *agenda_text)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));

  _minutes_set_string (G_OBJECT (self), &self->agenda_text, agenda_text, properties[PROP_AGENDA_TEXT]);
}

const char *
minutes_agenda_item_get_publication_note (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return self->publication_note;
}

void
minutes_agenda_item_set_publication_note (MinutesAgendaItem *self,
                                         const char        *publication_note)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));

  _minutes_set_string (G_OBJECT (self), &self->publication_note, publication_note, properties[PROP_PUBLICATION_NOTE]);
}

MinutesPerson *
minutes_agenda_item_get_chair (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return self->chair;
}

void
minutes_agenda_item_set_chair (MinutesAgendaItem *self,
                              MinutesPerson     *chair)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));
  g_return_if_fail (chair == NULL || MINUTES_IS_PERSON (chair));

  _minutes_set_object (G_OBJECT (self), (gpointer *) &self->chair, chair, properties[PROP_CHAIR]);
}

const char *
minutes_agenda_item_get_introduction (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return self->introduction;
}

void
minutes_agenda_item_set_introduction (MinutesAgendaItem *self,
                                     const char        *introduction)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));

  _minutes_set_string (G_OBJECT (self), &self->introduction, introduction, properties[PROP_INTRODUCTION]);
}

const char *
minutes_agenda_item_get_decision (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return self->decision;
}

void
minutes_agenda_item_set_decision (MinutesAgendaItem *self,
                                 const char        *decision)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));

  _minutes_set_string (G_OBJECT (self), &self->decision, decision, properties[PROP_DECISION]);
}

const char *
minutes_agenda_item_get_recommendation (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return self->recommendation;
}

void
minutes_agenda_item_set_recommendation (MinutesAgendaItem *self,
                                        const char        *recommendation)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));

  _minutes_set_string (G_OBJECT (self), &self->recommendation, recommendation, properties[PROP_RECOMMENDATION]);
}

gboolean
minutes_agenda_item_get_minutes_truncated (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);

  return self->minutes_truncated;
}

void
minutes_agenda_item_set_minutes_truncated (MinutesAgendaItem *self,
                                          gboolean           minutes_truncated)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));

  minutes_truncated = !!minutes_truncated;

  if (self->minutes_truncated == minutes_truncated)
    return;

  self->minutes_truncated = minutes_truncated;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINUTES_TRUNCATED]);
}

GListModel *
minutes_agenda_item_get_attachments (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return G_LIST_MODEL (self->attachments);
}

void
minutes_agenda_item_insert_attachment (MinutesAgendaItem *self,
                                       guint              position,
                                       MinutesAttachment *attachment)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));
  g_return_if_fail (MINUTES_IS_ATTACHMENT (attachment));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->attachments)));
  g_list_store_insert (self->attachments, position, attachment);
}

void
minutes_agenda_item_append_attachment (MinutesAgendaItem *self,
                                       MinutesAttachment *attachment)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));
  g_return_if_fail (MINUTES_IS_ATTACHMENT (attachment));

  g_list_store_append (self->attachments, attachment);
}

gboolean
minutes_agenda_item_remove_attachment (MinutesAgendaItem *self,
                                       MinutesAttachment *attachment)
{
  guint position;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_ATTACHMENT (attachment), FALSE);

  if (!g_list_store_find (self->attachments, attachment, &position))
    return FALSE;

  _minutes_node_set_parent (MINUTES_NODE (attachment), NULL);
  g_list_store_remove (self->attachments, position);

  return TRUE;
}

/* Moves by taking the object out and putting the same object back, so
 * references to it stay valid. */
gboolean
minutes_agenda_item_move_attachment (MinutesAgendaItem *self,
                                     MinutesAttachment *attachment,
                                     guint              position)
{
  g_autoptr(MinutesAttachment) keep = NULL;
  guint old_position;
  guint n_items;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_ATTACHMENT (attachment), FALSE);

  if (!g_list_store_find (self->attachments, attachment, &old_position))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->attachments));
  position = MIN (position, n_items - 1);
  if (position == old_position)
    return TRUE;

  keep = g_object_ref (attachment);
  g_list_store_remove (self->attachments, old_position);
  g_list_store_insert (self->attachments, position, keep);

  return TRUE;
}

GListModel *
minutes_agenda_item_get_witnesses (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return G_LIST_MODEL (self->witnesses);
}

void
minutes_agenda_item_insert_witness (MinutesAgendaItem *self,
                                    guint              position,
                                    MinutesPerson     *witness)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));
  g_return_if_fail (MINUTES_IS_PERSON (witness));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->witnesses)));
  g_list_store_insert (self->witnesses, position, witness);
}

void
minutes_agenda_item_append_witness (MinutesAgendaItem *self,
                                    MinutesPerson     *witness)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));
  g_return_if_fail (MINUTES_IS_PERSON (witness));

  g_list_store_append (self->witnesses, witness);
}

gboolean
minutes_agenda_item_remove_witness (MinutesAgendaItem *self,
                                    MinutesPerson     *witness)
{
  guint position;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_PERSON (witness), FALSE);

  if (!g_list_store_find (self->witnesses, witness, &position))
    return FALSE;

  g_list_store_remove (self->witnesses, position);

  return TRUE;
}

/* Moves by taking the object out and putting the same object back, so
 * references to it stay valid. */
gboolean
minutes_agenda_item_move_witness (MinutesAgendaItem *self,
                                  MinutesPerson     *witness,
                                  guint              position)
{
  g_autoptr(MinutesPerson) keep = NULL;
  guint old_position;
  guint n_items;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_PERSON (witness), FALSE);

  if (!g_list_store_find (self->witnesses, witness, &old_position))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->witnesses));
  position = MIN (position, n_items - 1);
  if (position == old_position)
    return TRUE;

  keep = g_object_ref (witness);
  g_list_store_remove (self->witnesses, old_position);
  g_list_store_insert (self->witnesses, position, keep);

  return TRUE;
}

GListModel *
minutes_agenda_item_get_discussion (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return G_LIST_MODEL (self->discussion);
}

void
minutes_agenda_item_insert_entry (MinutesAgendaItem      *self,
                                  guint                   position,
                                  MinutesDiscussionEntry *entry)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));
  g_return_if_fail (MINUTES_IS_DISCUSSION_ENTRY (entry));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->discussion)));
  g_list_store_insert (self->discussion, position, entry);
}

void
minutes_agenda_item_append_entry (MinutesAgendaItem      *self,
                                  MinutesDiscussionEntry *entry)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));
  g_return_if_fail (MINUTES_IS_DISCUSSION_ENTRY (entry));

  g_list_store_append (self->discussion, entry);
}

gboolean
minutes_agenda_item_remove_entry (MinutesAgendaItem      *self,
                                  MinutesDiscussionEntry *entry)
{
  guint position;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_DISCUSSION_ENTRY (entry), FALSE);

  if (!g_list_store_find (self->discussion, entry, &position))
    return FALSE;

  _minutes_node_set_parent (MINUTES_NODE (entry), NULL);
  g_list_store_remove (self->discussion, position);

  return TRUE;
}

/* Moves by taking the object out and putting the same object back, so
 * references to it stay valid. */
gboolean
minutes_agenda_item_move_entry (MinutesAgendaItem      *self,
                                MinutesDiscussionEntry *entry,
                                guint                   position)
{
  g_autoptr(MinutesDiscussionEntry) keep = NULL;
  guint old_position;
  guint n_items;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_DISCUSSION_ENTRY (entry), FALSE);

  if (!g_list_store_find (self->discussion, entry, &old_position))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->discussion));
  position = MIN (position, n_items - 1);
  if (position == old_position)
    return TRUE;

  keep = g_object_ref (entry);
  g_list_store_remove (self->discussion, old_position);
  g_list_store_insert (self->discussion, position, keep);

  return TRUE;
}

GListModel *
minutes_agenda_item_get_actions (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return G_LIST_MODEL (self->actions);
}

void
minutes_agenda_item_insert_action (MinutesAgendaItem *self,
                                   guint              position,
                                   MinutesAction     *action)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));
  g_return_if_fail (MINUTES_IS_ACTION (action));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->actions)));
  g_list_store_insert (self->actions, position, action);
}

void
minutes_agenda_item_append_action (MinutesAgendaItem *self,
                                   MinutesAction     *action)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));
  g_return_if_fail (MINUTES_IS_ACTION (action));

  g_list_store_append (self->actions, action);
}

gboolean
minutes_agenda_item_remove_action (MinutesAgendaItem *self,
                                   MinutesAction     *action)
{
  guint position;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_ACTION (action), FALSE);

  if (!g_list_store_find (self->actions, action, &position))
    return FALSE;

  _minutes_node_set_parent (MINUTES_NODE (action), NULL);
  g_list_store_remove (self->actions, position);

  return TRUE;
}

/* Moves by taking the object out and putting the same object back, so
 * references to it stay valid. */
gboolean
minutes_agenda_item_move_action (MinutesAgendaItem *self,
                                 MinutesAction     *action,
                                 guint              position)
{
  g_autoptr(MinutesAction) keep = NULL;
  guint old_position;
  guint n_items;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_ACTION (action), FALSE);

  if (!g_list_store_find (self->actions, action, &old_position))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->actions));
  position = MIN (position, n_items - 1);
  if (position == old_position)
    return TRUE;

  keep = g_object_ref (action);
  g_list_store_remove (self->actions, old_position);
  g_list_store_insert (self->actions, position, keep);

  return TRUE;
}

GListModel *
minutes_agenda_item_get_motions (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return G_LIST_MODEL (self->motions);
}

void
minutes_agenda_item_insert_motion (MinutesAgendaItem *self,
                                   guint              position,
                                   MinutesMotion     *motion)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));
  g_return_if_fail (MINUTES_IS_MOTION (motion));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->motions)));
  g_list_store_insert (self->motions, position, motion);
}

void
minutes_agenda_item_append_motion (MinutesAgendaItem *self,
                                   MinutesMotion     *motion)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));
  g_return_if_fail (MINUTES_IS_MOTION (motion));

  g_list_store_append (self->motions, motion);
}

gboolean
minutes_agenda_item_remove_motion (MinutesAgendaItem *self,
                                   MinutesMotion     *motion)
{
  guint position;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_MOTION (motion), FALSE);

  if (!g_list_store_find (self->motions, motion, &position))
    return FALSE;

  _minutes_node_set_parent (MINUTES_NODE (motion), NULL);
  g_list_store_remove (self->motions, position);

  return TRUE;
}

/* Moves by taking the object out and putting the same object back, so
 * references to it stay valid. */
gboolean
minutes_agenda_item_move_motion (MinutesAgendaItem *self,
                                 MinutesMotion     *motion,
                                 guint              position)
{
  g_autoptr(MinutesMotion) keep = NULL;
  guint old_position;
  guint n_items;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_MOTION (motion), FALSE);

  if (!g_list_store_find (self->motions, motion, &old_position))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->motions));
  position = MIN (position, n_items - 1);
  if (position == old_position)
    return TRUE;

  keep = g_object_ref (motion);
  g_list_store_remove (self->motions, old_position);
  g_list_store_insert (self->motions, position, keep);

  return TRUE;
}

GListModel *
minutes_agenda_item_get_resolutions (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  return G_LIST_MODEL (self->resolutions);
}

void
minutes_agenda_item_insert_resolution (MinutesAgendaItem *self,
                                       guint              position,
                                       MinutesResolution *resolution)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));
  g_return_if_fail (MINUTES_IS_RESOLUTION (resolution));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->resolutions)));
  g_list_store_insert (self->resolutions, position, resolution);
}

void
minutes_agenda_item_append_resolution (MinutesAgendaItem *self,
                                       MinutesResolution *resolution)
{
  g_return_if_fail (MINUTES_IS_AGENDA_ITEM (self));
  g_return_if_fail (MINUTES_IS_RESOLUTION (resolution));

  g_list_store_append (self->resolutions, resolution);
}

gboolean
minutes_agenda_item_remove_resolution (MinutesAgendaItem *self,
                                       MinutesResolution *resolution)
{
  guint position;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_RESOLUTION (resolution), FALSE);

  if (!g_list_store_find (self->resolutions, resolution, &position))
    return FALSE;

  _minutes_node_set_parent (MINUTES_NODE (resolution), NULL);
  g_list_store_remove (self->resolutions, position);

  return TRUE;
}

/* Moves by taking the object out and putting the same object back, so
 * references to it stay valid. */
gboolean
minutes_agenda_item_move_resolution (MinutesAgendaItem *self,
                                     MinutesResolution *resolution,
                                     guint              position)
{
  g_autoptr(MinutesResolution) keep = NULL;
  guint old_position;
  guint n_items;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (MINUTES_IS_RESOLUTION (resolution), FALSE);

  if (!g_list_store_find (self->resolutions, resolution, &old_position))
    return FALSE;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->resolutions));
  position = MIN (position, n_items - 1);
  if (position == old_position)
    return TRUE;

  keep = g_object_ref (resolution);
  g_list_store_remove (self->resolutions, old_position);
  g_list_store_insert (self->resolutions, position, keep);

  return TRUE;
}

MinutesMeeting *
minutes_agenda_item_get_meeting (MinutesAgendaItem *self)
{
  MinutesNode *parent;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  parent = minutes_node_get_parent (MINUTES_NODE (self));

  return MINUTES_IS_MEETING (parent) ? MINUTES_MEETING (parent) : NULL;
}

/* The number as printed: the label when the clerk gave one, nothing for an
 * unnumbered item, else the position among the numbered items. */
char *
minutes_agenda_item_dup_number (MinutesAgendaItem *self)
{
  MinutesMeeting *meeting;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  if (self->unnumbered)
    return NULL;

  if (self->number_label != NULL)
    return g_strdup (self->number_label);

  meeting = minutes_agenda_item_get_meeting (self);
  if (meeting == NULL || self->ordinal == 0)
    return NULL;

  return g_strdup_printf ("%u", self->ordinal);
}

guint
minutes_agenda_item_get_n_points (MinutesAgendaItem *self)
{
  GListModel *discussion;
  guint n_points = 0;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), 0);

  discussion = G_LIST_MODEL (self->discussion);
  for (guint i = 0; i < g_list_model_get_n_items (discussion); i++)
    {
      g_autoptr(MinutesDiscussionEntry) entry = g_list_model_get_item (discussion, i);

      if (minutes_discussion_entry_get_entry_type (entry) == MINUTES_ENTRY_POINT)
        n_points++;
    }

  return n_points;
}

static void
add_translation_languages (GPtrArray   *languages,
                           MinutesNode *node)
{
  g_auto(GStrv) held = minutes_node_dup_translation_languages (node);

  for (guint i = 0; held != NULL && held[i] != NULL; i++)
    {
      if (!g_ptr_array_find_with_equal_func (languages, held[i], g_str_equal, NULL))
        g_ptr_array_add (languages, g_steal_pointer (&held[i]));
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Walks the item once for all that is derived from it, unless nothing in
 * it changed since the last walk */
static void
update_derived (MinutesAgendaItem *self)
{
  gsize revision = _minutes_node_get_revision (MINUTES_NODE (self));
  GListModel *lists[] = {
    G_LIST_MODEL (self->discussion),
    G_LIST_MODEL (self->actions),
    G_LIST_MODEL (self->resolutions),
  };
  g_autoptr(GPtrArray) languages = NULL;

  if (self->derived_valid && self->derived_revision == revision)
    return;

  languages = g_ptr_array_new_with_free_func (g_free);
  self->open_adjournment = NULL;
  add_translation_languages (languages, MINUTES_NODE (self));
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n = g_list_model_get_n_items (lists[l]);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(MinutesNode) node = g_list_model_get_item (lists[l], i);

          add_translation_languages (languages, node);
          if (MINUTES_IS_DISCUSSION_ENTRY (node) && self->open_adjournment == NULL)
            {
              MinutesDiscussionEntry *entry = MINUTES_DISCUSSION_ENTRY (node);

              if (minutes_discussion_entry_get_entry_type (entry) == MINUTES_ENTRY_PROCEDURAL &&
                  minutes_discussion_entry_get_procedure (entry) == MINUTES_PROCEDURE_ADJOURNMENT &&
                  minutes_discussion_entry_get_to (entry) < 0)
                self->open_adjournment = entry;
            }
        }
    }

  g_clear_pointer (&self->translation_languages, g_strfreev);
  if (languages->len > 0)
    {
      g_ptr_array_sort (languages, compare_strings);
      g_ptr_array_add (languages, NULL);
      self->translation_languages = (char **) g_ptr_array_free (g_steal_pointer (&languages), FALSE);
    }
  self->derived_revision = revision;
  self->derived_valid = TRUE;
}

/**
 * minutes_agenda_item_dup_translation_languages:
 * @self: a #MinutesAgendaItem
 *
 * The languages the item, its key points, actions or resolutions hold
 * translations in.
 *
 * Returns: (transfer full) (nullable): the language tags, sorted, or %NULL
 *   when there is no translation in the item
 */
char **
minutes_agenda_item_dup_translation_languages (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  update_derived (self);

  return g_strdupv (self->translation_languages);
}

/**
 * minutes_agenda_item_get_open_adjournment:
 * @self: a #MinutesAgendaItem
 *
 * Finds the adjournment in the item's discussion that has not ended yet
 * (no time it resumed).
 *
 * Returns: (transfer none) (nullable): the procedural entry, or %NULL
 */
MinutesDiscussionEntry *
minutes_agenda_item_get_open_adjournment (MinutesAgendaItem *self)
{
  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (self), NULL);

  update_derived (self);

  return self->open_adjournment;
}

static void
notify_point_numbers (MinutesAgendaItem *self,
                      guint              from)
{
  GListModel *discussion = G_LIST_MODEL (self->discussion);
  static GParamSpec *number;

  /* Not g_object_notify (): looking the property up by name for every key
   * point was a noticeable part of loading a long meeting */
  for (guint i = from; i < g_list_model_get_n_items (discussion); i++)
    {
      g_autoptr(MinutesDiscussionEntry) entry = g_list_model_get_item (discussion, i);

      if (g_once_init_enter (&number))
        g_once_init_leave (&number, g_object_class_find_property (G_OBJECT_GET_CLASS (entry), "number"));
      g_object_notify_by_pspec (G_OBJECT (entry), number);
    }
}

/* The meeting counts its items as they change, so that an item's number
 * costs nothing to ask for */
guint
_minutes_agenda_item_count (MinutesAgendaItem *self,
                            guint              before)
{
  self->ordinal = self->unnumbered ? before : before + 1;

  return self->ordinal;
}

guint
_minutes_agenda_item_get_ordinal (MinutesAgendaItem *self)
{
  return self->ordinal;
}

/* The item's number may have changed (it moved, or one before it did): so
 * have the numbers of all its key points. */
void
_minutes_agenda_item_renumber (MinutesAgendaItem *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
  notify_point_numbers (self, 0);
}
