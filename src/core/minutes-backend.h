/* minutes-backend.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "minutes-enums.h"

G_BEGIN_DECLS

/* What the renderer emits. A back end (text, HTML, ODT, the on-screen
 * preview) turns these into its format; the walk over the meeting and all
 * wording live in the renderer and the template, never in a back end. */

typedef enum
{
  MINUTES_BLOCK_TITLE,            /* document title */
  MINUTES_BLOCK_DATELINE,         /* "Tuesday, 16 January 2024 at 7.00 pm" */
  MINUTES_BLOCK_DETAIL,           /* label + text: "Venue: Civic Suite" */
  MINUTES_BLOCK_ATTENDANCE,       /* label + people: "IN ATTENDANCE: …" */
  MINUTES_BLOCK_NOTE,             /* label + text: "NB: …" */
  MINUTES_BLOCK_ITEM_HEADING,     /* number + item title */
  MINUTES_BLOCK_HEADING,          /* heading inside an item: "Witnesses" */
  MINUTES_BLOCK_PARAGRAPH,        /* running text */
  MINUTES_BLOCK_WITNESS,          /* one witness */
  MINUTES_BLOCK_POINT,            /* number + key point */
  MINUTES_BLOCK_NARRATIVE,        /* unnumbered line between key points */
  MINUTES_BLOCK_PROCEDURAL,       /* "The meeting adjourned from … to …" */
  MINUTES_BLOCK_ACTION,           /* number + action */
  MINUTES_BLOCK_RESOLUTION,       /* resolution text */
  MINUTES_BLOCK_RESOLUTION_POINT, /* number + recommendation */
  MINUTES_BLOCK_MOTION,           /* a motion and its vote */
  MINUTES_BLOCK_DECLARATION,      /* one declaration of interest */
  MINUTES_BLOCK_ATTACHMENT,       /* a report document: title, type, size */
  MINUTES_BLOCK_DECISION,         /* label + decision text */
  MINUTES_BLOCK_EXEMPT,           /* why an exempt item is not shown */
  MINUTES_BLOCK_SIGNATURE,        /* label + value: "Chair:" */
} MinutesBlockKind;

typedef enum
{
  MINUTES_SECTION_HEADER,         /* title, date line, details */
  MINUTES_SECTION_ATTENDANCE,
  MINUTES_SECTION_MEMBERSHIP,     /* agenda: who is expected */
  MINUTES_SECTION_ITEM,           /* one agenda item; source is the item */
  MINUTES_SECTION_WITNESSES,
  MINUTES_SECTION_DISCUSSION,
  MINUTES_SECTION_ACTIONS,
  MINUTES_SECTION_MOTIONS,
  MINUTES_SECTION_RESOLUTIONS,
  MINUTES_SECTION_DECLARATIONS,
  MINUTES_SECTION_ATTACHMENTS,
  MINUTES_SECTION_CLOSING,        /* end time and signature block */
} MinutesSectionKind;

typedef enum
{
  MINUTES_SPAN_TEXT,
  MINUTES_SPAN_DATE,              /* value: YYYY-MM-DD */
  MINUTES_SPAN_TIME,              /* value: HH:MM */
  MINUTES_SPAN_LINK,              /* value: the URL */
} MinutesSpanKind;

typedef struct
{
  MinutesSpanKind  kind;
  char            *text;          /* as printed */
  char            *value;         /* machine-readable form, or NULL */
} MinutesSpan;

typedef struct
{
  MinutesBlockKind  kind;
  const char       *label;        /* printed before the text, or NULL */
  const char       *number;       /* visible number ("3.1."), or NULL */
  GPtrArray        *spans;        /* of MinutesSpan, printed in order */
  GObject          *source;       /* the model object shown, or NULL */
} MinutesBlock;

typedef struct
{
  MinutesDocumentKind  kind;
  const char          *title;     /* document title as printed */
  const char          *language;  /* BCP 47 tag from the template */
  const char          *committee;
  const char          *date;      /* YYYY-MM-DD or NULL */
  gboolean             confidential;
  const char          *confidential_label; /* "CONFIDENTIAL" in the template's words */
  const char          *page_number;        /* "Page {page} of {pages}", likewise */
  /* The languages of a bilingual document, in the order printed (NULL
   * when it has one language): each top-level section is printed once per
   * language, and minutes_backend_get_language() says which. */
  const char * const  *languages;
} MinutesDocumentInfo;

#define MINUTES_TYPE_BACKEND (minutes_backend_get_type ())

G_DECLARE_DERIVABLE_TYPE (MinutesBackend, minutes_backend, MINUTES, BACKEND, GObject)

struct _MinutesBackendClass
{
  GObjectClass parent_class;

  void (*begin_document) (MinutesBackend            *self,
                          const MinutesDocumentInfo *info);
  void (*end_document)   (MinutesBackend            *self);
  void (*begin_section)  (MinutesBackend            *self,
                          MinutesSectionKind         kind,
                          GObject                   *source);
  void (*end_section)    (MinutesBackend            *self,
                          MinutesSectionKind         kind);
  void (*add_block)      (MinutesBackend            *self,
                          const MinutesBlock        *block);

  /* Optional. What the renderer prints between begin_reusable() and
   * end_reusable() is the same each time it gives the same @stamp (an
   * agenda item that did not change). A back end that kept what it made
   * of it returns TRUE, and the renderer prints nothing until
   * end_reusable(); the default returns FALSE. */
  gboolean (*begin_reusable) (MinutesBackend        *self,
                              guint64                stamp);
  void     (*end_reusable)   (MinutesBackend        *self);
};

void     minutes_backend_begin_document (MinutesBackend            *self,
                                         const MinutesDocumentInfo *info);
void     minutes_backend_end_document   (MinutesBackend            *self);
void     minutes_backend_begin_section  (MinutesBackend            *self,
                                         MinutesSectionKind         kind,
                                         GObject                   *source);
void     minutes_backend_end_section    (MinutesBackend            *self,
                                         MinutesSectionKind         kind);
void     minutes_backend_add_block      (MinutesBackend            *self,
                                         const MinutesBlock        *block);
gboolean minutes_backend_begin_reusable (MinutesBackend            *self,
                                         guint64                    stamp);
void     minutes_backend_end_reusable   (MinutesBackend            *self);
void        minutes_backend_set_language (MinutesBackend           *self,
                                          const char               *language);
const char *minutes_backend_get_language (MinutesBackend           *self);

MinutesSpan *minutes_span_new        (MinutesSpanKind            kind,
                                     const char                *text,
                                     const char                *value);
void         minutes_span_free       (MinutesSpan              *span);

char    *minutes_block_dup_text         (const MinutesBlock        *block);
gboolean minutes_block_kind_is_numbered (MinutesBlockKind           kind);
gboolean minutes_block_kind_is_compact  (MinutesBlockKind           kind);

char    *minutes_dup_markup_safe_text   (const char                *text);
char    *minutes_dup_safe_link          (const char                *url);

G_END_DECLS
