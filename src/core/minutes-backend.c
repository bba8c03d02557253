/* minutes-backend.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "minutes-backend.h"

typedef struct
{
  char *language;   /* of what is being emitted, BCP 47, or NULL */
} MinutesBackendPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (MinutesBackend, minutes_backend, G_TYPE_OBJECT)

static void
minutes_backend_real_begin_document (MinutesBackend            *self,
                                     const MinutesDocumentInfo *info)
{
}

static void
minutes_backend_real_end_document (MinutesBackend *self)
{
}

static void
minutes_backend_real_begin_section (MinutesBackend     *self,
                                    MinutesSectionKind  kind,
                                    GObject            *source)
{
}

static void
minutes_backend_real_end_section (MinutesBackend     *self,
                                  MinutesSectionKind  kind)
{
}

static gboolean
minutes_backend_real_begin_reusable (MinutesBackend *self,
                                     guint64         stamp)
{
  return FALSE;
}

static void
minutes_backend_real_end_reusable (MinutesBackend *self)
{
}

static void
minutes_backend_finalize (GObject *object)
{
  MinutesBackendPrivate *priv = minutes_backend_get_instance_private (MINUTES_BACKEND (object));

  g_clear_pointer (&priv->language, g_free);

  G_OBJECT_CLASS (minutes_backend_parent_class)->finalize (object);
}

static void
minutes_backend_class_init (MinutesBackendClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = minutes_backend_finalize;
  klass->begin_document = minutes_backend_real_begin_document;
  klass->end_document = minutes_backend_real_end_document;
  klass->begin_section = minutes_backend_real_begin_section;
  klass->end_section = minutes_backend_real_end_section;
  klass->begin_reusable = minutes_backend_real_begin_reusable;
  klass->end_reusable = minutes_backend_real_end_reusable;
}

static void
minutes_backend_init (MinutesBackend *self)
{
}

void
minutes_backend_begin_document (MinutesBackend            *self,
                                const MinutesDocumentInfo *info)
{
  g_return_if_fail (MINUTES_IS_BACKEND (self));
  g_return_if_fail (info != NULL);

  MINUTES_BACKEND_GET_CLASS (self)->begin_document (self, info);
}

void
minutes_backend_end_document (MinutesBackend *self)
{
  g_return_if_fail (MINUTES_IS_BACKEND (self));

  MINUTES_BACKEND_GET_CLASS (self)->end_document (self);
}

void
minutes_backend_begin_section (MinutesBackend     *self,
                               MinutesSectionKind  kind,
                               GObject            *source)
{
  g_return_if_fail (MINUTES_IS_BACKEND (self));

  MINUTES_BACKEND_GET_CLASS (self)->begin_section (self, kind, source);
}

void
minutes_backend_end_section (MinutesBackend     *self,
                             MinutesSectionKind  kind)
{
  g_return_if_fail (MINUTES_IS_BACKEND (self));

  MINUTES_BACKEND_GET_CLASS (self)->end_section (self, kind);
}

void
minutes_backend_add_block (MinutesBackend     *self,
                           const MinutesBlock *block)
{
  g_return_if_fail (MINUTES_IS_BACKEND (self));
  g_return_if_fail (block != NULL);

  /* Every back end must place blocks; there is no sensible default. */
  g_return_if_fail (MINUTES_BACKEND_GET_CLASS (self)->add_block != NULL);

  MINUTES_BACKEND_GET_CLASS (self)->add_block (self, block);
}

/* Returns TRUE when the back end took what it made of @stamp last time
 * as printed again: then print nothing until minutes_backend_end_reusable() */
gboolean
minutes_backend_begin_reusable (MinutesBackend *self,
                                guint64         stamp)
{
  g_return_val_if_fail (MINUTES_IS_BACKEND (self), FALSE);
  g_return_val_if_fail (stamp != 0, FALSE);

  return MINUTES_BACKEND_GET_CLASS (self)->begin_reusable (self, stamp);
}

void
minutes_backend_end_reusable (MinutesBackend *self)
{
  g_return_if_fail (MINUTES_IS_BACKEND (self));

  MINUTES_BACKEND_GET_CLASS (self)->end_reusable (self);
}

MinutesSpan *
minutes_span_new (MinutesSpanKind  kind,
                  const char      *text,
                  const char      *value)
{
  MinutesSpan *span = g_new0 (MinutesSpan, 1);

  span->kind = kind;
  span->text = g_strdup (text != NULL ? text : "");
  span->value = g_strdup (value);

  return span;
}

void
minutes_span_free (MinutesSpan *span)
{
  if (span == NULL)
    return;

  g_free (span->text);
  g_free (span->value);
  g_free (span);
}

/* The block's text without label or number. */
char *
minutes_block_dup_text (const MinutesBlock *block)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (block != NULL, NULL);

  for (guint i = 0; block->spans != NULL && i < block->spans->len; i++)
    {
      const MinutesSpan *span = g_ptr_array_index (block->spans, i);

      g_string_append (text, span->text);
    }

  return g_string_free (text, FALSE);
}

/* Blocks that form numbered lists (key points, actions, recommendations):
 * back ends group consecutive blocks of one such kind into one list. */
