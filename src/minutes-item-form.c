/* minutes-item-form.c
 *
 * Copyright 2026 The Minutes authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "minutes-item-form"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "minutes-form-util.h"
#include "minutes-item-form.h"
#include "minutes-motion-editor.h"
#include "minutes-picker.h"
#include "minutes-resolution-editor.h"

/* One agenda item as the clerk drafts it live: its title, the discussion as
 * numbered key points (Enter starts the next one, numbers follow every
 * insertion and move), narrative lines and procedural notes, and the
 * actions with their owners; the witnesses, motions, resolutions (with the
 * template's quick phrases on Alt+1 … Alt+9), report documents and whether
 * the item is exempt from publication. */
struct _MinutesItemForm
{
  AdwBin             parent_instance;

  /* Template widgets */
  AdwEntryRow        *title_row;
  AdwEntryRow        *number_row;
  GtkListBox         *discussion_list;
  GtkListBox         *actions_list;
  AdwEntryRow        *witness_row;
  GtkWidget          *witness_picker_box;
  GtkListBox         *witnesses_list;
  GtkWidget          *motions_box;
  GtkMenuButton      *quick_button;
  GtkWidget          *resolutions_box;
  GtkListBox         *documents_list;
  GtkSwitch          *exempt_switch;
  AdwEntryRow        *ground_row;
  AdwEntryRow        *publication_row;
  AdwEntryRow        *title_translation_row;
  AdwPreferencesGroup *texts_group;

  GtkWidget          *witness_picker;
  MinutesAgendaItem  *item;
  MinutesTemplate    *template;
  char               *translation_language;  /* NULL: the texts in one language */
};

G_DEFINE_FINAL_TYPE (MinutesItemForm, minutes_item_form, ADW_TYPE_BIN)

static GtkWidget *find_row_with (GtkListBox *list,
                                 const char *key,
                                 gpointer    object);

static guint
entry_position (MinutesAgendaItem      *item,
                MinutesDiscussionEntry *entry)
{
  guint position = 0;

  if (!g_list_store_find (G_LIST_STORE (minutes_agenda_item_get_discussion (item)), entry, &position))
    return GTK_INVALID_LIST_POSITION;

  return position;
}

static void
focus_row (GtkListBox *list,
           guint       position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int) position);

  if (row != NULL)
    minutes_focus_editable (GTK_WIDGET (row));
}

static void
insert_entry (MinutesItemForm  *self,
              guint             position,
              MinutesEntryType  type)
{
  g_autoptr(MinutesDiscussionEntry) entry = minutes_discussion_entry_new ();

  minutes_discussion_entry_set_entry_type (entry, type);
  minutes_agenda_item_insert_entry (self->item, position, entry);
  focus_row (self->discussion_list, position);
}

static void
update_number_cb (MinutesDiscussionEntry *entry,
                  GParamSpec             *pspec,
                  GtkWidget              *row)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "number-label");
  GtkWidget *editable = g_object_get_data (G_OBJECT (row), "editable");
  g_autofree char *number = minutes_discussion_entry_dup_number (entry);
  g_autofree char *accessible = NULL;
  GtkWidget *translation;

  gtk_label_set_text (label, number != NULL ? number : "");

  if (editable == NULL)
    return;

  if (minutes_discussion_entry_get_entry_type (entry) == MINUTES_ENTRY_POINT)
    /* Translators: the accessible name of a key point's entry, %s its number (3.1) */
    accessible = g_strdup_printf (_("Point %s"), number != NULL ? number : "");
  else
    accessible = g_strdup (_("Narrative line"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (editable),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  translation = g_object_get_data (G_OBJECT (row), "translation");
  if (translation != NULL)
    {
      const char *language = g_object_get_data (G_OBJECT (translation), "minutes-language");
      /* Translators: the accessible name of the field for a line in another
       * language, e.g. "Point 3.1 (Welsh)" */
      g_autofree char *translated = g_strdup_printf (_("%s (%s)"), accessible,
                                                     minutes_get_language_short_name (language));

      gtk_accessible_update_property (GTK_ACCESSIBLE (translation),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, translated,
                                      -1);
    }
}

static void
entry_activate_cb (GtkEntry  *editable,
                   GtkWidget *row)
{
  MinutesItemForm *self = g_object_get_data (G_OBJECT (row), "form");
  MinutesDiscussionEntry *entry = g_object_get_data (G_OBJECT (row), "entry");
  guint position = entry_position (self->item, entry);

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  insert_entry (self, position + 1, MINUTES_ENTRY_POINT);
}

/* Whether the focus is in WIDGET (an entry: in its text) */
static gboolean
focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Enter in the translation of a line goes on to the translation of the
 * next line, as the clerk translates the discussion line by line. */
static void
translation_activate_cb (GtkEntry  *translation,
                         GtkWidget *row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (row);
  GtkWidget *next_translation;

  for (; next != NULL; next = gtk_widget_get_next_sibling (next))
    {
      if (!GTK_IS_LIST_BOX_ROW (next))
        continue;
      next_translation = g_object_get_data (G_OBJECT (next), "translation");
      if (next_translation != NULL)
        {
          gtk_widget_grab_focus (next_translation);
          gtk_editable_set_position (GTK_EDITABLE (next_translation), -1);
          minutes_reveal_later (next);
          return;
        }
    }
}

static gboolean
row_shortcut_cb (GtkWidget *row,
                 GVariant  *args,
                 gpointer   user_data)
{
  MinutesItemForm *self = g_object_get_data (G_OBJECT (row), "form");
  MinutesDiscussionEntry *entry = g_object_get_data (G_OBJECT (row), "entry");
  GtkWidget *editable = g_object_get_data (G_OBJECT (row), "editable");
  const char *what = g_variant_get_string (args, NULL);
  guint position = entry_position (self->item, entry);
  guint n_entries = g_list_model_get_n_items (minutes_agenda_item_get_discussion (self->item));

  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  if (g_str_equal (what, "up") && position > 0)
    {
      minutes_agenda_item_move_entry (self->item, entry, position - 1);
      focus_row (self->discussion_list, position - 1);
      return TRUE;
    }

  if (g_str_equal (what, "down") && position + 1 < n_entries)
    {
      minutes_agenda_item_move_entry (self->item, entry, position + 1);
      focus_row (self->discussion_list, position + 1);
      return TRUE;
    }

  if (g_str_equal (what, "backspace") && editable != NULL &&
      focus_within (editable) &&
      gtk_editable_get_text (GTK_EDITABLE (editable))[0] == '\0')
    {
      minutes_agenda_item_remove_entry (self->item, entry);
      if (position > 0)
        focus_row (self->discussion_list, position - 1);
      return TRUE;
    }

  return FALSE;
}

static void
add_row_shortcut (GtkWidget  *row,
                  const char *trigger,
                  const char *what)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcut *shortcut;

  shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                               gtk_callback_action_new (row_shortcut_cb, NULL, NULL));
  gtk_shortcut_set_arguments (shortcut, g_variant_new_string (what));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  /* Before the entry, which would take Backspace and the arrows itself. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (row, controller);
}

static void
remove_entry_clicked_cb (GtkButton *button,
                         GtkWidget *row)
{
  MinutesItemForm *self = g_object_get_data (G_OBJECT (row), "form");
  MinutesDiscussionEntry *entry = g_object_get_data (G_OBJECT (row), "entry");

  minutes_agenda_item_remove_entry (self->item, entry);
}

static GtkWidget *
new_remove_button (const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  return button;
}

static GtkWidget *
new_time_entry (gpointer    object,
                const char *property,
                const char *label)
{
  GtkWidget *editable = gtk_entry_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (editable), 6);
  gtk_entry_set_placeholder_text (GTK_ENTRY (editable), _("HH:MM"));
  gtk_widget_set_tooltip_text (editable, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (editable),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  minutes_bind_time (object, property, GTK_EDITABLE (editable));

  return editable;
}

/* Drops the number a pasted line starts with ("3.4. Text", "3.4 Text",
 * "12. Text"), as minutes drafted elsewhere number their points. */
