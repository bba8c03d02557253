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
  /* What the clerk typed in other languages than the meeting's: a{sa{ss}},
   * language → field → text, or NULL. One immutable value, so that the
   * undo stack records a change of it like any other property. */
  GVariant *translations;
  /* The stamp of the last change in the node or below it (see
   * _minutes_node_get_revision()) */
  gsize revision;
} MinutesNodePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (MinutesNode, minutes_node, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TRANSLATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
set_translations (MinutesNode *self,
                  GVariant    *translations)
{
  MinutesNodePrivate *priv = minutes_node_get_instance_private (self);
  /* Owned here whatever happens below: a floating value is never leaked. */
  g_autoptr(GVariant) owned = translations != NULL ? g_variant_ref_sink (translations) : NULL;

  if (owned != NULL && g_variant_n_children (owned) == 0)
    g_clear_pointer (&owned, g_variant_unref);

  if (priv->translations == owned ||
      (priv->translations != NULL && owned != NULL &&
       g_variant_equal (priv->translations, owned)))
    return FALSE;

  g_clear_pointer (&priv->translations, g_variant_unref);
  priv->translations = g_steal_pointer (&owned);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSLATIONS]);

  return TRUE;
}

static void
minutes_node_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MinutesNodePrivate *priv = minutes_node_get_instance_private (MINUTES_NODE (object));

  switch (prop_id)
    {
    case PROP_TRANSLATIONS:
      g_value_set_variant (value, priv->translations);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_node_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_TRANSLATIONS:
      set_translations (MINUTES_NODE (object), g_value_get_variant (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

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
  g_clear_pointer (&priv->translations, g_variant_unref);

  G_OBJECT_CLASS (minutes_node_parent_class)->finalize (object);
}

static void
minutes_node_class_init (MinutesNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = minutes_node_finalize;
  object_class->get_property = minutes_node_get_property;
  object_class->set_property = minutes_node_set_property;
  object_class->dispatch_properties_changed = minutes_node_dispatch_properties_changed;

  properties[PROP_TRANSLATIONS] =
    g_param_spec_variant ("translations", NULL, NULL,
                          G_VARIANT_TYPE ("a{sa{ss}}"), NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
minutes_node_init (MinutesNode *self)
{
}

/* The languages the node holds translations in, or NULL when it holds
 * none */
char **
minutes_node_dup_translation_languages (MinutesNode *self)
{
  MinutesNodePrivate *priv;
  GVariantIter iter;
  const char *language;
  GPtrArray *languages;

  g_return_val_if_fail (MINUTES_IS_NODE (self), NULL);

  priv = minutes_node_get_instance_private (self);
  if (priv->translations == NULL || g_variant_n_children (priv->translations) == 0)
    return NULL;

  languages = g_ptr_array_new ();
  g_variant_iter_init (&iter, priv->translations);
  while (g_variant_iter_next (&iter, "{&s@a{ss}}", &language, NULL))
    g_ptr_array_add (languages, g_strdup (language));
  g_ptr_array_add (languages, NULL);

  return (char **) g_ptr_array_free (languages, FALSE);
}

/* Every translation of the node: a{sa{ss}} (language → field → text), or
 * NULL when there is none. */
GVariant *
minutes_node_get_translations (MinutesNode *self)
{
  MinutesNodePrivate *priv = minutes_node_get_instance_private (self);

  g_return_val_if_fail (MINUTES_IS_NODE (self), NULL);

  return priv->translations;
}

/* The text of @field (a property name: "title", "text" …) in @language, or
 * NULL when the clerk gave none. */
const char *
minutes_node_get_translation (MinutesNode *self,
                              const char  *language,
                              const char  *field)
{
  MinutesNodePrivate *priv = minutes_node_get_instance_private (self);
  g_autoptr(GVariant) fields = NULL;
  g_autoptr(GVariant) text = NULL;

  g_return_val_if_fail (MINUTES_IS_NODE (self), NULL);
  g_return_val_if_fail (language != NULL && field != NULL, NULL);

  if (priv->translations == NULL)
    return NULL;

  fields = g_variant_lookup_value (priv->translations, language, G_VARIANT_TYPE ("a{ss}"));
  if (fields == NULL)
    return NULL;
  text = g_variant_lookup_value (fields, field, G_VARIANT_TYPE_STRING);
  if (text == NULL)
    return NULL;

  /* The string lives in priv->translations, which holds its children. */
  return g_variant_get_string (text, NULL);
}

/* Sets (or, with NULL or "", removes) the text of @field in @language: one
 * change of the "translations" property, which undo, autosave and the
 * preview follow. */
void
minutes_node_set_translation (MinutesNode *self,
                              const char  *language,
                              const char  *field,
                              const char  *text)
{
  MinutesNodePrivate *priv = minutes_node_get_instance_private (self);
  g_auto(GVariantBuilder) outer = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{sa{ss}}"));
  g_autoptr(GVariant) old_fields = NULL;
  GVariantBuilder inner;
  gboolean inner_empty = TRUE;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_return_if_fail (MINUTES_IS_NODE (self));
  g_return_if_fail (language != NULL && language[0] != '\0');
  g_return_if_fail (field != NULL && field[0] != '\0');

  if (text != NULL && text[0] == '\0')
    text = NULL;

  /* The other languages as they are. */
  if (priv->translations != NULL)
    {
      g_variant_iter_init (&iter, priv->translations);
      while (g_variant_iter_next (&iter, "{&s@a{ss}}", &key, &value))
        {
          if (g_str_equal (key, language))
            old_fields = g_variant_ref (value);
          else
            g_variant_builder_add (&outer, "{s@a{ss}}", key, value);
          g_variant_unref (value);
        }
    }

  /* This language, with the field replaced. */
  g_variant_builder_init (&inner, G_VARIANT_TYPE ("a{ss}"));
  if (old_fields != NULL)
    {
      const char *old_text;

      g_variant_iter_init (&iter, old_fields);
      while (g_variant_iter_next (&iter, "{&s&s}", &key, &old_text))
        {
          if (g_str_equal (key, field))
            continue;
          g_variant_builder_add (&inner, "{ss}", key, old_text);
          inner_empty = FALSE;
        }
    }
  if (text != NULL)
    {
      g_variant_builder_add (&inner, "{ss}", field, text);
      inner_empty = FALSE;
    }
  if (inner_empty)
    g_variant_builder_clear (&inner);
  else
    g_variant_builder_add (&outer, "{s@a{ss}}", language, g_variant_builder_end (&inner));

  set_translations (self, g_variant_builder_end (&outer));
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

/* Stamps come from one counter for every node, so that a stamp names one
 * change: nodes created later never reuse one. */
static gsize
next_stamp (void)
{
  static gsize last_stamp;

  return (gsize) g_atomic_pointer_add (&last_stamp, 1) + 1;
}

/* @own_property: a property of @self changed, rather than something in one
 * of its lists. Every node from @self to the meeting takes a new revision;
 * the meeting's shared revision changes too unless the change stays inside
 * one agenda item (its points, actions, resolutions …): then only what
 * shows that item needs doing again (the preview, the item's checks). An
 * item's own properties (its number, title, chair) are seen outside it. */
static void
node_changed (MinutesNode *self,
              gboolean     own_property)
{
  gsize stamp = next_stamp ();
  gboolean inside_item = FALSE;
  MinutesNode *node = self;

  while (node != NULL)
    {
      MinutesNodePrivate *priv = minutes_node_get_instance_private (node);

      priv->revision = stamp;
      if (MINUTES_IS_AGENDA_ITEM (node))
        inside_item = node != self || !own_property;

      /* Walk to the root; only a meeting has a "changed" signal. */
      if (MINUTES_IS_MEETING (node))
        {
          if (!inside_item)
            _minutes_meeting_set_shared_revision (MINUTES_MEETING (node), stamp);
          _minutes_meeting_emit_changed (MINUTES_MEETING (node));
          return;
        }
      node = priv->parent;
    }
}

void
_minutes_node_changed (MinutesNode *self)
{
  node_changed (self, TRUE);
}

/* The stamp of the last change in the node or anywhere below it, 0 if it
 * never changed since it was made: what a cache of anything made from
 * the node compares. */
gsize
_minutes_node_get_revision (MinutesNode *self)
{
  MinutesNodePrivate *priv = minutes_node_get_instance_private (self);

  return priv->revision;
}

static void
list_items_changed_cb (GListModel  *model,
                       guint        position,
                       guint        removed,
                       guint        added,
                       MinutesNode *self)
{
  node_changed (self, FALSE);
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

gboolean
_minutes_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0xFEFF && c != 0x00A0)
        return FALSE;
    }

  return TRUE;
}
