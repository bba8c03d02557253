/* minutes-action.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-node.h"
#include "minutes-types.h"
#include "minutes-enums.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_ACTION (minutes_action_get_type ())

G_DECLARE_FINAL_TYPE (MinutesAction, minutes_action, MINUTES, ACTION, MinutesNode)

MinutesAction *      minutes_action_new             (void);
MinutesPerson *      minutes_action_get_owner       (MinutesAction *self);
void                 minutes_action_set_owner       (MinutesAction *self,
                                                     MinutesPerson *owner);
const char *         minutes_action_get_owner_text  (MinutesAction *self);
void                 minutes_action_set_owner_text  (MinutesAction *self,
                                                     const char    *owner_text);
const char *         minutes_action_get_text        (MinutesAction *self);
void                 minutes_action_set_text        (MinutesAction *self,
                                                     const char    *text);
const GDate *        minutes_action_get_due         (MinutesAction *self);
void                 minutes_action_set_due         (MinutesAction *self,
                                                     const GDate   *due);
MinutesActionStatus  minutes_action_get_status      (MinutesAction *self);
void                 minutes_action_set_status      (MinutesAction       *self,
                                                     MinutesActionStatus  status);
char *               minutes_action_dup_owner_label (MinutesAction *self);

G_END_DECLS
