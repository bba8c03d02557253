/* minutes-text-backend.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "minutes-text-backend.h"

/* Plain text: one paragraph per block, separated by blank lines, except
 * that lines of one list (witnesses, actions, recommendations, documents,
 * signature lines) follow each other directly. */
struct _MinutesTextBackend
{
  MinutesBackend parent_instance;

  GString *text;
  int      last_kind;
};

G_DEFINE_FINAL_TYPE (MinutesTextBackend, minutes_text_backend, MINUTES_TYPE_BACKEND)

static void
minutes_text_backend_begin_document (MinutesBackend            *backend,
                                     const MinutesDocumentInfo *info)
{
  MinutesTextBackend *self = MINUTES_TEXT_BACKEND (backend);

  g_string_truncate (self->text, 0);
  self->last_kind = -1;

  if (info->confidential)
    g_string_append_printf (self->text, "%s\n\n", info->confidential_label);
}

static void
minutes_text_backend_add_block (MinutesBackend     *backend,
                                const MinutesBlock *block)
{
  MinutesTextBackend *self = MINUTES_TEXT_BACKEND (backend);
  g_autofree char *text = minutes_block_dup_text (block);

  if (self->last_kind != -1)
    {
      if (!(minutes_block_kind_is_compact (block->kind) && self->last_kind == (int) block->kind))
        g_string_append_c (self->text, '\n');
    }

  if (block->label != NULL)
    {
      g_string_append (self->text, block->label);
      if (text[0] != '\0')
        g_string_append_c (self->text, ' ');
    }
  if (block->number != NULL)
    {
      g_string_append (self->text, block->number);
      g_string_append_c (self->text, ' ');
    }
  g_string_append (self->text, text);
  g_string_append_c (self->text, '\n');

  self->last_kind = block->kind;
}

static void
minutes_text_backend_finalize (GObject *object)
{
  MinutesTextBackend *self = (MinutesTextBackend *) object;

  g_string_free (self->text, TRUE);

  G_OBJECT_CLASS (minutes_text_backend_parent_class)->finalize (object);
}

static void
minutes_text_backend_class_init (MinutesTextBackendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  MinutesBackendClass *backend_class = MINUTES_BACKEND_CLASS (klass);

  object_class->finalize = minutes_text_backend_finalize;

  backend_class->begin_document = minutes_text_backend_begin_document;
  backend_class->add_block = minutes_text_backend_add_block;
}

static void
minutes_text_backend_init (MinutesTextBackend *self)
{
  self->text = g_string_new (NULL);
  self->last_kind = -1;
}

MinutesTextBackend *
minutes_text_backend_new (void)
{
  return g_object_new (MINUTES_TYPE_TEXT_BACKEND, NULL);
}

const char *
minutes_text_backend_get_text (MinutesTextBackend *self)
{
  g_return_val_if_fail (MINUTES_IS_TEXT_BACKEND (self), NULL);

  return self->text->str;
}
