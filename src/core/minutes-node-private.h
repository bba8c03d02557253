/* minutes-node-private.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-node.h"

G_BEGIN_DECLS

/* A list a node registered: its children (adopted) or references to nodes
 * that live elsewhere in the tree. The node owns the store. */
typedef struct
{
  GListStore *store;
  gboolean    children;
} MinutesNodeList;

/* An agenda item has the most lists: attachments, witnesses, discussion,
 * actions, motions, resolutions. */
#define MINUTES_NODE_MAX_LISTS 8

void      _minutes_node_set_parent     (MinutesNode  *self,
                                        MinutesNode  *parent);
void      _minutes_node_changed        (MinutesNode  *self);
gsize     _minutes_node_get_revision   (MinutesNode  *self);
void      _minutes_node_own_list       (MinutesNode  *self,
                                        GListStore   *store);
void      _minutes_node_adopt_list     (MinutesNode  *self,
                                        GListStore   *store);
const MinutesNodeList *
          _minutes_node_get_lists      (MinutesNode  *self,
                                        guint        *n_lists);
gboolean  _minutes_set_string          (GObject      *object,
                                        char        **field,
                                        const char   *value,
                                        GParamSpec   *pspec);
gboolean  _minutes_set_object          (GObject      *object,
                                        gpointer     *field,
                                        gpointer      value,
                                        GParamSpec   *pspec);
gboolean  _minutes_set_date            (GObject      *object,
                                        GDate       **field,
                                        const GDate  *value,
                                        GParamSpec   *pspec);
gboolean  _minutes_store_find          (GListStore   *store,
                                        gpointer      item,
                                        guint        *position);

/* Times of day are minutes since midnight, or -1 when not recorded. */
#define MINUTES_TIME_UNSET (-1)
#define MINUTES_TIME_MAX   (24 * 60 - 1)

/* TRUE for NULL, "", or only white space (Unicode spaces, no-break
 * spaces and byte-order marks included): text that prints as nothing. */
gboolean _minutes_text_is_blank (const char *text);

G_END_DECLS
