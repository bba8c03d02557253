/* minutes-declaration.h
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "minutes-node.h"
#include "minutes-types.h"
#include "minutes-enums.h"

G_BEGIN_DECLS

#define MINUTES_TYPE_DECLARATION (minutes_declaration_get_type ())

G_DECLARE_FINAL_TYPE (MinutesDeclaration, minutes_declaration, MINUTES, DECLARATION, MinutesNode)

MinutesDeclaration *    minutes_declaration_new          (void);
MinutesPerson *         minutes_declaration_get_person   (MinutesDeclaration *self);
void                    minutes_declaration_set_person   (MinutesDeclaration *self,
                                                          MinutesPerson      *person);
MinutesAgendaItem *     minutes_declaration_get_item     (MinutesDeclaration *self);
void                    minutes_declaration_set_item     (MinutesDeclaration *self,
                                                          MinutesAgendaItem  *item);
MinutesDeclarationKind  minutes_declaration_get_kind     (MinutesDeclaration *self);
void                    minutes_declaration_set_kind     (MinutesDeclaration     *self,
                                                          MinutesDeclarationKind  kind);
const char *            minutes_declaration_get_text     (MinutesDeclaration *self);
void                    minutes_declaration_set_text     (MinutesDeclaration *self,
                                                          const char         *text);
gboolean                minutes_declaration_get_withdrew (MinutesDeclaration *self);
void                    minutes_declaration_set_withdrew (MinutesDeclaration *self,
                                                          gboolean            withdrew);

G_END_DECLS
