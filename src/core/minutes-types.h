/* minutes-types.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Forward declarations, so that model headers can refer to each other. */
typedef struct _MinutesAction          MinutesAction;
typedef struct _MinutesAgendaItem      MinutesAgendaItem;
typedef struct _MinutesAttachment      MinutesAttachment;
typedef struct _MinutesDeclaration     MinutesDeclaration;
typedef struct _MinutesDiscussionEntry MinutesDiscussionEntry;
typedef struct _MinutesMeeting         MinutesMeeting;
typedef struct _MinutesMotion          MinutesMotion;
typedef struct _MinutesPerson          MinutesPerson;
typedef struct _MinutesResolution      MinutesResolution;
typedef struct _MinutesResolutionPoint MinutesResolutionPoint;
typedef struct _MinutesTemplate        MinutesTemplate;

G_END_DECLS