gboolean
minutes_block_kind_is_numbered (MinutesBlockKind kind)
{
  switch (kind)
    {
    case MINUTES_BLOCK_POINT:
    case MINUTES_BLOCK_ACTION:
    case MINUTES_BLOCK_RESOLUTION_POINT:
      return TRUE;

    case MINUTES_BLOCK_TITLE:
    case MINUTES_BLOCK_DATELINE:
    case MINUTES_BLOCK_DETAIL:
    case MINUTES_BLOCK_ATTENDANCE:
    case MINUTES_BLOCK_NOTE:
    case MINUTES_BLOCK_ITEM_HEADING:
    case MINUTES_BLOCK_HEADING:
    case MINUTES_BLOCK_PARAGRAPH:
    case MINUTES_BLOCK_WITNESS:
    case MINUTES_BLOCK_NARRATIVE:
    case MINUTES_BLOCK_PROCEDURAL:
    case MINUTES_BLOCK_RESOLUTION:
    case MINUTES_BLOCK_MOTION:
    case MINUTES_BLOCK_DECLARATION:
    case MINUTES_BLOCK_ATTACHMENT:
    case MINUTES_BLOCK_DECISION:
    case MINUTES_BLOCK_EXEMPT:
    case MINUTES_BLOCK_SIGNATURE:
    default:
      return FALSE;
    }
}

/* Lines of a list that are set close together, without paragraph space:
 * witnesses, actions, recommendations, documents, signature lines. */
gboolean
minutes_block_kind_is_compact (MinutesBlockKind kind)
{
  switch (kind)
    {
    case MINUTES_BLOCK_WITNESS:
    case MINUTES_BLOCK_ACTION:
    case MINUTES_BLOCK_RESOLUTION_POINT:
    case MINUTES_BLOCK_ATTACHMENT:
    case MINUTES_BLOCK_SIGNATURE:
      return TRUE;

    case MINUTES_BLOCK_TITLE:
    case MINUTES_BLOCK_DATELINE:
    case MINUTES_BLOCK_DETAIL:
    case MINUTES_BLOCK_ATTENDANCE:
    case MINUTES_BLOCK_NOTE:
    case MINUTES_BLOCK_ITEM_HEADING:
    case MINUTES_BLOCK_HEADING:
    case MINUTES_BLOCK_PARAGRAPH:
    case MINUTES_BLOCK_POINT:
    case MINUTES_BLOCK_NARRATIVE:
    case MINUTES_BLOCK_PROCEDURAL:
    case MINUTES_BLOCK_RESOLUTION:
    case MINUTES_BLOCK_MOTION:
    case MINUTES_BLOCK_DECLARATION:
    case MINUTES_BLOCK_DECISION:
    case MINUTES_BLOCK_EXEMPT:
    default:
      return FALSE;
    }
}

/* Whether a markup format (XML, HTML) may carry this character: C0 and C1
 * controls other than tab, line feed and carriage return, and the Unicode
 * noncharacters, are invalid in XML or parse errors in HTML. */
static gboolean
is_markup_safe (gunichar c)
{
  if (c == '\t' || c == '\n' || c == '\r')
    return TRUE;
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
    return FALSE;
  if (c >= 0xfdd0 && c <= 0xfdef)
    return FALSE;
  if ((c & 0xfffe) == 0xfffe)
    return FALSE;

  return TRUE;
}

/* A copy of TEXT that markup back ends can write: invalid UTF-8 is
 * replaced and characters that XML or HTML cannot carry are dropped. */
char *
minutes_dup_markup_safe_text (const char *text)
{
  g_autofree char *valid = NULL;
  const char *p;
  GString *safe;

  if (text == NULL)
    return g_strdup ("");

  /* Nearly every text is valid and safe as it is: one pass to see, then a
   * copy. Only bytes outside printable ASCII need a closer look. */
  if (g_utf8_validate (text, -1, NULL))
    {
      for (p = text; *p != '\0'; p++)
        {
          if ((guchar) *p >= 0x20 && (guchar) *p < 0x7f)
            continue;
          if ((guchar) *p < 0x80 || (guchar) *p >= 0xc0)
            {
              if (!is_markup_safe (g_utf8_get_char (p)))
                break;
            }
        }
      if (*p == '\0')
        return g_strdup (text);
    }

  valid = g_utf8_make_valid (text, -1);
  safe = g_string_sized_new (strlen (valid));
  for (p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_markup_safe (c))
        g_string_append_unichar (safe, c);
    }

  return g_string_free (safe, FALSE);
}

/* The link a document may carry for URL, or NULL: only web pages (with a
 * host) and e-mail addresses, never javascript: or data: URLs or local
 * files. Characters a URL may not hold (spaces, quotes, <, >, non-ASCII)
 * are percent-encoded; reserved characters and existing escapes stay. */
char *
minutes_dup_safe_link (const char *url)
{
  g_autofree char *escaped = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (url == NULL)
    return NULL;

  escaped = g_uri_escape_string (url, "!#$&'()*+,/:;=?@[]~%", FALSE);
  uri = g_uri_parse (escaped, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return NULL;

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0)
    {
      if (g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0')
        return NULL;
    }
  else if (g_ascii_strcasecmp (scheme, "mailto") == 0)
    {
      if (g_uri_get_path (uri)[0] == '\0')
        return NULL;
    }
  else
    return NULL;

  return g_steal_pointer (&escaped);
}

/* The renderer says which language it emits before each top-level section
 * (and before the document), so that a back end can mark it up. */
void
minutes_backend_set_language (MinutesBackend *self,
                              const char     *language)
{
  MinutesBackendPrivate *priv;

  g_return_if_fail (MINUTES_IS_BACKEND (self));

  priv = minutes_backend_get_instance_private (self);
  if (g_strcmp0 (priv->language, language) == 0)
    return;

  g_free (priv->language);
  priv->language = g_strdup (language);
}

const char *
minutes_backend_get_language (MinutesBackend *self)
{
  MinutesBackendPrivate *priv;

  g_return_val_if_fail (MINUTES_IS_BACKEND (self), NULL);

  priv = minutes_backend_get_instance_private (self);

  return priv->language;
}
