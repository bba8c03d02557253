/* minutes-motion.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-node.h"
#include "minutes-types.h"
#include "minutes-enums.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_MOTION (minutes_motion_get_type ())

G_DECLARE_FINAL_TYPE (MinutesMotion, minutes_motion, MINUTES, MOTION, MinutesNode)

MinutesMotion *       minutes_motion_new               (void);
const char *          minutes_motion_get_text          (MinutesMotion *self);
void                  minutes_motion_set_text          (MinutesMotion *self,
                                                        const char    *text);
const char *          minutes_motion_get_record        (MinutesMotion *self);
void                  minutes_motion_set_record        (MinutesMotion *self,
                                                        const char    *record);
MinutesPerson *       minutes_motion_get_mover         (MinutesMotion *self);
void                  minutes_motion_set_mover         (MinutesMotion *self,
                                                        MinutesPerson *mover);
MinutesPerson *       minutes_motion_get_seconder      (MinutesMotion *self);
void                  minutes_motion_set_seconder      (MinutesMotion *self,
                                                        MinutesPerson *seconder);
MinutesMotionOutcome  minutes_motion_get_outcome       (MinutesMotion *self);
void                  minutes_motion_set_outcome       (MinutesMotion        *self,
                                                        MinutesMotionOutcome  outcome);
int                   minutes_motion_get_votes_for     (MinutesMotion *self);
void                  minutes_motion_set_votes_for     (MinutesMotion *self,
                                                        int            votes_for);
int                   minutes_motion_get_votes_against (MinutesMotion *self);
void                  minutes_motion_set_votes_against (MinutesMotion *self,
                                                        int            votes_against);
int                   minutes_motion_get_abstentions   (MinutesMotion *self);
void                  minutes_motion_set_abstentions   (MinutesMotion *self,
                                                        int            abstentions);
GListModel *          minutes_motion_get_voted_for     (MinutesMotion *self);
void                  minutes_motion_insert_supporter  (MinutesMotion *self,
                                                        guint          position,
                                                        MinutesPerson *supporter);
void                  minutes_motion_append_supporter  (MinutesMotion *self,
                                                        MinutesPerson *supporter);
gboolean              minutes_motion_remove_supporter  (MinutesMotion *self,
                                                        MinutesPerson *supporter);
gboolean              minutes_motion_move_supporter    (MinutesMotion *self,
                                                        MinutesPerson *supporter,
                                                        guint          position);
GListModel *          minutes_motion_get_voted_against (MinutesMotion *self);
void                  minutes_motion_insert_opponent   (MinutesMotion *self,
                                                        guint          position,
                                                        MinutesPerson *opponent);
void                  minutes_motion_append_opponent   (MinutesMotion *self,
                                                        MinutesPerson *opponent);
gboolean              minutes_motion_remove_opponent   (MinutesMotion *self,
                                                        MinutesPerson *opponent);
gboolean              minutes_motion_move_opponent     (MinutesMotion *self,
                                                        MinutesPerson *opponent,
                                                        guint          position);
GListModel *          minutes_motion_get_abstained     (MinutesMotion *self);
void                  minutes_motion_insert_abstainer  (MinutesMotion *self,
                                                        guint          position,
                                                        MinutesPerson *abstainer);
void                  minutes_motion_append_abstainer  (MinutesMotion *self,
                                                        MinutesPerson *abstainer);
gboolean              minutes_motion_remove_abstainer  (MinutesMotion *self,
                                                        MinutesPerson *abstainer);
gboolean              minutes_motion_move_abstainer    (MinutesMotion *self,
                                                        MinutesPerson *abstainer,
                                                        guint          position);
GListModel *          minutes_motion_get_amendments    (MinutesMotion *self);
void                  minutes_motion_insert_amendment  (MinutesMotion *self,
                                                        guint          position,
                                                        MinutesMotion *amendment);
void                  minutes_motion_append_amendment  (MinutesMotion *self,
                                                        MinutesMotion *amendment);
gboolean              minutes_motion_remove_amendment  (MinutesMotion *self,
                                                        MinutesMotion *amendment);
gboolean              minutes_motion_move_amendment    (MinutesMotion *self,
                                                        MinutesMotion *amendment,
                                                        guint          position);

G_END_DECLS