static char *
strip_number (const char *line)
{
  g_autoptr(GRegex) regex = g_regex_new ("^\\s*\\d+(\\.\\d+)*\\.?(\\s+|$)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  int end = 0;

  if (g_regex_match (regex, line, 0, &match))
    g_match_info_fetch_pos (match, 0, NULL, &end);

  return g_strstrip (g_strdup (line + end));
}

static gboolean
starts_with_point_number (const char *line)
{
  /* A dotted number (3.4), or a plain one with its full stop (3.): not a
   * line that starts with a year or an amount. */
  g_autoptr(GRegex) regex = g_regex_new ("^\\s*\\d+(\\.\\d+)+\\.?\\s|^\\s*\\d+\\.\\s", 0, 0, NULL);

  return g_regex_match (regex, line, 0, NULL);
}

/* Splits a pasted block into points: one per existing point number when the
 * block is numbered (the lines between belong to the point before), else
 * one per line; the numbers are dropped. Returns NULL for text that is not
 * a block (a single line). */
static GPtrArray *
split_block (const char *text)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) pieces = NULL;
  g_autoptr(GString) current = NULL;
  gboolean numbered = FALSE;

  if (strpbrk (text, "\r\n") == NULL)
    return NULL;

  lines = g_strsplit_set (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    numbered |= starts_with_point_number (lines[i]);

  pieces = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));

      if (line[0] == '\0')
        continue;

      if (!numbered)
        g_ptr_array_add (pieces, g_steal_pointer (&line));
      else if (starts_with_point_number (line) || current == NULL)
        {
          g_autofree char *piece = strip_number (line);

          if (current != NULL)
            g_ptr_array_add (pieces, g_string_free (g_steal_pointer (&current), FALSE));
          current = g_string_new (piece);
        }
      else
        {
          if (current->len > 0)
            g_string_append_c (current, ' ');
          g_string_append (current, line);
        }
    }

  if (current != NULL)
    g_ptr_array_add (pieces, g_string_free (g_steal_pointer (&current), FALSE));

  return g_steal_pointer (&pieces);
}

/* A block being inserted into the field of @row's line, split as
 * split_block() splits it, with the insertion stopped and @at set to the
 * line's place; NULL when it is not a block (the field takes it as it is)
 * or the line has gone */
static GPtrArray *
take_pasted_block (GtkEditable *delegate,
                   const char  *text,
                   int          length,
                   GtkWidget   *row,
                   guint       *at)
{
  MinutesItemForm *self = g_object_get_data (G_OBJECT (row), "form");
  MinutesDiscussionEntry *entry = g_object_get_data (G_OBJECT (row), "entry");
  g_autofree char *chunk = length < 0 ? g_strdup (text) : g_strndup (text, length);
  g_autoptr(GPtrArray) pieces = split_block (chunk);

  if (pieces == NULL)
    return NULL;

  g_signal_stop_emission_by_name (delegate, "insert-text");

  *at = entry_position (self->item, entry);
  if (pieces->len == 0 || *at == GTK_INVALID_LIST_POSITION)
    return NULL;

  return g_steal_pointer (&pieces);
}

/* Where the cursor at character @position of @text is (its end, if the
 * text is shorter) */
static const char *
at_cursor (const char *text,
           int         position)
{
  return g_utf8_offset_to_pointer (text, MIN (position, (int) g_utf8_strlen (text, -1)));
}

/* A block pasted (or dropped) into a line becomes one point per line: the
 * first joins the text where the cursor was, the others follow as new
 * points, in one undo step. */
