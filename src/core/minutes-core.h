/* minutes-core.h: everything the core offers, in one include
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-model.h"
#include "minutes-document.h"
#include "minutes-template.h"
#include "minutes-backend.h"
#include "minutes-renderer.h"
#include "minutes-text-backend.h"
#include "minutes-html-backend.h"
#include "minutes-odt-backend.h"
#include "minutes-pango-backend.h"
#include "minutes-export.h"
#include "minutes-undo-stack.h"
#include "minutes-autosave.h"
#include "minutes-problem.h"
#include "minutes-validator.h"
#include "minutes-import.h"
#include "minutes-next-meeting.h"
