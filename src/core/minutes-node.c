/* minutes-node.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-model-private.h"
#include "minutes-node-private.h"

typedef struct
{
  MinutesNode *parent; /* weak: parents own their children */
  /* The lists the node registered, in order; no node has more than a few,
   * and a meeting can have a great many nodes, so they are kept inline. */
  MinutesNodeList lists[MINUTES_NODE_MAX_LISTS];
  guint n_lists;
} MinutesNodePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (MinutesNode, minutes_node, G_TYPE_OBJECT)

static void
minutes_node_dispatch_properties_changed (GObject     *object,
                                          guint        n_pspecs,
                                          GParamSpec **pspecs)
{
  G_OBJECT_CLASS (minutes_node_parent_class)->dispatch_properties_changed (object, n_pspecs, pspecs);

  /* Derived values (numbers) are not edits. */
  for (guint i = 0; i < n_pspecs; i++)
    {
      if (pspecs[i]->flags & G_PARAM_WRITABLE)
        {
          _minutes_node_changed (MINUTES_NODE (object));
          return;
        }
    }
}

static void
minutes_node_finalize (GObject *object)
{
  MinutesNodePrivate *priv = minutes_node_get_instance_private (MINUTES_NODE (object));

  g_clear_weak_pointer (&priv->parent);

  G_OBJECT_CLASS (minutes_node_parent_class)->finalize (object);
}

static void
minutes_node_class_init (MinutesNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_node_finalize;
  object_class->dispatch_properties_changed = minutes_node_dispatch_properties_changed;
}

static void
minutes_node_init (MinutesNode *self)
{
}

MinutesNode *
minutes_node_get_parent (MinutesNode *self)
{
  MinutesNodePrivate *priv = minutes_node_get_instance_private (self);

  g_return_val_if_fail (MINUTES_IS_NODE (self), NULL);

  return priv->parent;
}

void
_minutes_node_set_parent (MinutesNode *self,
                          MinutesNode *parent)
{
  MinutesNodePrivate *priv = minutes_node_get_instance_private (self);

  g_set_weak_pointer (&priv->parent, parent);
}

void
_minutes_node_changed (MinutesNode *self)
{
  MinutesNode *node = self;

  /* Walk to the root; only a meeting has a "changed" signal. */
  while (node != NULL)
    {
      MinutesNodePrivate *priv = minutes_node_get_instance_private (node);

      if (MINUTES_IS_MEETING (node))
        {
          _minutes_meeting_emit_changed (MINUTES_MEETING (node));
          return;
        }
      node = priv->parent;
    }
}

static void
list_items_changed_cb (GListModel  *model,
                       guint        position,
                       guint        removed,
                       guint        added,
                       MinutesNode *self)
{
  _minutes_node_changed (self);
}

static void
adopt_items_changed_cb (GListModel  *model,
                        guint        position,
                        guint        removed,
                        guint        added,
                        MinutesNode *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(MinutesNode) child = g_list_model_get_item (model, i);

      _minutes_node_set_parent (child, self);
    }
}

/* A list of references (witnesses, voters): changes bubble up, the items keep
 * their own parents. */
void
_minutes_node_own_list (MinutesNode *self,
                        GListStore  *store)
{
  MinutesNodePrivate *priv = minutes_node_get_instance_private (self);

  g_signal_connect_object (store, "items-changed",
                           G_CALLBACK (list_items_changed_cb), self,
                           G_CONNECT_AFTER);

  g_return_if_fail (priv->n_lists < MINUTES_NODE_MAX_LISTS);
  priv->lists[priv->n_lists].store = store;
  priv->lists[priv->n_lists].children = FALSE;
  priv->n_lists++;
}

/* A list of children (items, points, actions): the node becomes their parent
 * as they are inserted; the API that removes a child clears it. */
void
_minutes_node_adopt_list (MinutesNode *self,
                          GListStore  *store)
{
  MinutesNodePrivate *priv = minutes_node_get_instance_private (self);

  g_signal_connect_object (store, "items-changed",
                           G_CALLBACK (adopt_items_changed_cb), self,
                           G_CONNECT_DEFAULT);
  _minutes_node_own_list (self, store);

  priv->lists[priv->n_lists - 1].children = TRUE;
}

/* Every list the node registered, so that code watching the whole tree (the
 * undo stack) reaches every edit without knowing each type. */
const MinutesNodeList *
_minutes_node_get_lists (MinutesNode *self,
                         guint       *n_lists)
{
  MinutesNodePrivate *priv = minutes_node_get_instance_private (self);

  *n_lists = priv->n_lists;

  return priv->lists;
}

gboolean
_minutes_set_string (GObject     *object,
                     char       **field,
                     const char  *value,
                     GParamSpec  *pspec)
{
  /* An empty string and no string are the same thing to a clerk. */
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);

  return TRUE;
}

gboolean
_minutes_set_object (GObject    *object,
                     gpointer   *field,
                     gpointer    value,
                     GParamSpec *pspec)
{
  if (!g_set_object ((GObject **) field, value))
    return FALSE;

  g_object_notify_by_pspec (object, pspec);

  return TRUE;
}

gboolean
_minutes_set_date (GObject     *object,
                   GDate      **field,
                   const GDate *value,
                   GParamSpec  *pspec)
{
  if (value != NULL && !g_date_valid (value))
    value = NULL;

  if (*field == NULL && value == NULL)
    return FALSE;

  if (*field != NULL && value != NULL && g_date_compare (*field, value) == 0)
    return FALSE;

  g_clear_pointer (field, g_date_free);
  if (value != NULL)
    *field = g_date_copy (value);
  g_object_notify_by_pspec (object, pspec);

  return TRUE;
}

gboolean
_minutes_store_find (GListStore *store,
                     gpointer    item,
                     guint      *position)
{
  return g_list_store_find (store, item, position);
}