static void
insert_text_cb (GtkEditable *delegate,
                const char  *text,
                int          length,
                int         *position,
                GtkWidget   *row)
{
  MinutesItemForm *self = g_object_get_data (G_OBJECT (row), "form");
  MinutesDiscussionEntry *entry = g_object_get_data (G_OBJECT (row), "entry");
  g_autoptr(GPtrArray) pieces = NULL;
  g_autofree char *before = NULL;
  g_autofree char *first = NULL;
  const char *current;
  const char *split;
  guint at;

  if ((pieces = take_pasted_block (delegate, text, length, row, &at)) == NULL)
    return;

  current = minutes_discussion_entry_get_text (entry);
  if (current == NULL)
    current = "";
  split = at_cursor (current, *position);
  before = g_strndup (current, split - current);
  first = g_strconcat (before, g_ptr_array_index (pieces, 0), NULL);

  if (pieces->len == 1)
    {
      g_autofree char *joined = g_strconcat (first, split, NULL);

      minutes_discussion_entry_set_text (entry, joined);
      return;
    }

  minutes_discussion_entry_set_text (entry, first);
  for (guint i = 1; i < pieces->len; i++)
    {
      g_autoptr(MinutesDiscussionEntry) point = minutes_discussion_entry_new ();
      g_autofree char *last = NULL;
      const char *piece = g_ptr_array_index (pieces, i);

      /* What followed the cursor stays at the end of the block. */
      if (i + 1 == pieces->len && split[0] != '\0')
        piece = last = g_strconcat (piece, split, NULL);

      minutes_discussion_entry_set_entry_type (point, MINUTES_ENTRY_POINT);
      minutes_discussion_entry_set_text (point, piece);
      minutes_agenda_item_insert_entry (self->item, at + i, point);
    }

  focus_row (self->discussion_list, at + pieces->len - 1);
}

static void
free_string (gpointer string)
{
  g_string_free (string, TRUE);
}

/* A block pasted (or dropped) into the translation of a line, as the
 * translation of the discussion comes back from the translators: one piece
 * per line, split as a block pasted into the lines themselves is, goes to
 * the translation of this line and of the lines after it (what was there
 * is replaced; procedural notes, which have no text, are passed over).
 * What does not fit joins the last line. One undo step. */
static void
translation_insert_text_cb (GtkEditable *delegate,
                            const char  *text,
                            int          length,
                            int         *position,
                            GtkWidget   *row)
{
  MinutesItemForm *self = g_object_get_data (G_OBJECT (row), "form");
  MinutesDiscussionEntry *entry = g_object_get_data (G_OBJECT (row), "entry");
  GListModel *discussion = minutes_agenda_item_get_discussion (self->item);
  const char *language = self->translation_language;
  g_autoptr(GPtrArray) pieces = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  const char *current;
  const char *split;
  GtkListBoxRow *last_row;
  GtkWidget *last_field;
  guint at;
  guint last;

  if ((pieces = take_pasted_block (delegate, text, length, row, &at)) == NULL)
    return;

  /* The lines the pieces go to: this one and those after it. */
  lines = g_ptr_array_new_with_free_func (g_object_unref);
  positions = g_array_new (FALSE, FALSE, sizeof (guint));
  texts = g_ptr_array_new_with_free_func (free_string);
  for (guint i = at; i < g_list_model_get_n_items (discussion) && lines->len < pieces->len; i++)
    {
      g_autoptr(MinutesDiscussionEntry) line = g_list_model_get_item (discussion, i);

      if (minutes_discussion_entry_get_entry_type (line) == MINUTES_ENTRY_PROCEDURAL)
        continue;
      g_ptr_array_add (lines, g_steal_pointer (&line));
      g_array_append_val (positions, i);
      g_ptr_array_add (texts, g_string_new (NULL));
    }
  last = lines->len - 1;

  /* The first piece joins the text where the cursor was; what followed the
   * cursor stays at the end of the block. */
  current = minutes_node_get_translation (MINUTES_NODE (entry), language, "text");
  if (current == NULL)
    current = "";
  split = at_cursor (current, *position);
  g_string_append_len (g_ptr_array_index (texts, 0), current, split - current);

  for (guint i = 0; i < pieces->len; i++)
    {
      GString *line_text = g_ptr_array_index (texts, MIN (i, last));

      if (i > last && line_text->len > 0)
        g_string_append_c (line_text, ' ');
      g_string_append (line_text, g_ptr_array_index (pieces, i));
    }
  g_string_append (g_ptr_array_index (texts, last), split);

  for (guint i = 0; i < lines->len; i++)
    minutes_node_set_translation (g_ptr_array_index (lines, i), language, "text",
                                  ((GString *) g_ptr_array_index (texts, i))->str);

  /* The cursor goes to the end of the last line filled. */
  last_row = gtk_list_box_get_row_at_index (self->discussion_list,
                                            (int) g_array_index (positions, guint, last));
  last_field = last_row != NULL ? g_object_get_data (G_OBJECT (last_row), "translation") : NULL;
  if (last_field != NULL)
    {
      gtk_widget_grab_focus (last_field);
      gtk_editable_set_position (GTK_EDITABLE (last_field), -1);
      minutes_reveal_later (GTK_WIDGET (last_row));
    }
}

/* The field for the line in the translation language, below the line's
 * own: marked with the language where the number is above. */
static GtkWidget *
new_translation_line (MinutesItemForm        *self,
                      MinutesDiscussionEntry *entry,
                      MinutesEntryType        type,
                      GtkWidget              *number,
                      GtkWidget              *row)
{
  const char *language = self->translation_language;
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *holder = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *translation = gtk_entry_new ();
  g_autoptr(GtkSizeGroup) group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  /* Translators: the placeholder of the field for a line in another
   * language, e.g. "Key point (Welsh)" */
  g_autofree char *placeholder = g_strdup_printf (_("%s (%s)"),
                                                  type == MINUTES_ENTRY_POINT ? _("Key point") : _("Narrative line"),
                                                  minutes_get_language_short_name (language));

  gtk_box_append (GTK_BOX (holder), minutes_language_badge_new (language));
  gtk_size_group_add_widget (group, number);
  gtk_size_group_add_widget (group, holder);

  gtk_widget_set_hexpand (translation, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (translation), placeholder);
  gtk_widget_add_css_class (translation, "minutes-translation");
  minutes_bind_translation (entry, language, "text", GTK_EDITABLE (translation));
  g_signal_connect (translation, "activate", G_CALLBACK (translation_activate_cb), row);
  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (translation)), "insert-text",
                    G_CALLBACK (translation_insert_text_cb), row);
  g_object_set_data (G_OBJECT (row), "translation", translation);

  gtk_box_append (GTK_BOX (line), holder);
  gtk_box_append (GTK_BOX (line), translation);

  return line;
}

