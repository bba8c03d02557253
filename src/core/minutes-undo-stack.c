/* minutes-undo-stack.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-undo-stack.h"
#include "minutes-model.h"
#include "minutes-node-private.h"

/* The undo stack watches the whole tree of a meeting instead of asking every
 * caller to describe its edits: it keeps a shadow copy of every writable
 * property of every node and of every list, and turns each "notify" and each
 * "items-changed" into an edit holding the old and the new state. So no edit
 * made through the model API can escape it, whichever code makes it, and a
 * compound edit (deleting a person clears every reference to them) is undone
 * completely, references included.
 *
 * Edits are collected into steps. Everything between begin_group () and
 * end_group () is one step. Outside a group, the edits made in one dispatch
 * of the main loop (one key press, one action) are one step: one call of the model API (moving an item is
 * a removal and an insertion; removing a person clears references too), or
 * one user action, is undone as a whole. Consecutive changes of the same text
 * property of the same object, each in its own iteration (typing), merge
 * into one step until close_step () or a pause longer than the merge
 * interval; so do those of one translated text of a node (one field in one
 * language of its "translations"). */

typedef enum
{
  EDIT_PROPERTY,
  EDIT_LIST,
} EditKind;

typedef struct
{
  EditKind kind;

  /* EDIT_PROPERTY */
  GObject *object;
  GParamSpec *pspec;
  GValue old_value;
  GValue new_value;

  /* EDIT_LIST: at position, "removed" were replaced by "added" */
  GListStore *store;
  gboolean children;
  guint position;
  GPtrArray *removed;
  GPtrArray *added;
} Edit;

typedef struct
{
  char *label;
  GPtrArray *edits;
  gint64 last_time;
  gboolean open;   /* still collecting the edits of this main loop iteration */
  gboolean closed; /* takes no more typing either */
} Step;

/* The properties of a type that are edits (see editable_properties ()) */
typedef struct
{
  GParamSpec **pspecs;
  guint n_pspecs;
} EditableProperties;

typedef struct
{
  MinutesUndoStack *stack;
  GObject *node;
  GParamSpec **pspecs;   /* owned by the stack's EditableProperties */
  guint n_pspecs;
  GValue *values;
  gulong handler;
} TrackedNode;

typedef struct
{
  MinutesUndoStack *stack;
  GListStore *store;
  gboolean children;
  GPtrArray *items;
  gulong handler;
} TrackedList;

struct _MinutesUndoStack
{
  GObject parent_instance;

  MinutesMeeting *meeting;
  GHashTable *nodes;  /* GObject* -> TrackedNode* */
  GHashTable *editable;  /* GType -> EditableProperties* */
  GHashTable *lists;  /* GListStore* -> TrackedList* */
  GPtrArray *undo;    /* of Step*, oldest first */
  GPtrArray *redo;    /* of Step*, next to redo last */
  Step *group;        /* the open group, or NULL */
  guint group_depth;
  guint merge_interval;
  guint seal_source;
  gboolean applying;
};

