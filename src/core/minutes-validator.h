/* minutes-validator.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "minutes-enums.h"
#include "minutes-problem.h"
#include "minutes-types.h"

G_BEGIN_DECLS

/* A rule the validator knows: its stable id, the severity it has unless the
 * template says otherwise, and what it checks, in plain English. */
typedef struct
{
  const char      *id;
  MinutesSeverity  severity;
  const char      *summary;
} MinutesRuleInfo;

#define MINUTES_TYPE_VALIDATOR (minutes_validator_get_type ())

G_DECLARE_FINAL_TYPE (MinutesValidator, minutes_validator, MINUTES, VALIDATOR, GObject)

MinutesValidator      *minutes_validator_new            (MinutesTemplate  *template);
MinutesTemplate       *minutes_validator_get_template   (MinutesValidator *self);
void                   minutes_validator_set_template   (MinutesValidator *self,
                                                         MinutesTemplate  *template);
MinutesMeeting        *minutes_validator_get_meeting    (MinutesValidator *self);
void                   minutes_validator_set_meeting    (MinutesValidator *self,
                                                         MinutesMeeting   *meeting);
void                   minutes_validator_set_live       (MinutesValidator *self,
                                                         gboolean          live);
void                   minutes_validator_validate       (MinutesValidator *self);
guint                  minutes_validator_get_n_errors   (MinutesValidator *self);
guint                  minutes_validator_get_n_warnings (MinutesValidator *self);
guint                  minutes_validator_get_n_hints    (MinutesValidator *self);
const MinutesRuleInfo *minutes_validator_get_rules      (guint            *n_rules);

G_END_DECLS