static GtkWidget *
create_entry_row (gpointer item,
                  gpointer user_data)
{
  MinutesItemForm *self = user_data;
  MinutesDiscussionEntry *entry = item;
  MinutesEntryType type = minutes_discussion_entry_get_entry_type (entry);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *content = box;  /* where the number and the line's field go */
  GtkWidget *lines = NULL;   /* with the translation: the line, then its translation */
  GtkWidget *button;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data (G_OBJECT (row), "form", self);
  g_object_set_data_full (G_OBJECT (row), "entry", g_object_ref (entry), g_object_unref);
  g_object_set_data (G_OBJECT (row), "number-label", number);

  gtk_label_set_width_chars (GTK_LABEL (number), 5);
  gtk_label_set_xalign (GTK_LABEL (number), 0);
  gtk_widget_add_css_class (number, "numeric");
  gtk_widget_add_css_class (number, "dim-label");

  if (self->translation_language != NULL && type != MINUTES_ENTRY_PROCEDURAL)
    {
      lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      gtk_widget_set_hexpand (lines, TRUE);
      gtk_box_append (GTK_BOX (lines), content);
      gtk_box_append (GTK_BOX (box), lines);
    }
  gtk_box_append (GTK_BOX (content), number);

  if (type == MINUTES_ENTRY_PROCEDURAL)
    {
      GtkWidget *label = gtk_label_new (NULL);

      switch (minutes_discussion_entry_get_procedure (entry))
        {
        case MINUTES_PROCEDURE_ADJOURNMENT:
          gtk_label_set_text (GTK_LABEL (label), _("Adjourned from"));
          gtk_box_append (GTK_BOX (box), label);
          gtk_box_append (GTK_BOX (box), new_time_entry (entry, "from", _("Adjourned at")));
          gtk_box_append (GTK_BOX (box), gtk_label_new (_("to")));
          gtk_box_append (GTK_BOX (box), new_time_entry (entry, "to", _("Resumed at")));
          break;

        case MINUTES_PROCEDURE_ARRIVAL:
        case MINUTES_PROCEDURE_DEPARTURE:
        case MINUTES_PROCEDURE_OTHER:
        default:
          gtk_label_set_text (GTK_LABEL (label), _("Procedural note at"));
          gtk_box_append (GTK_BOX (box), label);
          gtk_box_append (GTK_BOX (box), new_time_entry (entry, "from", _("Time of the note")));
          break;
        }
    }
  else
    {
      GtkWidget *editable = gtk_entry_new ();

      g_object_set_data (G_OBJECT (row), "editable", editable);
      gtk_widget_set_hexpand (editable, TRUE);
      /* Ctrl+Z undoes in the meeting, across fields, not in one entry. */
      gtk_editable_set_enable_undo (GTK_EDITABLE (editable), FALSE);
      gtk_entry_set_placeholder_text (GTK_ENTRY (editable),
                                      type == MINUTES_ENTRY_POINT ? _("Key point") : _("Narrative line"));
      minutes_bind_text (entry, "text", GTK_EDITABLE (editable));
      g_signal_connect (editable, "activate", G_CALLBACK (entry_activate_cb), row);
      g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (editable)), "insert-text",
                        G_CALLBACK (insert_text_cb), row);
      gtk_box_append (GTK_BOX (content), editable);
      if (lines != NULL)
        gtk_box_append (GTK_BOX (lines), new_translation_line (self, entry, type, number, row));
      add_row_shortcut (row, "BackSpace", "backspace");
    }

  add_row_shortcut (row, "<Control><Shift>Up", "up");
  add_row_shortcut (row, "<Control><Shift>Down", "down");

  button = new_remove_button (_("Remove This Line"));
  g_signal_connect (button, "clicked", G_CALLBACK (remove_entry_clicked_cb), row);
  gtk_box_append (GTK_BOX (box), button);

  update_number_cb (entry, NULL, row);
  g_signal_connect_object (entry, "notify::number", G_CALLBACK (update_number_cb), row, G_CONNECT_DEFAULT);

  return row;
}

static void
owner_selected_cb (GtkDropDown   *dropdown,
                   GParamSpec    *pspec,
                   MinutesAction *action)
{
  g_autoptr(MinutesPerson) person = NULL;
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  person = g_list_model_get_item (gtk_drop_down_get_model (dropdown), selected);
  minutes_action_set_owner (action, person);
}

static void
owner_notify_cb (MinutesAction *action,
                 GParamSpec    *pspec,
                 GtkDropDown   *dropdown)
{
  MinutesPerson *owner = minutes_action_get_owner (action);
  guint position = GTK_INVALID_LIST_POSITION;

  if (owner != NULL &&
      !g_list_store_find (G_LIST_STORE (gtk_drop_down_get_model (dropdown)), owner, &position))
    position = GTK_INVALID_LIST_POSITION;

  if (gtk_drop_down_get_selected (dropdown) != position)
    gtk_drop_down_set_selected (dropdown, position);
}

static void
remove_action_clicked_cb (GtkButton     *button,
                          MinutesAction *action)
{
  MinutesAgendaItem *item = MINUTES_AGENDA_ITEM (minutes_node_get_parent (MINUTES_NODE (action)));

  if (item != NULL)
    minutes_agenda_item_remove_action (item, action);
}

static GtkWidget *
create_action_row (gpointer item,
                   gpointer user_data)
{
  MinutesItemForm *self = user_data;
  MinutesAction *action = item;
  MinutesMeeting *meeting = minutes_agenda_item_get_meeting (self->item);
  GtkWidget *row = adw_entry_row_new ();
  GtkExpression *expression;
  GtkWidget *owner;
  GtkWidget *button;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Action"));
  g_object_set_data_full (G_OBJECT (row), "action", g_object_ref (action), g_object_unref);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  minutes_bind_text (action, "text", GTK_EDITABLE (row));

  expression = gtk_property_expression_new (MINUTES_TYPE_PERSON, NULL, "name");
  owner = gtk_drop_down_new (g_object_ref (minutes_meeting_get_people (meeting)), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (owner), TRUE);
  gtk_widget_set_valign (owner, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (owner, _("Owner"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (owner),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Owner"),
                                  -1);
  owner_notify_cb (action, NULL, GTK_DROP_DOWN (owner));
  g_signal_connect_object (owner, "notify::selected", G_CALLBACK (owner_selected_cb), action, G_CONNECT_DEFAULT);
  g_signal_connect_object (action, "notify::owner", G_CALLBACK (owner_notify_cb), owner, G_CONNECT_DEFAULT);
  g_object_set_data (G_OBJECT (row), "owner", owner);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), owner);

  button = new_remove_button (_("Remove This Action"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_action_clicked_cb), action, G_CONNECT_DEFAULT);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);

  return row;
}

