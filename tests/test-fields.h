/* test-fields.h: every string field a clerk can type, for the export tests
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-core.h"

G_BEGIN_DECLS

typedef void (*TestFieldFunc) (GObject    *object,
                               const char *property,
                               gpointer    user_data);

void test_fields_foreach_item    (MinutesAgendaItem *item,
                                  TestFieldFunc      func,
                                  gpointer           user_data);
void test_fields_foreach_meeting (MinutesMeeting    *meeting,
                                  TestFieldFunc      func,
                                  gpointer           user_data);

G_END_DECLS
