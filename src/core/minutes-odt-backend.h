/* minutes-odt-backend.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-backend.h"

G_BEGIN_DECLS

#define MINUTES_EXPORT_ERROR (minutes_export_error_quark ())

typedef enum
{
  MINUTES_EXPORT_ERROR_NOTHING_RENDERED, /* saved before rendering */
  MINUTES_EXPORT_ERROR_WRITE,            /* the package could not be written */
} MinutesExportError;

GQuark minutes_export_error_quark (void);

#define MINUTES_TYPE_ODT_BACKEND (minutes_odt_backend_get_type ())

G_DECLARE_FINAL_TYPE (MinutesOdtBackend, minutes_odt_backend, MINUTES, ODT_BACKEND, MinutesBackend)

MinutesOdtBackend *minutes_odt_backend_new      (void);
GBytes            *minutes_odt_backend_dup_part (MinutesOdtBackend  *self,
                                                 const char         *name);
gboolean           minutes_odt_backend_save     (MinutesOdtBackend  *self,
                                                 const char         *path,
                                                 GError            **error);

G_END_DECLS