/* With the translations shown, each action's row is followed by the row
 * for its text in the other language: two rows an action, so the list is
 * built here rather than bound to the model. */
static void
rebuild_actions (MinutesItemForm *self)
{
  GListModel *actions = minutes_agenda_item_get_actions (self->item);
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->actions_list, 0)) != NULL)
    gtk_list_box_remove (self->actions_list, GTK_WIDGET (row));

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(MinutesAction) action = g_list_model_get_item (actions, i);

      gtk_list_box_append (self->actions_list, create_action_row (action, self));
      gtk_list_box_append (self->actions_list,
                           minutes_translation_row_new (action, "text", _("Action"),
                                                        self->translation_language));
    }
}

/* Witnesses */

static void
remove_witness_clicked_cb (GtkButton     *button,
                           MinutesPerson *person)
{
  MinutesItemForm *self = g_object_get_data (G_OBJECT (button), "form");

  minutes_agenda_item_remove_witness (self->item, person);
}

static void
update_witness_row_cb (MinutesPerson *person,
                       GParamSpec    *pspec,
                       AdwActionRow  *row)
{
  g_autofree char *name = minutes_person_dup_full_name (person);
  g_autofree char *description = minutes_person_dup_description (person);
  g_autofree char *escaped_name = g_markup_escape_text (name != NULL ? name : "", -1);
  g_autofree char *escaped_description = g_markup_escape_text (description != NULL ? description : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_name);
  adw_action_row_set_subtitle (row, escaped_description);
}

static GtkWidget *
create_witness_row (gpointer item,
                    gpointer user_data)
{
  MinutesItemForm *self = user_data;
  MinutesPerson *person = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = new_remove_button (_("Remove This Witness"));

  update_witness_row_cb (person, NULL, ADW_ACTION_ROW (row));
  g_signal_connect_object (person, "notify", G_CALLBACK (update_witness_row_cb), row, G_CONNECT_DEFAULT);
  g_object_set_data (G_OBJECT (button), "form", self);
  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_witness_clicked_cb), person, G_CONNECT_DEFAULT);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static MinutesPerson *
find_person_by_name (MinutesMeeting *meeting,
                     const char     *name)
{
  GListModel *people = minutes_meeting_get_people (meeting);
  g_autofree char *wanted = g_utf8_casefold (name, -1);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MinutesPerson) person = g_list_model_get_item (people, i);
      const char *short_name = minutes_person_get_name (person);
      g_autofree char *full_name = minutes_person_dup_full_name (person);
      g_autofree char *folded_short = g_utf8_casefold (short_name != NULL ? short_name : "", -1);
      g_autofree char *folded_full = g_utf8_casefold (full_name != NULL ? full_name : "", -1);

      if (g_str_equal (wanted, folded_short) || g_str_equal (wanted, folded_full))
        return person;
    }

  return NULL;
}

static gboolean
add_witness (MinutesItemForm *self,
             MinutesPerson   *person)
{
  if (g_list_store_find (G_LIST_STORE (minutes_agenda_item_get_witnesses (self->item)), person, NULL))
    return FALSE;

  minutes_agenda_item_append_witness (self->item, person);
  return TRUE;
}

/* A name typed and Enter: the person of that name in the attendance, else a
 * new person, added to the attendance as present, in the same step. */
static void
witness_activated_cb (MinutesItemForm *self)
{
  MinutesMeeting *meeting = minutes_agenda_item_get_meeting (self->item);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->witness_row))));
  MinutesPerson *person;

  if (name[0] == '\0')
    return;

  person = find_person_by_name (meeting, name);
  if (person == NULL)
    {
      g_autoptr(MinutesPerson) added = minutes_person_new ();

      minutes_person_set_name (added, name);
      minutes_person_set_kind (added, MINUTES_PERSON_KIND_EXTERNAL);
      minutes_person_set_attendance (added, MINUTES_ATTENDANCE_PRESENT);
      minutes_meeting_append_person (meeting, added);
      person = added;
    }

  if (!add_witness (self, person))
    gtk_widget_error_bell (GTK_WIDGET (self));

  gtk_editable_set_text (GTK_EDITABLE (self->witness_row), "");
}

static void
add_witness_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MinutesItemForm *self = MINUTES_ITEM_FORM (widget);
  GtkDropDown *picker = GTK_DROP_DOWN (self->witness_picker);
  g_autoptr(MinutesPerson) person = NULL;

  if (gtk_drop_down_get_selected (picker) == GTK_INVALID_LIST_POSITION)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  person = g_list_model_get_item (gtk_drop_down_get_model (picker), gtk_drop_down_get_selected (picker));
  if (!add_witness (self, person))
    gtk_widget_error_bell (widget);
}

/* Motions and resolutions: one editor each, rebuilt with the list. */

static void
rebuild_box (GtkWidget  *box,
             GListModel *model,
             GtkWidget *(*create) (gpointer))
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      gtk_box_append (GTK_BOX (box), create (object));
    }

  gtk_widget_set_visible (box, g_list_model_get_n_items (model) > 0);
}

static void
motions_changed_cb (MinutesItemForm *self)
{
  rebuild_box (self->motions_box, minutes_agenda_item_get_motions (self->item),
               (GtkWidget *(*) (gpointer)) minutes_motion_editor_new);
}

static void
resolutions_changed_cb (MinutesItemForm *self)
{
  rebuild_box (self->resolutions_box, minutes_agenda_item_get_resolutions (self->item),
               (GtkWidget *(*) (gpointer)) minutes_resolution_editor_new);

  for (GtkWidget *editor = gtk_widget_get_first_child (self->resolutions_box);
       editor != NULL && self->translation_language != NULL;
       editor = gtk_widget_get_next_sibling (editor))
    minutes_resolution_editor_set_translation_language (MINUTES_RESOLUTION_EDITOR (editor),
                                                        self->translation_language);
}

static GtkWidget *
nth_child (GtkWidget *box,
           guint      n)
{
  GtkWidget *child = gtk_widget_get_first_child (box);

  for (; child != NULL && n > 0; n--)
    child = gtk_widget_get_next_sibling (child);

  return child;
}

