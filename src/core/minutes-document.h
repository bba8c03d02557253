/* minutes-document.h: reading and writing .minutes files
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "minutes-types.h"

G_BEGIN_DECLS

#define MINUTES_DOCUMENT_ERROR (minutes_document_error_quark ())

typedef enum
{
  MINUTES_DOCUMENT_ERROR_TOO_LARGE,          /* bigger than any real meeting */
  MINUTES_DOCUMENT_ERROR_ENCODING,           /* not UTF-8 */
  MINUTES_DOCUMENT_ERROR_SYNTAX,             /* not JSON, or truncated */
  MINUTES_DOCUMENT_ERROR_TOO_DEEP,           /* nesting far beyond the format */
  MINUTES_DOCUMENT_ERROR_NOT_MINUTES,        /* JSON, but not a .minutes file */
  MINUTES_DOCUMENT_ERROR_NEWER_VERSION,      /* written by a newer Minutes */
  MINUTES_DOCUMENT_ERROR_WRONG_TYPE,         /* a member has the wrong JSON type */
  MINUTES_DOCUMENT_ERROR_MISSING_MEMBER,     /* a required member is absent */
  MINUTES_DOCUMENT_ERROR_UNKNOWN_MEMBER,     /* a member the format does not have */
  MINUTES_DOCUMENT_ERROR_INVALID_VALUE,      /* bad date, time, enum value, id */
  MINUTES_DOCUMENT_ERROR_DUPLICATE_ID,
  MINUTES_DOCUMENT_ERROR_DANGLING_REFERENCE, /* refers to a person or item not in the file */
} MinutesDocumentError;

#define MINUTES_FILE_FORMAT_NAME    "minutes"
#define MINUTES_FILE_FORMAT_VERSION 1
#define MINUTES_FILE_EXTENSION      ".minutes"
#define MINUTES_FILE_MAX_SIZE       (64 * 1024 * 1024)

GQuark          minutes_document_error_quark (void);
MinutesMeeting *minutes_document_load_bytes  (GBytes          *bytes,
                                              const char      *display_name,
                                              GError         **error);
MinutesMeeting *minutes_document_load        (GFile           *file,
                                              GCancellable    *cancellable,
                                              GError         **error);
GBytes         *minutes_document_serialize   (MinutesMeeting  *meeting,
                                              GError         **error);
gboolean        minutes_document_save        (MinutesMeeting  *meeting,
                                              GFile           *file,
                                              GCancellable    *cancellable,
                                              GError         **error);

G_END_DECLS
