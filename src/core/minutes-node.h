/* minutes-node.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MINUTES_TYPE_NODE (minutes_node_get_type ())

G_DECLARE_DERIVABLE_TYPE (MinutesNode, minutes_node, MINUTES, NODE, GObject)

/* Base of every object in a meeting's tree. A node knows its parent (weakly),
 * and every property change of a node, and every change of a list it owns,
 * bubbles up to the meeting as its "changed" signal, so that autosave, the
 * preview and validation follow every edit without watching each object. */
struct _MinutesNodeClass
{
  GObjectClass parent_class;
};

MinutesNode *minutes_node_get_parent      (MinutesNode *self);
GVariant    *minutes_node_get_translations (MinutesNode *self);
char       **minutes_node_dup_translation_languages (MinutesNode *self);
const char  *minutes_node_get_translation (MinutesNode *self,
                                           const char  *language,
                                           const char  *field);
void         minutes_node_set_translation (MinutesNode *self,
                                           const char  *language,
                                           const char  *field,
                                           const char  *text);

G_END_DECLS