static void
add_motion_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MinutesItemForm *self = MINUTES_ITEM_FORM (widget);
  g_autoptr(MinutesMotion) motion = minutes_motion_new ();
  guint position = g_list_model_get_n_items (minutes_agenda_item_get_motions (self->item));
  GtkWidget *editor;

  minutes_agenda_item_append_motion (self->item, motion);
  editor = nth_child (self->motions_box, position);
  if (editor != NULL)
    minutes_motion_editor_focus (MINUTES_MOTION_EDITOR (editor));
}

static void
append_resolution (MinutesItemForm   *self,
                   MinutesResolution *resolution)
{
  guint position = g_list_model_get_n_items (minutes_agenda_item_get_resolutions (self->item));
  GtkWidget *editor;

  minutes_agenda_item_append_resolution (self->item, resolution);
  editor = nth_child (self->resolutions_box, position);
  if (editor != NULL)
    minutes_resolution_editor_focus (MINUTES_RESOLUTION_EDITOR (editor));
}

static void
add_resolution_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  g_autoptr(MinutesResolution) resolution = minutes_resolution_new ();

  append_resolution (MINUTES_ITEM_FORM (widget), resolution);
}

/* Alt+N, or the menu: the Nth quick resolution of the template. A "to
 * recommend" one whose wording is the template's own lead-in gets no
 * wording (the lead-in prints anyway) but its first numbered point. */
static void
quick_resolution_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MinutesItemForm *self = MINUTES_ITEM_FORM (widget);
  guint n = g_variant_get_uint32 (parameter);
  g_autoptr(MinutesResolution) resolution = NULL;
  const MinutesQuickResolution *quick;
  GPtrArray *quicks;

  quicks = self->template != NULL ? minutes_template_get_quick_resolutions (self->template) : NULL;
  if (quicks == NULL || n < 1 || n > quicks->len)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  quick = g_ptr_array_index (quicks, n - 1);
  resolution = minutes_resolution_new ();
  minutes_resolution_set_kind (resolution, quick->kind);

  if (quick->kind == MINUTES_RESOLUTION_TO_RECOMMEND &&
      g_strcmp0 (quick->text, minutes_template_get_phrase (self->template, "resolution-to-recommend-lead")) == 0)
    {
      g_autoptr(MinutesResolutionPoint) point = minutes_resolution_point_new ();

      minutes_resolution_append_point (resolution, point);
    }
  else
    {
      minutes_resolution_set_text (resolution, quick->text);
    }

  append_resolution (self, resolution);
}

static void
setup_quick_menu (MinutesItemForm *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *quicks;

  self->template = minutes_template_lookup_for_meeting (minutes_agenda_item_get_meeting (self->item), &error);
  if (self->template == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->quick_button), FALSE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->quick_button), error->message);
      return;
    }

  quicks = minutes_template_get_quick_resolutions (self->template);
  for (guint i = 0; i < quicks->len; i++)
    {
      const MinutesQuickResolution *quick = g_ptr_array_index (quicks, i);
      g_autoptr(GMenuItem) menu_item = NULL;
      g_autofree char *accel = g_strdup_printf ("<Alt>%u", i + 1);

      menu_item = g_menu_item_new (quick->label != NULL ? quick->label : quick->text, NULL);
      g_menu_item_set_action_and_target (menu_item, "item.quick-resolution", "u", i + 1);
      if (i < 9)
        g_menu_item_set_attribute (menu_item, "accel", "s", accel);
      g_menu_append_item (menu, menu_item);
    }

  gtk_menu_button_set_menu_model (self->quick_button, G_MENU_MODEL (menu));
  gtk_widget_set_sensitive (GTK_WIDGET (self->quick_button), quicks->len > 0);
}

/* Report documents */

static gboolean
bytes_to_kb (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  gint64 bytes = g_value_get_int64 (from);

  g_value_set_double (to, bytes < 0 ? -1 : (bytes + 512) / 1024);
  return TRUE;
}

static gboolean
kb_to_bytes (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  double kb = g_value_get_double (from);

  g_value_set_int64 (to, kb < 0 ? -1 : (gint64) kb * 1024);
  return TRUE;
}

static void
remove_document_clicked_cb (GtkButton         *button,
                            MinutesAttachment *attachment)
{
  MinutesNode *parent = minutes_node_get_parent (MINUTES_NODE (attachment));

  if (MINUTES_IS_AGENDA_ITEM (parent))
    minutes_agenda_item_remove_attachment (MINUTES_AGENDA_ITEM (parent), attachment);
}

static GtkWidget *
new_labelled_entry (gpointer    object,
                    const char *property,
                    const char *label,
                    int         width)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), label);
  gtk_widget_set_tooltip_text (entry, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  if (width > 0)
    gtk_editable_set_width_chars (GTK_EDITABLE (entry), width);
  else
    gtk_widget_set_hexpand (entry, TRUE);
  minutes_bind_text (object, property, GTK_EDITABLE (entry));

  return entry;
}

static GtkWidget *
create_document_row (gpointer item,
                     gpointer user_data)
{
  MinutesAttachment *attachment = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkAdjustment *adjustment = gtk_adjustment_new (-1, -1, 1e9, 1, 100, 0);
  GtkWidget *size = gtk_spin_button_new (adjustment, 1, 0);
  GtkWidget *button = new_remove_button (_("Remove This Document"));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_box_append (GTK_BOX (box), new_labelled_entry (attachment, "title", _("Document title"), 0));
  gtk_box_append (GTK_BOX (box), new_labelled_entry (attachment, "file-type", _("Type (PDF)"), 8));

  gtk_widget_set_tooltip_text (size, _("Size in kB"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (size),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Size in kB"),
                                  -1);
  gtk_editable_set_width_chars (GTK_EDITABLE (size), 6);
  minutes_spin_button_allow_unset (GTK_SPIN_BUTTON (size));
  g_object_bind_property_full (attachment, "size", adjustment, "value",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               bytes_to_kb, kb_to_bytes, NULL, NULL);
  gtk_box_append (GTK_BOX (box), size);
  gtk_box_append (GTK_BOX (box), gtk_label_new (_("kB")));

  g_signal_connect_object (button, "clicked", G_CALLBACK (remove_document_clicked_cb), attachment, G_CONNECT_DEFAULT);
  gtk_box_append (GTK_BOX (box), button);

  return row;
}

static void
add_document_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MinutesItemForm *self = MINUTES_ITEM_FORM (widget);
  g_autoptr(MinutesAttachment) attachment = minutes_attachment_new ();
  guint position = g_list_model_get_n_items (minutes_agenda_item_get_attachments (self->item));
  GtkListBoxRow *row;

  minutes_agenda_item_append_attachment (self->item, attachment);
  row = gtk_list_box_get_row_at_index (self->documents_list, (int) position);
  if (row != NULL)
    {
      minutes_focus_editable (GTK_WIDGET (row));
      minutes_reveal_later (GTK_WIDGET (row));
    }
}