G_DEFINE_FINAL_TYPE (MinutesUndoStack, minutes_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MEETING,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void track_node (MinutesUndoStack *self,
                        MinutesNode      *node);

static void
edit_free (Edit *edit)
{
  g_clear_object (&edit->object);
  if (G_IS_VALUE (&edit->old_value))
    g_value_unset (&edit->old_value);
  if (G_IS_VALUE (&edit->new_value))
    g_value_unset (&edit->new_value);
  g_clear_object (&edit->store);
  g_clear_pointer (&edit->removed, g_ptr_array_unref);
  g_clear_pointer (&edit->added, g_ptr_array_unref);
  g_free (edit);
}

static Step *
step_new (const char *label)
{
  Step *step = g_new0 (Step, 1);

  step->label = g_strdup (label);
  step->edits = g_ptr_array_new_with_free_func ((GDestroyNotify) edit_free);

  return step;
}

static void
step_free (Step *step)
{
  g_free (step->label);
  g_ptr_array_unref (step->edits);
  g_free (step);
}

static void
tracked_node_free (TrackedNode *tracked)
{
  g_signal_handler_disconnect (tracked->node, tracked->handler);
  for (guint i = 0; i < tracked->n_pspecs; i++)
    g_value_unset (&tracked->values[i]);
  g_free (tracked->values);
  g_object_unref (tracked->node);
  g_free (tracked);
}

static void
tracked_list_free (TrackedList *tracked)
{
  g_signal_handler_disconnect (tracked->store, tracked->handler);
  g_ptr_array_unref (tracked->items);
  g_object_unref (tracked->store);
  g_free (tracked);
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;

  if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_DATE)
    {
      const GDate *da = g_value_get_boxed (a);
      const GDate *db = g_value_get_boxed (b);

      if (da == NULL || db == NULL)
        return da == db;
      return g_date_compare (da, db) == 0;
    }

  if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_VARIANT)
    {
      GVariant *va = g_value_get_variant (a);
      GVariant *vb = g_value_get_variant (b);

      if (va == NULL || vb == NULL)
        return va == vb;
      return g_variant_equal (va, vb);
    }

  return g_param_values_cmp (pspec, a, b) == 0;
}

static void
notify_emitted (MinutesUndoStack *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
seal (MinutesUndoStack *self)
{
  if (self->undo->len > 0)
    ((Step *) g_ptr_array_index (self->undo, self->undo->len - 1))->open = FALSE;
}

static gboolean
seal_cb (gpointer user_data)
{
  MinutesUndoStack *self = user_data;

  self->seal_source = 0;
  seal (self);

  return G_SOURCE_REMOVE;
}

/* Adds every text of TRANSLATIONS (a{sa{ss}}) to TEXTS, keyed by language
 * and field joined by a byte no tag or property name holds. */
static void
add_translated_texts (GHashTable *texts,
                      GVariant   *translations)
{
  GVariantIter languages;
  const char *language;
  GVariant *fields;

  if (translations == NULL)
    return;

  g_variant_iter_init (&languages, translations);
  while (g_variant_iter_next (&languages, "{&s@a{ss}}", &language, &fields))
    {
      GVariantIter iter;
      const char *field;
      const char *text;

      g_variant_iter_init (&iter, fields);
      while (g_variant_iter_next (&iter, "{&s&s}", &field, &text))
        g_hash_table_insert (texts, g_strconcat (language, "\x1f", field, NULL), g_strdup (text));
      g_variant_unref (fields);
    }
}

/* The one text (language and field) that differs between the translations
 * of EDIT before and after, or NULL when none or several do. */
static char *
dup_translated_text_changed (Edit *edit)
{
  g_autoptr(GHashTable) before = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) after = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *changed = NULL;
  GHashTable *sides[2][2] = { { before, after }, { after, before } };

  add_translated_texts (before, g_value_get_variant (&edit->old_value));
  add_translated_texts (after, g_value_get_variant (&edit->new_value));

  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      GHashTableIter iter;
      const char *key;
      const char *text;

      g_hash_table_iter_init (&iter, sides[s][0]);
      while (g_hash_table_iter_next (&iter, (gpointer *) &key, (gpointer *) &text))
        {
          if (g_strcmp0 (text, g_hash_table_lookup (sides[s][1], key)) == 0 ||
              g_strcmp0 (key, changed) == 0)
            continue;
          if (changed != NULL)
            return NULL;
          changed = g_strdup (key);
        }
    }

  return g_steal_pointer (&changed);
}

/* Whether EDIT continues the typing of PREVIOUS, an edit of the same
 * property of the same object: any text property, or the translations of a
 * node when both change the same field in the same language. */
static gboolean
continues_typing (Edit *previous,
                  Edit *edit)
{
  g_autofree char *typed = NULL;
  g_autofree char *typing = NULL;

  if (previous->kind != EDIT_PROPERTY ||
      previous->object != edit->object ||
      previous->pspec != edit->pspec)
    return FALSE;

  if (G_PARAM_SPEC_VALUE_TYPE (edit->pspec) == G_TYPE_STRING)
    return TRUE;

  if (!MINUTES_IS_NODE (edit->object) || !g_str_equal (edit->pspec->name, "translations"))
    return FALSE;

  typed = dup_translated_text_changed (previous);
  typing = dup_translated_text_changed (edit);

  return typed != NULL && g_strcmp0 (typed, typing) == 0;
}

