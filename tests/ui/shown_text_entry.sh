#!/bin/sh
# tests/ui/shown_text_entry.sh — every text the kiosk shows enters ImGui through kiosk/ui/shown_text.h
# (which draws characters above U+FFFF by their stand-ins): no other file of kiosk/ may call ImGui's
# text functions. Fails naming each call found elsewhere.
#
#   shown_text_entry.sh SOURCE_DIR
set -u
src="$1"
calls='ImGui::(TextUnformatted|Text|TextV|TextColored|TextDisabled|TextWrapped|LabelText|BulletText|CalcTextSize|RenderText|RenderTextWrapped|RenderTextClipped|Button|SmallButton|Selectable|Checkbox|MenuItem|SetTooltip|InputText)\(|(->|\.)(AddText|CalcTextSizeA|RenderText)\('
# The pattern must find the calls of the one place itself, or it finds nothing anywhere.
found_in_entry=$(grep -cE "$calls" "$src/kiosk/ui/shown_text.cpp")
if [ "$found_in_entry" -lt 6 ]; then
  echo "the pattern finds only $found_in_entry calls in kiosk/ui/shown_text.cpp: it is broken" >&2
  exit 1
fi
# fonts.cpp's ImFontGlyphRangesBuilder::AddText adds glyph ranges; it shows nothing.
elsewhere=$(grep -rnE "$calls" "$src/kiosk" --include='*.cpp' --include='*.h' |
  grep -v "^$src/kiosk/ui/shown_text.cpp:" | grep -v "^$src/kiosk/ui/fonts.cpp:[0-9]*: *builder\.AddText(")
if [ -n "$elsewhere" ]; then
  echo "text reaches ImGui outside kiosk/ui/shown_text.h (a character above U+FFFF would show as U+FFFD):" >&2
  echo "$elsewhere" >&2
  exit 1
fi
echo "ok: every text enters ImGui through kiosk/ui/shown_text.h ($found_in_entry calls there, none elsewhere)"