static void
title_activated_cb (MinutesItemForm *self)
{
  /* From the title straight into the discussion. */
  if (g_list_model_get_n_items (minutes_agenda_item_get_discussion (self->item)) == 0)
    insert_entry (self, 0, MINUTES_ENTRY_POINT);
  else
    focus_row (self->discussion_list, 0);
}

static void
minutes_item_form_dispose (GObject *object)
{
  MinutesItemForm *self = MINUTES_ITEM_FORM (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), MINUTES_TYPE_ITEM_FORM);
  g_clear_object (&self->item);
  g_clear_object (&self->template);
  g_clear_pointer (&self->translation_language, g_free);

  G_OBJECT_CLASS (minutes_item_form_parent_class)->dispose (object);
}

static void
minutes_item_form_class_init (MinutesItemFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = minutes_item_form_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/minutes-item-form.ui");
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, title_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, number_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, discussion_list);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, actions_list);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, witness_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, witness_picker_box);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, witnesses_list);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, motions_box);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, quick_button);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, resolutions_box);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, documents_list);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, exempt_switch);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, ground_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, publication_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, title_translation_row);
  gtk_widget_class_bind_template_child (widget_class, MinutesItemForm, texts_group);
  gtk_widget_class_bind_template_callback (widget_class, title_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, witness_activated_cb);

  gtk_widget_class_install_action (widget_class, "item.add-witness", NULL, add_witness_action);
  gtk_widget_class_install_action (widget_class, "item.add-motion", NULL, add_motion_action);
  gtk_widget_class_install_action (widget_class, "item.add-resolution", NULL, add_resolution_action);
  gtk_widget_class_install_action (widget_class, "item.add-document", NULL, add_document_action);
  gtk_widget_class_install_action (widget_class, "item.quick-resolution", "u", quick_resolution_action);

  for (guint i = 1; i <= 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, GDK_ALT_MASK,
                                         "item.quick-resolution", "u", i);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "item.add-motion", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "item.add-resolution", NULL);
}

static GtkWidget *
new_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);

  return label;
}

static void
minutes_item_form_init (MinutesItemForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_placeholder (self->discussion_list,
                                new_placeholder (_("No points yet: press Enter in the title to start")));
  gtk_list_box_set_placeholder (self->actions_list, new_placeholder (_("No actions")));
  gtk_list_box_set_placeholder (self->witnesses_list, new_placeholder (_("No witnesses")));
  gtk_list_box_set_placeholder (self->documents_list, new_placeholder (_("No report documents")));

  gtk_editable_set_enable_undo (GTK_EDITABLE (self->title_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->number_row), FALSE);
}

GtkWidget *
minutes_item_form_new (MinutesAgendaItem *item)
{
  MinutesItemForm *self;

  g_return_val_if_fail (MINUTES_IS_AGENDA_ITEM (item), NULL);
  g_return_val_if_fail (minutes_agenda_item_get_meeting (item) != NULL, NULL);

  self = g_object_new (MINUTES_TYPE_ITEM_FORM, NULL);
  self->item = g_object_ref (item);

  minutes_bind_text (item, "title", GTK_EDITABLE (self->title_row));
  minutes_bind_text (item, "number-label", GTK_EDITABLE (self->number_row));
  gtk_list_box_bind_model (self->discussion_list,
                           minutes_agenda_item_get_discussion (item),
                           create_entry_row, self, NULL);
  gtk_list_box_bind_model (self->actions_list,
                           minutes_agenda_item_get_actions (item),
                           create_action_row, self, NULL);

  self->witness_picker = minutes_person_picker_new (minutes_agenda_item_get_meeting (item),
                                                    _("Witness from the attendance"));
  gtk_box_append (GTK_BOX (self->witness_picker_box), self->witness_picker);
  {
    GtkWidget *add = gtk_button_new_with_mnemonic (_("Add _Selected"));

    gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "item.add-witness");
    gtk_widget_set_tooltip_text (add, _("Add the person chosen in the list as a witness"));
    gtk_box_append (GTK_BOX (self->witness_picker_box), add);
  }
  gtk_list_box_bind_model (self->witnesses_list,
                           minutes_agenda_item_get_witnesses (item),
                           create_witness_row, self, NULL);

  g_signal_connect_object (minutes_agenda_item_get_motions (item), "items-changed",
                           G_CALLBACK (motions_changed_cb), self, G_CONNECT_SWAPPED);
  motions_changed_cb (self);
  g_signal_connect_object (minutes_agenda_item_get_resolutions (item), "items-changed",
                           G_CALLBACK (resolutions_changed_cb), self, G_CONNECT_SWAPPED);
  resolutions_changed_cb (self);
  setup_quick_menu (self);

  gtk_list_box_bind_model (self->documents_list,
                           minutes_agenda_item_get_attachments (item),
                           create_document_row, self, NULL);

  g_object_bind_property (item, "exempt", self->exempt_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (item, "exempt", self->ground_row, "sensitive",
                          G_BINDING_SYNC_CREATE);
  minutes_bind_text (item, "exemption-ground", GTK_EDITABLE (self->ground_row));
  minutes_bind_text (item, "publication-note", GTK_EDITABLE (self->publication_row));

  return GTK_WIDGET (self);
}

MinutesAgendaItem *
minutes_item_form_get_item (MinutesItemForm *self)
{
  g_return_val_if_fail (MINUTES_IS_ITEM_FORM (self), NULL);

  return self->item;
}

/* Adds a point or narrative line after the line that has the focus, or at
 * the end, and puts the cursor in it. */
