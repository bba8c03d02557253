/* minutes-model.h: the meeting model in one include
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-enums.h"
#include "minutes-enum-types.h"
#include "minutes-types.h"
#include "minutes-node.h"
#include "minutes-action.h"
#include "minutes-agenda-item.h"
#include "minutes-attachment.h"
#include "minutes-declaration.h"
#include "minutes-discussion-entry.h"
#include "minutes-meeting.h"
#include "minutes-motion.h"
#include "minutes-person.h"
#include "minutes-resolution.h"
#include "minutes-resolution-point.h"
