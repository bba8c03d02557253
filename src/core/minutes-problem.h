/* minutes-problem.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "minutes-enums.h"

G_BEGIN_DECLS

/* A one-click fix: changes the model through its API. */
typedef void (*MinutesProblemFixFunc) (GObject  *object,
                                       gpointer  data);

#define MINUTES_TYPE_PROBLEM (minutes_problem_get_type ())

G_DECLARE_FINAL_TYPE (MinutesProblem, minutes_problem, MINUTES, PROBLEM, GObject)

MinutesProblem  *minutes_problem_new               (const char            *rule_id,
                                                    MinutesSeverity        severity,
                                                    GObject               *object,
                                                    const char            *property,
                                                    const char            *location,
                                                    const char            *message);
void             minutes_problem_set_fix           (MinutesProblem        *self,
                                                    const char            *label,
                                                    MinutesProblemFixFunc  func,
                                                    gpointer               data,
                                                    GDestroyNotify         destroy);
const char      *minutes_problem_get_rule_id       (MinutesProblem        *self);
MinutesSeverity  minutes_problem_get_severity      (MinutesProblem        *self);
const char      *minutes_problem_get_message       (MinutesProblem        *self);
GObject         *minutes_problem_get_object        (MinutesProblem        *self);
const char      *minutes_problem_get_property_name (MinutesProblem        *self);
const char      *minutes_problem_get_location      (MinutesProblem        *self);
gboolean         minutes_problem_has_fix           (MinutesProblem        *self);
const char      *minutes_problem_get_fix_label     (MinutesProblem        *self);
gboolean         minutes_problem_apply_fix         (MinutesProblem        *self);

G_END_DECLS