void
minutes_item_form_add_entry (MinutesItemForm  *self,
                             MinutesEntryType  type)
{
  GtkWidget *focus;
  guint position;

  g_return_if_fail (MINUTES_IS_ITEM_FORM (self));

  position = g_list_model_get_n_items (minutes_agenda_item_get_discussion (self->item));

  focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (GTK_IS_LIST_BOX_ROW (w) && gtk_widget_get_parent (w) == GTK_WIDGET (self->discussion_list))
        {
          MinutesDiscussionEntry *entry = g_object_get_data (G_OBJECT (w), "entry");
          guint at = entry_position (self->item, entry);

          if (at != GTK_INVALID_LIST_POSITION)
            position = at + 1;
          break;
        }
    }

  insert_entry (self, position, type);
}

void
minutes_item_form_add_action (MinutesItemForm *self)
{
  g_autoptr(MinutesAction) action = minutes_action_new ();
  GtkWidget *row;

  g_return_if_fail (MINUTES_IS_ITEM_FORM (self));

  minutes_agenda_item_append_action (self->item, action);
  row = find_row_with (self->actions_list, "action", action);
  if (row != NULL)
    minutes_focus_editable (row);
}

/* Puts the cursor where the clerk will type next: the title of a new item,
 * else the last line of the discussion. */
void
minutes_item_form_focus (MinutesItemForm *self)
{
  guint n_entries;

  g_return_if_fail (MINUTES_IS_ITEM_FORM (self));

  n_entries = g_list_model_get_n_items (minutes_agenda_item_get_discussion (self->item));
  if (minutes_agenda_item_get_title (self->item) == NULL || n_entries == 0)
    minutes_focus_editable (GTK_WIDGET (self->title_row));
  else
    focus_row (self->discussion_list, n_entries - 1);
}

static GtkWidget *
find_row_with (GtkListBox *list,
               const char *key,
               gpointer    object)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      if (row == NULL)
        return NULL;
      if (g_object_get_data (G_OBJECT (row), key) == object)
        return GTK_WIDGET (row);
    }
}

/* Focuses the field of property name of object: the item itself (title,
 * number), one of its lines of discussion or one of its actions. Parts of
 * the item with no field yet (motions, resolutions, witnesses) focus where
 * the clerk would carry on, as minutes_item_form_focus() does. FALSE when
 * object is not this item or in it, or the form has no field for it. */
gboolean
minutes_item_form_focus_property (MinutesItemForm *self,
                                  GObject         *object,
                                  const char      *name)
{
  GtkWidget *row;

  g_return_val_if_fail (MINUTES_IS_ITEM_FORM (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  if (object == G_OBJECT (self->item))
    {
      if (g_strcmp0 (name, "title") == 0)
        minutes_focus_editable (GTK_WIDGET (self->title_row));
      else if (g_strcmp0 (name, "number-label") == 0 || g_strcmp0 (name, "number") == 0 ||
               g_strcmp0 (name, "unnumbered") == 0)
        minutes_focus_editable (GTK_WIDGET (self->number_row));
      else
        {
          minutes_item_form_focus (self);
          return FALSE;
        }
      return TRUE;
    }

  if (MINUTES_IS_DISCUSSION_ENTRY (object) &&
      (row = find_row_with (self->discussion_list, "entry", object)) != NULL)
    {
      minutes_focus_editable (row);
      return TRUE;
    }

  if (MINUTES_IS_ACTION (object) &&
      (row = find_row_with (self->actions_list, "action", object)) != NULL)
    {
      GtkWidget *owner = g_object_get_data (G_OBJECT (row), "owner");

      if (g_strcmp0 (name, "owner") == 0 && owner != NULL)
        return gtk_widget_child_focus (owner, GTK_DIR_TAB_FORWARD);

      minutes_focus_editable (row);
      return TRUE;
    }

  minutes_item_form_focus (self);
  return FALSE;
}

/**
 * minutes_item_form_set_translation_language:
 * @self: a #MinutesItemForm
 * @language: (nullable): a language tag ("cy"), or %NULL
 *
 * Shows, below each text of the item the minutes print (its title, each
 * line of discussion, each action, each resolution's wording, the texts
 * that came with the papers), a field for it in @language, bound to
 * minutes_node_set_translation(). Called once, before the form is shown:
 * the window builds a new form when the language changes.
 */
void
minutes_item_form_set_translation_language (MinutesItemForm *self,
                                            const char      *language)
{
  static const struct {
    const char *field;
    const char *title;
  } texts[] = {
    { "introduction", N_("Introduction") },
    { "agenda-text", N_("Agenda Text") },
    { "recommendation", N_("Recommendation") },
    { "decision", N_("Decision") },
  };
  gboolean any = FALSE;

  g_return_if_fail (MINUTES_IS_ITEM_FORM (self));
  g_return_if_fail (self->translation_language == NULL);

  if (language == NULL)
    return;

  self->translation_language = g_strdup (language);

  minutes_setup_translation_row (self->title_translation_row, self->item, "title", _("Title"), language);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    any |= minutes_add_source_translation (self->texts_group, self->item, texts[i].field,
                                           _(texts[i].title), language);
  gtk_widget_set_visible (GTK_WIDGET (self->texts_group), any);

  /* The lines again, each with its translation. */
  gtk_list_box_bind_model (self->discussion_list,
                           minutes_agenda_item_get_discussion (self->item),
                           create_entry_row, self, NULL);

  gtk_list_box_bind_model (self->actions_list, NULL, NULL, NULL, NULL);
  g_signal_connect_object (minutes_agenda_item_get_actions (self->item), "items-changed",
                           G_CALLBACK (rebuild_actions), self, G_CONNECT_SWAPPED);
  rebuild_actions (self);

  resolutions_changed_cb (self);
}

/* Focuses the field for the translation of property name of object (the
 * item, or a line, action or resolution in it); FALSE when the form shows
 * none. */
gboolean
minutes_item_form_focus_translation (MinutesItemForm *self,
                                     GObject         *object,
                                     const char      *name)
{
  g_return_val_if_fail (MINUTES_IS_ITEM_FORM (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  return name != NULL && minutes_focus_translation_in (GTK_WIDGET (self), object, name);
}