static gboolean
try_merge (MinutesUndoStack *self,
           Edit             *edit,
           gint64            now)
{
  Step *last;
  Edit *previous;

  if (edit->kind != EDIT_PROPERTY ||
      (G_PARAM_SPEC_VALUE_TYPE (edit->pspec) != G_TYPE_STRING &&
       G_PARAM_SPEC_VALUE_TYPE (edit->pspec) != G_TYPE_VARIANT) ||
      self->undo->len == 0)
    return FALSE;

  last = g_ptr_array_index (self->undo, self->undo->len - 1);
  if (last->open || last->closed || last->edits->len != 1 ||
      now - last->last_time > (gint64) self->merge_interval * 1000)
    return FALSE;

  previous = g_ptr_array_index (last->edits, 0);
  if (!continues_typing (previous, edit))
    return FALSE;

  g_value_unset (&previous->new_value);
  g_value_init (&previous->new_value, G_PARAM_SPEC_VALUE_TYPE (edit->pspec));
  g_value_copy (&edit->new_value, &previous->new_value);
  last->last_time = now;
  edit_free (edit);

  return TRUE;
}

static void
record (MinutesUndoStack *self,
        Edit             *edit)
{
  gboolean had_redo = self->redo->len > 0;
  gboolean had_undo = self->undo->len > 0;
  gint64 now = g_get_monotonic_time ();

  if (had_redo)
    g_ptr_array_set_size (self->redo, 0);

  if (self->group != NULL)
    {
      g_ptr_array_add (self->group->edits, edit);
    }
  else if (self->undo->len > 0 &&
           ((Step *) g_ptr_array_index (self->undo, self->undo->len - 1))->open)
    {
      Step *step = g_ptr_array_index (self->undo, self->undo->len - 1);

      g_ptr_array_add (step->edits, edit);
      step->last_time = now;
    }
  else if (!try_merge (self, edit, now))
    {
      Step *step = step_new (NULL);

      g_ptr_array_add (step->edits, edit);
      step->last_time = now;
      step->open = TRUE;
      g_ptr_array_add (self->undo, step);
      /* At high priority, so that the step ends with the dispatch that made
       * the edit (a key press, an action) and before the next event, even
       * when a slow redraw keeps ordinary idle callbacks waiting. */
      if (self->seal_source == 0)
        self->seal_source = g_idle_add_full (G_PRIORITY_HIGH, seal_cb, self, NULL);
    }

  if (!had_undo && self->group == NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (had_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
node_notify_cb (GObject     *object,
                GParamSpec  *pspec,
                TrackedNode *tracked)
{
  MinutesUndoStack *self = tracked->stack;
  g_auto(GValue) value = G_VALUE_INIT;
  guint i;

  for (i = 0; i < tracked->n_pspecs; i++)
    if (tracked->pspecs[i] == pspec)
      break;
  if (i == tracked->n_pspecs)
    return;

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (object, pspec->name, &value);

  if (values_equal (pspec, &tracked->values[i], &value))
    return;

  if (!self->applying)
    {
      Edit *edit = g_new0 (Edit, 1);

      edit->kind = EDIT_PROPERTY;
      edit->object = g_object_ref (object);
      edit->pspec = pspec;
      g_value_init (&edit->old_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_value_copy (&tracked->values[i], &edit->old_value);
      g_value_init (&edit->new_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_value_copy (&value, &edit->new_value);
      record (self, edit);
    }

  g_value_unset (&tracked->values[i]);
  g_value_init (&tracked->values[i], G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (&value, &tracked->values[i]);
}

static GPtrArray *
list_items (GListModel *model,
            guint       position,
            guint       n)
{
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = position; i < position + n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

static void
list_items_changed_cb (GListModel  *model,
                       guint        position,
                       guint        removed,
                       guint        added,
                       TrackedList *tracked)
{
  MinutesUndoStack *self = tracked->stack;
  g_autoptr(GPtrArray) old_items = NULL;
  g_autoptr(GPtrArray) new_items = NULL;

  old_items = g_ptr_array_new_full (removed, g_object_unref);
  for (guint i = 0; i < removed; i++)
    g_ptr_array_add (old_items, g_object_ref (g_ptr_array_index (tracked->items, position + i)));
  new_items = list_items (model, position, added);

  g_ptr_array_remove_range (tracked->items, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (tracked->items, position + i,
                        g_object_ref (g_ptr_array_index (new_items, i)));

  if (tracked->children)
    {
      for (guint i = 0; i < added; i++)
        track_node (self, g_ptr_array_index (new_items, i));
    }

  if (!self->applying && (removed > 0 || added > 0))
    {
      Edit *edit = g_new0 (Edit, 1);

      edit->kind = EDIT_LIST;
      edit->store = g_object_ref (tracked->store);
      edit->children = tracked->children;
      edit->position = position;
      edit->removed = g_steal_pointer (&old_items);
      edit->added = g_steal_pointer (&new_items);
      record (self, edit);
    }
}

static void
track_list (MinutesUndoStack      *self,
            const MinutesNodeList *list)
{
  TrackedList *tracked;
  GListModel *model = G_LIST_MODEL (list->store);

  if (g_hash_table_contains (self->lists, list->store))
    return;

  tracked = g_new0 (TrackedList, 1);
  tracked->stack = self;
  tracked->store = g_object_ref (list->store);
  tracked->children = list->children;
  tracked->items = list_items (model, 0, g_list_model_get_n_items (model));
  tracked->handler = g_signal_connect (list->store, "items-changed",
                                       G_CALLBACK (list_items_changed_cb), tracked);
  g_hash_table_insert (self->lists, list->store, tracked);

  if (list->children)
    {
      for (guint i = 0; i < tracked->items->len; i++)
        track_node (self, g_ptr_array_index (tracked->items, i));
    }
}

static void
editable_properties_free (EditableProperties *editable)
{
  g_free (editable->pspecs);
  g_free (editable);
}

/* Read-only properties (numbers, counts) are derived, not edited. An id is
 * the object's identity, given once when it is first saved (saving an
 * autosave snapshot included), so it is not an edit either: the object an
 * undo brings back keeps it. Listed once a type: listing a class's
 * properties walks every property of every type in the program (GTK's
 * thousands in the app), which for each of a meeting's nodes was most of
 * the time the app took to open a long meeting. */
static const EditableProperties *
editable_properties (MinutesUndoStack *self,
                     GType             type)
{
  EditableProperties *editable = g_hash_table_lookup (self->editable, GSIZE_TO_POINTER (type));
  g_autofree GParamSpec **all = NULL;
  guint n_all = 0;

  if (editable != NULL)
    return editable;

  all = g_object_class_list_properties (g_type_class_peek (type), &n_all);
  editable = g_new0 (EditableProperties, 1);
  editable->pspecs = g_new0 (GParamSpec *, n_all);
  for (guint i = 0; i < n_all; i++)
    {
      if ((all[i]->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE &&
          (all[i]->flags & G_PARAM_CONSTRUCT_ONLY) == 0 &&
          g_strcmp0 (all[i]->name, "id") != 0)
        editable->pspecs[editable->n_pspecs++] = all[i];
    }
  g_hash_table_insert (self->editable, GSIZE_TO_POINTER (type), editable);

  return editable;
}

static void
track_node (MinutesUndoStack *self,
            MinutesNode      *node)
{
  const EditableProperties *editable;
  const MinutesNodeList *lists;
  TrackedNode *tracked;
  guint n_lists = 0;

  if (g_hash_table_contains (self->nodes, node))
    return;

  tracked = g_new0 (TrackedNode, 1);
  tracked->stack = self;
  tracked->node = g_object_ref (G_OBJECT (node));

  editable = editable_properties (self, G_OBJECT_TYPE (node));
  tracked->pspecs = editable->pspecs;
  tracked->n_pspecs = editable->n_pspecs;
  tracked->values = g_new0 (GValue, tracked->n_pspecs);
  for (guint i = 0; i < tracked->n_pspecs; i++)
    {
      g_value_init (&tracked->values[i], G_PARAM_SPEC_VALUE_TYPE (tracked->pspecs[i]));
      g_object_get_property (G_OBJECT (node), tracked->pspecs[i]->name, &tracked->values[i]);
    }
  tracked->handler = g_signal_connect (node, "notify",
                                       G_CALLBACK (node_notify_cb), tracked);
  g_hash_table_insert (self->nodes, node, tracked);

  lists = _minutes_node_get_lists (node, &n_lists);
  for (guint i = 0; i < n_lists; i++)
    track_list (self, &lists[i]);
}

static void
apply_edit (Edit     *edit,
            gboolean  forward)
{
  GPtrArray *take_out;
  GPtrArray *put_in;

  if (edit->kind == EDIT_PROPERTY)
    {
      g_object_set_property (edit->object, edit->pspec->name,
                             forward ? &edit->new_value : &edit->old_value);
      return;
    }

  take_out = forward ? edit->removed : edit->added;
  put_in = forward ? edit->added : edit->removed;

  g_list_store_splice (edit->store, edit->position, take_out->len,
                       put_in->pdata, put_in->len);

  /* A child taken out of its list no longer has a parent, as when the model
   * API removes it (a move is two edits, and the second re-adopts it). */
  if (edit->children)
    {
      for (guint i = 0; i < take_out->len; i++)
        {
          MinutesNode *child = g_ptr_array_index (take_out, i);

          if (!g_list_store_find (edit->store, child, NULL))
            _minutes_node_set_parent (child, NULL);
        }
    }
}

static void
minutes_undo_stack_dispose (GObject *object)
{
  MinutesUndoStack *self = (MinutesUndoStack *) object;

  g_clear_handle_id (&self->seal_source, g_source_remove);
  g_clear_pointer (&self->group, step_free);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->lists, g_hash_table_unref);
  g_clear_pointer (&self->nodes, g_hash_table_unref);
  g_clear_pointer (&self->editable, g_hash_table_unref);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (minutes_undo_stack_parent_class)->dispose (object);
}

static void
minutes_undo_stack_constructed (GObject *object)
{
  MinutesUndoStack *self = (MinutesUndoStack *) object;

  G_OBJECT_CLASS (minutes_undo_stack_parent_class)->constructed (object);

  g_assert (MINUTES_IS_MEETING (self->meeting));
  track_node (self, MINUTES_NODE (self->meeting));
}

static void
minutes_undo_stack_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MinutesUndoStack *self = MINUTES_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, minutes_undo_stack_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, minutes_undo_stack_get_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_undo_stack_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MinutesUndoStack *self = MINUTES_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      self->meeting = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
minutes_undo_stack_class_init (MinutesUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = minutes_undo_stack_dispose;
  object_class->constructed = minutes_undo_stack_constructed;
  object_class->get_property = minutes_undo_stack_get_property;
  object_class->set_property = minutes_undo_stack_set_property;

  properties[PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL,
                         MINUTES_TYPE_MEETING,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
minutes_undo_stack_init (MinutesUndoStack *self)
{
  self->nodes = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) tracked_node_free);
  self->editable = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) editable_properties_free);
  self->lists = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) tracked_list_free);
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->merge_interval = MINUTES_UNDO_MERGE_INTERVAL_DEFAULT;
}

/* Starts recording every edit of meeting from its present state. */
MinutesUndoStack *
minutes_undo_stack_new (MinutesMeeting *meeting)
{
  g_return_val_if_fail (MINUTES_IS_MEETING (meeting), NULL);

  return g_object_new (MINUTES_TYPE_UNDO_STACK, "meeting", meeting, NULL);
}

MinutesMeeting *
minutes_undo_stack_get_meeting (MinutesUndoStack *self)
{
  g_return_val_if_fail (MINUTES_IS_UNDO_STACK (self), NULL);

  return self->meeting;
}

gboolean
minutes_undo_stack_get_can_undo (MinutesUndoStack *self)
{
  g_return_val_if_fail (MINUTES_IS_UNDO_STACK (self), FALSE);

  return self->undo->len > 0 && self->group == NULL;
}

gboolean
minutes_undo_stack_get_can_redo (MinutesUndoStack *self)
{
  g_return_val_if_fail (MINUTES_IS_UNDO_STACK (self), FALSE);

  return self->redo->len > 0 && self->group == NULL;
}

/* The label given to begin_group () for the step undo () would undo, if any. */
const char *
minutes_undo_stack_get_undo_label (MinutesUndoStack *self)
{
  g_return_val_if_fail (MINUTES_IS_UNDO_STACK (self), NULL);

  if (self->undo->len == 0)
    return NULL;

  return ((Step *) g_ptr_array_index (self->undo, self->undo->len - 1))->label;
}

const char *
minutes_undo_stack_get_redo_label (MinutesUndoStack *self)
{
  g_return_val_if_fail (MINUTES_IS_UNDO_STACK (self), NULL);

  if (self->redo->len == 0)
    return NULL;

  return ((Step *) g_ptr_array_index (self->redo, self->redo->len - 1))->label;
}

/* Every edit until the matching end_group () becomes one undo step. Groups
 * nest; the outermost label names the step. */
void
minutes_undo_stack_begin_group (MinutesUndoStack *self,
                                const char       *label)
{
  g_return_if_fail (MINUTES_IS_UNDO_STACK (self));

  if (self->group_depth++ > 0)
    return;

  minutes_undo_stack_close_step (self);
  self->group = step_new (label);
}

void
minutes_undo_stack_end_group (MinutesUndoStack *self)
{
  Step *group;

  g_return_if_fail (MINUTES_IS_UNDO_STACK (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  if (group->edits->len == 0)
    {
      step_free (group);
      return;
    }

  group->closed = TRUE;
  g_ptr_array_add (self->undo, group);
  notify_emitted (self);
}

/* Ends the current step, typing burst included: the next edit starts a new
 * step. */
void
minutes_undo_stack_close_step (MinutesUndoStack *self)
{
  g_return_if_fail (MINUTES_IS_UNDO_STACK (self));

  seal (self);
  if (self->undo->len > 0)
    ((Step *) g_ptr_array_index (self->undo, self->undo->len - 1))->closed = TRUE;
}

void
minutes_undo_stack_set_merge_interval (MinutesUndoStack *self,
                                       guint             msec)
{
  g_return_if_fail (MINUTES_IS_UNDO_STACK (self));

  self->merge_interval = msec;
}

gboolean
minutes_undo_stack_undo (MinutesUndoStack *self)
{
  Step *step;

  g_return_val_if_fail (MINUTES_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);

  if (self->undo->len == 0)
    return FALSE;

  step = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  step->open = FALSE;
  step->closed = TRUE;

  self->applying = TRUE;
  for (guint i = step->edits->len; i > 0; i--)
    apply_edit (g_ptr_array_index (step->edits, i - 1), FALSE);
  self->applying = FALSE;

  g_ptr_array_add (self->redo, step);
  notify_emitted (self);

  return TRUE;
}

gboolean
minutes_undo_stack_redo (MinutesUndoStack *self)
{
  Step *step;

  g_return_val_if_fail (MINUTES_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (self->group == NULL, FALSE);

  if (self->redo->len == 0)
    return FALSE;

  step = g_ptr_array_steal_index (self->redo, self->redo->len - 1);

  self->applying = TRUE;
  for (guint i = 0; i < step->edits->len; i++)
    apply_edit (g_ptr_array_index (step->edits, i), TRUE);
  self->applying = FALSE;

  g_ptr_array_add (self->undo, step);
  notify_emitted (self);

  return TRUE;
}

/* Forgets every step, e.g. after the document was replaced by a restore. */
void
minutes_undo_stack_clear (MinutesUndoStack *self)
{
  g_return_if_fail (MINUTES_IS_UNDO_STACK (self));
  g_return_if_fail (self->group == NULL);

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  notify_emitted (self);
}
